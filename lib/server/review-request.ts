import { z } from "zod";
import { TOPICS, type Topic } from "../domain/content/schema";
import { InvalidInputError } from "../domain/errors";

const topicParamSchema = z.enum(TOPICS, { error: `topic must be one of: ${TOPICS.join(", ")}.` });

/** The optional ?topic= filter of review routes: absent or empty means every topic. */
export function topicFromUrl(url: string): Topic | null {
  const raw = new URL(url).searchParams.get("topic");
  if (!raw) return null;
  const parsed = topicParamSchema.safeParse(raw);
  if (!parsed.success) throw new InvalidInputError(parsed.error.issues[0].message, [{ path: "topic", message: parsed.error.issues[0].message }]);
  return parsed.data;
}

/** Parses a body with a schema, turning failures into one InvalidInputError with every issue. */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown, message: string): T {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message }));
  throw new InvalidInputError(issues.length === 1 ? issues[0].message : message, issues);
}
