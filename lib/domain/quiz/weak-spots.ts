/** What the weak-spots ranking needs of one reviewed card. */
export interface CardStrength {
  conceptId: string;
  /** Current probability of recall, 0-1 (FSRS retrievability at the time of the quiz). */
  retrievability: number;
  lapses: number;
}

/**
 * The learner's weakest concepts, for "focus on my weak spots": the concepts with the lowest
 * current retrievability and the concepts with the most lapses, taken alternately from the two
 * rankings so that either kind of weakness gets in. A concept's retrievability is that of its
 * weakest card; its lapses are summed over its cards. Only concepts with history appear, so an
 * empty result means a learner with nothing reviewed yet.
 */
export function weakestConcepts(cards: readonly CardStrength[], limit: number): string[] {
  const byConcept = new Map<string, { retrievability: number; lapses: number }>();
  for (const card of cards) {
    const entry = byConcept.get(card.conceptId) ?? { retrievability: 1, lapses: 0 };
    byConcept.set(card.conceptId, { retrievability: Math.min(entry.retrievability, card.retrievability), lapses: entry.lapses + card.lapses });
  }
  const concepts = [...byConcept].map(([id, strength]) => ({ id, ...strength }));
  const byRetrievability = [...concepts].sort((a, b) => a.retrievability - b.retrievability || b.lapses - a.lapses || a.id.localeCompare(b.id));
  const byLapses = concepts
    .filter((concept) => concept.lapses > 0)
    .sort((a, b) => b.lapses - a.lapses || a.retrievability - b.retrievability || a.id.localeCompare(b.id));

  const ranked: string[] = [];
  for (let index = 0; ranked.length < Math.min(limit, concepts.length); index++) {
    for (const list of [byRetrievability, byLapses]) {
      const id = list[index]?.id;
      if (id && !ranked.includes(id) && ranked.length < limit) ranked.push(id);
    }
    if (index > concepts.length) break;
  }
  return ranked;
}
