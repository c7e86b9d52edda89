import { describe, expect, it } from "vitest";
import { quizAccuracy } from "@/lib/domain/mastery/quiz-accuracy";
import { daysBefore, utc } from "./mastery-fixtures";

const now = utc("2026-11-25T20:00:00");

describe("quizAccuracy", () => {
  it("is the share answered right over 30 learner days, overall and per topic, pending left out", () => {
    const answers = [
      { topic: "trees", isCorrect: true, answeredAt: now },
      { topic: "trees", isCorrect: false, answeredAt: daysBefore(now, 29) },
      { topic: "trees", isCorrect: null, answeredAt: now }, // open answer to self-grade
      { topic: "boosting", isCorrect: null, answeredAt: null }, // not answered
      { topic: "boosting", isCorrect: true, answeredAt: daysBefore(now, 30) }, // outside
      { topic: "metrics", isCorrect: true, answeredAt: now },
    ];
    const accuracy = quizAccuracy(answers, now, "Pacific/Auckland", 4);
    expect(accuracy.overall).toEqual({ accuracy: 2 / 3, answeredCount: 3, correctCount: 2 });
    expect(accuracy.topics).toEqual([
      { topic: "metrics", accuracy: 1, answeredCount: 1, correctCount: 1 },
      { topic: "trees", accuracy: 0.5, answeredCount: 2, correctCount: 1 },
    ]);
  });

  it("is null, not NaN, for a learner who has answered nothing", () => {
    expect(quizAccuracy([], now, "UTC", 4)).toEqual({ overall: { accuracy: null, answeredCount: 0, correctCount: 0 }, topics: [] });
  });
});
