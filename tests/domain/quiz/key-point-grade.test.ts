import { describe, expect, it } from "vitest";
import { InvalidInputError } from "@/lib/domain/errors";
import { keyPointGrade } from "@/lib/domain/quiz/key-point-grade";

describe("keyPointGrade", () => {
  it.each([
    // [covered, total, rating]
    [0, 1, 1],
    [1, 1, 3],
    [0, 2, 1],
    [1, 2, 2],
    [2, 2, 3],
    [1, 3, 1],
    [2, 3, 2],
    [3, 3, 3],
    [1, 4, 1],
    [2, 4, 2],
    [3, 4, 2],
    [4, 4, 3],
    [2, 5, 1],
    [3, 5, 2],
    [4, 5, 2],
    [5, 5, 3],
  ])("suggests %i of %i -> %i", (covered, total, rating) => {
    expect(keyPointGrade(covered, total)).toBe(rating);
  });

  it("puts exactly half in Hard and just under half in Again", () => {
    expect(keyPointGrade(5, 10)).toBe(2);
    expect(keyPointGrade(4, 10)).toBe(1);
    expect(keyPointGrade(499, 1000)).toBe(1);
  });

  it("puts all but one point in Hard: only a complete answer is Good", () => {
    expect(keyPointGrade(9, 10)).toBe(2);
    expect(keyPointGrade(10, 10)).toBe(3);
  });

  it("never suggests Easy", () => {
    for (let total = 1; total <= 8; total++) {
      for (let covered = 0; covered <= total; covered++) expect(keyPointGrade(covered, total)).not.toBe(4);
    }
  });

  it.each([
    [0, 0, "total"],
    [1, 0, "total"],
    [0, -1, "total"],
    [1, 2.5, "total"],
    [0, Number.NaN, "total"],
    [0, Number.POSITIVE_INFINITY, "total"],
    [-1, 3, "covered"],
    [4, 3, "covered"],
    [1.5, 3, "covered"],
    [Number.NaN, 3, "covered"],
  ])("refuses %s of %s, naming %s", (covered, total, path) => {
    const attempt = () => keyPointGrade(covered, total);
    expect(attempt).toThrow(InvalidInputError);
    expect(attempt).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ path })] }));
  });
});
