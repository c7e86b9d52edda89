import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getLearnerContext } from "@/lib/data/review/learner-context";
import { loadReviewHistory } from "@/lib/data/scheduling/load-review-history";
import { applyParameterFit, getLatestParameterFit, getPersonalParameters, restoreDefaultParameters } from "@/lib/data/scheduling/parameter-fits";
import { rescheduleNextBatch } from "@/lib/data/scheduling/reschedule-cards";
import { undoLastReview } from "@/lib/data/review/undo-review";
import { NotFoundError } from "@/lib/domain/errors";
import { DEFAULT_FSRS_WEIGHTS } from "@/lib/domain/scheduling/fsrs-weights";
import { MINIMUM_ITEMS } from "@/lib/domain/scheduling/personal/fit-readiness";
import { fitPersonalParameters, type FitPhase } from "@/lib/server/personal-fit";
import { FitInterruptedError } from "@/lib/server/fsrs-optimizer";
import { createTestDb } from "../../support/test-db";
import { omit } from "../../support/omit";
import { createLearner, seedSmallKnowledgeBase } from "../../support/review-fixtures";
import { gradeCard, studyDaily } from "../../support/study-history";
import { insertSimulatedCards, insertSimulatedHistory } from "../../support/simulated-history";

const START = new Date("2026-09-01T08:00:00Z");

