import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syncContentItems } from "@/lib/data/content-sync";
import { answerQuestion } from "@/lib/data/quiz/answer-question";
import { createQuiz, storeQuiz } from "@/lib/data/quiz/create-quiz";
import { getQuizResults } from "@/lib/data/quiz/get-quiz-results";
import { getQuizView } from "@/lib/data/quiz/get-quiz-view";
import { listQuizHistory } from "@/lib/data/quiz/list-quiz-history";
import { candidateOf, type TopicalCandidate } from "@/lib/data/quiz/quiz-candidates";
import { retryMissed } from "@/lib/data/quiz/retry-missed";
import type { ItemPayload } from "@/lib/domain/content/item-types";
import { metricAppearance } from "@/lib/domain/content/metric-items";
import type { Topic } from "@/lib/domain/content/schema";
import { ConflictError, InvalidInputError, NotFoundError } from "@/lib/domain/errors";
import type { QuizQuestionKind } from "@/lib/domain/quiz/quiz-kinds";
import { generateItems } from "@/lib/domain/content/generate-items";
import { loadKnowledgeBase } from "@/lib/server/content-files";
import { createLearner } from "../../support/review-fixtures";
import { createTestDb } from "../../support/test-db";

const NOW = new Date("2026-12-01T10:00:00Z");
const later = (ms: number) => new Date(NOW.getTime() + ms);
let answerCounter = 0;
const answerId = () => `answer-${String(++answerCounter).padStart(6, "0")}`;

