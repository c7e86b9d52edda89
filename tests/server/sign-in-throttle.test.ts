import { describe, expect, it } from "vitest";
import { clientIpFrom } from "@/lib/server/sign-in-throttle";

describe("clientIpFrom", () => {
  it("takes the address added by the nearest proxy (the rightmost entry)", () => {
    expect(clientIpFrom(new Headers({ "x-forwarded-for": "1.1.1.1, 10.0.0.5" }))).toBe("10.0.0.5");
    expect(clientIpFrom({ "x-forwarded-for": "203.0.113.4" })).toBe("203.0.113.4");
  });

  it("falls back to a shared bucket when no address is known", () => {
    expect(clientIpFrom(new Headers())).toBe("unknown");
  });
});
