import { createScheduler, type SchedulerSettings } from "../scheduling/scheduler";
import { cardRetrievability, type ForgettingCurve } from "./card-retrievability";
import type { MasteryCard, MasteryLog } from "./mastery-inputs";
import { recallHistory, retrievabilityAt } from "./recall-history";
import { currentWeekStartsAt, MASTERY_WEEKS, masteryWeeks, weeklyTopicMastery, type MasteryWeek, type WeeklyTopicMastery } from "./weekly-topic-mastery";

// The weekly mastery series without replaying a year of logs on every view. A past week's mastery
// is a sum of card retrievabilities at the week's end; until the learner's next grade after that
// end, the current card states ARE the states at the week's end, so the first grade of a new week
// takes the snapshot (snapshotWeeks) before it changes anything, and undo corrects the snapshots
// its review contributed to (undoCorrections). The dashboard then reads at most weeks × topics
// rows, and weeks nobody graded since are computed from the card states on the spot.

function cardCountsByTopic(cards: readonly MasteryCard[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const card of cards) counts.set(card.topic, (counts.get(card.topic) ?? 0) + 1);
  return counts;
}

/** Per topic, the sum of its cards' retrievabilities at the end of one week. */
export interface TopicWeekSum {
  weekStartDate: string;
  measuredAt: Date;
  topic: string;
  retrievabilitySum: number;
  cardCount: number;
}

function sumsAt(cards: readonly MasteryCard[], curve: ForgettingCurve, week: MasteryWeek): TopicWeekSum[] {
  const byTopic = new Map<string, TopicWeekSum>();
  for (const card of cards) {
    let entry = byTopic.get(card.topic);
    if (!entry) {
      entry = { weekStartDate: week.startDate, measuredAt: week.measuredAt, topic: card.topic, retrievabilitySum: 0, cardCount: 0 };
      byTopic.set(card.topic, entry);
    }
    entry.retrievabilitySum += cardRetrievability(curve, card, week.measuredAt);
    entry.cardCount += 1;
  }
  return [...byTopic.values()];
}

/**
 * The weeks of the chart's window that have ended since `capturedAt` (all ended ones when never
 * captured), oldest first: what the next grade must snapshot before it changes a card.
 */
export function weeksToSnapshot(now: Date, timezone: string, dayStartHour: number, capturedAt: Date | null, weekCount = MASTERY_WEEKS): MasteryWeek[] {
  // Every grade asks, and on all but the first grade of a week the answer is none: the latest
  // ended week ends where the current one starts, so one boundary settles it, where the window's
  // weeks are two dozen time-zone conversions (2.5% of the server's time under a load of grades).
  if (capturedAt !== null && capturedAt.getTime() >= currentWeekStartsAt(now, timezone, dayStartHour).getTime()) return [];
  const weeks = masteryWeeks(now, timezone, dayStartHour, Math.max(1, weekCount)).slice(0, -1);
  return weeks.filter((week) => capturedAt === null || week.measuredAt.getTime() > capturedAt.getTime());
}

/** Snapshots of `weeks` from the card states, valid while no grade has happened since the weeks ended. */
export function snapshotWeeks(cards: readonly MasteryCard[], settings: SchedulerSettings, weeks: readonly MasteryWeek[]): TopicWeekSum[] {
  const curve = createScheduler(settings);
  return weeks.flatMap((week) => sumsAt(cards, curve, week));
}

/**
 * The chart's series: per topic, a week's stored snapshot divided by the topic's card count today
 * (a card added since counts, unseen, in past weeks too, as in weeklyTopicMastery); a week ended
 * after `capturedAt` is taken from the card states (no grade since, so they are its end state);
 * the current week is the mastery now. An ended week before `capturedAt` without a snapshot was
 * before the learner's history, so 0.
 */
export function weeklyMasterySeries(
  cards: readonly MasteryCard[],
  snapshots: readonly TopicWeekSum[],
  capturedAt: Date | null,
  settings: SchedulerSettings,
  now: Date,
  timezone: string,
  dayStartHour: number,
  weekCount = MASTERY_WEEKS,
): WeeklyTopicMastery {
  const curve = createScheduler(settings);
  const weeks = masteryWeeks(now, timezone, dayStartHour, Math.max(1, weekCount));
  const cardCounts = cardCountsByTopic(cards);
  const stored = new Map(snapshots.map((row) => [`${row.weekStartDate}|${row.topic}`, row.retrievabilitySum]));
  const storedWeeks = new Set(snapshots.map((row) => row.weekStartDate));

  const sums = new Map<string, number[]>([...cardCounts.keys()].map((topic) => [topic, new Array<number>(weeks.length).fill(0)]));
  weeks.forEach((week, index) => {
    const isCurrent = index === weeks.length - 1;
    if (!isCurrent && storedWeeks.has(week.startDate)) {
      for (const [topic, series] of sums) series[index] = stored.get(`${week.startDate}|${topic}`) ?? 0;
    } else if (isCurrent || capturedAt === null || week.measuredAt.getTime() > capturedAt.getTime()) {
      for (const row of sumsAt(cards, curve, week)) sums.get(row.topic)![index] = row.retrievabilitySum;
    }
  });

  return {
    weeks,
    topics: [...sums]
      .map(([topic, series]) => ({ topic, mastery: series.map((sum) => sum / (cardCounts.get(topic) ?? 1)) }))
      .sort((a, b) => a.topic.localeCompare(b.topic)),
  };
}

/**
 * What undoing one review changes in the snapshots measured at `instants`: per instant, the card's
 * retrievability after the undo minus before it, both replayed from the card's live logs (sorted,
 * the undone one included in `logs`) and its state before and after the undo.
 */
export function undoCorrections(
  cardBefore: Pick<MasteryCard, "state" | "stability" | "lastReview">,
  cardAfter: Pick<MasteryCard, "state" | "stability" | "lastReview">,
  logs: readonly MasteryLog[],
  undoneIndex: number,
  settings: SchedulerSettings,
  instants: readonly Date[],
): number[] {
  const curve = createScheduler(settings);
  const before = recallHistory(cardBefore, logs);
  const after = recallHistory(cardAfter, logs.filter((_, index) => index !== undoneIndex));
  return instants.map((at) => retrievabilityAt(after, curve, at) - retrievabilityAt(before, curve, at));
}

/**
 * The snapshots of the window's ended weeks replayed from a whole history (an import, or logs
 * written before snapshots existed), and the capture time to store with them.
 */
export function snapshotsFromReplay(
  cards: readonly MasteryCard[],
  logs: readonly MasteryLog[],
  settings: SchedulerSettings,
  now: Date,
  timezone: string,
  dayStartHour: number,
  weekCount = MASTERY_WEEKS,
): { snapshots: TopicWeekSum[]; capturedAt: Date | null } {
  const replay = weeklyTopicMastery(cards, logs, settings, now, timezone, dayStartHour, weekCount);
  const ended = replay.weeks.slice(0, -1);
  const cardCounts = cardCountsByTopic(cards);
  const snapshots = ended.flatMap((week, index) =>
    replay.topics.map(({ topic, mastery }) => {
      const cardCount = cardCounts.get(topic) ?? 0;
      return { weekStartDate: week.startDate, measuredAt: week.measuredAt, topic, retrievabilitySum: mastery[index] * cardCount, cardCount };
    }),
  );
  return { snapshots, capturedAt: ended.at(-1)?.measuredAt ?? null };
}
