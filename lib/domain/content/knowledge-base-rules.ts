import { conceptHierarchy } from "./concept-hierarchy";
import { namesOf, normaliseName } from "./concept-names";
import { conceptRuleProblems } from "./concept-rules";
import { DISTRACTOR_COUNT, pickDistractors } from "./distractors";
import type { ContentProblem } from "./content-problem";
import type { Concept } from "./schema";

type Located = Concept & { file: string };

/**
 * Cross-concept rules: unique ids and names, known references, an acyclic `broader` graph, each
 * concept's own rules, and enough honest distractors for a multiple-choice item. Returns the
 * concepts without problems; every problem found is appended to `problems`.
 */
export function checkConcepts(concepts: Located[], problems: ContentProblem[]): Located[] {
  const rejected = new Set<Concept>();
  const report = (concept: Located, field: string, message: string) => {
    problems.push({ file: concept.file, conceptId: concept.id, field, message });
    rejected.add(concept);
  };

  const firstById = new Map<string, Located>();
  for (const concept of concepts) {
    const earlier = firstById.get(concept.id);
    if (earlier) report(concept, "id", `duplicate id, already used in ${earlier.file}`);
    else firstById.set(concept.id, concept);
  }

  // A name that belongs to two concepts makes a typed answer ambiguous and a multiple-choice
  // option a second right answer; an abbreviation of two things is an alias of neither.
  const ownerOfName = new Map<string, Located>();
  for (const concept of concepts) {
    for (const [index, name] of namesOf(concept).entries()) {
      const owner = ownerOfName.get(normaliseName(name));
      const field = index === 0 ? "term" : `aliases.${index - 1}`;
      if (owner && owner.id !== concept.id) report(concept, field, `"${name}" is already a name of ${owner.id}; an ambiguous name is an alias of neither`);
      else ownerOfName.set(normaliseName(name), concept);
    }
  }

  for (const concept of concepts) {
    const references: [string, string, string][] = [
      ...concept.related.map((id, index): [string, string, string] => [`related.${index}`, id, "related to"]),
      ...concept.contrast.map((entry, index): [string, string, string] => [`contrast.${index}.id`, entry.id, "contrasted with"]),
      ...concept.broader.map((id, index): [string, string, string] => [`broader.${index}`, id, "a kind of"]),
    ];
    for (const [field, id, relation] of references) {
      if (!firstById.has(id)) report(concept, field, `unknown concept id "${id}"`);
      if (id === concept.id) report(concept, field, `a concept cannot be ${relation} itself`);
    }
    for (const problem of conceptRuleProblems(concept, firstById)) report(concept, problem.field, problem.message);
  }

  const hierarchy = conceptHierarchy([...firstById.values()]);
  for (const cycle of hierarchy.cycles) {
    const concept = firstById.get(cycle[0])!;
    report(concept, "broader", `"is a kind of" goes round in a circle through ${cycle.slice(1).join(", ")}`);
  }

  // Distractors are judged over every concept that parsed, so one concept's defect elsewhere does
  // not cascade into "not enough distractors" here.
  const all = [...firstById.values()];
  for (const concept of all) {
    const sameTopic = all.filter((other) => other.topic === concept.topic);
    if (pickDistractors(concept, firstById, sameTopic, hierarchy).length < DISTRACTOR_COUNT) {
      report(
        concept,
        "related",
        `cannot get ${DISTRACTOR_COUNT} honest distractors for a multiple-choice item (names, broader/narrower concepts and concepts the definition names are excluded); add related or contrast concepts`,
      );
    }
  }
  return concepts.filter((concept) => !rejected.has(concept));
}
