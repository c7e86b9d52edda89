import { describe, expect, it } from "vitest";
import type { MasteryCard, MasteryLog } from "@/lib/domain/mastery/mastery-inputs";
import { recallHistory } from "@/lib/domain/mastery/recall-history";
import { topicMastery } from "@/lib/domain/mastery/topic-mastery";
import { weeklyTopicMastery } from "@/lib/domain/mastery/weekly-topic-mastery";
import type { MemoryState } from "@/lib/domain/scheduling/memory-state";
import { createScheduler, newMemoryState, type ReviewRating } from "@/lib/domain/scheduling/scheduler";
import { card, log, settings, utc } from "./mastery-fixtures";

const scheduler = createScheduler(settings);
const now = utc("2026-11-25T20:00:00"); // a Wednesday

/** Grades a card through the real scheduler, keeping its logs and its true state after each grade. */
function simulate(cardId: string, topic: string, steps: { at: string; rating: ReviewRating; isUndone?: boolean }[]) {
  let state: MemoryState = newMemoryState(utc(steps[0].at));
  const logs: MasteryLog[] = [];
  const truth: { atMs: number; state: MemoryState }[] = [];
  for (const step of steps) {
    const reviewedAt = utc(step.at);
    const { next, log: fields } = scheduler.grade(state, step.rating, reviewedAt);
    const undoneAt = step.isUndone ? new Date(reviewedAt.getTime() + 60_000) : null;
    logs.push({ cardId, topic, rating: fields.rating, state: fields.state, stability: fields.stability, reviewedAt, source: "review", deletedAt: undoneAt });
    // Undo restores the state before the grade, as undoLastReview does.
    if (!step.isUndone) {
      state = next;
      truth.push({ atMs: reviewedAt.getTime(), state: next });
    }
  }
  const masteryCard: MasteryCard = { cardId, conceptId: cardId, topic, state: state.state, stability: state.stability, lastReview: state.lastReview, due: state.due, lapses: state.lapses };
  const trueRetrievability = (at: Date) => {
    const latest = truth.filter((entry) => entry.atMs <= at.getTime()).at(-1);
    return latest ? scheduler.retrievability(latest.state, at) : 0;
  };
  return { card: masteryCard, logs, trueRetrievability };
}

describe("weeklyTopicMastery", () => {
  const history = simulate("x", "trees", [
    { at: "2026-10-20T10:00:00", rating: 3 },
    { at: "2026-10-20T10:10:00", rating: 3 },
    { at: "2026-11-03T12:00:00", rating: 3 },
    { at: "2026-11-12T09:00:00", rating: 1 },
    { at: "2026-11-12T09:10:00", rating: 3 },
    { at: "2026-11-20T10:00:00", rating: 4, isUndone: true },
    { at: "2026-11-21T10:00:00", rating: 2 },
  ]);

  it("takes Monday-start weeks at the learner's day start, the current week measured now", () => {
    const { weeks } = weeklyTopicMastery([], [], settings, now, "America/Los_Angeles", 4, 3);
    expect(weeks.map((week) => week.startDate)).toEqual(["2026-11-09", "2026-11-16", "2026-11-23"]);
    expect(weeks[2].startsAt.toISOString()).toBe("2026-11-23T12:00:00.000Z"); // Monday 04:00 local
    expect(weeks.map((week) => week.measuredAt.toISOString())).toEqual(["2026-11-16T12:00:00.000Z", "2026-11-23T12:00:00.000Z", now.toISOString()]);
  });

  it("counts Sunday night before the day start in the week that is ending", () => {
    const monday = utc("2026-11-23T20:00:00"); // Monday noon in Los Angeles: this week began at 12:00Z
    const reviewedAt = (cardId: string, iso: string) => ({
      card: card({ cardId, state: 2, stability: 10, lastReview: utc(iso), due: utc("2026-12-03T12:00:00") }),
      log: log({ cardId, reviewedAt: utc(iso), state: 0, stability: 0 }),
    });
    const night = reviewedAt("night", "2026-11-23T11:30:00"); // 03:30 local on Monday: Sunday's study day
    const morning = reviewedAt("morning", "2026-11-23T12:30:00"); // 04:30 local on Monday
    const { topics } = weeklyTopicMastery([night.card, morning.card], [night.log, morning.log], settings, monday, "America/Los_Angeles", 4, 2);
    // Last week's point (Monday 12:00Z): only the night review had happened, half an hour before.
    expect(topics[0].mastery[0]).toBeCloseTo(0.5, 3);
    expect(topics[0].mastery[1]).toBeGreaterThan(0.99); // both reviewed hours ago
  });

  it("matches the true state at every week's end, an undone review skipped", () => {
    const { weeks, topics } = weeklyTopicMastery([history.card], history.logs, settings, now, "UTC", 4, 8);
    const expected = weeks.map((week) => history.trueRetrievability(week.measuredAt));
    expect(expected.filter((value) => value > 0).length).toBeGreaterThanOrEqual(5);
    topics[0].mastery.forEach((value, index) => expect(value).toBeCloseTo(expected[index], 8));
  });

  it("ends on today's topicMastery", () => {
    const unseen = card({ cardId: "y", topic: "trees" });
    const weekly = weeklyTopicMastery([history.card, unseen], history.logs, settings, now, "Pacific/Auckland", 4);
    const current = topicMastery([history.card, unseen], settings, now, "Pacific/Auckland", 4)[0];
    expect(weekly.weeks).toHaveLength(12);
    expect(weekly.topics[0].mastery.at(-1)).toBeCloseTo(current.mastery, 10);
  });

  it("averages over all of today's cards of a topic and ignores logs of cards not given", () => {
    const stray = log({ cardId: "retired", reviewedAt: utc("2026-11-24T10:00:00") });
    const cards = [history.card, card({ cardId: "y", topic: "trees" }), card({ cardId: "z", topic: "boosting" })];
    const { topics } = weeklyTopicMastery(cards, [...history.logs, stray], settings, now, "UTC", 4, 2);
    expect(topics.map((topic) => topic.topic)).toEqual(["boosting", "trees"]);
    expect(topics[0].mastery).toEqual([0, 0]);
    expect(topics[1].mastery[1]).toBeCloseTo(history.trueRetrievability(now) / 2, 8);
  });

  it("gives zeros, never NaN, for a brand-new learner", () => {
    const { weeks, topics } = weeklyTopicMastery([card({ cardId: "n" })], [], settings, now, "UTC", 4, 4);
    expect(weeks).toHaveLength(4);
    expect(topics).toEqual([{ topic: "ml-basics", mastery: [0, 0, 0, 0] }]);
  });
});

