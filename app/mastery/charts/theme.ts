// Server-only (see render-svg.ts). The charts' palettes, one per colour scheme, taken from the CSS
// variables in app/globals.css so an SVG sits on a .card like the rest of the page. Each chart is
// rendered once per size, in the light palette; in dark mode DARK_SCHEME_CSS repaints every light
// colour with its dark counterpart (CSS beats SVG presentation attributes), which halves the
// renders a view costs.
import { renderSvg, type ChartOption } from "./render-svg";

export type Scheme = "light" | "dark";
export type ChartSize = "wide" | "narrow";

export interface Palette {
  text: string;
  muted: string;
  /** Split lines: quieter than the axis lines. */
  grid: string;
  axis: string;
  surface: string;
  bar: string;
  /** A bar that stands out from the others (today, overall). */
  barStrong: string;
  /** Text on a bar or a strong bar: at least 4.5:1 on both. Light colours are unique per role (see darkRemap). */
  barText: string;
  marker: string;
  /** Again, Hard, Good, Easy: Okabe-Ito hues, distinct with any colour-vision deficiency. */
  ratings: [string, string, string, string];
  /** One per topic: Paul Tol's "muted" scheme, told apart by symbol and dash too (see weekly-mastery-chart). */
  topics: string[];
  /** Heatmap steps from no review to the busiest days: one hue, rising contrast. */
  heat: [string, string, string, string, string];
}

export const PALETTES: Record<Scheme, Palette> = {
  light: {
    text: "#1c1d21",
    muted: "#5d6270",
    grid: "#e6e8ec",
    axis: "#9aa0ad",
    surface: "#ffffff",
    bar: "#3b5bdb",
    barStrong: "#1c2f80",
    barText: "#fefefe",
    marker: "#c92a2a",
    ratings: ["#d55e00", "#e69f00", "#009e73", "#0072b2"],
    topics: ["#332288", "#117733", "#44aa99", "#3d8fbf", "#a88f23", "#cc6677", "#aa4499", "#882255", "#7f7f1f", "#5e6371"],
    heat: ["#ebedf2", "#c5d0fa", "#8ea5f5", "#5677e6", "#2a46b8"],
  },
  dark: {
    text: "#e8e9ed",
    muted: "#a2a7b5",
    grid: "#2c303b",
    axis: "#5a6070",
    surface: "#1e2128",
    bar: "#7b93ff",
    barStrong: "#c3ceff",
    barText: "#0d1020",
    marker: "#ff8787",
    ratings: ["#ff8a5b", "#f5b841", "#3cc49a", "#5aa9e6"],
    topics: ["#9d8cf0", "#4fbf6f", "#44aa99", "#88ccee", "#ddcc77", "#e58a99", "#d07cc2", "#c9608f", "#bcbc4f", "#b5b9c4"],
    heat: ["#2a2e38", "#2b3a6b", "#3b56a8", "#5c7ae6", "#a3b4ff"],
  },
};

// The body's font, shortened (it is repeated on every label) and unquoted: ECharts writes it into a
// double-quoted style attribute, where a double quote would end the attribute.
export const FONT_FAMILY = "system-ui, sans-serif";

export interface ChartVariant {
  size: ChartSize;
  svg: string;
  width: number;
  height: number;
}

/** The numbers behind a chart, for its "Show the numbers" table; the first cell of a row heads it. */
export interface ChartTable {
  head: string[];
  rows: string[][];
}

/** A chart ready for ChartFigure: the SVG copies, the accessible summary, tooltips and the table. */
export interface RenderedChart {
  summary: string;
  variants: ChartVariant[];
  /** Tooltip text by ECharts series index, then data index (the SVG's ecmeta_* attributes). */
  tips: string[][];
  table: ChartTable;
}

export type ChartSizes = Partial<Record<ChartSize, { width: number; height: number }>>;

/** The standard sizes: the wide copy fills a desktop card, the narrow one a 375 px phone. */
export const STANDARD_SIZES: ChartSizes = { wide: { width: 860, height: 300 }, narrow: { width: 360, height: 280 } };

