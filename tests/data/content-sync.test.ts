import { afterAll, describe, expect, it } from "vitest";
import { syncContentItems } from "@/lib/data/content-sync";
import { createUser } from "@/lib/data/users";
import { materializeCardStates } from "@/lib/data/review/materialize-card-states";
import { compileKnowledgeBase } from "@/lib/domain/content/compile-knowledge-base";
import { generateItems } from "@/lib/domain/content/generate-items";
import { rawConcept, topicFile, validConcepts } from "../support/content-fixtures";
import { createTestDb } from "../support/test-db";

function itemsOf(concepts: ReturnType<typeof validConcepts>) {
  const { knowledgeBase, problems } = compileKnowledgeBase([topicFile("supervised", concepts)]);
  expect(problems).toEqual([]);
  return generateItems(knowledgeBase);
}

describe("content sync", () => {
  const testDb = createTestDb();
  afterAll(() => testDb.close());
  const base = validConcepts();
  // A fifth concept that nothing else points to, so removing it leaves the rest valid.
  const extra = rawConcept("supervised-epsilon-method", { related: base.map((concept) => String(concept.id)) });
  const concepts = [...base, extra];
  const items = itemsOf(concepts);

  it("adds every item once, and a second run changes nothing", async () => {
    expect(await syncContentItems(testDb.db, items)).toEqual({ added: items.length, updated: 0, retired: 0, unchanged: 0 });
    expect(await syncContentItems(testDb.db, items)).toEqual({ added: 0, updated: 0, retired: 0, unchanged: items.length });
    expect(await testDb.db.card.count()).toBe(items.length);
  });

  it("updates an edited item in place, keeping its id and a learner's state", async () => {
    const user = await createUser(testDb.db, { email: "learner@example.com", name: "L", passwordHash: null, timezone: "UTC" });
    const cardId = "supervised-alpha-method:basic:0";
    await testDb.db.cardState.create({
      data: {
        userId: user.id, cardId, due: new Date(), stability: 3, difficulty: 5, elapsedDays: 0, scheduledDays: 3,
        learningSteps: 0, reps: 2, lapses: 0, state: 2,
      },
    });
    const edited = [...concepts];
    edited[0] = { ...edited[0], definition: "An improved definition that explains the idea precisely." };
    const counts = await syncContentItems(testDb.db, itemsOf(edited));
    // basic, reverse, cloze and open show the definition; the MCQs of the other three concepts do not.
    expect(counts.added).toBe(0);
    expect(counts.updated).toBeGreaterThanOrEqual(4);
    const card = await testDb.db.card.findUniqueOrThrow({ where: { id: cardId } });
    expect(JSON.parse(card.payload).answer).toBe("An improved definition that explains the idea precisely.");
    expect(await testDb.db.cardState.count({ where: { cardId, userId: user.id } })).toBe(1);
  });

  it("retires the items of a removed concept without deleting their history, and restores them when it returns", async () => {
    const learner = await createUser(testDb.db, { email: "retire@example.com", name: "R", passwordHash: null, timezone: "UTC" });
    await materializeCardStates(testDb.db, learner.id, null, new Date());
    const epsilonStates = () =>
      testDb.db.cardState.findMany({ where: { userId: learner.id, cardId: { startsWith: "supervised-epsilon-method:" } }, select: { isCardRetired: true } });
    expect((await epsilonStates()).length).toBeGreaterThan(0);
    const counts = await syncContentItems(testDb.db, itemsOf(base));
    expect(counts.retired).toBeGreaterThan(0);
    expect(counts.added).toBe(0);
    const retired = await testDb.db.card.findMany({ where: { isRetired: true }, select: { conceptId: true } });
    expect(new Set(retired.map((card) => card.conceptId))).toEqual(new Set(["supervised-epsilon-method"]));
    expect(await testDb.db.card.count()).toBe(items.length);
    // The learner's state rows are flagged too, so queues skip them without reading Card.
    expect((await epsilonStates()).every((state) => state.isCardRetired)).toBe(true);

    const restored = await syncContentItems(testDb.db, items);
    expect(restored.updated).toBeGreaterThanOrEqual(counts.retired);
    expect(await testDb.db.card.count({ where: { isRetired: true } })).toBe(0);
    expect((await epsilonStates()).every((state) => !state.isCardRetired)).toBe(true);
  });
});
