import { describe, expect, it } from "vitest";
import { compileKnowledgeBase } from "@/lib/domain/content/compile-knowledge-base";
import { generateItems } from "@/lib/domain/content/generate-items";
import { CLOZE_BLANK } from "@/lib/domain/content/card-items";
import { rawConcept, topicFile, validConcepts } from "../../support/content-fixtures";

function itemsFor(files: Parameters<typeof compileKnowledgeBase>[0]) {
  const { knowledgeBase, problems } = compileKnowledgeBase(files);
  expect(problems).toEqual([]);
  return generateItems(knowledgeBase);
}

const base = () => validConcepts();

describe("generateItems", () => {
  it("makes basic, reverse and cloze cards, an MCQ, true/false pairs and an open question per concept", () => {
    const items = itemsFor([topicFile("supervised", base())]).filter((item) => item.conceptId === "supervised-alpha-method");
    expect(items.map((item) => item.id)).toEqual([
      "supervised-alpha-method:basic:0",
      "supervised-alpha-method:reverse:0",
      "supervised-alpha-method:cloze:0",
      "supervised-alpha-method:mcq:0",
      "supervised-alpha-method:true-false:0-true",
      "supervised-alpha-method:true-false:0-false",
      "supervised-alpha-method:open:0",
    ]);
    const cloze = items.find((item) => item.kind === "cloze")!;
    expect(cloze.payload.prompt).toContain(CLOZE_BLANK);
    expect(cloze.payload.prompt).not.toContain("explains the idea precisely");
    expect(cloze.payload.answer).toBe("explains the idea precisely");
  });

  it("keeps every id when a definition is edited, and changes only the hashes of items that show it", () => {
    const before = itemsFor([topicFile("supervised", base())]);
    const edited = base();
    edited[0] = { ...edited[0], definition: "A rewritten definition that explains the idea precisely, better." };
    const after = itemsFor([topicFile("supervised", edited)]);

    expect(after.map((item) => item.id)).toEqual(before.map((item) => item.id));
    const changed = after.filter((item, index) => item.contentHash !== before[index].contentHash).map((item) => item.id);
    expect(changed).toEqual(
      expect.arrayContaining(["supervised-alpha-method:basic:0", "supervised-alpha-method:reverse:0", "supervised-alpha-method:cloze:0"]),
    );
    expect(changed).not.toContain("supervised-beta-method:basic:0");
    expect(changed).not.toContain("supervised-alpha-method:true-false:0-true");
  });

  it("is deterministic: the same content gives byte-identical items, whatever the file order", () => {
    const files = [topicFile("supervised", base()), topicFile("nlp", validConcepts("nlp"))];
    const first = JSON.stringify(itemsFor(files));
    expect(JSON.stringify(itemsFor(files))).toBe(first);
    expect(JSON.stringify(itemsFor([...files].reverse()))).toBe(first);
  });

  it("makes one compare item per contrast pair, declared on one side or both", () => {
    const concepts = base();
    concepts[0] = { ...concepts[0], contrast: [{ id: "supervised-beta-method", difference: "Alpha differs from beta." }] };
    concepts[1] = { ...concepts[1], contrast: [{ id: "supervised-alpha-method", difference: "Beta differs from alpha." }] };
    concepts[3] = { ...concepts[3], contrast: [{ id: "supervised-gamma-method", difference: "Delta is not gamma." }] };
    const compares = itemsFor([topicFile("supervised", concepts)]).filter((item) => item.kind === "compare");
    expect(compares.map((item) => item.id)).toEqual([
      "supervised-alpha-method:compare:supervised-beta-method",
      "supervised-delta-method:compare:supervised-gamma-method",
    ]);
    expect(compares[0].payload.answer).toContain("Alpha differs from beta.");
    expect(compares[0].payload.answer).toContain("Beta differs from alpha.");
  });

  it("asks which family a concept with a family belongs to", () => {
    const concepts = base();
    concepts[2] = { ...concepts[2], family: "unsupervised" };
    const item = itemsFor([topicFile("supervised", concepts)]).find((candidate) => candidate.kind === "which-family")!;
    expect(item.payload).toMatchObject({
      options: ["Supervised learning", "Unsupervised learning", "Reinforcement learning"],
      correctIndex: 1,
      answer: "Unsupervised learning",
    });
  });

  it("makes computed-metric items whose stored value matches the confusion matrix", () => {
    const concepts = [...base(), rawConcept("precision", { related: ["supervised-alpha-method", "supervised-beta-method", "supervised-gamma-method"] })];
    const metrics = itemsFor([topicFile("evaluation", concepts)]).filter((item) => item.kind === "metric");
    expect(metrics.map((item) => item.id)).toEqual(["precision:metric:0", "precision:metric:1", "precision:metric:2"]);
    for (const item of metrics) {
      if (item.payload.kind !== "metric") throw new Error("expected a metric payload");
      const { tp, fp } = item.payload.matrix;
      expect(item.payload.value).toBeCloseTo(tp / (tp + fp), 12);
      expect(item.payload.prompt).toContain(`TP = ${tp}`);
    }
    expect(new Set(metrics.map((item) => JSON.stringify(item.payload.kind === "metric" && item.payload.matrix))).size).toBe(3);
  });
});
