// Server-only (see render-svg.ts). Chart d: true retention over the last 30 days, overall and per
// topic, against the desired retention. A topic with no review has no retention, not 0%.
import type { RetentionFigure } from "@/lib/domain/mastery/true-retention";
import { percentLabel, plural } from "../format";
import { renderVariants, valueAxis, type RenderedChart } from "./theme";

export interface RetentionRow {
  title: string;
  figure: RetentionFigure;
}

const ROW_HEIGHT = { wide: 30, narrow: 44 } as const;

const rowLabel = (row: RetentionRow) => `${row.title} (n=${row.figure.reviewCount})`;
const valueLabel = (figure: RetentionFigure) => (figure.retention === null ? "no reviews" : percentLabel(figure.retention));

/** `rows` top to bottom: the overall figure first, then the topics. */
export function trueRetentionChart(rows: RetentionRow[], desiredRetention: number): RenderedChart {
  const desired = Math.round(desiredRetention * 100);
  const sizes = {
    wide: { width: 860, height: 64 + rows.length * ROW_HEIGHT.wide },
    narrow: { width: 360, height: 64 + rows.length * ROW_HEIGHT.narrow },
  };

  const variants = renderVariants(`retention:${desiredRetention}:${JSON.stringify(rows)}`, (palette, size) => {
    const isWide = size === "wide";
    return {
      grid: { left: isWide ? 290 : 8, right: isWide ? 56 : 16, top: 20, bottom: 44 },
      xAxis: { ...valueAxis(palette, "True retention (%)", true), nameGap: 28 },
      yAxis: {
        type: "category",
        // A category y axis runs bottom-up; inverted, the first row (overall) is on top.
        inverse: true,
        data: rows.map(rowLabel),
        axisLine: { lineStyle: { color: palette.axis } },
        axisTick: { show: false },
        axisLabel: { show: isWide, color: palette.text, width: 280, overflow: "truncate" },
      },
      series: [
        {
          type: "bar",
          barWidth: isWide ? 20 : 14,
          data: rows.map((row, index) => ({
            value: row.figure.retention === null ? 0 : Math.round(row.figure.retention * 1000) / 10,
            itemStyle: { color: index === 0 ? palette.barStrong : palette.bar, borderRadius: [0, 3, 3, 0] },
            // No bar to sit in: "no reviews" is written on the card instead.
            ...(row.figure.retention === null && isWide ? { label: { position: "right" as const, color: palette.muted } } : {}),
          })),
          // On a desktop the value sits inside the bar's start, clear of the desired-retention line;
          // on a phone the row's name and value go above the bar, the axis labels having no room.
          label: isWide
            ? { show: true, position: "insideLeft", color: palette.barText, formatter: ({ dataIndex }: { dataIndex: number }) => valueLabel(rows[dataIndex].figure) }
            : { show: true, position: [0, -16], align: "left", color: palette.text, formatter: ({ dataIndex }: { dataIndex: number }) => `${rowLabel(rows[dataIndex])}: ${valueLabel(rows[dataIndex].figure)}` },
          markLine: {
            silent: true,
            symbol: "none",
            lineStyle: { color: palette.marker, type: "dashed", width: 2 },
            // "start" is the top: the y axis is inverted.
            label: { formatter: `Desired ${desired}%`, color: palette.marker, position: "start" },
            data: [{ xAxis: desired }],
          },
        },
      ],
    };
  }, sizes);

  const [overall] = rows;
  return {
    summary: `Horizontal bar chart of true retention over the last 30 days against the desired ${desired}%: overall ${valueLabel(overall.figure)} from ${plural(overall.figure.reviewCount, "review")}; ${rows
      .slice(1)
      .map((row) => `${row.title} ${valueLabel(row.figure)}`)
      .join(", ")}.`,
    variants,
    tips: [rows.map((row) => `${row.title}: ${valueLabel(row.figure)}${row.figure.retention === null ? "" : `, ${row.figure.passedCount} of ${plural(row.figure.reviewCount, "review")} passed`}`)],
    table: {
      head: ["Topic", "True retention", "Passed", "Reviews"],
      rows: rows.map((row) => [row.title, valueLabel(row.figure), String(row.figure.passedCount), String(row.figure.reviewCount)]),
    },
  };
}
