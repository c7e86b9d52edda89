import { describe, expect, it } from "vitest";
import { jsonResponse } from "@/lib/server/json-response";

describe("jsonResponse", () => {
  it("answers JSON with the status and headers given, as NextResponse.json does", async () => {
    const response = jsonResponse({ ok: true, name: "Ada" }, { status: 201, headers: { "Retry-After": "5" } });
    expect(response.status).toBe(201);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(response.headers.get("retry-after")).toBe("5");
    expect(await response.json()).toEqual({ ok: true, name: "Ada" });
  });

  it("marks a body under 1 KB no-transform, so Next's compression leaves it as it is", () => {
    expect(jsonResponse({ status: "ok" }).headers.get("cache-control")).toBe("no-transform");
    // A cache policy the route set is kept.
    expect(jsonResponse({ status: "ok" }, { headers: { "Cache-Control": "no-store" } }).headers.get("cache-control")).toBe("no-store, no-transform");
  });

  it("leaves a body of 1 KB or more to be compressed", () => {
    // 1,024 bytes in UTF-8 but fewer characters: the threshold is in bytes.
    const body = { text: "é".repeat(510) };
    expect(Buffer.byteLength(JSON.stringify(body))).toBe(1031);
    expect(JSON.stringify(body).length).toBeLessThan(1024);
    expect(jsonResponse(body).headers.get("cache-control")).toBeNull();
    expect(jsonResponse(body, { headers: { "Cache-Control": "no-store" } }).headers.get("cache-control")).toBe("no-store");
  });
});
