import { describe, expect, it } from "vitest";
import { cappedEditDistance } from "@/lib/domain/quiz/edit-distance";

describe("cappedEditDistance", () => {
  it.each([
    ["recall", "recall", 0],
    ["", "", 0],
    ["recall", "recal", 1],
    ["recall", "recalll", 1],
    ["recall", "xrecall", 1],
    ["recall", "recoll", 1],
    ["recall", "reacll", 1],
    ["recall", "rceall", 1],
    ["ab", "ba", 1],
    ["", "a", 1],
    ["recall", "rceal", 2],
    ["recall", "reclal", 1],
    ["recall", "rexoll", 2],
    ["recall", "rec", 2],
    ["kitten", "sitting", 2],
    ["abc", "cab", 2],
  ])("%j to %j is %i", (first, second, distance) => {
    expect(cappedEditDistance(first, second)).toBe(distance);
    expect(cappedEditDistance(second, first)).toBe(distance);
  });

  it("counts a letter outside the Basic Multilingual Plane as one character", () => {
    expect(cappedEditDistance("a𝛼b", "ab")).toBe(1);
    expect(cappedEditDistance("a𝛼b", "a𝛽b")).toBe(1);
  });
});
