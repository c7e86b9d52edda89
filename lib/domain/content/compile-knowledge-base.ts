import { parse as parseYaml } from "yaml";
import type { ContentProblem } from "./content-problem";
import { checkConcepts } from "./knowledge-base-rules";
import { conceptSchema, topicFileSchema, TOPICS, type Concept, type KnowledgeBase, type TopicInfo } from "./schema";

export interface ContentFile {
  /** Path shown in problems, e.g. content/nlp.yaml */
  path: string;
  text: string;
}

export { formatProblem, type ContentProblem } from "./content-problem";

export type CompileResult = { knowledgeBase: KnowledgeBase; problems: ContentProblem[] };

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
      const { facts, key_points: keyPoints, ...rest } = parsed.data;
      concepts.push({
        ...rest,
        keyPoints: keyPoints ?? [],
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

function withoutFile(concept: Concept & { file: string }): Concept {
  const copy: Partial<Concept & { file: string }> = { ...concept };
  delete copy.file;
  return copy as Concept;
}
