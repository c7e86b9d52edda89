import { describe, expect, it } from "vitest";
import { compileKnowledgeBase } from "@/lib/domain/content/compile-knowledge-base";
import { generateItems } from "@/lib/domain/content/generate-items";
import { rawConcept, topicFile } from "../../support/content-fixtures";

function mcqOf(conceptId: string, concepts: ReturnType<typeof rawConcept>[]) {
  const { knowledgeBase } = compileKnowledgeBase([topicFile("unsupervised", concepts)]);
  const item = generateItems(knowledgeBase).find((candidate) => candidate.id === `${conceptId}:mcq:0`);
  if (!item || item.payload.kind !== "mcq") throw new Error(`no MCQ for ${conceptId}`);
  return item.payload;
}

const concepts = [
  rawConcept("k-means", {
    term: "k-means",
    related: ["clustering", "dbscan", "pca"],
    contrast: [{ id: "k-nearest-neighbors", difference: "Supervised vs unsupervised." }],
  }),
  rawConcept("k-nearest-neighbors", { term: "k-nearest neighbors", aliases: ["KNN"], related: ["k-means"] }),
  // A synonym of the answer: it must never be offered as a wrong option.
  rawConcept("lloyds-algorithm", { term: "Lloyd's algorithm", aliases: ["K-Means"], related: ["k-means"] }),
  rawConcept("clustering", { term: "clustering", related: ["k-means"] }),
  rawConcept("dbscan", { term: "DBSCAN", related: ["k-means"] }),
  rawConcept("pca", { term: "principal component analysis", related: ["k-means"] }),
  // Same term as another concept: the two must not both appear as options.
  rawConcept("dbscan-duplicate", { term: "dbscan", related: ["k-means"] }),
];

describe("multiple-choice distractors", () => {
  it("offers the answer and three distinct wrong terms, contrast concepts first", () => {
    const mcq = mcqOf("k-means", concepts);
    expect(mcq.options).toHaveLength(4);
    expect(new Set(mcq.options.map((option) => option.toLowerCase())).size).toBe(4);
    expect(mcq.options[mcq.correctIndex]).toBe("k-means");
    expect(mcq.options).toContain("k-nearest neighbors");
  });

  it("never offers a synonym of the answer", () => {
    for (const concept of concepts) {
      const mcq = mcqOf(String(concept.id), concepts);
      const wrong = mcq.options.filter((_, index) => index !== mcq.correctIndex);
      if (concept.id === "k-means") expect(wrong).not.toContain("Lloyd's algorithm");
      if (concept.id === "lloyds-algorithm") expect(wrong).not.toContain("k-means");
    }
  });

  it("shuffles the options deterministically, so the answer is not always first", () => {
    const positions = concepts.map((concept) => mcqOf(String(concept.id), concepts).correctIndex);
    expect(new Set(positions).size).toBeGreaterThan(1);
    expect(concepts.map((concept) => mcqOf(String(concept.id), concepts).correctIndex)).toEqual(positions);
  });
});
