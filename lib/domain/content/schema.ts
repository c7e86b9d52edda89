import { z } from "zod";

// The shape of one content/<topic>.yaml file. Field names follow content/README.md.

export const TOPICS = [
  "fundamentals",
  "roles",
  "preprocessing",
  "supervised",
  "unsupervised",
  "evaluation",
  "deep-learning",
  "reinforcement-learning",
  "computer-vision",
  "nlp",
] as const;
export type Topic = (typeof TOPICS)[number];

export const FAMILIES = ["supervised", "unsupervised", "reinforcement"] as const;
export type Family = (typeof FAMILIES)[number];

const KEBAB_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const text = (max: number) => z.string().trim().min(1, "must not be empty").max(max, `must be at most ${max} characters`);

export const conceptIdSchema = z.string().regex(KEBAB_ID, "must be kebab-case (a-z, 0-9, single hyphens)").max(80);

export const conceptSchema = z.strictObject({
  id: conceptIdSchema,
  term: text(120),
  aliases: z.array(text(80)).default([]),
  family: z.enum(FAMILIES).optional(),
  /** Ids of the concepts this one is a kind of (k-fold cross-validation -> cross-validation). */
  broader: z.array(conceptIdSchema).default([]),
  definition: text(600),
  cloze: text(200),
  explanation: text(2000),
  formula: text(500).optional(),
  examples: z.array(text(400)).default([]),
  related: z.array(conceptIdSchema).min(1, "needs at least one related concept id"),
  contrast: z.array(z.strictObject({ id: conceptIdSchema, difference: text(600) })).default([]),
  facts: z
    .array(z.strictObject({ statement: text(400), false_twin: text(400).optional() }))
    .min(1, "needs at least one fact"),
  /** What a good interview answer covers; the quiz grades open answers against them. */
  key_points: z.array(text(160)).optional(),
  source: text(120),
  references: z
    .array(z.strictObject({ title: text(300), url: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }) }))
    .min(1, "needs at least one reference"),
});
export type ConceptInput = z.input<typeof conceptSchema>;

export const topicFileSchema = z.strictObject({
  topic: z.enum(TOPICS, { error: `must be one of: ${TOPICS.join(", ")}` }),
  title: text(120),
  summary: text(500),
  concepts: z.array(z.unknown()).min(1, "needs at least one concept"),
});

/** A validated concept, with the topic of the file it came from. */
export interface Concept {
  id: string;
  topic: Topic;
  term: string;
  aliases: string[];
  family?: Family;
  broader: string[];
  definition: string;
  cloze: string;
  explanation: string;
  formula?: string;
  examples: string[];
  related: string[];
  contrast: { id: string; difference: string }[];
  facts: { statement: string; falseTwin?: string }[];
  keyPoints: string[];
  source: string;
  references: { title: string; url: string }[];
}

export interface TopicInfo {
  id: Topic;
  title: string;
  summary: string;
}

export interface KnowledgeBase {
  topics: TopicInfo[];
  /** Ordered by topic (as in TOPICS), then by position in the file. */
  concepts: Concept[];
}
