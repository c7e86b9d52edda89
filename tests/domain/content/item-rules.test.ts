import { describe, expect, it } from "vitest";
import { compileKnowledgeBase } from "@/lib/domain/content/compile-knowledge-base";
import { generateItems } from "@/lib/domain/content/generate-items";
import { itemProblems } from "@/lib/domain/content/item-rules";
import type { ItemPayload, StudyItem } from "@/lib/domain/content/item-types";
import { rawConcept, topicFile, validConcepts } from "../../support/content-fixtures";

// The item rules re-check generated items, so a generator that regresses is caught by content:check
// even when every concept passes its own rules. Each case hand-builds one defective item.

// Six mutually related concepts, beta a kind of alpha: each still gets three honest distractors.
const SUPERVISED = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta"].map((name) => `supervised-${name}-method`);
const compiled = compileKnowledgeBase([
  topicFile(
    "supervised",
    SUPERVISED.map((id) =>
      rawConcept(id, { related: SUPERVISED.filter((other) => other !== id), ...(id === "supervised-beta-method" ? { broader: ["supervised-alpha-method"] } : {}) }),
    ),
  ),
  topicFile("evaluation", ["precision", "recall", "f1-score", "accuracy"].map((id, _, all) => rawConcept(id, { related: all.filter((other) => other !== id) }))),
]);
const { knowledgeBase } = compiled;
const items = generateItems(knowledgeBase);

function withPayload(id: string, change: (payload: ItemPayload) => ItemPayload): StudyItem {
  const item = items.find((candidate) => candidate.id === id);
  if (!item) throw new Error(`no item ${id}`);
  return { ...item, payload: change(structuredClone(item.payload)) };
}

const problemsOf = (item: StudyItem) => itemProblems(knowledgeBase, [item]).map((problem) => problem.message);

describe("itemProblems", () => {
  it("finds nothing wrong with what the generators make", () => {
    expect(compiled.problems).toEqual([]);
    expect(itemProblems(knowledgeBase, items)).toEqual([]);
  });

  it("flags a wrong option that is broader or narrower than the answer", () => {
    const item = withPayload("supervised-gamma-method:mcq:0", (payload) => {
      if (payload.kind !== "mcq") throw new Error("mcq expected");
      const wrong = payload.options.findIndex((_, index) => index !== payload.correctIndex);
      payload.options[wrong] = "supervised beta method";
      return payload;
    });
    const alpha = withPayload("supervised-alpha-method:mcq:0", (payload) => {
      if (payload.kind !== "mcq") throw new Error("mcq expected");
      const wrong = payload.options.findIndex((option, index) => index !== payload.correctIndex && option !== "supervised beta method");
      payload.options[wrong] = "supervised beta method";
      return payload;
    });
    expect(problemsOf(item)).toEqual([]);
    expect(problemsOf(alpha)).toEqual([expect.stringMatching(/wrong option "supervised beta method" is broader or narrower/)]);
  });

  it("flags a stem that names a wrong option (answer by elimination)", () => {
    const item = withPayload("supervised-alpha-method:mcq:0", (payload) => {
      if (payload.kind !== "mcq") throw new Error("mcq expected");
      const wrong = payload.options.find((_, index) => index !== payload.correctIndex)!;
      return { ...payload, prompt: `${payload.prompt} Unlike ${wrong}.` };
    });
    expect(problemsOf(item)).toEqual([expect.stringMatching(/is named in the stem, so it can be eliminated/)]);
  });

  it("flags a true/false prompt that does not say what it is about", () => {
    const item = withPayload("supervised-alpha-method:true-false:0-true", (payload) => ({ ...payload, prompt: "The term was coined in 1959." }));
    expect(problemsOf(item)).toEqual(["the statement does not name what it is about"]);
  });

  it("flags a cloze that blanks a phrase, shows its answer, or has no blank", () => {
    const cloze = (change: (payload: ItemPayload) => ItemPayload) => problemsOf(withPayload("supervised-alpha-method:cloze:0", change));
    expect(cloze((payload) => ({ ...payload, answer: "the idea" }))).toEqual(['blanks a phrase ("the idea"), not one key word']);
    expect(cloze((payload) => ({ ...payload, prompt: `${payload.prompt} It explained.` }))).toEqual(['its answer "explains" shows in the prompt as "explained"']);
    expect(cloze((payload) => ({ ...payload, prompt: "No blank here." }))).toEqual(["has 0 blanks; a cloze blanks exactly one key word"]);
  });

  it("flags a compare answer whose difference does not name both concepts", () => {
    const [compare] = generateItems(
      compileKnowledgeBase([
        topicFile(
          "supervised",
          validConcepts().map((concept, index) =>
            index === 0 ? { ...concept, contrast: [{ id: "supervised-beta-method", difference: "Supervised alpha method is exact; supervised beta method is not." }] } : concept,
          ),
        ),
      ]).knowledgeBase,
    ).filter((item) => item.kind === "compare");
    const broken = { ...compare, payload: { ...compare.payload, differences: ["These are both exact."] } as ItemPayload };
    expect(problemsOf(compare)).toEqual([]);
    expect(itemProblems(knowledgeBase, [broken]).map((problem) => problem.message)).toEqual([
      'a difference does not name "supervised alpha method"',
      'a difference does not name "supervised beta method"',
    ]);
  });

  it("flags an open question without key points and a metric card without its zero-division rule", () => {
    expect(problemsOf(withPayload("supervised-alpha-method:open:0", (payload) => ({ ...payload, keyPoints: [] }) as ItemPayload))).toEqual([
      "needs 3-5 key points to grade an answer against",
    ]);
    expect(problemsOf(withPayload("precision:metric:0", (payload) => ({ ...payload, zeroDivisionRule: null }) as ItemPayload))).toEqual([
      "can have a zero denominator but the card does not state the rule",
    ]);
    expect(problemsOf(items.find((item) => item.id === "accuracy:metric:0")!)).toEqual([]);
  });
});