// An ECharts render costs 10-40 ms and the page has 9, so a learner reopening the page without
// having studied gets the SVGs drawn last time. The key holds the chart's whole input, so a hit
// is the same picture of the same numbers, whoever asks; least recently used entries go first.
const CACHE_LIMIT = 60;
const cache = new Map<string, ChartVariant[]>();

/** Light colour -> dark colour, for every role of the palettes (ECharts writes "#fff" for white). */
function darkRemap(): Map<string, string> {
  const remap = new Map<string, string>([["#fff", PALETTES.dark.surface]]);
  for (const role of Object.keys(PALETTES.light) as (keyof Palette)[]) {
    const light = [PALETTES.light[role]].flat();
    const dark = [PALETTES.dark[role]].flat();
    light.forEach((color, index) => {
      const known = remap.get(color);
      if (known !== undefined && known !== dark[index]) throw new Error(`palette: light ${color} has two dark colours (${known}, ${dark[index]})`);
      if (color !== dark[index]) remap.set(color, dark[index]);
    });
  }
  return remap;
}

/** The page's dark-mode stylesheet for the charts: each light fill and stroke repainted. */
export const DARK_SCHEME_CSS = `@media (prefers-color-scheme: dark) {\n${[...darkRemap()]
  .map(([light, dark]) => `.chart svg [fill="${light}" i] { fill: ${dark}; }\n.chart svg [stroke="${light}" i] { stroke: ${dark}; }`)
  .join("\n")}\n}`;

/**
 * Renders `build` once per size given, in the light palette (see DARK_SCHEME_CSS). `key` names the chart and serialises every
 * input `build` reads (e.g. `due:${JSON.stringify(days)}`): equal keys must mean equal charts.
 */
export function renderVariants(key: string, build: (palette: Palette, size: ChartSize) => ChartOption, sizes: ChartSizes = STANDARD_SIZES): ChartVariant[] {
  const cached = cache.get(key);
  if (cached) {
    cache.delete(key);
    cache.set(key, cached);
    return cached;
  }
  const variants: ChartVariant[] = [];
  for (const size of ["wide", "narrow"] as const) {
    const box = sizes[size];
    if (!box) continue;
    const option = { ...baseOption(PALETTES.light), ...build(PALETTES.light, size) };
    variants.push({ size, svg: renderSvg(option, box.width, box.height), ...box });
  }
  cache.set(key, variants);
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  return variants;
}

function baseOption(palette: Palette): ChartOption {
  return { backgroundColor: "transparent", textStyle: { fontFamily: FONT_FAMILY, fontSize: 12, color: palette.text } };
}

/** A category axis (days, weeks, topics) named with its unit. */
export function categoryAxis(palette: Palette, name: string, data: string[], labelInterval?: number) {
  return {
    type: "category" as const,
    data,
    name,
    nameLocation: "middle" as const,
    nameGap: 30,
    nameTextStyle: { color: palette.muted, fontSize: 12 },
    axisLine: { lineStyle: { color: palette.axis } },
    axisTick: { alignWithLabel: true, lineStyle: { color: palette.axis } },
    axisLabel: { color: palette.muted, interval: labelInterval, hideOverlap: true },
  };
}

/** A value axis named with its unit; `isPercent` fixes it to 0-100 with "%" labels. */
export function valueAxis(palette: Palette, name: string, isPercent = false) {
  return {
    type: "value" as const,
    name,
    nameLocation: "middle" as const,
    nameGap: isPercent ? 44 : 40,
    nameTextStyle: { color: palette.muted, fontSize: 12 },
    minInterval: 1,
    ...(isPercent ? { min: 0, max: 100, interval: 25 } : {}),
    axisLine: { show: false },
    axisLabel: { color: palette.muted, formatter: isPercent ? "{value}%" : "{value}" },
    splitLine: { lineStyle: { color: palette.grid } },
  };
}
