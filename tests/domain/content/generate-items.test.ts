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
    expect(cloze.payload.prompt).toBe(`supervised alpha method: A definition number 23 that ${CLOZE_BLANK} the idea precisely.`);
    expect(cloze.payload).toMatchObject({ answer: "explains", accepted: ["explains"] });
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
    const alphaBeta = "Supervised alpha method differs from supervised beta method.";
    const betaAlpha = "Supervised beta method differs from supervised alpha method.";
    concepts[0] = { ...concepts[0], contrast: [{ id: "supervised-beta-method", difference: alphaBeta }] };
    concepts[1] = { ...concepts[1], contrast: [{ id: "supervised-alpha-method", difference: betaAlpha }] };
    concepts[3] = { ...concepts[3], contrast: [{ id: "supervised-gamma-method", difference: "Supervised delta method is not supervised gamma method." }] };
    const compares = itemsFor([topicFile("supervised", concepts)]).filter((item) => item.kind === "compare");
    expect(compares.map((item) => item.id)).toEqual([
      "supervised-alpha-method:compare:supervised-beta-method",
      "supervised-delta-method:compare:supervised-gamma-method",
    ]);
    expect(compares[0].payload).toMatchObject({ differences: [alphaBeta, betaAlpha] });
    expect(compares[0].payload.answer).toContain(alphaBeta);
    expect(compares[0].payload.answer).toContain(betaAlpha);
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

  it("prefixes a true/false statement that does not name its concept with the concept", () => {
    const concepts = base();
    concepts[0] = { ...concepts[0], facts: [{ statement: "Supervised alpha method is exact.", false_twin: "Scikit-learn calls it approximate." }] };
    const prompts = itemsFor([topicFile("supervised", concepts)])
      .filter((item) => item.kind === "true-false" && item.conceptId === "supervised-alpha-method")
      .map((item) => item.payload.prompt);
    expect(prompts).toEqual(["Supervised alpha method is exact.", "About supervised alpha method: Scikit-learn calls it approximate."]);
  });

  it("blanks the cloze word only where it stands as a word, and accepts the names of a concept it names", () => {
    const concepts = base();
    concepts[0] = { ...concepts[0], definition: "A rule that unexplainedly ranks, then explains supervised beta method.", cloze: "ranks" };
    concepts[1] = { ...concepts[1], aliases: ["ranks"] };
    // Naming beta makes it an eliminated distractor; epsilon keeps alpha's multiple-choice item possible.
    concepts.push(rawConcept("supervised-epsilon-method", { related: ["supervised-alpha-method"] }));
    concepts[0] = { ...concepts[0], related: [...(concepts[0].related as string[]), "supervised-epsilon-method"] };
    const cloze = itemsFor([topicFile("supervised", concepts)]).find((item) => item.id === "supervised-alpha-method:cloze:0")!;
    expect(cloze.payload.prompt).toBe(`supervised alpha method: A rule that unexplainedly ${CLOZE_BLANK}, then explains supervised beta method.`);
    expect(cloze.payload).toMatchObject({ accepted: ["ranks", "supervised beta method"] });
  });

  it("gives open questions the concept's key points", () => {
    const open = itemsFor([topicFile("supervised", base())]).find((item) => item.kind === "open")!;
    expect(open.payload).toMatchObject({ keyPoints: ["What it is.", "How it works.", "When to use it."] });
  });

  it("makes one parametric computed-metric item per framing, stating the zero-division rule", () => {
    const concepts = [...base(), rawConcept("precision", { related: ["supervised-alpha-method", "supervised-beta-method", "supervised-gamma-method"] })];
    const metrics = itemsFor([topicFile("evaluation", concepts)]).filter((item) => item.kind === "metric");
    expect(metrics.map((item) => item.id)).toEqual(["precision:metric:0", "precision:metric:1", "precision:metric:2"]);
    expect(metrics.map((item) => item.payload.kind === "metric" && item.payload.framing)).toEqual(["matrix", "screening", "filter"]);
    for (const item of metrics) {
      if (item.payload.kind !== "metric") throw new Error("expected a metric payload");
      expect(item.payload.prompt).toContain('answer "undefined"');
      expect(item.payload).not.toHaveProperty("matrix");
    }
  });
});
