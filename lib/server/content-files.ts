import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { compileKnowledgeBase, type CompileResult, type ContentFile } from "../domain/content/compile-knowledge-base";

export const CONTENT_DIR = path.resolve(process.cwd(), "content");

/**
 * Reads every content/*.yaml file (sorted), paths relative to the project root. The server runs
 * from the project folder, where content/ is, so the build need not trace these reads (without
 * the ignore comments Turbopack traces the whole project into the build and warns at every build).
 */
export function readContentFiles(dir = CONTENT_DIR): ContentFile[] {
  return readdirSync(/*turbopackIgnore: true*/ dir)
    .filter((name) => name.endsWith(".yaml") || name.endsWith(".yml"))
    .sort()
    .map((name) => ({ path: path.join(path.basename(dir), name), text: readFileSync(path.join(/*turbopackIgnore: true*/ dir, name), "utf8") }));
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
