// API routes skip proxy.ts, so the CSRF check is each state-changing route's own: these tests read
// every route file to make sure none is exported without it, and check what the wrapper does.
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { sameOriginOnly } from "@/lib/server/same-origin";
import { API_DIR, apiRouteFiles, exportedMethods, STATE_CHANGING_METHODS } from "../support/api-routes";

describe("the CSRF check on state-changing API routes", () => {
  const files = apiRouteFiles();

  it("finds the route files", () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it("exports every POST, PUT, PATCH and DELETE handler through sameOriginOnly", () => {
    const unguarded: string[] = [];
    let guarded = 0;
    for (const { file, source, methods } of files) {
      for (const method of methods.filter((name) => STATE_CHANGING_METHODS.includes(name))) {
        if (new RegExp(`export const ${method} = sameOriginOnly\\(`).test(source)) guarded += 1;
        else unguarded.push(`${path.relative(API_DIR, file)} ${method}`);
      }
    }
    expect(unguarded).toEqual([]);
    // The twelve of today: a drop would mean the scan stopped seeing them, not that they went.
    expect(guarded).toBeGreaterThanOrEqual(12);
  });

  it("sees a re-exported handler as exported (so one cannot slip past the scan)", () => {
    expect(exportedMethods("function handler() {}\nexport { handler as GET, handler as POST };").sort()).toEqual(["GET", "POST"]);
    expect(exportedMethods("export async function DELETE() {}")).toEqual(["DELETE"]);
  });
});

describe("sameOriginOnly", () => {
  vi.stubEnv("NEXTAUTH_URL", "https://recall.example.com");
  const handler = vi.fn(async (_request: Request, context: { id: string }) => Response.json({ ran: context.id }));
  const guarded = sameOriginOnly(handler);

  it("answers a cross-site write 403 without running the handler", async () => {
    handler.mockClear();
    const response = await guarded(new Request("https://recall.example.com/api/x", { method: "POST", headers: { origin: "https://evil.example" } }), { id: "a" });
    expect(response.status).toBe(403);
    expect((await response.json()).error.code).toBe("forbidden");
    expect(handler).not.toHaveBeenCalled();
  });

  it("runs the handler, with its arguments, for a write from the app's own origin", async () => {
    handler.mockClear();
    const response = await guarded(new Request("https://recall.example.com/api/x", { method: "POST", headers: { origin: "https://recall.example.com" } }), { id: "b" });
    expect(await response.json()).toEqual({ ran: "b" });
    expect(handler).toHaveBeenCalledTimes(1);
  });
});
