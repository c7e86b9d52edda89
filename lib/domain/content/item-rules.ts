import { CLOZE_BLANK } from "./card-items";
import { conceptHierarchy } from "./concept-hierarchy";
import { containsName, isSameWordFamily, nameFoundIn, namesOf, normaliseName, wordsOf } from "./concept-names";
import { KEY_POINTS_MAX, KEY_POINTS_MIN } from "./concept-rules";
import { UNDEFINED_WHEN } from "./confusion-metrics";
import { distractorDefect } from "./distractors";
import type { StudyItem } from "./item-types";
import type { Concept, KnowledgeBase } from "./schema";

/** A generated item that does not test what it claims to test. */
export interface ItemProblem {
  itemId: string;
  message: string;
}

/**
 * Rules over the generated items themselves, one per kind of defect an audit of the first edition
 * found. The concept rules should already prevent each of them; these catch a generator that
 * regresses, which is why content:check runs both.
 */
export function itemProblems(knowledgeBase: KnowledgeBase, items: readonly StudyItem[]): ItemProblem[] {
  const byId = new Map(knowledgeBase.concepts.map((concept) => [concept.id, concept]));
  const byName = new Map(knowledgeBase.concepts.flatMap((concept) => namesOf(concept).map((name) => [normaliseName(name), concept] as const)));
  const hierarchy = conceptHierarchy(knowledgeBase.concepts);
  const problems: ItemProblem[] = [];
  const report = (item: StudyItem, message: string) => problems.push({ itemId: item.id, message });

  for (const item of items) {
    const concept = byId.get(item.conceptId);
    if (!concept) {
      report(item, "belongs to no concept");
      continue;
    }
    const payload = item.payload;
    switch (payload.kind) {
      case "mcq":
        payload.options.forEach((option, index) => {
          const optionConcept = byName.get(normaliseName(option));
          if (!optionConcept) return report(item, `option "${option}" is not a concept's term`);
          if (index !== payload.correctIndex) {
            const defect = distractorDefect(concept, optionConcept, hierarchy);
            if (defect) report(item, `wrong option "${option}" ${defect}`);
            else if (nameFoundIn(payload.prompt, optionConcept)) report(item, `wrong option "${option}" is named in the stem, so it can be eliminated`);
          } else if (nameFoundIn(payload.prompt, optionConcept)) {
            report(item, "the stem names the answer");
          }
        });
        break;
      case "true-false":
        if (!nameFoundIn(payload.prompt, concept)) report(item, "the statement does not name what it is about");
        break;
      case "cloze":
        clozeProblems(item, payload.prompt, payload.answer).forEach((message) => report(item, message));
        break;
      case "compare":
        for (const difference of payload.differences) {
          for (const side of payload.conceptIds.map((id) => byId.get(id)).filter((c): c is Concept => Boolean(c))) {
            if (!namesOf(side).some((name) => containsName(difference, name))) report(item, `a difference does not name "${side.term}"`);
          }
        }
        break;
      case "open":
        if (payload.keyPoints.length < KEY_POINTS_MIN || payload.keyPoints.length > KEY_POINTS_MAX) {
          report(item, `needs ${KEY_POINTS_MIN}-${KEY_POINTS_MAX} key points to grade an answer against`);
        }
        break;
      case "metric":
        if (UNDEFINED_WHEN[payload.metric] && !(payload.zeroDivisionRule && payload.prompt.includes(payload.zeroDivisionRule))) {
          report(item, "can have a zero denominator but the card does not state the rule");
        }
        break;
    }
  }
  return problems;
}

function clozeProblems(item: StudyItem, prompt: string, answer: string): string[] {
  const blanks = prompt.split(CLOZE_BLANK).length - 1;
  if (blanks !== 1) return [`has ${blanks} blanks; a cloze blanks exactly one key word`];
  if (/\s/.test(answer.trim())) return [`blanks a phrase ("${answer}"), not one key word`];
  const leak = wordsOf(prompt.replace(CLOZE_BLANK, " ")).find((word) => isSameWordFamily(word, answer));
  return leak ? [`its answer "${answer}" shows in the prompt as "${leak}"`] : [];
}
