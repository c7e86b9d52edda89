// Server-only (see render-svg.ts). Chart e: each topic's mastery at the end of each of the last 12 weeks.
import type { MasteryDashboard } from "@/lib/domain/mastery/dashboard";
import { percentLabel, points, shortDateLabel } from "../format";
import { categoryAxis, renderVariants, valueAxis, type RenderedChart } from "./theme";

// Ten colours cannot all be told apart by everyone, so each line also has its own marker, and the
// second five are dashed.
const SYMBOLS = ["circle", "rect", "triangle", "diamond", "arrow", "emptyCircle", "emptyRect", "emptyTriangle", "emptyDiamond", "emptyArrow"];
const WIDE = { width: 860, height: 340, legendWidth: 240 };

/**
 * The cache key holds what is drawn, to 0.1 point: the current week is measured "now", so its
 * mastery changes (by far less than that) on every request, which would defeat the cache.
 */
const weeklyKey = (labels: string[], titles: string[], drawn: number[][]) => `weekly:${JSON.stringify([labels, titles, drawn])}`;

export function weeklyMasteryChart(weekly: MasteryDashboard["weekly"]): RenderedChart {
  const labels = weekly.weeks.map((week) => shortDateLabel(week.startDate));
  // Percent to one decimal, as drawn.
  const drawn = weekly.topics.map((topic) => topic.mastery.map((value) => Math.round(value * 1000) / 10));
  const lastIndex = weekly.weeks.length - 1;
  const gains = weekly.topics.map((topic) => ({ title: topic.title, gain: points(topic.mastery[lastIndex] - topic.mastery[0]), now: topic.mastery[lastIndex] }));
  const biggest = gains.reduce((best, entry) => (entry.gain > best.gain ? entry : best), gains[0]);
  const strongest = gains.reduce((best, entry) => (entry.now > best.now ? entry : best), gains[0]);

  const variants = renderVariants(
    weeklyKey(
      labels,
      weekly.topics.map((topic) => topic.title),
      drawn,
    ),
    (palette, size) => ({
      // One entry a line: the server measures text with estimated glyph widths, so legend entries
      // laid side by side could overlap in the reader's font; stacked, they cannot.
      legend: {
        orient: "vertical",
        ...(size === "wide" ? { left: WIDE.width - WIDE.legendWidth, top: 16 } : { left: 8, bottom: 0 }),
        itemWidth: 22,
        itemHeight: 8,
        itemGap: 7,
        selectedMode: false,
        textStyle: { color: palette.text },
      },
      grid: size === "wide" ? { left: 56, right: WIDE.legendWidth + 16, top: 16, bottom: 48 } : { left: 56, right: 16, top: 16, bottom: 250 },
      xAxis: { ...categoryAxis(palette, "Week starting", labels, size === "wide" ? 1 : 3), boundaryGap: false },
      yAxis: valueAxis(palette, "Mastery (%)", true),
      series: weekly.topics.map((topic, index) => ({
        type: "line" as const,
        name: topic.title,
        symbol: SYMBOLS[index % SYMBOLS.length],
        symbolSize: 7,
        showSymbol: true,
        color: palette.topics[index % palette.topics.length],
        lineStyle: { width: 2, type: index < 5 ? ("solid" as const) : ("dashed" as const) },
        data: drawn[index],
      })),
    }),
    { wide: { width: WIDE.width, height: WIDE.height }, narrow: { width: 360, height: 520 } },
  );

  return {
    summary: `Line chart of weekly mastery for ${weekly.topics.length} topics over the last ${weekly.weeks.length} weeks: the biggest gain ${biggest.title} (${biggest.gain >= 0 ? "+" : ""}${biggest.gain} points), the highest now ${strongest.title} at ${percentLabel(strongest.now)}.`,
    variants,
    tips: weekly.topics.map((topic) => topic.mastery.map((value, week) => `${topic.title}, week of ${labels[week]}: ${percentLabel(value)}`)),
    table: {
      head: ["Topic", ...labels],
      rows: weekly.topics.map((topic) => [topic.title, ...topic.mastery.map((value) => percentLabel(value))]),
    },
  };
}
