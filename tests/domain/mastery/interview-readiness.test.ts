import { describe, expect, it } from "vitest";
import { interviewReadiness } from "@/lib/domain/mastery/interview-readiness";
import { card, reviewedCard, settings, utc } from "./mastery-fixtures";

const now = utc("2026-11-25T20:00:00");

describe("interviewReadiness", () => {
  it("weighs concepts equally and projects a week without reviews", () => {
    // Stability 7 reviewed just now: R = 1 now and 0.9 in seven days.
    const cards = [
      reviewedCard("a1", now, 7, 0, { conceptId: "a" }),
      reviewedCard("b1", now, 7, 0, { conceptId: "b" }),
      card({ cardId: "b2", conceptId: "b" }),
    ];
    const [topic] = interviewReadiness(cards, settings, now);
    // Concept means: a = 1 then 0.9; b = 0.5 then 0.45. A card mean would give 2/3 instead.
    expect(topic.readinessNow).toBeCloseTo(0.75, 6);
    expect(topic.readinessInAWeek).toBeCloseTo(0.675, 6);
  });

  it("sorts topics and keeps them apart", () => {
    const cards = [reviewedCard("x", now, 7, 0, { topic: "trees" }), card({ cardId: "y", topic: "boosting" })];
    expect(interviewReadiness(cards, settings, now).map((topic) => [topic.topic, topic.readinessNow])).toEqual([
      ["boosting", 0],
      ["trees", 1],
    ]);
  });

  it("gives zeros, never NaN, for a brand-new learner", () => {
    expect(interviewReadiness([], settings, now)).toEqual([]);
    expect(interviewReadiness([card({ cardId: "n" })], settings, now)).toEqual([{ topic: "ml-basics", readinessNow: 0, readinessInAWeek: 0 }]);
  });
});
