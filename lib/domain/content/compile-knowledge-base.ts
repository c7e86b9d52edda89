import { parse as parseYaml } from "yaml";
import { DISTRACTOR_COUNT, pickDistractors } from "./distractors";
import { conceptSchema, topicFileSchema, TOPICS, type Concept, type KnowledgeBase, type TopicInfo } from "./schema";

export interface ContentFile {
  /** Path shown in problems, e.g. content/nlp.yaml */
  path: string;
  text: string;
}

export interface ContentProblem {
  file: string;
  conceptId?: string;
  field?: string;
  message: string;
}

export type CompileResult = { knowledgeBase: KnowledgeBase; problems: ContentProblem[] };

/** "content/nlp.yaml: stemming: cloze: must appear verbatim in the definition" */
export function formatProblem(problem: ContentProblem): string {
  return [problem.file, problem.conceptId, problem.field, problem.message].filter(Boolean).join(": ");
}

/**
 * Parses and validates topic files into a knowledge base. Every problem is collected (not just the
 * first) with its file, concept id and field; concepts with problems are left out of the result.
 */
export function compileKnowledgeBase(files: readonly ContentFile[]): CompileResult {
  const problems: ContentProblem[] = [];
  const topics: TopicInfo[] = [];
  const concepts: (Concept & { file: string })[] = [];

  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    let document: unknown;
    try {
      document = parseYaml(file.text);
    } catch (error) {
      problems.push({ file: file.path, message: `is not valid YAML: ${(error as Error).message.split("\n")[0]}` });
      continue;
    }
    const header = topicFileSchema.safeParse(document);
    if (!header.success) {
      for (const issue of header.error.issues) problems.push({ file: file.path, field: issue.path.join(".") || undefined, message: issue.message });
      continue;
    }
    const expectedName = `${header.data.topic}.yaml`;
    if (!file.path.endsWith(`/${expectedName}`) && file.path !== expectedName) {
      problems.push({ file: file.path, field: "topic", message: `topic "${header.data.topic}" belongs in ${expectedName}` });
    }
    if (topics.some((topic) => topic.id === header.data.topic)) {
      problems.push({ file: file.path, field: "topic", message: `topic "${header.data.topic}" is defined in two files` });
      continue;
    }
    topics.push({ id: header.data.topic, title: header.data.title, summary: header.data.summary });

    header.data.concepts.forEach((raw, index) => {
      const rawId = typeof raw === "object" && raw && "id" in raw ? String((raw as { id: unknown }).id) : `#${index + 1}`;
      const parsed = conceptSchema.safeParse(raw);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          problems.push({ file: file.path, conceptId: rawId, field: issue.path.join(".") || undefined, message: issue.message });
        }
        return;
      }
      const { facts, ...rest } = parsed.data;
      concepts.push({
        ...rest,
        topic: header.data.topic,
        facts: facts.map((fact) => ({ statement: fact.statement, ...(fact.false_twin ? { falseTwin: fact.false_twin } : {}) })),
        file: file.path,
      });
    });
  }

  const valid = checkConcepts(concepts, problems);
  topics.sort((a, b) => TOPICS.indexOf(a.id) - TOPICS.indexOf(b.id));
  valid.sort((a, b) => TOPICS.indexOf(a.topic) - TOPICS.indexOf(b.topic));
  return { knowledgeBase: { topics, concepts: valid.map(withoutFile) }, problems };
}

const SENTENCE_END = /(?<!\b(?:e\.g|i\.e|vs|etc|cf|al|approx))[.!?](?=\s+[A-Z(]|\s*$)/g;

/** Cross-concept rules: unique ids, known references, cloze and definition rules, MCQ feasibility. */
function checkConcepts(concepts: (Concept & { file: string })[], problems: ContentProblem[]): (Concept & { file: string })[] {
  const rejected = new Set<Concept>();
  const report = (concept: Concept & { file: string }, field: string, message: string) => {
    problems.push({ file: concept.file, conceptId: concept.id, field, message });
    rejected.add(concept);
  };

  const firstById = new Map<string, Concept & { file: string }>();
  for (const concept of concepts) {
    const earlier = firstById.get(concept.id);
    if (earlier) report(concept, "id", `duplicate id, already used in ${earlier.file}`);
    else firstById.set(concept.id, concept);
  }

  for (const concept of concepts) {
    concept.related.forEach((id, index) => {
      if (!firstById.has(id)) report(concept, `related.${index}`, `unknown concept id "${id}"`);
      if (id === concept.id) report(concept, `related.${index}`, "a concept cannot be related to itself");
    });
    concept.contrast.forEach((entry, index) => {
      if (!firstById.has(entry.id)) report(concept, `contrast.${index}.id`, `unknown concept id "${entry.id}"`);
      if (entry.id === concept.id) report(concept, `contrast.${index}.id`, "a concept cannot contrast with itself");
    });
    if (!concept.definition.includes(concept.cloze)) report(concept, "cloze", "must appear verbatim in the definition");
    const giveaway = [concept.term, ...concept.aliases].find((name) => containsWord(concept.definition, name));
    if (giveaway) report(concept, "definition", `must not contain the term or an alias ("${giveaway}"): the reverse card shows it`);
    const sentences = concept.definition.match(SENTENCE_END)?.length ?? 1;
    if (sentences > 3) report(concept, "definition", `has ${sentences} sentences; keep it to 1-3`);
  }

  const valid = concepts.filter((concept) => !rejected.has(concept));
  const byId = new Map(valid.map((concept) => [concept.id, concept]));
  for (const concept of valid) {
    const sameTopic = valid.filter((other) => other.topic === concept.topic);
    if (pickDistractors(concept, byId, sameTopic).length < DISTRACTOR_COUNT) {
      problems.push({
        file: concept.file,
        conceptId: concept.id,
        field: "related",
        message: `cannot get ${DISTRACTOR_COUNT} distinct distractors for a multiple-choice item; add related or contrast concepts`,
      });
    }
  }
  return valid;
}

function withoutFile(concept: Concept & { file: string }): Concept {
  const copy: Partial<Concept & { file: string }> = { ...concept };
  delete copy.file;
  return copy as Concept;
}

function containsWord(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, "iu").test(text);
}
