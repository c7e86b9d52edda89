// `npm run content:check`: validates content/ and the items generated from it, prints every problem
// with its file, concept id and field (or item id), then the concept count per topic; exits
// non-zero when there is any problem. `--dir <path>` checks another content directory.
import { compileKnowledgeBase, formatProblem } from "../lib/domain/content/compile-knowledge-base";
import { generateItems } from "../lib/domain/content/generate-items";
import { itemProblems } from "../lib/domain/content/item-rules";
import { readContentFiles } from "../lib/server/content-files";

const dirFlag = process.argv.indexOf("--dir");
const dir = dirFlag >= 0 ? process.argv[dirFlag + 1] : undefined;
const { knowledgeBase, problems } = compileKnowledgeBase(readContentFiles(dir));
for (const problem of problems) console.error(formatProblem(problem));
const items = generateItems(knowledgeBase);
const badItems = itemProblems(knowledgeBase, items);
for (const problem of badItems) console.error(`item ${problem.itemId}: ${problem.message}`);

const byKind = new Map<string, number>();
for (const item of items) byKind.set(item.kind, (byKind.get(item.kind) ?? 0) + 1);
for (const topic of knowledgeBase.topics) {
  const count = knowledgeBase.concepts.filter((concept) => concept.topic === topic.id).length;
  console.log(`${topic.id.padEnd(24)} ${String(count).padStart(4)} concepts`);
}
const total = problems.length + badItems.length;
console.log(
  `${knowledgeBase.topics.length} topics, ${knowledgeBase.concepts.length} concepts, ${items.length} items (` +
    [...byKind].map(([kind, count]) => `${kind} ${count}`).join(", ") +
    `); ${total} problem${total === 1 ? "" : "s"}`,
);
process.exit(total > 0 ? 1 : 0);
