import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { compileKnowledgeBase, type CompileResult, type ContentFile } from "../domain/content/compile-knowledge-base";

export const CONTENT_DIR = path.resolve(process.cwd(), "content");

/** Reads every content/*.yaml file (sorted), paths relative to the project root. */
export function readContentFiles(dir = CONTENT_DIR): ContentFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".yaml") || name.endsWith(".yml"))
    .sort()
    .map((name) => ({ path: path.join(path.basename(dir), name), text: readFileSync(path.join(dir, name), "utf8") }));
}

let cached: CompileResult | undefined;

/**
 * The compiled knowledge base for pages. Content is read-only data deployed with the code, so
 * caching it per process keeps no state that matters.
 */
export function loadKnowledgeBase(): CompileResult {
  cached ??= compileKnowledgeBase(readContentFiles());
  return cached;
}
