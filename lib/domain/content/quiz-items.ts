import { makeItem } from "./card-items";
import type { ConceptHierarchy } from "./concept-hierarchy";
import { nameFoundIn } from "./concept-names";
import { DISTRACTOR_COUNT, pickDistractors } from "./distractors";
import { itemId } from "./item-id";
import type { StudyItem } from "./item-types";
import type { Concept, Family } from "./schema";
import { randomFrom, seedFrom, shuffled } from "./seeded-random";

const FAMILY_OPTIONS: { family: Family; label: string }[] = [
  { family: "supervised", label: "Supervised learning" },
  { family: "unsupervised", label: "Unsupervised learning" },
  { family: "reinforcement", label: "Reinforcement learning" },
];

/** Definition -> which term? with three distractors, options shuffled by the item id. */
export function multipleChoiceItem(
  concept: Concept,
  byId: ReadonlyMap<string, Concept>,
  topicConcepts: readonly Concept[],
  hierarchy: ConceptHierarchy,
): StudyItem | null {
  const distractors = pickDistractors(concept, byId, topicConcepts, hierarchy);
  if (distractors.length < DISTRACTOR_COUNT) return null;
  const id = itemId(concept.id, "mcq");
  const options = shuffled([concept.term, ...distractors.map((d) => d.term)], randomFrom(seedFrom(id)));
  return makeItem(concept, id, {
    kind: "mcq",
    prompt: `Which term matches this definition? ${concept.definition}`,
    options,
    correctIndex: options.indexOf(concept.term),
    answer: concept.term,
  });
}

/**
 * One true item per fact and one false item per false twin; variants are positions in `facts`.
 * A statement is shown alone, so one that does not name its concept is prefixed with it.
 */
export function trueFalseItems(concept: Concept): StudyItem[] {
  const withSubject = (statement: string) => (nameFoundIn(statement, concept) ? statement : `About ${concept.term}: ${statement}`);
  return concept.facts.flatMap((fact, index) => {
    const items = [
      makeItem(concept, itemId(concept.id, "true-false", `${index}-true`), {
        kind: "true-false",
        prompt: withSubject(fact.statement),
        isTrue: true,
        answer: "True.",
      }),
    ];
    if (fact.falseTwin) {
      items.push(
        makeItem(concept, itemId(concept.id, "true-false", `${index}-false`), {
          kind: "true-false",
          prompt: withSubject(fact.falseTwin),
          isTrue: false,
          answer: `False. ${fact.statement}`,
        }),
      );
    }
    return items;
  });
}

export function whichFamilyItem(concept: Concept): StudyItem | null {
  if (!concept.family) return null;
  const options = FAMILY_OPTIONS.map((option) => option.label);
  const correctIndex = FAMILY_OPTIONS.findIndex((option) => option.family === concept.family);
  return makeItem(concept, itemId(concept.id, "which-family"), {
    kind: "which-family",
    prompt: `Which family of machine learning does ${concept.term} belong to?`,
    options,
    correctIndex,
    answer: options[correctIndex],
  });
}

/**
 * One compare item per contrast pair, whichever side (or both) declares it. The pair belongs to
 * the alphabetically first concept, so its id does not depend on which file mentions it.
 */
export function compareItems(concepts: readonly Concept[], byId: ReadonlyMap<string, Concept>): StudyItem[] {
  const pairs = new Map<string, { first: Concept; second: Concept; differences: string[] }>();
  for (const concept of concepts) {
    for (const entry of concept.contrast) {
      const other = byId.get(entry.id);
      if (!other || other.id === concept.id) continue;
      const [first, second] = concept.id < other.id ? [concept, other] : [other, concept];
      const key = `${first.id}|${second.id}`;
      const pair = pairs.get(key) ?? { first, second, differences: [] };
      pair.differences.push(entry.difference);
      pairs.set(key, pair);
    }
  }
  return [...pairs.values()].map((pair) => compareItem(pair.first, pair.second, pair.differences));
}

function compareItem(first: Concept, second: Concept, declared: string[]): StudyItem {
  const differences = [...new Set(declared)];
  const modelAnswer = [
    ...differences,
    `${capitalise(first.term)}: ${first.definition}`,
    `${capitalise(second.term)}: ${second.definition}`,
  ].join("\n\n");
  return makeItem(first, itemId(first.id, "compare", second.id), {
    kind: "compare",
    prompt: `What is the difference between ${first.term} and ${second.term}?`,
    conceptIds: [first.id, second.id],
    terms: [first.term, second.term],
    differences,
    answer: modelAnswer,
  });
}

export function openQuestionItem(concept: Concept): StudyItem {
  return makeItem(concept, itemId(concept.id, "open"), {
    kind: "open",
    prompt: `Explain ${concept.term} to an interviewer: what it is, how it works and when you would use it.`,
    keyPoints: concept.keyPoints,
    answer: `${concept.definition}\n\n${concept.explanation}`,
  });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
