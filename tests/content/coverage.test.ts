import { describe, expect, it } from "vitest";
import { generateItems } from "@/lib/domain/content/generate-items";
import { formatProblem } from "@/lib/domain/content/compile-knowledge-base";
import { loadKnowledgeBase } from "@/lib/server/content-files";

// Every concept the knowledge-base issue lists, by topic, as ids of content/.
const REQUIRED: Record<string, string[]> = {
  fundamentals: [
    "machine-learning", "data", "labeled-data", "unlabeled-data", "algorithm", "model", "inference", "data-science",
    "linear-algebra", "calculus", "statistics", "probability", "optimization", "python-for-ml", "ml-programming-languages",
    "bias-variance-tradeoff", "overfitting", "regularization", "gradient-descent", "data-leakage",
  ],
  roles: ["machine-learning-engineer", "data-scientist", "ai-engineer", "computer-vision-engineer", "nlp-scientist"],
  preprocessing: [
    "data-preprocessing", "missing-values", "imputation", "outliers", "duplicate-records", "noise", "inconsistent-data",
    "feature-selection", "feature-scaling", "standardization", "min-max-scaling", "categorical-encoding", "one-hot-encoding",
    "ordinal-encoding", "feature-reduction",
  ],
  supervised: [
    "supervised-learning", "classification", "regression", "ranking", "linear-regression", "logistic-regression",
    "k-nearest-neighbors", "decision-tree", "support-vector-machine", "neural-network",
  ],
  unsupervised: [
    "unsupervised-learning", "clustering", "dimensionality-reduction", "anomaly-detection", "association-rule-mining",
    "k-means", "principal-component-analysis", "singular-value-decomposition", "autoencoder", "apriori",
    "rule-support", "rule-confidence", "rule-lift",
  ],
  evaluation: [
    "model-evaluation", "train-validation-test-split", "accuracy", "precision", "recall", "f1-score", "confusion-matrix",
    "true-positive", "false-positive", "true-negative", "false-negative", "roc-curve", "false-positive-rate", "auc",
    "cross-validation", "k-fold-cross-validation", "grid-search",
  ],
  "deep-learning": [
    "deep-learning", "deep-neural-network", "neural-network-layers", "speech-recognition", "tensorflow", "pytorch", "keras", "mxnet",
  ],
  "reinforcement-learning": [
    "reinforcement-learning", "agent", "environment", "state", "action", "reward", "policy", "trial-and-error-learning",
    "q-learning", "sarsa", "policy-gradient", "actor-critic", "deep-q-network", "experience-replay", "target-network",
    "game-playing-rl", "robot-control", "self-driving-cars", "recommendation-systems",
  ],
  "computer-vision": [
    "computer-vision", "image-processing", "feature-extraction", "image-segmentation", "image-classification",
    "object-detection", "image-recognition", "object-tracking", "image-generation", "face-detection", "face-recognition",
    "optical-character-recognition", "scene-understanding", "image-captioning", "style-transfer",
  ],
  nlp: [
    "natural-language-processing", "tokenization", "stemming", "lemmatization", "part-of-speech-tagging", "parsing",
    "sentiment-analysis", "topic-modeling", "text-summarization", "machine-translation", "question-answering", "chatbot",
    "spam-filtering", "natural-language-generation",
  ],
};

// Pairs the issue names as commonly confused; each must be a contrast, so a compare item exists.
const CONTRAST_PAIRS = [
  ["q-learning", "sarsa"],
  ["lemmatization", "stemming"],
  ["precision", "recall"],
  ["k-means", "k-nearest-neighbors"],
  ["autoencoder", "principal-component-analysis"],
  ["face-detection", "face-recognition"],
];

describe("the knowledge base in content/", () => {
  const { knowledgeBase, problems } = loadKnowledgeBase();
  const items = generateItems(knowledgeBase);

  it("has no content problems", () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it.each(Object.entries(REQUIRED))("covers every listed %s concept in that topic", (topic, ids) => {
    const inTopic = new Set(knowledgeBase.concepts.filter((concept) => concept.topic === topic).map((concept) => concept.id));
    expect(ids.filter((id) => !inTopic.has(id))).toEqual([]);
  });

  it("has at least 120 concepts and 800 generated items, every concept with a reference", () => {
    expect(knowledgeBase.concepts.length).toBeGreaterThanOrEqual(120);
    expect(items.length).toBeGreaterThanOrEqual(800);
    expect(knowledgeBase.concepts.filter((concept) => concept.references.length === 0)).toEqual([]);
  });

  it("generates a compare item for each classic confusion", () => {
    const compareIds = new Set(items.filter((item) => item.kind === "compare").map((item) => item.id));
    for (const [first, second] of CONTRAST_PAIRS) expect(compareIds).toContain(`${first}:compare:${second}`);
  });

  it("gives every item a unique id", () => {
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
  });
});
