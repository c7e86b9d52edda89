// Server-only (see render-svg.ts). Chart a: cards due on each of the next 30 days.
import type { DueDay } from "@/lib/domain/mastery/due-forecast";
import { dayLabel, plural, shortDateLabel } from "../format";
import { categoryAxis, renderVariants, valueAxis, type RenderedChart } from "./theme";

/** Bars of the due forecast; today's bar (which holds the overdue cards too) stands out. */
export function dueForecastChart(days: DueDay[]): RenderedChart {
  const labels = days.map((day, index) => (index === 0 ? "Today" : shortDateLabel(day.date)));
  const total = days.reduce((sum, day) => sum + day.dueCount, 0);
  const busiest = days.reduce((best, day) => (day.dueCount > best.dueCount ? day : best), days[0]);
  const dayName = (index: number) => (index === 0 ? "Today (overdue included)" : dayLabel(days[index].date));

  const variants = renderVariants(`due:${JSON.stringify(days)}`, (palette, size) => ({
    grid: { left: 56, right: 16, top: 16, bottom: 48 },
    xAxis: categoryAxis(palette, "Day", labels, size === "wide" ? 4 : 9),
    yAxis: valueAxis(palette, "Cards due"),
    series: [
      {
        type: "bar",
        barCategoryGap: "25%",
        data: days.map((day, index) => ({ value: day.dueCount, itemStyle: { color: index === 0 ? palette.barStrong : palette.bar } })),
        itemStyle: { borderRadius: [3, 3, 0, 0] },
      },
    ],
  }));

  return {
    summary: `Bar chart of cards due on each of the next ${days.length} days: ${plural(total, "card")} in all, ${days[0].dueCount} today with overdue cards, the busiest day ${dayLabel(busiest.date)} with ${busiest.dueCount}.`,
    variants,
    tips: [days.map((day, index) => `${dayName(index)}: ${plural(day.dueCount, "card")} due`)],
    table: { head: ["Day", "Cards due"], rows: days.map((day, index) => [dayName(index), String(day.dueCount)]) },
  };
}
