import { containsName, isSameWordFamily, nameFoundIn, namesOf, wordsOf } from "./concept-names";
import type { Concept } from "./schema";

// Rules each concept must meet on its own (and against the concepts it names), so that every item
// generated from it tests what it claims to test. Each rule exists because an audit of the first
// edition found the defect it prevents; the message says how to fix it.

export interface ConceptRuleProblem {
  field: string;
  message: string;
}

export const KEY_POINTS_MIN = 3;
export const KEY_POINTS_MAX = 5;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const SENTENCE_END = /(?<!\b(?:e\.g|i\.e|vs|etc|cf|al|approx))[.!?](?=\s+[A-Z(]|\s*$)/g;
const ONE_WORD = /^[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*$/u;
// Words a cloze must not blank: recalling them tests nothing.
const FILLER_WORDS = new Set(
  ("a an and are as at be by can for from has have how in into is it its more most not of on one or that the their " +
    "them then there these they this those to two use used uses using was what when which while who with without " +
    "data model models value values each every some many other such than also only very")
    .split(" "),
);
// Openings that leave a statement shown alone without a subject ("The term was coined...").
const SUBJECTLESS_OPENING =
  /^(?:(?:the|this|that|these|those|such an?|an?)\s+(?:term|word|factor|rule|method|technique|approach|algorithm|concept|idea|process|procedure|metric|measure|score|quantity|one|name|phrase|step|trick|property|variant|version)s?\b|(?:it|its|they|their|this|these|those|here|there)\b)/i;

export function conceptRuleProblems(concept: Concept, byId: ReadonlyMap<string, Concept>): ConceptRuleProblem[] {
  return [...definitionProblems(concept), ...clozeProblems(concept), ...factProblems(concept), ...contrastProblems(concept, byId), ...keyPointProblems(concept)];
}

function definitionProblems(concept: Concept): ConceptRuleProblem[] {
  const problems: ConceptRuleProblem[] = [];
  const giveaway = nameFoundIn(concept.definition, concept);
  if (giveaway) problems.push({ field: "definition", message: `must not contain the term or an alias ("${giveaway}"): the reverse card shows it` });
  const sentences = concept.definition.match(SENTENCE_END)?.length ?? 1;
  if (sentences > 3) problems.push({ field: "definition", message: `has ${sentences} sentences; keep it to 1-3` });
  return problems;
}

/** A cloze blanks one key word that nothing else in its prompt (term, aliases, definition) repeats. */
function clozeProblems(concept: Concept): ConceptRuleProblem[] {
  const cloze = concept.cloze;
  const fail = (message: string) => [{ field: "cloze", message }];
  if (!ONE_WORD.test(cloze)) return fail(`"${cloze}" must be one key word (a hyphenated compound counts as one), not a phrase`);
  if (cloze.length < 3 || FILLER_WORDS.has(cloze.toLowerCase())) return fail(`"${cloze}" tests nothing; blank a word the learner must recall`);
  const asWord = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(cloze)}(?![\\p{L}\\p{N}])`, "giu");
  const occurrences = concept.definition.match(asWord)?.length ?? 0;
  if (occurrences === 0) return fail(`"${cloze}" must appear in the definition as a whole word`);
  if (occurrences > 1) return fail(`"${cloze}" appears ${occurrences} times in the definition; the other occurrence gives the blank away`);

  const clozeParts = wordsOf(cloze).filter((part) => part.length >= 3 && !FILLER_WORDS.has(part));
  const rest = [...wordsOf(concept.definition.replace(asWord, " ")), ...namesOf(concept).flatMap(wordsOf)];
  const leak = rest.find((word) => clozeParts.some((part) => isSameWordFamily(part, word)));
  return leak ? fail(`"${cloze}" gives itself away: "${leak}" is also in the prompt (the term, an alias or the rest of the definition)`) : [];
}

function factProblems(concept: Concept): ConceptRuleProblem[] {
  return concept.facts.flatMap((fact, index) =>
    [
      { field: `facts.${index}.statement`, text: fact.statement },
      ...(fact.falseTwin ? [{ field: `facts.${index}.false_twin`, text: fact.falseTwin }] : []),
    ]
      .filter(({ text }) => SUBJECTLESS_OPENING.test(text) && !nameFoundIn(text, concept))
      .map(({ field }) => ({ field, message: "is shown alone as a true/false card: name its subject instead of opening with a pronoun or \"the term/rule/method\"" })),
  );
}

/** A compare answer is read on its own: it names both concepts and states how they differ. */
function contrastProblems(concept: Concept, byId: ReadonlyMap<string, Concept>): ConceptRuleProblem[] {
  return concept.contrast.flatMap((entry, index) => {
    const other = byId.get(entry.id);
    if (!other) return [];
    const field = `contrast.${index}.difference`;
    if (SUBJECTLESS_OPENING.test(entry.difference)) return [{ field, message: "opens without a referent (\"These are...\", \"It...\"); name both concepts" }];
    const missing = [concept, other].filter((side) => !namesOf(side).some((name) => containsName(entry.difference, name)));
    return missing.map((side) => ({ field, message: `must name "${side.term}" (its term or an alias): a compare answer names both concepts` }));
  });
}

function keyPointProblems(concept: Concept): ConceptRuleProblem[] {
  const count = concept.keyPoints.length;
  if (count < KEY_POINTS_MIN || count > KEY_POINTS_MAX) {
    return [{ field: "key_points", message: `needs ${KEY_POINTS_MIN}-${KEY_POINTS_MAX} key points a good interview answer covers (has ${count})` }];
  }
  const distinct = new Set(concept.keyPoints.map((point) => point.toLowerCase()));
  return distinct.size < count ? [{ field: "key_points", message: "repeats a key point" }] : [];
}
