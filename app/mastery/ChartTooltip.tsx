"use client";

import { useLayoutEffect, useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from "react";

// Server-rendered ECharts SVG has no tooltips. Its marks carry ecmeta_series_index and
// ecmeta_data_index attributes, so this reads them from the hovered mark (or the one chosen with
// the arrow keys) and shows the matching text from `tips`. It never imports ECharts.

const MARK = "[ecmeta_data_index]";
const EDGE_PX = 4;

type Tip = { text: string; x: number; y: number };

const KEY_MOVES: Record<string, [seriesStep: number, indexStep: number] | "home" | "end"> = {
  ArrowRight: [0, 1],
  ArrowLeft: [0, -1],
  ArrowUp: [1, 0],
  ArrowDown: [-1, 0],
  Home: "home",
  End: "end",
};

function markPosition(mark: Element): [series: number, index: number] {
  return [Number(mark.getAttribute("ecmeta_series_index")), Number(mark.getAttribute("ecmeta_data_index"))];
}

function markTip(tips: string[][], mark: Element): string | undefined {
  const [series, index] = markPosition(mark);
  return tips[series]?.[index];
}

export function ChartTooltip({ label, tips, isScrollable = false, children }: { label: string; tips: string[][]; isScrollable?: boolean; children: ReactNode }) {
  const frame = useRef<HTMLDivElement>(null);
  const plot = useRef<HTMLDivElement>(null);
  const bubble = useRef<HTMLDivElement>(null);
  const active = useRef<Element | null>(null);
  const [tip, setTip] = useState<Tip | null>(null);
  const [announcement, setAnnouncement] = useState("");

  // Keeps the bubble inside the chart's frame once its width is known.
  useLayoutEffect(() => {
    if (!tip || !bubble.current || !frame.current) return;
    const half = bubble.current.offsetWidth / 2;
    const x = Math.min(Math.max(tip.x, half + EDGE_PX), frame.current.clientWidth - half - EDGE_PX);
    bubble.current.style.left = `${x}px`;
  }, [tip]);

  function show(mark: Element | null, isKeyboard: boolean) {
    if (mark === active.current && !isKeyboard) return;
    active.current?.removeAttribute("data-active");
    active.current = mark;
    const text = mark ? markTip(tips, mark) : undefined;
    if (!mark || !text || !frame.current) {
      setTip(null);
      return;
    }
    mark.setAttribute("data-active", "");
    if (isKeyboard) {
      mark.scrollIntoView({ block: "nearest", inline: "nearest" });
      setAnnouncement(text);
    }
    const box = mark.getBoundingClientRect();
    const origin = frame.current.getBoundingClientRect();
    setTip({ text, x: box.left + box.width / 2 - origin.left, y: box.top - origin.top });
  }

  function onPointer(event: PointerEvent<HTMLDivElement>) {
    show((event.target as Element).closest?.(MARK) ?? null, false);
  }

  // Left/Right step through a series' points (days, weeks), Up/Down across series at the same
  // point (the ratings of one day, the topics of one week); Home/End jump to a series' ends.
  // The first key press shows the first point.
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === "Escape") return show(null, false);
    const move = KEY_MOVES[event.key];
    if (!move) return;
    event.preventDefault();
    // Only the copy on screen (the scheme and size CSS shows) has a layout box.
    const marks = new Map<string, Element>();
    let lastIndex = 0;
    let lastSeries = 0;
    for (const mark of plot.current?.querySelectorAll(MARK) ?? []) {
      if (mark.getClientRects().length === 0 || !markTip(tips, mark)) continue;
      const [series, index] = markPosition(mark);
      marks.set(`${series}:${index}`, mark);
      lastIndex = Math.max(lastIndex, index);
      lastSeries = Math.max(lastSeries, series);
    }
    if (marks.size === 0) return;
    let [series, index] = active.current ? markPosition(active.current) : [0, -1];
    let [seriesStep, indexStep] = move === "end" ? [0, -1] : move === "home" || !active.current ? [0, 1] : move;
    // One series: Up/Down step along it too (a day up or down the calendar, a row of the bars).
    if (lastSeries === 0 && seriesStep !== 0) [seriesStep, indexStep] = [0, -seriesStep];
    if (move === "home" || !active.current) index = -1;
    if (move === "end") index = lastIndex + 1;
    for (let step = 0; step <= Math.max(lastIndex, lastSeries) + 1; step++) {
      series += seriesStep;
      index += indexStep;
      if (series < 0 || series > lastSeries || index < 0 || index > lastIndex) return;
      const next = marks.get(`${series}:${index}`);
      if (next) return show(next, true);
    }
  }

  return (
    <div className="chart__frame" ref={frame} onPointerMove={onPointer} onPointerDown={onPointer} onPointerLeave={() => show(null, false)}>
      <div
        ref={plot}
        className={isScrollable ? "chart__plot chart__plot--scroll" : "chart__plot"}
        role="img"
        aria-label={label}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onBlur={() => show(null, false)}
      >
        {children}
      </div>
      {tip ? (
        <div ref={bubble} className="chart__tip" style={{ left: tip.x, top: tip.y }} aria-hidden="true">
          {tip.text}
        </div>
      ) : null}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
