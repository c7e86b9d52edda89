// Server-only (see render-svg.ts). Chart c: reviews on each of the last 30 days, stacked by rating.
import type { RatingDay } from "@/lib/domain/mastery/reviews-by-rating";
import { dayLabel, percentLabel, plural, shortDateLabel } from "../format";
import { categoryAxis, renderVariants, valueAxis, type RenderedChart } from "./theme";

const RATINGS = [
  { key: "again", label: "Again" },
  { key: "hard", label: "Hard" },
  { key: "good", label: "Good" },
  { key: "easy", label: "Easy" },
] as const;

const dayTotal = (day: RatingDay) => day.again + day.hard + day.good + day.easy;

export function reviewsByRatingChart(days: RatingDay[]): RenderedChart {
  const labels = days.map((day) => shortDateLabel(day.date));
  const total = days.reduce((sum, day) => sum + dayTotal(day), 0);
  const shares = RATINGS.map(({ key, label }) => {
    const count = days.reduce((sum, day) => sum + day[key], 0);
    return `${label} ${total === 0 ? "0%" : percentLabel(count / total)}`;
  });

  const variants = renderVariants(`rating:${JSON.stringify(days)}`, (palette, size) => ({
    legend: { top: 0, left: size === "wide" ? 48 : 0, itemWidth: 14, itemHeight: 10, selectedMode: false, textStyle: { color: palette.text } },
    grid: { left: 56, right: 16, top: 36, bottom: 48 },
    xAxis: categoryAxis(palette, "Day", labels, size === "wide" ? 4 : 9),
    yAxis: valueAxis(palette, "Reviews"),
    series: RATINGS.map(({ key, label }, index) => ({
      type: "bar" as const,
      name: label,
      stack: "reviews",
      barCategoryGap: "25%",
      // A hairline of the card's colour between segments, so adjacent ratings never merge.
      itemStyle: { color: palette.ratings[index], borderColor: palette.surface, borderWidth: 0.5 },
      data: days.map((day) => day[key]),
    })),
  }));

  return {
    summary: `Stacked bar chart of reviews per day over the last ${days.length} days by rating: ${plural(total, "review")}, ${shares.join(", ")}.`,
    variants,
    tips: RATINGS.map(({ key, label }) => days.map((day) => `${dayLabel(day.date)}: ${label} ${day[key]} of ${plural(dayTotal(day), "review")}`)),
    table: {
      head: ["Day", ...RATINGS.map((rating) => rating.label), "Total"],
      rows: days.map((day) => [dayLabel(day.date), ...RATINGS.map(({ key }) => String(day[key])), String(dayTotal(day))]),
    },
  };
}
