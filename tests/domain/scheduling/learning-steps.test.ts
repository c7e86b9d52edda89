import { describe, expect, it } from "vitest";
import { formatSteps, parseSteps } from "@/lib/domain/scheduling/learning-steps";

describe("parseSteps", () => {
  it.each([
    ["1m 10m", ["1m", "10m"]],
    ["  1m   10m  1h ", ["1m", "10m", "1h"]],
    ["", []],
    ["1d", ["1d"]],
  ])("accepts %j", (text, steps) => {
    expect(parseSteps(text)).toEqual({ ok: true, steps });
  });

  it.each([
    ["1 m", /not a step/],
    ["10", /not a step/],
    ["1.5m", /not a step/],
    ["-1m", /not a step/],
    ["0m", /between 1m and 1d/],
    ["25h", /between 1m and 1d/],
    ["1m ".repeat(11), /at most 10/],
  ])("rejects %j with a message", (text, message) => {
    const result = parseSteps(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it("formats steps back to the canonical text", () => {
    expect(formatSteps(["1m", "10m"])).toBe("1m 10m");
  });
});