describe("quizzes on a real database", () => {
  const testDb = createTestDb();
  const { db } = testDb;
  beforeAll(async () => {
    await syncContentItems(db, generateItems(loadKnowledgeBase().knowledgeBase));
  }, 60_000);
  afterAll(() => testDb.close());

  const payloadOf = async (cardId: string) => JSON.parse((await db.card.findUniqueOrThrow({ where: { id: cardId } })).payload) as ItemPayload;
  const questionsOf = (cardIds: string[]): TopicalCandidate[] =>
    cardIds.map((cardId) => {
      const [conceptId, kind] = cardId.split(":");
      return { ...candidateOf(cardId, kind as QuizQuestionKind, conceptId), topic: "evaluation" as Topic };
    });
  const quizOf = (userId: string, cardIds: string[], options: { mode?: "practice" | "mock"; timeLimitMs?: number | null; isFeedingScheduler?: boolean } = {}) =>
    storeQuiz(db, userId, {
      quizId: `quiz-${answerId()}`,
      mode: options.mode ?? "practice",
      topics: ["evaluation"],
      isWeakSpots: false,
      timeLimitMs: options.timeLimitMs ?? null,
      isFeedingScheduler: options.isFeedingScheduler ?? true,
      retryOfQuizId: null,
      questions: questionsOf(cardIds),
      now: NOW,
      hadNoHistory: false,
    });

  it("creates a quiz of the chosen topics and length, without repeats, mixing kinds", async () => {
    const userId = await createLearner(db);
    const { quizId, questionCount } = await createQuiz(db, userId, { topics: ["evaluation", "nlp"], length: 20, mode: "practice", isWeakSpots: false }, NOW);
    expect(questionCount).toBe(20);
    const questions = await db.quizQuestion.findMany({ where: { quizId } });
    expect(new Set(questions.map((q) => q.cardId)).size).toBe(20);
    expect(new Set(questions.map((q) => q.topic))).toEqual(new Set(["evaluation", "nlp"]));
    expect(new Set(questions.map((q) => q.kind)).size).toBeGreaterThanOrEqual(4);
  });

  it("tells a learner without history that weak spots need reviews, and makes a normal quiz", async () => {
    const userId = await createLearner(db);
    const created = await createQuiz(db, userId, { topics: ["roles"], length: 10, mode: "practice", isWeakSpots: true }, NOW);
    expect(created).toMatchObject({ questionCount: 10, hadNoHistory: true });
  });

  it("never sends a question's answer before it is answered", async () => {
    const userId = await createLearner(db);
    const cards = ["precision:mcq:0", "precision:true-false:0-true", "precision:cloze:0", "precision:metric:0", "precision:open:0"];
    const { quizId } = await quizOf(userId, cards);
    for (const cardId of cards) {
      const view = await getQuizView(db, userId, quizId, NOW);
      const json = JSON.stringify(view);
      const payload = await payloadOf(cardId);
      expect(json).not.toMatch(/correctIndex|isTrue|"answer"|accepted|keyPoints|modelAnswer|correctAnswer/);
      if (payload.kind === "cloze") expect(json.toLowerCase()).not.toContain(payload.answer.toLowerCase());
      if (payload.kind === "open") expect(json).not.toContain(payload.keyPoints[0]);
      if (payload.kind === "metric") {
        const question = await db.quizQuestion.findFirstOrThrow({ where: { quizId, cardId } });
        expect(json).not.toContain(metricAppearance(cardId, payload.metric, payload.framing, question.appearance).answer);
      }
      // Answer it (wrongly where possible) to move on.
      const current = view.current!;
      const input =
        payload.kind === "mcq" ? { optionIndex: (payload.correctIndex + 1) % 4 }
        : payload.kind === "true-false" ? { value: !payload.isTrue }
        : { text: "no idea" };
      if (payload.kind === "metric") Object.assign(input, { text: "undefined" });
      await answerQuestion(db, userId, quizId, { questionId: current.questionId, answerId: answerId(), ...input }, later(1000));
      if (payload.kind === "open") {
        await answerQuestion(db, userId, quizId, { questionId: current.questionId, answerId: answerId(), coveredKeyPoints: [], rating: 1 }, later(2000));
      }
    }
  });

  it("grades on the server, feeds the card's own state with a quiz log, and keeps the first of two answers", async () => {
    const userId = await createLearner(db);
    const { quizId } = await quizOf(userId, ["recall:mcq:0", "recall:cloze:0"]);
    const mcq = await payloadOf("recall:mcq:0");
    if (mcq.kind !== "mcq") throw new Error("expected an MCQ");
    const view = await getQuizView(db, userId, quizId, NOW);
    const first = { questionId: view.current!.questionId, answerId: answerId(), optionIndex: mcq.correctIndex };
    const outcome = await answerQuestion(db, userId, quizId, first, later(4000));
    expect(outcome).toMatchObject({ verdict: "correct", isCorrect: true, rating: 3, isReplay: false, solution: { correctAnswer: mcq.options[mcq.correctIndex] } });

    // The same answer id again, then a different answer: the first stands, nothing more is written.
    expect(await answerQuestion(db, userId, quizId, first, later(5000))).toMatchObject({ isReplay: true, verdict: "correct" });
    const wrongIndex = (mcq.correctIndex + 1) % 4;
    expect(await answerQuestion(db, userId, quizId, { ...first, answerId: answerId(), optionIndex: wrongIndex }, later(6000))).toMatchObject({ isReplay: true, verdict: "correct" });

    const logs = await db.reviewLog.findMany({ where: { userId } });
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ cardId: "recall:mcq:0", source: "quiz", rating: 3, reviewId: first.answerId });
    // Recognition never moves the concept's flashcards: no state for them, nothing buried.
    const flashcards = await db.cardState.findMany({ where: { userId, cardId: { in: ["recall:basic:0", "recall:reverse:0", "recall:cloze:0"] } } });
    expect(flashcards.every((state) => state.reps === 0 && state.buriedUntil === null)).toBe(true);

    // A typed cloze is recall: it grades the cloze card itself, accepting a typo.
    const cloze = await payloadOf("recall:cloze:0");
    if (cloze.kind !== "cloze") throw new Error("expected a cloze");
    const next = await getQuizView(db, userId, quizId, later(7000));
    const typo = cloze.answer.length > 5 ? cloze.answer.slice(0, -1) : cloze.answer;
    const typed = await answerQuestion(db, userId, quizId, { questionId: next.current!.questionId, answerId: answerId(), text: ` ${typo.toUpperCase()}! ` }, later(9000));
    expect(typed.verdict).toBe(cloze.answer.length > 5 ? "typo" : "correct");
    expect(typed.isFinished).toBe(true);
    const clozeState = await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId, cardId: "recall:cloze:0" } } });
    expect(clozeState.reps).toBe(1);
  });

  it("records the same answer sent several times at once once (to two app instances on PostgreSQL)", async () => {
    const userId = await createLearner(db);
    // Several instances share a PostgreSQL database; a SQLite file has one app process, whose
    // client runs its transactions one at a time (two processes' deferred transactions can
    // deadlock on the upgrade to a write lock until the busy timeout).
    const other = testDb.provider === "postgresql" ? testDb.openAnother() : db;
    const { quizId } = await quizOf(userId, ["recall:mcq:0", "recall:cloze:0"]);
    const mcq = await payloadOf("recall:mcq:0");
    if (mcq.kind !== "mcq") throw new Error("expected an MCQ");
    const view = await getQuizView(db, userId, quizId, NOW);
    const input = { questionId: view.current!.questionId, answerId: answerId(), optionIndex: mcq.correctIndex };
    const outcomes = await Promise.all([db, other, db, other].map((client) => answerQuestion(client, userId, quizId, input, later(3000))));
    expect(outcomes.map((outcome) => outcome.isReplay).sort()).toEqual([false, true, true, true]);
    expect(outcomes.every((outcome) => outcome.verdict === "correct")).toBe(true);
    expect(await db.reviewLog.count({ where: { userId } })).toBe(1);
  });

  it("refuses bad answers with a clear error and writes nothing", async () => {
    const userId = await createLearner(db);
    const otherId = await createLearner(db);
    const { quizId } = await quizOf(userId, ["precision:mcq:0", "precision:metric:0"]);
    const view = await getQuizView(db, userId, quizId, NOW);
    const questionId = view.current!.questionId;
    await expect(answerQuestion(db, userId, quizId, { questionId, answerId: answerId(), optionIndex: 4 }, later(1000))).rejects.toThrow(InvalidInputError);
    await expect(answerQuestion(db, userId, quizId, { questionId, answerId: answerId(), text: "B" }, later(1000))).rejects.toThrow("Choose one of the options.");
    await expect(answerQuestion(db, userId, quizId, { questionId: "nope", answerId: answerId(), optionIndex: 0 }, later(1000))).rejects.toThrow(NotFoundError);
    await expect(answerQuestion(db, otherId, quizId, { questionId, answerId: answerId(), optionIndex: 0 }, later(1000))).rejects.toThrow(NotFoundError);
    await expect(getQuizView(db, otherId, quizId, NOW)).rejects.toThrow(NotFoundError);
    const metricQuestion = await db.quizQuestion.findFirstOrThrow({ where: { quizId, cardId: "precision:metric:0" } });
    await expect(answerQuestion(db, userId, quizId, { questionId: metricQuestion.id, answerId: answerId(), text: "0.5" }, later(1000))).rejects.toThrow(
      "This question has not been asked yet.",
    );
    expect(await db.quizQuestion.count({ where: { quizId, NOT: { verdict: null } } })).toBe(0);
    expect(await db.reviewLog.count({ where: { userId } })).toBe(0);

    await answerQuestion(db, userId, quizId, { questionId, answerId: answerId(), optionIndex: 0 }, later(2000));
    await getQuizView(db, userId, quizId, later(3000));
    await expect(answerQuestion(db, userId, quizId, { questionId: metricQuestion.id, answerId: answerId(), text: "about half" }, later(4000))).rejects.toThrow(/Type a number/);
    await answerQuestion(db, userId, quizId, { questionId: metricQuestion.id, answerId: answerId(), text: "1/2" }, later(5000));
    const finished = await answerQuestion(db, userId, quizId, { questionId: metricQuestion.id, answerId: answerId(), text: "0.3" }, later(6000));
    expect(finished).toMatchObject({ isReplay: true, isFinished: true });
    const fresh = await quizOf(userId, ["precision:mcq:0"]);
    await db.quiz.update({ where: { id: fresh.quizId }, data: { finishedAt: NOW } });
    const freshQuestion = await db.quizQuestion.findFirstOrThrow({ where: { quizId: fresh.quizId } });
    await expect(answerQuestion(db, userId, fresh.quizId, { questionId: freshQuestion.id, answerId: answerId(), optionIndex: 0 }, later(1000))).rejects.toThrow(ConflictError);
  });

  it("enforces a mock question's deadline on the server, across reloads", async () => {
    const userId = await createLearner(db);
    const { quizId } = await quizOf(userId, ["accuracy:mcq:0", "accuracy:true-false:0-true", "accuracy:cloze:0"], { mode: "mock", timeLimitMs: 30_000 });
    const first = await getQuizView(db, userId, quizId, NOW);
    // A reload 20 s later shows the same question with the same deadline: the clock did not reset.
    const reloaded = await getQuizView(db, userId, quizId, later(20_000));
    expect(reloaded.current).toEqual(first.current);
    expect(first.current!.deadlineAt).toBe(later(30_000).toISOString());

    const mcq = await payloadOf("accuracy:mcq:0");
    if (mcq.kind !== "mcq") throw new Error("expected an MCQ");
    const late = await answerQuestion(db, userId, quizId, { questionId: first.current!.questionId, answerId: answerId(), optionIndex: mcq.correctIndex }, later(45_000));
    expect(late).toMatchObject({ verdict: "timeout", isCorrect: false, rating: 1, solution: null });

    // The second question is shown at 50 s and abandoned; a visit at 200 s records it as timed out.
    const second = await getQuizView(db, userId, quizId, later(50_000));
    const afterAbandon = await getQuizView(db, userId, quizId, later(200_000));
    expect(afterAbandon.current!.questionId).not.toBe(second.current!.questionId);
    expect(afterAbandon.current!.deadlineAt).toBe(later(230_000).toISOString());
    const abandoned = await db.quizQuestion.findUniqueOrThrow({ where: { id: second.current!.questionId } });
    expect(abandoned).toMatchObject({ verdict: "timeout", rating: 1 });

    // Right, in under a third of the limit: Easy. Mock feedback waits for the end of the quiz.
    const cloze = await payloadOf("accuracy:cloze:0");
    if (cloze.kind !== "cloze") throw new Error("expected a cloze");
    const fast = await answerQuestion(db, userId, quizId, { questionId: afterAbandon.current!.questionId, answerId: answerId(), text: cloze.answer }, later(205_000));
    expect(fast).toMatchObject({ verdict: "correct", rating: 4, isFinished: true });
    expect(fast.solution).not.toBeNull();
    const logs = await db.reviewLog.findMany({ where: { userId }, orderBy: { reviewedAt: "asc" } });
    expect(logs.map((log) => [log.cardId, log.rating, log.source])).toEqual([
      ["accuracy:mcq:0", 1, "quiz"],
      ["accuracy:true-false:0-true", 1, "quiz"],
      ["accuracy:cloze:0", 4, "quiz"],
    ]);
  });

  it("grades an open question with the learner's confirmed grade after showing the key points", async () => {
    const userId = await createLearner(db);
    const { quizId } = await quizOf(userId, ["f1-score:open:0"]);
    const view = await getQuizView(db, userId, quizId, NOW);
    const questionId = view.current!.questionId;
    const typed = await answerQuestion(db, userId, quizId, { questionId, answerId: answerId(), text: "The harmonic mean of precision and recall." }, later(30_000));
    expect(typed).toMatchObject({ verdict: "pending", isFinished: false });
    expect(typed.solution!.keyPoints.length).toBeGreaterThanOrEqual(3);
    // Reloading resumes at the grading step.
    expect((await getQuizView(db, userId, quizId, later(31_000))).awaitingGrade).toMatchObject({ text: "The harmonic mean of precision and recall." });
    await expect(answerQuestion(db, userId, quizId, { questionId, answerId: answerId(), coveredKeyPoints: [0, 1] }, later(32_000))).rejects.toThrow("Confirm a grade");
    await expect(answerQuestion(db, userId, quizId, { questionId, answerId: answerId(), coveredKeyPoints: [99], rating: 3 }, later(32_000))).rejects.toThrow(/key points/);
    const graded = await answerQuestion(db, userId, quizId, { questionId, answerId: answerId(), coveredKeyPoints: [0, 1], rating: 2 }, later(33_000));
    expect(graded).toMatchObject({ verdict: "self-graded", isCorrect: true, rating: 2, isFinished: true });
    expect(await db.reviewLog.findFirstOrThrow({ where: { userId } })).toMatchObject({ cardId: "f1-score:open:0", rating: 2, source: "quiz" });
  });

  it("stores the attempt but leaves the cards alone when the learner turned quiz grading off", async () => {
    const userId = await createLearner(db);
    await db.userSettings.upsert({ where: { userId }, create: { userId, isQuizFeedingScheduler: false }, update: { isQuizFeedingScheduler: false } });
    const { quizId } = await createQuiz(db, userId, { topics: ["roles"], length: 5, mode: "practice", isWeakSpots: false }, NOW);
    for (let index = 0; index < 5; index++) {
      const view = await getQuizView(db, userId, quizId, later(index * 1000));
      const question = view.current ?? view.awaitingGrade?.question;
      if (!question) break;
      if (view.awaitingGrade) {
        await answerQuestion(db, userId, quizId, { questionId: question.questionId, answerId: answerId(), coveredKeyPoints: [], rating: 1 }, later(index * 1000 + 500));
        continue;
      }
      const input = question.kind === "mcq" || question.kind === "which-family" ? { optionIndex: 0 } : question.kind === "true-false" ? { value: true } : { text: "0.5" };
      await answerQuestion(db, userId, quizId, { questionId: question.questionId, answerId: answerId(), ...input }, later(index * 1000 + 500));
    }
    expect(await db.quizQuestion.count({ where: { quizId, NOT: { verdict: null } } })).toBeGreaterThan(0);
    expect(await db.reviewLog.count({ where: { userId } })).toBe(0);
  });

  it("reports the results, retries the missed questions, and lists attempts newest first", async () => {
    const userId = await createLearner(db);
    const { quizId } = await quizOf(userId, ["specificity:mcq:0", "specificity:true-false:0-true", "auc:mcq:0"]);
    const answers: Record<string, (payload: ItemPayload) => object> = {
      mcq: (payload) => ({ optionIndex: payload.kind === "mcq" ? payload.correctIndex : 0 }),
      "true-false": (payload) => ({ value: payload.kind === "true-false" ? !payload.isTrue : true }),
    };
    for (let step = 0; step < 3; step++) {
      const view = await getQuizView(db, userId, quizId, later(step * 10_000));
      const question = await db.quizQuestion.findUniqueOrThrow({ where: { id: view.current!.questionId } });
      await answerQuestion(db, userId, quizId, { questionId: question.id, answerId: answerId(), ...answers[question.kind](await payloadOf(question.cardId)) }, later(step * 10_000 + 3000));
    }
    const results = await getQuizResults(db, userId, quizId);
    expect(results.score).toMatchObject({ correct: 2, total: 3, missed: 1, toGrade: 0 });
    expect(results.score.perTopic).toEqual([{ topic: "evaluation", correct: 2, total: 3 }]);
    expect(results.timeTakenMs).toBe(9000);
    expect(results.questions.find((q) => q.verdict === "wrong")).toMatchObject({ kind: "true-false", solution: { correctAnswer: "True" } });

    const retry = await retryMissed(db, userId, quizId, later(60_000));
    const retried = await db.quizQuestion.findMany({ where: { quizId: retry.quizId } });
    expect(retried.map((q) => q.cardId)).toEqual(["specificity:true-false:0-true"]);
    expect(await db.quiz.findUniqueOrThrow({ where: { id: retry.quizId } })).toMatchObject({ retryOfQuizId: quizId, mode: "practice" });

    const history = await listQuizHistory(db, userId, 1);
    expect(history.entries.map((entry) => entry.quizId)).toEqual([retry.quizId, quizId]);
    expect(history.entries[1]).toMatchObject({ correct: 2, total: 3, isFinished: true, mode: "practice", topics: ["evaluation"] });
    await expect(getQuizResults(db, userId, retry.quizId)).rejects.toThrow(ConflictError);
  });
});
