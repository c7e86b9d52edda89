// Server-only (see app/mastery/charts/render-svg.ts). One quantity of the plan over the next 365
// days, one line per chosen desired retention: reviews per day (weekly averages) or concepts retained.
import { shortDateLabel } from "@/app/mastery/format";
import { categoryAxis, renderVariants, valueAxis, type RenderedChart } from "@/app/mastery/charts/theme";
import { dateAfter, decimalLabel, retentionLabel } from "../format";

export interface YearLine {
  retention: number;
  /** Why this retention is drawn: "yours", "fewest reviews per concept", ... */
  note: string;
  values: number[];
}

export interface OverTheYearInput {
  /** Cache key prefix: which quantity this is. */
  id: string;
  /** The y axis name, with its unit. */
  axisName: string;
  /** "reviews a day", "concepts retained": after each value in tooltips and the summary. */
  unit: string;
  /** Days after startsOn of each value. */
  days: number[];
  startsOn: string;
  lines: YearLine[];
}

// Lines told apart by marker and dash as well as colour.
const SYMBOLS = ["circle", "rect", "triangle", "diamond"];
const DASHES = ["solid", "dashed", "solid", "dotted"] as const;

const lineName = (line: YearLine) => `${retentionLabel(line.retention)}${line.note ? ` (${line.note})` : ""}`;

export function overTheYearChart(input: OverTheYearInput): RenderedChart {
  // "Today" first: a year on is the same day of the month, and labels head the table's rows.
  const labels = input.days.map((day) => (day === 0 ? "Today" : shortDateLabel(dateAfter(input.startsOn, day))));
  const drawn = input.lines.map((line) => line.values.map((value) => Math.round(value * 10) / 10));

  const variants = renderVariants(`plan-${input.id}:${JSON.stringify([labels, input.lines.map(lineName), drawn])}`, (palette, size) => {
    const isWide = size === "wide";
    return {
      // Stacked entries: the server measures text with estimated widths, so side by side they could overlap.
      legend: { orient: "vertical", top: 0, left: 56, itemWidth: 22, itemHeight: 8, itemGap: 6, selectedMode: false, textStyle: { color: palette.text } },
      grid: { left: 56, right: 16, top: 16 + input.lines.length * 18, bottom: 48 },
      xAxis: { ...categoryAxis(palette, "Starting", labels, isWide ? 3 : 8), boundaryGap: false },
      yAxis: { ...valueAxis(palette, input.axisName), min: 0 },
      series: input.lines.map((line, index) => ({
        type: "line" as const,
        name: lineName(line),
        symbol: SYMBOLS[index % SYMBOLS.length],
        symbolSize: isWide ? 6 : 5,
        showSymbol: true,
        color: palette.topics[index % palette.topics.length],
        lineStyle: { width: 2, type: DASHES[index % DASHES.length] },
        data: drawn[index],
      })),
    };
  }, { wide: { width: 860, height: 300 + input.lines.length * 18 }, narrow: { width: 360, height: 280 + input.lines.length * 18 } });

  const last = labels.length - 1;
  return {
    summary: `Line chart of ${input.unit} over the next 365 days at ${input.lines.length} desired retentions: ${input.lines
      .map((line, index) => `${lineName(line)} from ${decimalLabel(drawn[index][0])} to ${decimalLabel(drawn[index][last])}`)
      .join("; ")}.`,
    variants,
    tips: input.lines.map((line, index) => drawn[index].map((value, point) => `${retentionLabel(line.retention)}, ${labels[point]}: ${decimalLabel(value)} ${input.unit}`)),
    table: {
      head: ["Starting", ...input.lines.map(lineName)],
      rows: labels.map((label, point) => [label, ...drawn.map((values) => decimalLabel(values[point]))]),
    },
  };
}
