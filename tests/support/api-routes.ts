// The app's API route files and the HTTP methods each exports, read from app/api: the route-guard
// tests use it so that a new route cannot go unchecked.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const API_DIR = path.resolve(import.meta.dirname, "../../app/api");
export const STATE_CHANGING_METHODS = ["POST", "PUT", "PATCH", "DELETE"];

export interface ApiRouteFile {
  file: string;
  /** The URL path, dynamic segments as written ("/api/quizzes/[quizId]/answers"). */
  urlPath: string;
  source: string;
  methods: string[];
}

function routeFilesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFilesUnder(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

/** The HTTP methods a route file exports, however it exports them. */
export function exportedMethods(source: string): string[] {
  const methods = new Set<string>();
  for (const match of source.matchAll(/export\s+(?:async\s+)?(?:function|const|let)\s+(GET|HEAD|OPTIONS|POST|PUT|PATCH|DELETE)\b/g)) methods.add(match[1]);
  for (const match of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const name of match[1].split(",")) {
      const exported = name.trim().split(/\s+as\s+/).pop()?.trim();
      if (exported) methods.add(exported);
    }
  }
  return [...methods];
}

export function apiRouteFiles(): ApiRouteFile[] {
  return routeFilesUnder(API_DIR).map((file) => {
    const source = readFileSync(file, "utf8");
    const urlPath = `/api/${path.relative(API_DIR, path.dirname(file)).split(path.sep).join("/")}`;
    return { file, urlPath, source, methods: exportedMethods(source) };
  });
}
