import { stringify } from "yaml";
import type { ContentFile } from "@/lib/domain/content/compile-knowledge-base";

type RawConcept = Record<string, unknown>;

/** A valid concept whose fields can be overridden (or removed with undefined). */
export function rawConcept(id: string, overrides: RawConcept = {}): RawConcept {
  const base: RawConcept = {
    id,
    term: id.replace(/-/g, " "),
    aliases: [],
    definition: `A definition number ${id.length} that explains the idea precisely.`,
    cloze: "explains",
    explanation: "How it works and when to use it.",
    related: [],
    facts: [{ statement: "A true statement.", false_twin: "A false statement." }],
    key_points: ["What it is.", "How it works.", "When to use it."],
    source: "beyond-article",
    references: [{ title: "A reference", url: "https://example.org/reference" }],
  };
  const merged = { ...base, ...overrides };
  for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
  return merged;
}

/** Four mutually related concepts in one topic: each can get three distractors. */
export function validConcepts(topic = "supervised"): RawConcept[] {
  const ids = ["alpha-method", "beta-method", "gamma-method", "delta-method"].map((id) => `${topic}-${id}`);
  return ids.map((id) => rawConcept(id, { related: ids.filter((other) => other !== id) }));
}

export function topicFile(topic: string, concepts: RawConcept[], path = `content/${topic}.yaml`): ContentFile {
  return { path, text: stringify({ topic, title: `Title of ${topic}`, summary: `About ${topic}.`, concepts }) };
}
