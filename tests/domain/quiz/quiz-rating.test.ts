import { describe, expect, it } from "vitest";
import { InvalidInputError } from "@/lib/domain/errors";
import { quizRating } from "@/lib/domain/quiz/quiz-rating";

const checked = (verdict: "correct" | "typo" | "wrong", answeredInMs: number, timeLimitMs: number | null) =>
  quizRating({ kind: "checked", verdict, answeredInMs, timeLimitMs });

describe("quizRating for checked answers", () => {
  it("rates a wrong answer Again, however fast", () => {
    expect(checked("wrong", 1_000, null)).toBe(1);
    expect(checked("wrong", 1, 60_000)).toBe(1);
  });

  it("rates a right answer Good when there is no time limit, however fast", () => {
    expect(checked("correct", 0, null)).toBe(3);
    expect(checked("correct", 500, null)).toBe(3);
  });

  it("rates a right answer in under a third of the limit Easy, and exactly a third Good", () => {
    expect(checked("correct", 19_999, 60_000)).toBe(4);
    expect(checked("correct", 20_000, 60_000)).toBe(3);
    expect(checked("correct", 20_001, 60_000)).toBe(3);
    // A limit not divisible by three: 10_000 / 3 = 3333.33...
    expect(checked("correct", 3_333, 10_000)).toBe(4);
    expect(checked("correct", 3_334, 10_000)).toBe(3);
  });

  it("rates a right answer slower than a third, or past the limit, Good", () => {
    expect(checked("correct", 45_000, 60_000)).toBe(3);
    expect(checked("correct", 61_000, 60_000)).toBe(3);
  });

  it("counts an answer accepted with a typo as right", () => {
    expect(checked("typo", 5_000, null)).toBe(3);
    expect(checked("typo", 5_000, 60_000)).toBe(4);
  });

  it.each([
    [-1, 60_000, "answeredInMs"],
    [Number.NaN, null, "answeredInMs"],
    [Number.POSITIVE_INFINITY, 60_000, "answeredInMs"],
    [1_000, 0, "timeLimitMs"],
    [1_000, -60_000, "timeLimitMs"],
    [1_000, Number.NaN, "timeLimitMs"],
  ])("refuses answeredInMs %s with timeLimitMs %s", (answeredInMs, timeLimitMs, path) => {
    expect(() => checked("correct", answeredInMs, timeLimitMs)).toThrow(InvalidInputError);
    expect(() => checked("correct", answeredInMs, timeLimitMs)).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ path })] }));
  });
});

describe("quizRating for self-graded answers", () => {
  it.each([1, 2, 3, 4])("keeps the confirmed rating %i", (rating) => {
    expect(quizRating({ kind: "self-graded", confirmedRating: rating })).toBe(rating);
  });

  it.each([0, 5, 2.5, -1, Number.NaN])("refuses the confirmed rating %s", (rating) => {
    const attempt = () => quizRating({ kind: "self-graded", confirmedRating: rating });
    expect(attempt).toThrow(InvalidInputError);
    expect(attempt).toThrow(expect.objectContaining({ message: "Rating must be 1-4.", issues: [expect.objectContaining({ path: "confirmedRating" })] }));
  });
});
