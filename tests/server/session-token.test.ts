import { afterEach, describe, expect, it, vi } from "vitest";
import { decode, encode } from "next-auth/jwt";
import { decodeSessionToken } from "@/lib/server/session-token";

const secret = "a-test-secret-that-is-long-enough-for-hkdf";

describe("decodeSessionToken", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("reads a session token that next-auth's encode made, as next-auth's decode does", async () => {
    const token = await encode({ token: { sub: "user-1", name: "Ada" }, secret });
    const ours = await decodeSessionToken({ token, secret });
    expect(ours).toEqual(await decode({ token, secret }));
    expect(ours?.sub).toBe("user-1");
    // The key is kept: a second read gives the same.
    expect((await decodeSessionToken({ token, secret }))?.sub).toBe("user-1");
  });

  it("reads a token made with a salt, with the key derived for that salt", async () => {
    const token = await encode({ token: { sub: "user-2" }, secret, salt: "authjs.session-token" });
    expect((await decodeSessionToken({ token, secret, salt: "authjs.session-token" }))?.sub).toBe("user-2");
    await expect(decodeSessionToken({ token, secret })).rejects.toThrow();
  });

  it("refuses a token made with another secret, a tampered token and an expired one", async () => {
    const other = await encode({ token: { sub: "user-3" }, secret: "another-secret-entirely-different" });
    await expect(decodeSessionToken({ token: other, secret })).rejects.toThrow();

    const token = await encode({ token: { sub: "user-3" }, secret });
    const parts = token.split(".");
    const ciphertext = parts[3];
    parts[3] = (ciphertext[0] === "A" ? "B" : "A") + ciphertext.slice(1);
    await expect(decodeSessionToken({ token: parts.join("."), secret })).rejects.toThrow();

    // Expired beyond next-auth's 15 s clock tolerance.
    const expired = await encode({ token: { sub: "user-3" }, secret, maxAge: -60 });
    await expect(decodeSessionToken({ token: expired, secret })).rejects.toThrow();
    await expect(decode({ token: expired, secret })).rejects.toThrow();
  });

  it("keeps a decrypted token until it expires, then refuses it as the decryption would", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const token = await encode({ token: { sub: "user-4" }, secret, maxAge: 60 });
    const first = await decodeSessionToken({ token, secret });
    expect(first?.sub).toBe("user-4");
    // The same text gives the kept payload, which nobody can change.
    expect(await decodeSessionToken({ token, secret })).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    // Within the 15 s clock tolerance after expiry it still reads; beyond, it is refused.
    vi.setSystemTime(Date.now() + 70_000);
    expect((await decodeSessionToken({ token, secret }))?.sub).toBe("user-4");
    vi.setSystemTime(Date.now() + 10_000);
    await expect(decodeSessionToken({ token, secret })).rejects.toThrow();
  });

  it("does not hand one key's decryption to another: the kept token is read again under a new secret", async () => {
    const token = await encode({ token: { sub: "user-5" }, secret });
    expect((await decodeSessionToken({ token, secret }))?.sub).toBe("user-5");
    await expect(decodeSessionToken({ token, secret: "another-secret-entirely-different" })).rejects.toThrow();
    await expect(decodeSessionToken({ token, secret, salt: "authjs.session-token" })).rejects.toThrow();
  });

  it("returns null for no token", async () => {
    expect(await decodeSessionToken({ token: undefined, secret })).toBeNull();
  });
});
