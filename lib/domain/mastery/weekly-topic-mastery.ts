import { createScheduler, type SchedulerSettings } from "../scheduling/scheduler";
import { studyDayAt, type StudyDay } from "../scheduling/study-day";
import { recallProbability } from "./card-retrievability";
import { isLive, type MasteryCard, type MasteryLog } from "./mastery-inputs";
import { recallHistory } from "./recall-history";
import { studyDayAtOffset } from "./study-day-grid";

export const MASTERY_WEEKS = 12;

export interface MasteryWeek {
  /** The learner's date of the week's Monday, e.g. "2026-11-23". */
  startDate: string;
  /** When the week's study days start (Monday at the learner's day-start hour). */
  startsAt: Date;
  /** The instant the mastery is taken at: the week's end, or `now` for the current week. */
  measuredAt: Date;
}

export interface WeeklyTopicMastery {
  /** Oldest first; the last one is the current, unfinished week. */
  weeks: MasteryWeek[];
  /** Per topic (sorted by topic id), the mastery (as in topicMastery) at each week's measuredAt. */
  topics: { topic: string; mastery: number[] }[];
}

function weekday(date: string): number {
  const [year, month, day] = date.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** Study days since this week's Monday: 0 on a Monday, 6 on a Sunday. */
function daysSinceMonday(today: StudyDay): number {
  return (weekday(today.date) + 6) % 7;
}

/** When the current week's study days started: this week's Monday at the day-start hour. */
export function currentWeekStartsAt(now: Date, timezone: string, dayStartHour: number): Date {
  const today = studyDayAt(now, timezone, dayStartHour);
  return studyDayAtOffset(today, -daysSinceMonday(today), timezone, dayStartHour).startsAt;
}

/** The last `weekCount` weeks, Monday to Sunday in study days, so a week starts Monday at the day-start hour. */
export function masteryWeeks(now: Date, timezone: string, dayStartHour: number, weekCount: number): MasteryWeek[] {
  const today = studyDayAt(now, timezone, dayStartHour);
  const sinceMonday = daysSinceMonday(today);
  const weeks: MasteryWeek[] = [];
  for (let back = weekCount - 1; back >= 0; back--) {
    const monday = studyDayAtOffset(today, -sinceMonday - 7 * back, timezone, dayStartHour);
    const measuredAt = back === 0 ? now : studyDayAtOffset(today, -sinceMonday - 7 * back + 7, timezone, dayStartHour).startsAt;
    weeks.push({ startDate: monday.date, startsAt: monday.startsAt, measuredAt });
  }
  return weeks;
}

/**
 * Each topic's mastery as it stood at the end of each of the last `weekCount` weeks, replayed from
 * the logs (see recallHistory for what is exact and what is approximated). A review made exactly
 * at a week's end instant counts in that week. The topic's cards are today's: a card added to the
 * content since counts, unseen, in past weeks too, so the series measures today's topic throughout
 * and does not jump down when content grows.
 *
 * `logs` must hold every live log of the cards, not only the chart's weeks: a week's mastery
 * depends on the review before it, however old. Cost: O(L log L) to order each card's logs, then
 * O(C × weeks); logs of cards not in `cards` (retired content) are ignored.
 */
export function weeklyTopicMastery(
  cards: readonly MasteryCard[],
  logs: readonly MasteryLog[],
  settings: SchedulerSettings,
  now: Date,
  timezone: string,
  dayStartHour: number,
  weekCount = MASTERY_WEEKS,
): WeeklyTopicMastery {
  const curve = createScheduler(settings);
  const weeks = masteryWeeks(now, timezone, dayStartHour, Math.max(1, weekCount));
  const measuredMs = weeks.map((week) => week.measuredAt.getTime());

  const logsByCard = new Map<string, MasteryLog[]>(cards.map((card) => [card.cardId, []]));
  for (const log of logs) {
    if (isLive(log)) logsByCard.get(log.cardId)?.push(log);
  }

  const byTopic = new Map<string, { sums: number[]; cardCount: number }>();
  for (const card of cards) {
    let entry = byTopic.get(card.topic);
    if (!entry) {
      entry = { sums: new Array<number>(weeks.length).fill(0), cardCount: 0 };
      byTopic.set(card.topic, entry);
    }
    entry.cardCount += 1;
    const cardLogs = logsByCard.get(card.cardId) ?? [];
    cardLogs.sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
    const segments = recallHistory(card, cardLogs);
    // Weeks and segments are both in time order: one merge pass per card.
    let current = -1;
    for (let week = 0; week < weeks.length; week++) {
      while (current + 1 < segments.length && segments[current + 1].fromMs <= measuredMs[week]) current += 1;
      if (current < 0) continue;
      const segment = segments[current];
      entry.sums[week] += recallProbability(curve, segment.stability, segment.lastReview, weeks[week].measuredAt);
    }
  }

  return {
    weeks,
    topics: [...byTopic]
      .map(([topic, entry]) => ({ topic, mastery: entry.sums.map((sum) => sum / entry.cardCount) }))
      .sort((a, b) => a.topic.localeCompare(b.topic)),
  };
}
