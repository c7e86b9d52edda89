// `npm run content:check`: validates content/ and prints every problem with file, concept id and
// field; exits non-zero when there is any.
import { formatProblem } from "../lib/domain/content/compile-knowledge-base";
import { generateItems } from "../lib/domain/content/generate-items";
import { loadKnowledgeBase } from "../lib/server/content-files";

const { knowledgeBase, problems } = loadKnowledgeBase();
for (const problem of problems) console.error(formatProblem(problem));
const items = generateItems(knowledgeBase);
const byKind = new Map<string, number>();
for (const item of items) byKind.set(item.kind, (byKind.get(item.kind) ?? 0) + 1);
console.log(
  `${knowledgeBase.topics.length} topics, ${knowledgeBase.concepts.length} concepts, ${items.length} items (` +
    [...byKind].map(([kind, count]) => `${kind} ${count}`).join(", ") +
    `); ${problems.length} problem${problems.length === 1 ? "" : "s"}`,
);
process.exit(problems.length > 0 ? 1 : 0);
