import { describe, expect, it } from "vitest";
import { generateItems } from "@/lib/domain/content/generate-items";
import { formatProblem } from "@/lib/domain/content/compile-knowledge-base";
import { loadKnowledgeBase } from "@/lib/server/content-files";
import { itemProblems } from "@/lib/domain/content/item-rules";
import { firstEditionItems } from "../support/first-edition";

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

// The second edition's interview curriculum: a few concepts per area that an interviewer asks first.
const SECOND_EDITION: Record<string, string[]> = {
  "deep-learning": [
    "sigmoid-function", "softmax-function", "adam-optimizer", "momentum", "epoch", "batch-size", "weight-initialization",
    "layer-normalization", "early-stopping", "exploding-gradient-problem", "residual-network", "self-attention",
    "transfer-learning", "fine-tuning", "computational-graph", "gated-recurrent-unit", "embedding-layer",
  ],
  supervised: ["gini-impurity", "information-gain", "adaboost", "xgboost", "stacking", "one-vs-rest", "linear-discriminant-analysis"],
  fundamentals: [
    "parametric-model", "non-parametric-model", "generative-model", "discriminative-model", "semi-supervised-learning",
    "self-supervised-learning", "curse-of-dimensionality", "maximum-likelihood-estimation", "bayes-theorem", "central-limit-theorem",
  ],
  evaluation: [
    "data-drift", "concept-drift", "covariate-shift", "model-monitoring", "a-b-testing", "offline-evaluation", "online-evaluation",
    "macro-averaging", "micro-averaging", "brier-score", "probability-calibration", "normalized-discounted-cumulative-gain",
    "mean-absolute-percentage-error",
  ],
  nlp: ["bert", "word2vec", "sequence-labeling", "conditional-random-field", "hidden-markov-model"],
  "computer-vision": ["yolo", "u-net", "dice-coefficient", "anchor-box"],
  roles: ["data-engineer", "mlops-engineer", "research-scientist"],
};

// Pairs the issue names as commonly confused; each must be a contrast, so a compare item exists.
const CONTRAST_PAIRS = [
  ["q-learning", "sarsa"],
  ["lemmatization", "stemming"],
  ["precision", "recall"],
  ["k-means", "k-nearest-neighbors"],
  ["autoencoder", "principal-component-analysis"],
  ["face-detection", "face-recognition"],
  ["gradient-boosting", "random-forest"],
];

const MINIMUM_CONCEPTS = 380;
const MINIMUM_PER_TOPIC = 20;
const MINIMUM_ROLES = 10;

describe("the knowledge base in content/", () => {
  const { knowledgeBase, problems } = loadKnowledgeBase();
  const items = generateItems(knowledgeBase);

  it("has no content problems", () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it("generates no item that breaks an item rule", () => {
    expect(itemProblems(knowledgeBase, items)).toEqual([]);
  });

  it.each(Object.entries(REQUIRED))("covers every listed %s concept in that topic", (topic, ids) => {
    const inTopic = new Set(knowledgeBase.concepts.filter((concept) => concept.topic === topic).map((concept) => concept.id));
    expect(ids.filter((id) => !inTopic.has(id))).toEqual([]);
  });

  it.each(Object.entries(SECOND_EDITION))("covers the second edition's %s interview concepts", (topic, ids) => {
    const inTopic = new Set(knowledgeBase.concepts.filter((concept) => concept.topic === topic).map((concept) => concept.id));
    expect(ids.filter((id) => !inTopic.has(id))).toEqual([]);
  });

  it(`has at least ${MINIMUM_CONCEPTS} concepts, ${MINIMUM_PER_TOPIC} per topic and ${MINIMUM_ROLES} roles, every concept with a reference`, () => {
    expect(knowledgeBase.concepts.length).toBeGreaterThanOrEqual(MINIMUM_CONCEPTS);
    for (const topic of knowledgeBase.topics) {
      const count = knowledgeBase.concepts.filter((concept) => concept.topic === topic.id).length;
      expect(count, topic.id).toBeGreaterThanOrEqual(topic.id === "roles" ? MINIMUM_ROLES : MINIMUM_PER_TOPIC);
    }
    expect(knowledgeBase.concepts.filter((concept) => concept.references.length === 0)).toEqual([]);
  });

  it("still generates every item of the first edition, so no learner's history is orphaned", () => {
    const ids = new Set(items.map((item) => item.id));
    expect(firstEditionItems().filter((item) => !ids.has(item.id)).map((item) => item.id)).toEqual([]);
  });

  it("marks every concept beyond the first edition as beyond-article", () => {
    const firstEdition = new Set(firstEditionItems().map((item) => item.conceptId));
    const unmarked = knowledgeBase.concepts.filter((concept) => !firstEdition.has(concept.id) && concept.source !== "beyond-article");
    expect(unmarked.map((concept) => concept.id)).toEqual([]);
  });

  it("generates a compare item for each classic confusion", () => {
    const compareIds = new Set(items.filter((item) => item.kind === "compare").map((item) => item.id));
    for (const [first, second] of CONTRAST_PAIRS) expect(compareIds).toContain(`${first}:compare:${second}`);
  });

  it("gives every item a unique id", () => {
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
  });
});
