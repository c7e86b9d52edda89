import { describe, expect, it } from "vitest";
import { crossSiteReason } from "@/lib/server/same-origin";

const PUBLIC_URL = "https://recall.example.com";

function request(method: string, headers: Record<string, string>, url = "http://10.0.0.5:3000/api/review/grades") {
  return { method, url, headers: new Headers(headers) };
}

describe("crossSiteReason (CSRF)", () => {
  it("lets reads through whatever their origin", () => {
    expect(crossSiteReason(request("GET", { origin: "https://evil.example" }), PUBLIC_URL)).toBeNull();
  });

  it("accepts a write from the public origin or from the origin the request was addressed to", () => {
    expect(crossSiteReason(request("POST", { origin: "https://recall.example.com" }), PUBLIC_URL)).toBeNull();
    expect(crossSiteReason(request("POST", { origin: "http://localhost:3000", host: "localhost:3000" }, "http://localhost:3000/api/x"), undefined)).toBeNull();
    // Behind the proxy: the forwarded host and protocol are the request's public address.
    const proxied = request("POST", { origin: "https://learn.example.org", host: "10.0.0.5:3000", "x-forwarded-host": "learn.example.org", "x-forwarded-proto": "https" });
    expect(crossSiteReason(proxied, PUBLIC_URL)).toBeNull();
  });

  it("refuses a write from another site, from an opaque origin, and one the browser marks cross-site", () => {
    expect(crossSiteReason(request("POST", { origin: "https://evil.example", host: "recall.example.com" }), PUBLIC_URL)).toMatch(/evil\.example/);
    expect(crossSiteReason(request("DELETE", { origin: "null" }), PUBLIC_URL)).not.toBeNull();
    expect(crossSiteReason(request("POST", { "sec-fetch-site": "cross-site" }), PUBLIC_URL)).not.toBeNull();
    expect(crossSiteReason(request("POST", { "sec-fetch-site": "same-site" }), PUBLIC_URL)).not.toBeNull();
  });

  it("accepts a write with neither Origin nor Sec-Fetch-Site: no browser, so no victim's cookies", () => {
    expect(crossSiteReason(request("POST", {}), PUBLIC_URL)).toBeNull();
    expect(crossSiteReason(request("POST", { "sec-fetch-site": "same-origin" }), PUBLIC_URL)).toBeNull();
  });
});
