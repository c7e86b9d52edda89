// Server-only (see render-svg.ts). Chart b: reviews on each of the last 365 days as a calendar heatmap.
import type { ReviewCalendar } from "@/lib/domain/mastery/review-calendar";
import { dayLabel, plural } from "../format";
import { renderVariants, type RenderedChart } from "./theme";

/** Upper bounds of the heatmap's steps after "none"; the last step is open-ended. */
const STEPS = [9, 24, 49] as const;
const WIDTH = 740;
const HEIGHT = 156;

const DAYS_OF_MONTH = Array.from({ length: 31 }, (_, index) => String(index + 1));

/** Every day's count as a month × day-of-month grid: all 365 numbers in a dozen rows. */
function monthGrid(calendar: ReviewCalendar): string[][] {
  const months = new Map<string, { counts: string[]; total: number }>();
  for (const day of calendar.days) {
    const key = day.date.slice(0, 7);
    const entry = months.get(key) ?? { counts: DAYS_OF_MONTH.map(() => ""), total: 0 };
    entry.counts[Number(day.date.slice(8, 10)) - 1] = String(day.reviewCount);
    entry.total += day.reviewCount;
    months.set(key, entry);
  }
  const name = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });
  return [...months].map(([month, entry]) => [name.format(new Date(`${month}-01T00:00:00Z`)), ...entry.counts, String(entry.total)]);
}

/**
 * The heatmap has a fixed width (53 week columns cannot shrink to a phone and stay legible), so it
 * has one size; on a narrow screen its frame scrolls sideways, starting at today.
 */
export function reviewCalendarChart(calendar: ReviewCalendar): RenderedChart {
  const { days } = calendar;
  const total = days.reduce((sum, day) => sum + day.reviewCount, 0);
  const activeDays = days.filter((day) => day.reviewCount > 0).length;
  const pieces = [
    { value: 0, label: "None" },
    { min: 1, max: STEPS[0], label: `1–${STEPS[0]}` },
    { min: STEPS[0] + 1, max: STEPS[1], label: `${STEPS[0] + 1}–${STEPS[1]}` },
    { min: STEPS[1] + 1, max: STEPS[2], label: `${STEPS[1] + 1}–${STEPS[2]}` },
    { min: STEPS[2] + 1, label: `${STEPS[2] + 1}+` },
  ];

  const variants = renderVariants(
    `calendar:${JSON.stringify(days)}`,
    (palette) => ({
      calendar: {
        range: [days[0].date, days[days.length - 1].date],
        top: 24,
        left: 40,
        right: 8,
        cellSize: [13, 13],
        splitLine: { show: false },
        // The heatmap covers every day, so the calendar's own cells are made transparent (renderSvg
        // then drops them); their border width still sets the gap between heatmap cells.
        itemStyle: { opacity: 0, borderWidth: 2 },
        dayLabel: { firstDay: 1, nameMap: ["Sun", "Mon", "", "Wed", "", "Fri", ""], color: palette.muted, fontSize: 11 },
        monthLabel: { color: palette.muted, fontSize: 11 },
        yearLabel: { show: false },
      },
      visualMap: {
        type: "piecewise",
        pieces: pieces.map((piece, index) => ({ ...piece, color: palette.heat[index] })),
        orient: "horizontal",
        // Right-aligned: on a phone the frame opens scrolled to today, where the legend then is.
        right: 8,
        bottom: 4,
        itemWidth: 11,
        itemHeight: 11,
        itemGap: 14,
        text: ["", "Reviews a day:"],
        textGap: 10,
        showLabel: true,
        selectedMode: false,
        textStyle: { color: palette.muted, fontSize: 11 },
      },
      series: [{ type: "heatmap", coordinateSystem: "calendar", data: days.map((day) => [day.date, day.reviewCount]) }],
    }),
    { wide: { width: WIDTH, height: HEIGHT } },
  );

  return {
    summary: `Calendar heatmap of reviews per day over the last ${days.length} days: ${plural(total, "review")} on ${plural(activeDays, "day")}; current streak ${plural(calendar.currentStreak, "day")}, longest ${plural(calendar.longestStreak, "day")}.`,
    variants,
    tips: [days.map((day) => `${dayLabel(day.date)}: ${day.reviewCount === 0 ? "no reviews" : plural(day.reviewCount, "review")}`)],
    table: { head: ["Month", ...DAYS_OF_MONTH, "Total"], rows: monthGrid(calendar) },
  };
}
