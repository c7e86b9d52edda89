import type { Concept } from "./schema";

/**
 * The "is a kind of" graph that content declares with `broader`. A concept and anything above or
 * below it describe the same things at another grain (k-fold cross-validation is cross-validation),
 * so neither may be offered as a wrong answer about the other.
 */
export interface ConceptHierarchy {
  /** Every concept id reachable upwards or downwards from `conceptId`, itself excluded. */
  lineageOf(conceptId: string): ReadonlySet<string>;
  /** Each cycle found, as the ids along it (content:check reports them). */
  cycles: string[][];
}

export function conceptHierarchy(concepts: readonly Pick<Concept, "id" | "broader">[]): ConceptHierarchy {
  const up = new Map<string, string[]>();
  const down = new Map<string, string[]>();
  for (const concept of concepts) {
    up.set(concept.id, [...concept.broader]);
    for (const parent of concept.broader) down.set(parent, [...(down.get(parent) ?? []), concept.id]);
  }

  const reach = (start: string, edges: Map<string, string[]>): Set<string> => {
    const seen = new Set<string>();
    const stack = [...(edges.get(start) ?? [])];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      stack.push(...(edges.get(id) ?? []));
    }
    return seen;
  };

  const cache = new Map<string, Set<string>>();
  const lineageOf = (conceptId: string) => {
    let lineage = cache.get(conceptId);
    if (!lineage) {
      lineage = new Set([...reach(conceptId, up), ...reach(conceptId, down)]);
      lineage.delete(conceptId);
      cache.set(conceptId, lineage);
    }
    return lineage;
  };

  const cycles = concepts
    .filter((concept) => reach(concept.id, up).has(concept.id))
    .map((concept) => [concept.id, ...concept.broader.filter((parent) => reach(parent, up).has(concept.id) || parent === concept.id)]);
  return { lineageOf, cycles };
}
