import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/server/passwords";

describe("password hashing", () => {
  it("uses argon2id with OWASP's baseline parameters (19 MiB, 2 iterations, 1 lane) and a fresh salt", async () => {
    const [first, second] = await Promise.all([hashPassword("correct horse battery"), hashPassword("correct horse battery")]);
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(second).not.toBe(first);
  });

  it("verifies the right password only, and an unknown account never matches", async () => {
    const stored = await hashPassword("correct horse battery");
    expect(await verifyPassword(stored, "correct horse battery")).toBe(true);
    expect(await verifyPassword(stored, "Correct horse battery")).toBe(false);
    expect(await verifyPassword(null, "correct horse battery")).toBe(false);
    expect(await verifyPassword("not-a-hash", "anything")).toBe(false);
  });
});
