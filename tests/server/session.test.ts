import { beforeAll, describe, expect, it, vi } from "vitest";
import { encode } from "next-auth/jwt";
import { requestCookies } from "@/lib/server/request-cookies";

const secret = "a-session-test-secret-of-at-least-32-characters";

describe("requestCookies", () => {
  it("reads a Cookie header as Next's request cookies do", () => {
    const cookies = requestCookies("a=1; b=x%20y;c=2; flag; broken=%E0%A4%A; =empty-name");
    expect(Object.fromEntries(cookies)).toEqual({ a: "1", b: "x y", c: "2", flag: "true", "": "empty-name" });
    expect(requestCookies(null).size).toBe(0);
    expect(requestCookies("").size).toBe(0);
  });
});

describe("getSessionUserId with a route's request", () => {
  let getSessionUserId: typeof import("@/lib/server/session").getSessionUserId;
  beforeAll(async () => {
    vi.stubEnv("NEXTAUTH_SECRET", secret);
    vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
    ({ getSessionUserId } = await import("@/lib/server/session"));
  });

  const requestWith = (cookie?: string) => new Request("http://localhost:3000/api/review", { headers: cookie ? { cookie } : {} });

  it("gives the user id of the session cookie's token", async () => {
    const token = await encode({ token: { sub: "user-42" }, secret });
    expect(await getSessionUserId(requestWith(`theme=dark; next-auth.session-token=${token}`))).toBe("user-42");
  });

  it("gives null without a session cookie, for a token made with another secret, and for a token without a user", async () => {
    expect(await getSessionUserId(requestWith())).toBeNull();
    expect(await getSessionUserId(requestWith("theme=dark"))).toBeNull();
    const forged = await encode({ token: { sub: "user-42" }, secret: "another-secret-of-at-least-32-characters!" });
    expect(await getSessionUserId(requestWith(`next-auth.session-token=${forged}`))).toBeNull();
    const anonymous = await encode({ token: { name: "nobody" }, secret });
    expect(await getSessionUserId(requestWith(`next-auth.session-token=${anonymous}`))).toBeNull();
  });

  it("reads a token next-auth split over chunked cookies", async () => {
    const token = await encode({ token: { sub: "user-7" }, secret });
    const half = Math.ceil(token.length / 2);
    const cookie = `next-auth.session-token.0=${token.slice(0, half)}; next-auth.session-token.1=${token.slice(half)}`;
    expect(await getSessionUserId(requestWith(cookie))).toBe("user-7");
  });
});
