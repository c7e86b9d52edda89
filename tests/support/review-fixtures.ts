import { syncContentItems } from "@/lib/data/content-sync";
import type { Db } from "@/lib/data/db";
import { createUser } from "@/lib/data/users";
import { compileKnowledgeBase } from "@/lib/domain/content/compile-knowledge-base";
import { generateItems } from "@/lib/domain/content/generate-items";
import { topicFile, validConcepts } from "./content-fixtures";

/** Syncs two small topics (4 concepts each) into the database: 12 basic/reverse/cloze cards per topic. */
export async function seedSmallKnowledgeBase(db: Db): Promise<void> {
  const { knowledgeBase, problems } = compileKnowledgeBase([
    topicFile("supervised", validConcepts("supervised")),
    topicFile("nlp", validConcepts("nlp")),
  ]);
  if (problems.length > 0) throw new Error(`fixture content has problems: ${JSON.stringify(problems)}`);
  await syncContentItems(db, generateItems(knowledgeBase));
}

let counter = 0;
export async function createLearner(db: Db, overrides: { timezone?: string } = {}): Promise<string> {
  counter += 1;
  const user = await createUser(db, {
    email: `learner${counter}-${Date.now()}@example.com`,
    name: `Learner ${counter}`,
    passwordHash: null,
    timezone: overrides.timezone ?? "UTC",
  });
  return user.id;
}

let reviewCounter = 0;
export function reviewId(): string {
  reviewCounter += 1;
  return `review-${reviewCounter.toString().padStart(6, "0")}`;
}
