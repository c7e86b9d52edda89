import { describe, expect, it } from "vitest";
import { signUpSchema, updateSettingsSchema } from "@/lib/domain/account/schemas";

const goodSignUp = { name: "Grace", email: "Grace@Example.com ", password: "ten chars!", timezone: "Pacific/Auckland" };

function firstIssuePath(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) {
  return result.error?.issues[0]?.path.join(".");
}

describe("signUpSchema", () => {
  it("normalises the email and accepts a 10-character password", () => {
    expect(signUpSchema.parse(goodSignUp)).toEqual({ ...goodSignUp, email: "grace@example.com" });
  });

  it.each([
    ["email", { email: "not-an-email" }],
    ["password", { password: "nine char" }],
    ["name", { name: "   " }],
    ["name", { name: "x".repeat(2000) }],
    ["password", { password: "p".repeat(1025) }],
    ["email", { email: `${"a".repeat(1100)}@example.com` }],
    ["timezone", { timezone: "Not/AZone" }],
    ["timezone", { timezone: "x".repeat(5000) }],
  ])("reports %s for %j", (path, override) => {
    expect(firstIssuePath(signUpSchema.safeParse({ ...goodSignUp, ...override }))).toBe(path);
  });

  it("accepts UTC, which some engines leave out of Intl.supportedValuesOf", () => {
    expect(signUpSchema.safeParse({ ...goodSignUp, timezone: "UTC" }).success).toBe(true);
  });
});

describe("updateSettingsSchema", () => {
  const form = {
    desiredRetention: "0.9",
    newCardsPerDay: "20",
    reviewsPerDay: "200",
    learningSteps: "1m 10m",
    relearningSteps: "10m",
    maximumIntervalDays: "36500",
    isFuzzEnabled: true,
    leechThreshold: "8",
    includeQuizOnlyKinds: false,
    isQuizFeedingScheduler: true,
    timezone: "UTC",
    dayStartHour: "4",
  };

  it("coerces form strings to numbers at the boundaries", () => {
    expect(updateSettingsSchema.parse({ ...form, desiredRetention: "0.70", newCardsPerDay: "0", reviewsPerDay: "9999" })).toMatchObject({
      desiredRetention: 0.7,
      newCardsPerDay: 0,
      reviewsPerDay: 9999,
      dayStartHour: 4,
    });
  });

  it.each([
    ["desiredRetention", "abc", /number/],
    ["desiredRetention", "1", /0.70 and 0.99/],
    ["newCardsPerDay", "10000", /between 0 and 9999/],
    ["learningSteps", "1m 10", /not a step/],
    ["dayStartHour", "-1", /between 0 and 23/],
  ])("rejects %s = %j", (field, value, message) => {
    const result = updateSettingsSchema.safeParse({ ...form, [field]: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toMatch(message);
  });
});
