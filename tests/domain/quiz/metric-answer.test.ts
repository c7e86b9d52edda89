import { describe, expect, it } from "vitest";
import { gradeMetricAnswer, parseMetricAnswer } from "@/lib/domain/quiz/metric-answer";

describe("parseMetricAnswer", () => {
  it.each([
    ["0.75", 0.75],
    [".75", 0.75],
    [" 3/4 ", 0.75],
    ["3 / 4", 0.75],
    ["75%", 0.75],
    ["0,75", 0.75],
    ["1", 1],
    ["0.8.", 0.8],
  ])("reads %s as %s", (text, value) => {
    expect(parseMetricAnswer(text)).toEqual({ kind: "number", value });
  });

  it("reads undefined in any case", () => {
    expect(parseMetricAnswer(" Undefined ")).toEqual({ kind: "undefined" });
  });

  it.each(["", "abc", "3/0", "1/2/3", "0.5 or 0.6", "∞"])("refuses %j", (text) => {
    expect(parseMetricAnswer(text)).toBeNull();
  });
});

describe("gradeMetricAnswer", () => {
  const number = (value: number) => ({ kind: "number" as const, value });

  it("accepts an answer within the absolute tolerance, boundary included", () => {
    expect(gradeMetricAnswer(number(0.84), 0.8421, 0.01)).toBe("correct");
    expect(gradeMetricAnswer(number(0.83), 0.84, 0.01)).toBe("correct");
    expect(gradeMetricAnswer(number(0.82), 0.8421, 0.01)).toBe("wrong");
  });

  it("wants undefined exactly when the metric is undefined", () => {
    expect(gradeMetricAnswer({ kind: "undefined" }, null, 0.01)).toBe("correct");
    expect(gradeMetricAnswer(number(0), null, 0.01)).toBe("wrong");
    expect(gradeMetricAnswer({ kind: "undefined" }, 0.5, 0.01)).toBe("wrong");
  });
});
