/** One thing wrong with content/, located as precisely as possible. */
export interface ContentProblem {
  file: string;
  conceptId?: string;
  field?: string;
  message: string;
}

/** "content/nlp.yaml: stemming: cloze: must appear verbatim in the definition" */
export function formatProblem(problem: ContentProblem): string {
  return [problem.file, problem.conceptId, problem.field, problem.message].filter(Boolean).join(": ");
}
