import { describe, expect, it } from "vitest";
import { safeReturnPath } from "@/lib/domain/account/return-path";

describe("safeReturnPath", () => {
  it.each(["/settings", "/review?topic=nlp"])("keeps same-site path %s", (path) => {
    expect(safeReturnPath(path)).toBe(path);
  });

  it.each([undefined, "", "https://evil.example/", "//evil.example", "/\\evil.example", "settings", "/" + "a".repeat(600)])(
    "falls back for %j",
    (candidate) => {
      expect(safeReturnPath(candidate)).toBe("/review");
    },
  );
});
