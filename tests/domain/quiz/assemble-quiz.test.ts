import { describe, expect, it } from "vitest";
import { assembleQuiz, givesAway, proportionalQuotas, type QuizCandidate } from "@/lib/domain/quiz/assemble-quiz";

// A pool shaped like the knowledge base: per concept an MCQ, a typed cloze, an open question and
// two facts (true statement and false twin each), a metric with three framings on two concepts,
// and a compare question between neighbours.
function pool(conceptCount: number, prefix = "c"): QuizCandidate[] {
  const candidates: QuizCandidate[] = [];
  for (let index = 0; index < conceptCount; index++) {
    const id = `${prefix}${index}`;
    const one = (kind: QuizCandidate["kind"], variant: string | number = 0, unit?: string) =>
      candidates.push({ cardId: `${id}:${kind}:${variant}`, kind, conceptIds: [id], unit: unit ?? `${id}:${kind}:${variant}` });
    one("mcq");
    one("cloze");
    one("open");
    for (const fact of [0, 1]) for (const side of ["true", "false"]) one("true-false", `${fact}-${side}`, `${id}:true-false:${fact}`);
    if (index < 2) for (const framing of [0, 1, 2]) one("metric", framing, `${id}:metric`);
    if (index > 0) candidates.push({ cardId: `${prefix}${index - 1}:compare:${id}`, kind: "compare", conceptIds: [`${prefix}${index - 1}`, id], unit: `${prefix}${index - 1}:compare:${id}` });
  }
  return candidates;
}

const countBy = (questions: QuizCandidate[], key: (q: QuizCandidate) => string) =>
  questions.reduce((counts, q) => counts.set(key(q), (counts.get(key(q)) ?? 0) + 1), new Map<string, number>());

describe("assembleQuiz", () => {
  it("returns the requested length, never repeating an item or a unit", () => {
    for (const length of [5, 20, 50]) {
      const quiz = assembleQuiz({ candidates: pool(40), length, seed: `s${length}` });
      expect(quiz).toHaveLength(length);
      expect(new Set(quiz.map((q) => q.cardId)).size).toBe(length);
      expect(new Set(quiz.map((q) => q.unit)).size).toBe(length);
    }
  });

  it("never puts two questions that give each other away in one quiz, even when concepts must repeat", () => {
    // 8 concepts for 30 questions: concepts repeat, but never an MCQ with the same concept's cloze or open question.
    const quiz = assembleQuiz({ candidates: pool(8), length: 30, seed: "small" });
    expect(quiz.length).toBeGreaterThanOrEqual(25);
    for (const [index, first] of quiz.entries()) for (const second of quiz.slice(index + 1)) expect(givesAway(first, second)).toBe(false);
  });

  it("spreads questions over different concepts before repeating one", () => {
    const quiz = assembleQuiz({ candidates: pool(40), length: 20, seed: "spread" });
    const perConcept = countBy(quiz, (q) => q.conceptIds[0]);
    expect(Math.max(...perConcept.values())).toBe(1);
  });

  it("mixes kinds in proportion to the units each kind has", () => {
    // Per concept: 1 MCQ, 1 cloze, 1 open, 2 true/false units, ~1 compare: true/false gets about 2/6.
    const quiz = assembleQuiz({ candidates: pool(40), length: 30, seed: "mix" });
    const kinds = countBy(quiz, (q) => q.kind);
    expect(kinds.get("true-false")).toBeGreaterThanOrEqual(8);
    expect(kinds.get("true-false")).toBeLessThanOrEqual(12);
    for (const kind of ["mcq", "cloze", "open", "compare"]) expect(kinds.get(kind), kind).toBeGreaterThanOrEqual(3);
  });

  it("draws from the weakest concepts first in weak-spots mode", () => {
    const candidates = pool(40);
    const focus = ["c7", "c3", "c21", "c30", "c12", "c5"];
    const quiz = assembleQuiz({ candidates, length: 10, seed: "weak", focusConceptIds: focus });
    expect(quiz).toHaveLength(10);
    expect(quiz.every((q) => q.conceptIds.some((id) => focus.includes(id)))).toBe(true);
  });

  it("tops a weak-spots quiz up from the other concepts when the weak ones cannot fill it", () => {
    const quiz = assembleQuiz({ candidates: pool(40), length: 20, seed: "top-up", focusConceptIds: ["c1"] });
    expect(quiz).toHaveLength(20);
    expect(quiz.some((q) => q.conceptIds.includes("c1"))).toBe(true);
  });

  it("is reproducible for a seed and differs between seeds", () => {
    const candidates = pool(40);
    const ids = (seed: string) => assembleQuiz({ candidates, length: 15, seed }).map((q) => q.cardId);
    expect(ids("x")).toEqual(ids("x"));
    expect(ids("x")).not.toEqual(ids("y"));
  });

  it("returns what there is when the pool is smaller than the length", () => {
    const quiz = assembleQuiz({ candidates: pool(1), length: 50, seed: "tiny" });
    // One concept: one definitional item, two true/false units, one metric.
    expect(quiz.map((q) => q.kind).sort()).toEqual(expect.arrayContaining(["metric", "true-false", "true-false"]));
    expect(quiz).toHaveLength(4);
  });
});

describe("proportionalQuotas", () => {
  it("splits by largest remainder without exceeding what a kind has", () => {
    expect(proportionalQuotas([{ kind: "true-false", available: 50 }, { kind: "mcq", available: 30 }, { kind: "cloze", available: 20 }], 10)).toEqual([
      ["true-false", 5],
      ["mcq", 3],
      ["cloze", 2],
    ]);
    expect(proportionalQuotas([{ kind: "metric", available: 1 }, { kind: "mcq", available: 99 }], 10)).toEqual([["mcq", 10]]);
    expect(proportionalQuotas([{ kind: "metric", available: 6 }, { kind: "mcq", available: 94 }], 10)).toEqual([["mcq", 9], ["metric", 1]]);
    expect(proportionalQuotas([{ kind: "metric", available: 2 }], 10)).toEqual([["metric", 2]]);
  });
});
