import { describe, expect, it } from "vitest";
import { dueForecastChart } from "@/app/mastery/charts/due-forecast-chart";
import { reviewCalendarChart } from "@/app/mastery/charts/review-calendar-chart";
import { reviewsByRatingChart } from "@/app/mastery/charts/reviews-by-rating-chart";
import { trueRetentionChart } from "@/app/mastery/charts/true-retention-chart";
import { weeklyMasteryChart } from "@/app/mastery/charts/weekly-mastery-chart";
import { DARK_SCHEME_CSS, PALETTES } from "@/app/mastery/charts/theme";
import { newLearnerDashboard, yearOfHistoryDashboard } from "../support/mastery-dashboard-fixture";

const NOW = new Date("2026-11-25T20:00:00Z");

function allCharts(dashboard: ReturnType<typeof yearOfHistoryDashboard>) {
  const retention = [{ title: "All topics", figure: dashboard.trueRetention }, ...dashboard.topics.map((topic) => ({ title: topic.title, figure: topic.trueRetention }))];
  return [
    dueForecastChart(dashboard.dueForecast),
    reviewCalendarChart(dashboard.calendar),
    reviewsByRatingChart(dashboard.reviewsByRating),
    trueRetentionChart(retention, dashboard.desiredRetention),
    weeklyMasteryChart(dashboard.weekly),
  ];
}

describe("mastery charts (server-rendered ECharts SVG)", () => {
  it("draws every chart of a year of history as SVG, with a summary, tooltips and a table of the numbers", () => {
    for (const chart of allCharts(yearOfHistoryDashboard(NOW))) {
      expect(chart.variants.length).toBeGreaterThan(0);
      for (const variant of chart.variants) expect(variant.svg).toMatch(/^<svg [^>]*viewBox/);
      expect(chart.summary.length).toBeGreaterThan(20);
      expect(chart.tips.flat().length).toBeGreaterThan(0);
      expect(chart.table.rows.length).toBeGreaterThan(0);
    }
  });

  it("draws the charts of an empty history without failing (the page shows a placeholder instead)", () => {
    for (const chart of allCharts(newLearnerDashboard(NOW))) expect(chart.variants[0].svg).toContain("<svg");
  });

  it("repaints every colour of the light palette in dark mode", () => {
    const lightColours = new Set(Object.values(PALETTES.light).flat());
    const darkColours = Object.values(PALETTES.dark).flat();
    for (const colour of lightColours) {
      if (darkColours.includes(colour)) continue; // the same in both schemes
      expect(DARK_SCHEME_CSS).toContain(`[fill="${colour}" i]`);
      expect(DARK_SCHEME_CSS).toContain(`[stroke="${colour}" i]`);
    }
    expect(DARK_SCHEME_CSS.startsWith("@media (prefers-color-scheme: dark)")).toBe(true);
  });
});
