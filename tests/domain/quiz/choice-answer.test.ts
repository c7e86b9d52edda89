import { describe, expect, it } from "vitest";
import { InvalidInputError } from "@/lib/domain/errors";
import { gradeChoiceAnswer, gradeTrueFalseAnswer, parseOptionKey, parseTrueFalseKey } from "@/lib/domain/quiz/choice-answer";

const mcq = { options: ["Lasso", "Ridge", "Elastic net", "PCA"], correctIndex: 2 };

describe("gradeChoiceAnswer", () => {
  it("is correct only for the correct option", () => {
    expect(gradeChoiceAnswer(2, mcq)).toBe("correct");
    expect([0, 1, 3].map((index) => gradeChoiceAnswer(index, mcq))).toEqual(["wrong", "wrong", "wrong"]);
  });

  it.each([-1, 4, 1.5, Number.NaN, Number.POSITIVE_INFINITY])("refuses the index %s with a message naming the range", (index) => {
    expect(() => gradeChoiceAnswer(index, mcq)).toThrow(InvalidInputError);
    expect(() => gradeChoiceAnswer(index, mcq)).toThrow("The chosen option must be a whole number from 0 to 3.");
  });

  it("checks the range against the item's own options", () => {
    const family = { options: ["Supervised learning", "Unsupervised learning", "Reinforcement learning"], correctIndex: 0 };
    expect(() => gradeChoiceAnswer(3, family)).toThrow("from 0 to 2");
  });

  it("names the field in the issue", () => {
    expect(() => gradeChoiceAnswer(9, mcq)).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ path: "selectedIndex" })] }));
  });
});

describe("gradeTrueFalseAnswer", () => {
  it("is correct when the answer agrees with the statement", () => {
    expect(gradeTrueFalseAnswer(true, { isTrue: true })).toBe("correct");
    expect(gradeTrueFalseAnswer(false, { isTrue: false })).toBe("correct");
    expect(gradeTrueFalseAnswer(false, { isTrue: true })).toBe("wrong");
    expect(gradeTrueFalseAnswer(true, { isTrue: false })).toBe("wrong");
  });
});

describe("parseOptionKey", () => {
  it.each([
    ["1", 0],
    ["2", 1],
    ["3", 2],
    ["4", 3],
    ["A", 0],
    ["b", 1],
    ["C", 2],
    ["d", 3],
  ])("reads %j as option %i", (key, index) => {
    expect(parseOptionKey(key, 4)).toBe(index);
  });

  it.each(["0", "5", "e", "E", "T", "", " ", "Enter", "11", "ab"])("ignores %j", (key) => {
    expect(parseOptionKey(key, 4)).toBeNull();
  });

  it("ignores keys past the item's options", () => {
    expect(parseOptionKey("3", 3)).toBe(2);
    expect(parseOptionKey("4", 3)).toBeNull();
    expect(parseOptionKey("D", 3)).toBeNull();
  });
});

describe("parseTrueFalseKey", () => {
  it.each([
    ["T", true],
    ["t", true],
    ["F", false],
    ["f", false],
  ])("reads %j as %s", (key, value) => {
    expect(parseTrueFalseKey(key)).toBe(value);
  });

  it.each(["1", "a", "y", "", "true", "False"])("ignores %j", (key) => {
    expect(parseTrueFalseKey(key)).toBeNull();
  });
});