describe("personal FSRS parameters", () => {
  const testDb = createTestDb();
  const { db } = testDb;
  let cardIds: string[];
  let learner: string;
  let afterStudy: Date;

  beforeAll(async () => {
    await seedSmallKnowledgeBase(db);
    cardIds = (await db.card.findMany({ where: { kind: { in: ["basic", "reverse", "cloze"] } }, orderBy: { position: "asc" }, select: { id: true } })).map((card) => card.id);
    learner = await createLearner(db);
    // Forgets faster than the defaults expect, so their own weights predict them better.
    afterStudy = (await insertSimulatedHistory(db, learner, { cards: await insertSimulatedCards(db, 400), reviews: 4000, newPerDay: 10, start: START, seed: 7, forgetfulness: 2.5 })).end;
    // Noise the fit must ignore: a quiz answer, and a grade undone at once.
    const simulated = await db.card.findMany({ where: { id: { startsWith: "sim-" } }, take: 2, orderBy: { id: "asc" }, select: { id: true } });
    await gradeCard(db, learner, simulated[0].id, 1, afterStudy, "quiz");
    await gradeCard(db, learner, simulated[1].id, 4, new Date(afterStudy.getTime() + 1000));
    await undoLastReview(db, learner, new Date(afterStudy.getTime() + 2000));
  }, 120_000);
  afterAll(() => testDb.close());

  it("reads the history of daily-review grades only, undone ones left out, by card and time", async () => {
    const history = await loadReviewHistory(db, learner, { reviewsOnly: true });
    const stored = await db.reviewLog.count({ where: { userId: learner, deletedAt: null, source: "review" } });
    expect(history).toHaveLength(stored);
    expect(await db.reviewLog.count({ where: { userId: learner } })).toBe(stored + 2);
    const keys = history.map((log) => `${log.cardId}|${log.reviewedAt.toISOString()}`);
    expect(keys).toEqual([...keys].sort());
    expect(history.every((log) => /^\d{4}-\d{2}-\d{2}$/.test(log.studyDate))).toBe(true);
  });

  it("explains what is missing instead of fitting a short history", async () => {
    const newcomer = await createLearner(db);
    await studyDaily(db, newcomer, cardIds, { start: START, days: 5, newPerDay: 4, recall: 0.9, seed: 3 });
    const outcome = await fitPersonalParameters(db, newcomer, { onProgress: () => {} });
    expect(outcome.kind).toBe("not-ready");
    expect(outcome.kind === "not-ready" && outcome.itemCount).toBeLessThan(MINIMUM_ITEMS);
    expect(outcome.kind === "not-ready" && outcome.missing).toContain(`at least ${MINIMUM_ITEMS} reviews`);
    expect(await db.fsrsParameterFit.count({ where: { userId: newcomer } })).toBe(0);
  });

  it("says so, and stores nothing, when the optimizer keeps the defaults for a thin history", async () => {
    // Three months of daily study, but of 24 cards only: the optimizer sets their first reviews aside.
    const regular = await createLearner(db);
    await studyDaily(db, regular, cardIds, { start: START, days: 90, newPerDay: 4, recall: 0.75, seed: 7 });
    const outcome = await fitPersonalParameters(db, regular, { onProgress: () => {} });
    expect(outcome.kind === "not-ready" && outcome.itemCount).toBeGreaterThanOrEqual(MINIMUM_ITEMS);
    expect(outcome.kind === "not-ready" && outcome.missing).toContain("kept the default parameters");
    expect(await db.fsrsParameterFit.count({ where: { userId: regular } })).toBe(0);
  }, 60_000);

  it("fits 21 weights, scores them and the defaults on held-out reviews, and stores the fit without applying it", async () => {
    const phases = new Set<FitPhase>();
    const outcome = await fitPersonalParameters(db, learner, { onProgress: (phase, share) => {
      expect(share).toBeGreaterThanOrEqual(0);
      expect(share).toBeLessThanOrEqual(1);
      phases.add(phase);
    } });
    expect(outcome.kind).toBe("fitted");
    if (outcome.kind !== "fitted") return;
    const { fit } = outcome;
    expect([...phases]).toEqual(expect.arrayContaining(["reading", "checking", "fitting", "saving"]));
    expect(fit.weights).toHaveLength(21);
    expect(fit.weights).not.toEqual(DEFAULT_FSRS_WEIGHTS);
    expect(fit.reviewCount).toBe(await db.reviewLog.count({ where: { userId: learner, deletedAt: null, source: "review" } }));
    expect(fit.cardCount).toBe(400);
    expect(fit.heldOutReviewCount).toBeGreaterThanOrEqual(16);
    for (const value of [fit.defaultLogLoss, fit.fittedLogLoss]) expect(value).toBeGreaterThan(0);
    for (const value of [fit.defaultRmseBins, fit.fittedRmseBins]) expect(value).toBeGreaterThanOrEqual(0);
    // This learner recalls 75% of due cards while the defaults aim at 90%: their own weights predict them better.
    expect(fit.fittedLogLoss).toBeLessThan(fit.defaultLogLoss);
    expect(fit.appliedAt).toBeNull();
    expect((await getPersonalParameters(db, learner)).weights).toBeNull();
    expect((await getLatestParameterFit(db, learner))?.id).toBe(fit.id);
  }, 60_000);

  it("stops, and stores nothing, when the learner goes away mid-fit", async () => {
    const before = await db.fsrsParameterFit.count({ where: { userId: learner } });
    const abort = new AbortController();
    const run = fitPersonalParameters(db, learner, { signal: abort.signal, onProgress: (phase) => phase === "checking" && abort.abort() });
    await expect(run).rejects.toBeInstanceOf(FitInterruptedError);
    expect(await db.fsrsParameterFit.count({ where: { userId: learner } })).toBe(before);
  }, 60_000);

  it("runs one fit at a time per instance: the next learner waits, then gets theirs", async () => {
    const phases: FitPhase[][] = [[], []];
    const outcomes = await Promise.all(phases.map((seen) => fitPersonalParameters(db, learner, { onProgress: (phase) => seen[seen.length - 1] !== phase && seen.push(phase) })));
    expect(outcomes.map((outcome) => outcome.kind)).toEqual(["fitted", "fitted"]);
    expect(phases[0][0]).toBe("reading");
    expect(phases[1][0]).toBe("waiting");
    expect(phases[1]).toContain("fitting");
  }, 60_000);

  it("applies only the learner's own stored fit, and grading then uses its weights", async () => {
    const fit = (await getLatestParameterFit(db, learner))!;
    const stranger = await createLearner(db);
    await expect(applyParameterFit(db, stranger, fit.id, { reschedule: false }, afterStudy)).rejects.toBeInstanceOf(NotFoundError);
    await expect(applyParameterFit(db, learner, "no-such-fit", { reschedule: false }, afterStudy)).rejects.toBeInstanceOf(NotFoundError);

    await applyParameterFit(db, learner, fit.id, { reschedule: false }, afterStudy);
    await applyParameterFit(db, learner, fit.id, { reschedule: false }, afterStudy);
    const parameters = await getPersonalParameters(db, learner);
    expect(parameters.weights).toEqual(fit.weights);
    expect(parameters.fittedAt).toEqual(fit.createdAt);
    expect(parameters.reviewCount).toBe(fit.reviewCount);
    expect(parameters.isRescheduling).toBe(false);
    expect((await getLatestParameterFit(db, learner))?.appliedAt).toEqual(afterStudy);
    expect((await getLearnerContext(db, learner)).scheduler.weights).toEqual(fit.weights);
    expect((await getLearnerContext(db, stranger)).scheduler.weights).toBeUndefined();
  });

  it("restores the default parameters", async () => {
    await restoreDefaultParameters(db, learner, { reschedule: false }, afterStudy);
    expect(await getPersonalParameters(db, learner)).toEqual({ weights: null, fittedAt: null, reviewCount: null, isRescheduling: false });
    expect((await getLearnerContext(db, learner)).scheduler.weights).toBeUndefined();
  });
});

