import { describe, expect, it } from "vitest";
import { compileKnowledgeBase, formatProblem } from "@/lib/domain/content/compile-knowledge-base";
import { generateItems } from "@/lib/domain/content/generate-items";
import { rawConcept, topicFile } from "../../support/content-fixtures";

function mcqOf(conceptId: string, concepts: ReturnType<typeof rawConcept>[]) {
  const { knowledgeBase, problems } = compileKnowledgeBase([topicFile("unsupervised", concepts)]);
  expect(problems.map(formatProblem)).toEqual([]);
  const item = generateItems(knowledgeBase).find((candidate) => candidate.id === `${conceptId}:mcq:0`);
  if (!item || item.payload.kind !== "mcq") throw new Error(`no MCQ for ${conceptId}`);
  return item.payload;
}

const wrongOptions = (mcq: { options: string[]; correctIndex: number }) => mcq.options.filter((_, index) => index !== mcq.correctIndex);

const concepts = [
  rawConcept("k-means", {
    term: "k-means",
    related: ["clustering", "dbscan", "pca"],
    contrast: [{ id: "k-nearest-neighbors", difference: "k-means clusters unlabeled points; k-nearest neighbors predicts labels." }],
  }),
  rawConcept("k-nearest-neighbors", { term: "k-nearest neighbors", aliases: ["KNN"], related: ["k-means"] }),
  rawConcept("clustering", { term: "clustering", related: ["k-means"] }),
  rawConcept("dbscan", { term: "DBSCAN", related: ["k-means"] }),
  rawConcept("pca", { term: "principal component analysis", related: ["k-means"] }),
];

describe("multiple-choice distractors", () => {
  it("offers the answer and three distinct wrong terms, contrast concepts first", () => {
    const mcq = mcqOf("k-means", concepts);
    expect(mcq.options).toHaveLength(4);
    expect(new Set(mcq.options.map((option) => option.toLowerCase())).size).toBe(4);
    expect(mcq.options[mcq.correctIndex]).toBe("k-means");
    expect(mcq.options).toContain("k-nearest neighbors");
  });

  it("never offers a broader or narrower concept, which would fit the definition too", () => {
    // k-means is a kind of clustering, and mini-batch k-means a kind of k-means: neither the
    // parent, the child nor the grandchild is a wrong answer about another.
    const withHierarchy = [
      ...concepts.map((concept) => (concept.id === "k-means" ? { ...concept, broader: ["clustering"] } : concept)),
      rawConcept("mini-batch-k-means", { term: "mini-batch k-means", broader: ["k-means"], related: ["dbscan", "pca", "k-nearest-neighbors"] }),
      rawConcept("spectral-clustering", { term: "spectral clustering", related: ["k-means"] }),
    ];
    expect(wrongOptions(mcqOf("k-means", withHierarchy))).not.toEqual(expect.arrayContaining(["clustering"]));
    expect(wrongOptions(mcqOf("k-means", withHierarchy))).not.toContain("mini-batch k-means");
    expect(wrongOptions(mcqOf("clustering", withHierarchy))).not.toContain("mini-batch k-means");
    expect(wrongOptions(mcqOf("mini-batch-k-means", withHierarchy))).not.toContain("k-means");
    expect(wrongOptions(mcqOf("mini-batch-k-means", withHierarchy))).not.toContain("clustering");
  });

  it("never offers a concept the definition names, which could be eliminated at a glance", () => {
    const naming = concepts.map((concept) =>
      concept.id === "k-means" ? { ...concept, definition: "A method that, unlike DBSCAN, explains the idea precisely." } : concept,
    );
    naming.push(rawConcept("spectral-clustering", { term: "spectral clustering", related: ["k-means"] }));
    const mcq = mcqOf("k-means", naming);
    expect(wrongOptions(mcq)).not.toContain("DBSCAN");
    expect(mcq.prompt).toContain("DBSCAN");
  });

  it("refuses a name shared by two concepts: it would be a second right answer", () => {
    const shared = [...concepts, rawConcept("lloyds-algorithm", { term: "Lloyd's algorithm", aliases: ["K-Means"], related: ["k-means"] })];
    const { problems } = compileKnowledgeBase([topicFile("unsupervised", shared)]);
    expect(problems.map(formatProblem)).toEqual([
      'content/unsupervised.yaml: lloyds-algorithm: aliases.0: "K-Means" is already a name of k-means; an ambiguous name is an alias of neither',
    ]);
  });

  it("shuffles the options deterministically, so the answer is not always first", () => {
    const positions = concepts.map((concept) => mcqOf(String(concept.id), concepts).correctIndex);
    expect(new Set(positions).size).toBeGreaterThan(1);
    expect(concepts.map((concept) => mcqOf(String(concept.id), concepts).correctIndex)).toEqual(positions);
  });
});
