import { describe, expect, it } from "vitest";
import { quizScore } from "@/lib/domain/quiz/quiz-score";

describe("quizScore", () => {
  it("scores overall and per topic, counting timeouts as missed and open answers to grade as not yet correct", () => {
    const score = quizScore([
      { topic: "nlp", isCorrect: true, verdict: "correct" },
      { topic: "nlp", isCorrect: true, verdict: "typo" },
      { topic: "evaluation", isCorrect: false, verdict: "timeout" },
      { topic: "nlp", isCorrect: false, verdict: "wrong" },
      { topic: "evaluation", isCorrect: null, verdict: "pending" },
      { topic: "evaluation", isCorrect: true, verdict: "self-graded" },
    ]);
    expect(score).toEqual({
      correct: 3,
      total: 6,
      toGrade: 1,
      missed: 2,
      perTopic: [
        { topic: "nlp", correct: 2, total: 3 },
        { topic: "evaluation", correct: 1, total: 3 },
      ],
    });
  });

  it("is all zeros for an empty quiz", () => {
    expect(quizScore([])).toEqual({ correct: 0, total: 0, toGrade: 0, missed: 0, perTopic: [] });
  });
});