describe("rescheduling with new parameters", () => {
  const testDb = createTestDb();
  const { db } = testDb;
  let cardIds: string[];

  beforeAll(async () => {
    await seedSmallKnowledgeBase(db);
    cardIds = (await db.card.findMany({ where: { kind: { in: ["basic", "reverse", "cloze"] } }, orderBy: { position: "asc" }, select: { id: true } })).map((card) => card.id);
  });
  afterAll(() => testDb.close());

  const statesOf = (userId: string) =>
    db.cardState.findMany({ where: { userId, state: { not: 0 } }, orderBy: { cardId: "asc" }, select: { cardId: true, due: true, stability: true, difficulty: true, lastReview: true, version: true, reps: true } });

  async function learnerWithHistory(seed: number) {
    const userId = await createLearner(db);
    const now = await studyDaily(db, userId, cardIds, { start: START, days: 40, newPerDay: 4, recall: 0.8, seed });
    return { userId, now };
  }

  it("does nothing unless a reschedule was asked for", async () => {
    const { userId, now } = await learnerWithHistory(11);
    const before = await statesOf(userId);
    expect(await rescheduleNextBatch(db, userId, now)).toEqual({ done: 0, total: 0, isFinished: true });
    expect(await statesOf(userId)).toEqual(before);
  });

  it("with the weights a card was graded with, gives back the same memory states", async () => {
    const { userId, now } = await learnerWithHistory(12);
    const before = await statesOf(userId);
    await restoreDefaultParameters(db, userId, { reschedule: true }, now);
    let progress;
    do progress = await rescheduleNextBatch(db, userId, now);
    while (!progress.isFinished);
    const after = await statesOf(userId);
    expect(after.map((state) => omit(state, "version"))).toEqual(before.map((state) => omit(state, "version")));
    expect(after.map((state) => state.version)).toEqual(before.map((state) => state.version + 1));
    expect((await getPersonalParameters(db, userId)).isRescheduling).toBe(false);
  });

  it("moves every reviewed card once, batch by batch, carrying on after an interruption and when two runs race", async () => {
    const { userId, now } = await learnerWithHistory(13);
    const before = await statesOf(userId);
    const weights = DEFAULT_FSRS_WEIGHTS.map((w, index) => (index < 4 ? w * 4 : w));
    const fit = await db.fsrsParameterFit.create({
      data: { userId, weights: JSON.stringify(weights), reviewCount: 1, cardCount: 1, heldOutReviewCount: 1, defaultLogLoss: 0.3, defaultRmseBins: 0.1, fittedLogLoss: 0.3, fittedRmseBins: 0.1, fitMs: 1 },
    });
    await applyParameterFit(db, userId, fit.id, { reschedule: true }, now);
    expect((await getPersonalParameters(db, userId)).isRescheduling).toBe(true);

    const first = await rescheduleNextBatch(db, userId, now, 5);
    expect(first).toEqual({ done: 5, total: before.length, isFinished: false });
    // The tab closed here; later two tabs carry on at once.
    const [a, b] = await Promise.all([rescheduleNextBatch(db, userId, now, 5), rescheduleNextBatch(db, userId, now, 5)]);
    expect([a.done, b.done].sort((x, y) => x - y)).toEqual([10, 15]);
    let progress;
    do progress = await rescheduleNextBatch(db, userId, now, 5);
    while (!progress.isFinished);
    expect(progress.done).toBe(before.length);

    const after = await statesOf(userId);
    expect(after.map((state) => state.version)).toEqual(before.map((state) => state.version + 1));
    expect(after.filter((state, index) => state.stability !== before[index].stability).length).toBeGreaterThan(before.length / 2);
    expect(after.map((state) => state.lastReview)).toEqual(before.map((state) => state.lastReview));
    expect((await getPersonalParameters(db, userId)).isRescheduling).toBe(false);
  }, 60_000);

  it("applying other weights without rescheduling stops a reschedule under way", async () => {
    const { userId, now } = await learnerWithHistory(14);
    await restoreDefaultParameters(db, userId, { reschedule: true }, now);
    await rescheduleNextBatch(db, userId, now, 5);
    await restoreDefaultParameters(db, userId, { reschedule: false }, now);
    expect((await getPersonalParameters(db, userId)).isRescheduling).toBe(false);
    expect(await rescheduleNextBatch(db, userId, now, 5)).toEqual({ done: 0, total: 0, isFinished: true });
  });
});
