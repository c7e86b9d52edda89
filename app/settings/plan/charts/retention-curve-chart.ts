// Server-only (see app/mastery/charts/render-svg.ts). The plan by desired retention: average
// reviews a day (bars, left axis) and concepts retained in a year (line, right axis), with the
// learner's setting and the retention with the fewest reviews per retained concept marked.
import type { RetentionPlan } from "@/lib/domain/planning";
import { isSameRetention } from "@/lib/domain/planning";
import { categoryAxis, renderVariants, valueAxis, type RenderedChart } from "@/app/mastery/charts/theme";
import { costLabel, decimalLabel, retentionLabel, reviewsPerDayOf, wholeLabel } from "../format";

export function retentionCurveChart(plan: RetentionPlan): RenderedChart {
  const labels = plan.points.map((point) => retentionLabel(point.desiredRetention));
  const perDay = plan.points.map((point) => Math.round(reviewsPerDayOf(plan, point) * 10) / 10);
  const retained = plan.points.map((point) => Math.round(point.retainedAtEnd * 10) / 10);
  const current = retentionLabel(plan.currentRetention);
  const optimum = plan.optimumRetention === null ? null : retentionLabel(plan.optimumRetention);
  const isMarked = (index: number) => labels[index] === current || labels[index] === optimum;

  const variants = renderVariants(`plan-curve:${JSON.stringify([labels, perDay, retained, current, optimum])}`, (palette, size) => {
    const isWide = size === "wide";
    // Labels above the plot, level (ECharts turns "inside" labels along the line); the optimum's
    // sits higher, so the two stay apart when the points are neighbours.
    const marker = (label: string, name: string, color: string, distance: number) => ({
      xAxis: label,
      lineStyle: { color, type: "dashed" as const, width: 2 },
      label: { formatter: name, color, position: "end" as const, distance, fontSize: isWide ? 12 : 11 },
    });
    return {
      legend: { bottom: 0, left: isWide ? 56 : 8, itemWidth: 18, itemHeight: 10, itemGap: 24, selectedMode: false, textStyle: { color: palette.text } },
      grid: { left: 56, right: 60, top: 52, bottom: 76 },
      xAxis: categoryAxis(palette, "Desired retention", labels, isWide ? 2 : 5),
      yAxis: [valueAxis(palette, "Reviews per day"), { ...valueAxis(palette, "Concepts retained in a year"), nameGap: 44, min: 0, splitLine: { show: false } }],
      series: [
        {
          type: "bar" as const,
          name: "Reviews per day",
          barCategoryGap: "30%",
          data: perDay.map((value, index) => ({ value, itemStyle: { color: isMarked(index) ? palette.barStrong : palette.bar, borderRadius: [3, 3, 0, 0] } })),
          markLine: {
            silent: true,
            symbol: "none",
            data: [
              marker(current, `Yours ${current}`, palette.marker, 4),
              ...(optimum && optimum !== current ? [marker(optimum, `Fewest per concept ${optimum}`, palette.ratings[2], 22)] : []),
            ],
          },
        },
        {
          type: "line" as const,
          name: "Concepts retained in a year",
          yAxisIndex: 1,
          symbol: "circle",
          symbolSize: 6,
          color: palette.topics[0],
          lineStyle: { width: 2 },
          data: retained,
        },
      ],
    };
  }, { wide: { width: 860, height: 360 }, narrow: { width: 360, height: 340 } });

  const currentPoint = plan.points.find((point) => isSameRetention(point.desiredRetention, plan.currentRetention));
  const describe = (label: string, index: number) => `${label}: ${decimalLabel(perDay[index])} reviews a day, ${wholeLabel(retained[index])} concepts retained in a year`;
  return {
    summary: `Bar and line chart by desired retention from ${labels[0]} to ${labels[labels.length - 1]}: reviews per day rise from ${decimalLabel(perDay[0])} to ${decimalLabel(perDay[perDay.length - 1])}; concepts retained in a year go from ${wholeLabel(retained[0])} to ${wholeLabel(retained[retained.length - 1])}. Your setting ${current}${currentPoint ? ` costs ${decimalLabel(reviewsPerDayOf(plan, currentPoint))} reviews a day` : ""}${optimum ? `; ${optimum} needs the fewest reviews per retained concept` : ""}.`,
    variants,
    tips: [
      plan.points.map((point, index) => `${describe(labels[index], index)}; ${costLabel(point)} reviews per retained concept`),
      plan.points.map((_, index) => describe(labels[index], index)),
    ],
    table: {
      head: ["Desired retention", "Reviews per day", "Reviews in a year", "Concepts retained in a year", "Reviews per retained concept"],
      rows: plan.points.map((point, index) => [labels[index], decimalLabel(perDay[index]), wholeLabel(point.totalReviews), decimalLabel(point.retainedAtEnd), costLabel(point)]),
    },
  };
}