describe("recallHistory", () => {
  it("takes each review's resulting stability from the next log", () => {
    const logs = [
      log({ reviewedAt: utc("2026-11-01T10:00:00"), state: 0, stability: 0 }),
      log({ reviewedAt: utc("2026-11-03T10:00:00"), state: 2, stability: 2.3 }),
    ];
    const current = { state: 2 as const, stability: 9.1, lastReview: utc("2026-11-03T10:00:00") };
    expect(recallHistory(current, logs)).toEqual([
      { fromMs: utc("2026-11-01T10:00:00").getTime(), stability: 2.3, lastReview: utc("2026-11-01T10:00:00") },
      { fromMs: utc("2026-11-03T10:00:00").getTime(), stability: 9.1, lastReview: utc("2026-11-03T10:00:00") },
    ]);
  });

  // Regression guard: a reset is not logged, so the review after it starts from state 0 and
  // stability 0; that 0 must mean "not known", never a forgetting curve of stability 0 (NaN).
  it("counts a card as not known from its last review before a reset", () => {
    const logs = [
      log({ reviewedAt: utc("2026-11-01T10:00:00"), state: 2, stability: 4 }),
      log({ reviewedAt: utc("2026-11-10T10:00:00"), state: 0, stability: 0 }),
    ];
    const current = { state: 1 as const, stability: 2.3, lastReview: utc("2026-11-10T10:00:00") };
    expect(recallHistory(current, logs)[0].stability).toBe(0);
    expect(recallHistory({ state: 0, stability: 0, lastReview: null }, logs.slice(0, 1))).toEqual([
      { fromMs: utc("2026-11-01T10:00:00").getTime(), stability: 0, lastReview: utc("2026-11-01T10:00:00") },
    ]);

    const cards = [card({ cardId: "c1", state: 0 })];
    const { topics } = weeklyTopicMastery(cards, logs.slice(0, 1), settings, utc("2026-11-05T10:00:00"), "UTC", 4, 2);
    expect(topics[0].mastery).toEqual([0, 0]);
  });

  it("starts a reviewed card without logs at its last review", () => {
    expect(recallHistory({ state: 2, stability: 3, lastReview: utc("2026-11-01T10:00:00") }, [])).toEqual([
      { fromMs: utc("2026-11-01T10:00:00").getTime(), stability: 3, lastReview: utc("2026-11-01T10:00:00") },
    ]);
  });
});
