// Server-only: the one place that loads ECharts. Pages import the chart modules beside this file
// from server components; a client component must never import any of them, or the library
// (hundreds of KB) would ship to the browser. Only what the five charts use is registered.
import * as echarts from "echarts/core";
import { BarChart, HeatmapChart, LineChart, type BarSeriesOption, type HeatmapSeriesOption, type LineSeriesOption } from "echarts/charts";
import {
  CalendarComponent,
  GridComponent,
  LegendPlainComponent,
  MarkLineComponent,
  VisualMapPiecewiseComponent,
  type CalendarComponentOption,
  type GridComponentOption,
  type LegendComponentOption,
  type MarkLineComponentOption,
  type VisualMapComponentOption,
} from "echarts/components";
import { SVGRenderer } from "echarts/renderers";

echarts.use([BarChart, HeatmapChart, LineChart, CalendarComponent, GridComponent, LegendPlainComponent, MarkLineComponent, VisualMapPiecewiseComponent, SVGRenderer]);

export type ChartOption = echarts.ComposeOption<
  | BarSeriesOption
  | HeatmapSeriesOption
  | LineSeriesOption
  | CalendarComponentOption
  | GridComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
  | VisualMapComponentOption
>;

// Each SVG reaches the browser twice (in the HTML and in the React payload), 18 of them on the
// page, so what the page does not use goes: the hover classes with their stylesheet (ChartTooltip
// highlights the mark itself), hit-testing hints for lines nobody clicks, shapes drawn fully
// transparent (a calendar cell behind every heatmap cell), and coordinates past two decimals.
const UNUSED = [
  / class="zr\d+-cls-\d+"/g,
  / pointer-events="visible"/g,
  /<style[^>]*>[\s\S]*?<\/style>\n?/g,
  /<path [^>]*fill-opacity="0"[^>]*stroke-opacity="0"[^>]*><\/path>\n?/g,
];
const ECMETA = / ecmeta_[a-z_]+="[^"]*"/g;

// Tooltips find a data point by its ecmeta_series_index and ecmeta_data_index. Legend entries and
// silent marks (the desired-retention line) carry the same pair as a real point, so only the
// data marks ("chart", not silent) keep them, without the type marker they no longer need.
function keepDataMarks(tag: string): string {
  const isDataMark = tag.includes('ecmeta_ssr_type="chart"') && !tag.includes('ecmeta_silent="true"');
  return isDataMark ? tag.replace(/ ecmeta_ssr_type="chart"/, "") : tag.replace(ECMETA, "");
}

function compactSvg(svg: string): string {
  return UNUSED.reduce((text, pattern) => text.replace(pattern, ""), svg)
    .replace(/<[a-z]+ [^>]*ecmeta_[^>]*>/g, keepDataMarks)
    .replace(/(\d\.\d\d)\d+/g, "$1");
}

/** Renders one option to an SVG string of `width` × `height` px, with no animation and no DOM. */
export function renderSvg(option: ChartOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  try {
    chart.setOption({ animation: false, ...option });
    return compactSvg(chart.renderToSVGString());
  } finally {
    chart.dispose();
  }
}
