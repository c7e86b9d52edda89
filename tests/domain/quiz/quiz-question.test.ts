import { describe, expect, it } from "vitest";
import type { ItemPayload } from "@/lib/domain/content/item-types";
import { metricAppearance } from "@/lib/domain/content/metric-items";
import { InvalidInputError } from "@/lib/domain/errors";
import { askedQuestion, checkAnswer, questionSolution, type QuestionSource } from "@/lib/domain/quiz/quiz-question";

const mcq: QuestionSource = {
  kind: "mcq",
  cardId: "k-means:mcq:0",
  appearance: 0,
  payload: { kind: "mcq", prompt: "Which term matches this definition? Groups points.", options: ["DBSCAN", "k-means", "PCA", "k-NN"], correctIndex: 1, answer: "k-means" },
};
const trueFalse: QuestionSource = { kind: "true-false", cardId: "pca:true-false:0-false", appearance: 0, payload: { kind: "true-false", prompt: "PCA is supervised.", isTrue: false, answer: "False. PCA is unsupervised." } };
const cloze: QuestionSource = {
  kind: "cloze",
  cardId: "f1-score:cloze:0",
  appearance: 0,
  payload: { kind: "cloze", term: "F1-score", prompt: "F1-score: The […] mean of precision and recall.", answer: "harmonic", accepted: ["harmonic"] },
};
const metric = (appearance: number): QuestionSource => ({
  kind: "metric",
  cardId: "precision:metric:0",
  appearance,
  payload: { kind: "metric", metric: "precision", framing: "matrix", tolerance: 0.01, zeroDivisionRule: "rule", prompt: "appearance 0", answer: "appearance 0" },
});
const open: QuestionSource = { kind: "open", cardId: "pca:open:0", appearance: 0, payload: { kind: "open", prompt: "Explain PCA.", answer: "PCA projects...", keyPoints: ["Projects onto directions of most variance", "Centre the data", "Unsupervised"] } };
const compare: QuestionSource = {
  kind: "compare",
  cardId: "k-means:compare:k-nearest-neighbors",
  appearance: 0,
  payload: {
    kind: "compare",
    prompt: "What is the difference between k-means and k-nearest neighbors?",
    conceptIds: ["k-means", "k-nearest-neighbors"],
    terms: ["k-means", "k-nearest neighbors"],
    differences: ["k-means clusters unlabeled data; k-nearest neighbors predicts labels."],
    answer: "...",
  },
};

describe("askedQuestion", () => {
  it("carries the prompt and options but nothing that reveals the answer", () => {
    for (const source of [mcq, trueFalse, cloze, metric(3), open, compare]) {
      const json = JSON.stringify(askedQuestion(source));
      expect(json).not.toMatch(/"(correctIndex|isTrue|accepted|keyPoints|answer|differences)"/);
    }
    expect(askedQuestion(mcq)).toEqual({ kind: "mcq", prompt: mcq.payload.prompt, options: ["DBSCAN", "k-means", "PCA", "k-NN"] });
    expect(JSON.stringify(askedQuestion(cloze))).not.toContain("harmonic");
  });

  it("asks a computed metric with the counts of its appearance, not the stored ones", () => {
    const shown = metricAppearance("precision:metric:0", "precision", "matrix", 3);
    expect(askedQuestion(metric(3)).prompt).toBe(shown.prompt);
    expect(askedQuestion(metric(3)).prompt).not.toBe(askedQuestion(metric(4)).prompt);
  });
});

describe("checkAnswer", () => {
  it("grades choices, true/false, typed words and metrics", () => {
    expect(checkAnswer(mcq, { optionIndex: 1 }).verdict).toBe("correct");
    expect(checkAnswer(mcq, { optionIndex: 0 }).verdict).toBe("wrong");
    expect(checkAnswer(trueFalse, { value: false }).verdict).toBe("correct");
    expect(checkAnswer(cloze, { text: "Harmonik" })).toEqual({ verdict: "typo", matched: "harmonic" });
    const shown = metricAppearance("precision:metric:0", "precision", "matrix", 3);
    const right = shown.value === null ? "undefined" : shown.value.toFixed(4);
    expect(checkAnswer(metric(3), { text: right }).verdict).toBe("correct");
  });

  it.each([
    [mcq, { optionIndex: 4 }, /whole number from 0 to 3/],
    [mcq, { text: "B" }, /Choose one of the options/],
    [trueFalse, { text: "true" }, /Answer true or false/],
    [metric(1), { text: "about half" }, /Type a number/],
    [cloze, {}, /Type the missing word/],
    [cloze, { text: "x".repeat(5001) }, /at most 5,000 characters/],
    [open, { text: "anything" }, /graded by the learner/],
  ] as const)("refuses a response that does not fit the question (%#)", (source, response, message) => {
    expect(() => checkAnswer(source, response)).toThrow(InvalidInputError);
    expect(() => checkAnswer(source, response)).toThrow(message);
  });
});

describe("questionSolution", () => {
  it("names the correct answer of each kind", () => {
    expect(questionSolution(mcq).correctAnswer).toBe("k-means");
    expect(questionSolution(trueFalse).correctAnswer).toBe("False");
    expect(questionSolution(cloze).correctAnswer).toBe("harmonic");
    const shown = metricAppearance("precision:metric:0", "precision", "matrix", 3);
    expect(questionSolution(metric(3))).toMatchObject({ correctAnswer: shown.value === null ? "undefined" : String(Math.round(shown.value * 1000) / 1000), modelAnswer: shown.answer });
  });

  it("gives open questions their key points and compare questions the differences plus both definitions", () => {
    expect(questionSolution(open).keyPoints).toEqual((open.payload as Extract<ItemPayload, { kind: "open" }>).keyPoints);
    expect(questionSolution(compare).keyPoints).toEqual([
      "k-means clusters unlabeled data; k-nearest neighbors predicts labels.",
      "Says what k-means is",
      "Says what k-nearest neighbors is",
    ]);
  });
});
