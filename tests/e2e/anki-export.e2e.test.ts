import { readFile } from "node:fs/promises";
import Database from "better-sqlite3";
import { unzipSync } from "fflate";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInFetcher } from "./support/api-session";
import { baseUrl, launchBrowser, newContext, signUp, uniqueEmail } from "./support/browser";

const today = () => new Date().toISOString().slice(0, 10);

/** The package's collection, opened read-only, with a check that SQLite finds it sound. */
function openCollection(zip: Uint8Array) {
  const files = unzipSync(zip);
  expect(Object.keys(files).sort()).toEqual(["collection.anki2", "media"]);
  const collection = new Database(Buffer.from(files["collection.anki2"]), { readonly: true });
  expect(collection.pragma("integrity_check", { simple: true })).toBe("ok");
  const count = (table: string) => (collection.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { collection, count };
}

describe("journey: take my deck to Anki", () => {
  it("answers 401 without a session", async () => {
    const response = await fetch(`${baseUrl()}/api/export/deck.apkg`);
    expect(response.status).toBe(401);
    expect((await response.json()).error.code).toBe("unauthenticated");
  });

  it("downloads a dated .apkg whose revlog holds every grade", async () => {
    const api = await signedInFetcher();
    let session = (await (await api("/api/review")).json()).session;
    for (const rating of [3, 1, 4]) {
      const { cardId, version } = session.card;
      const response = await api("/api/review/grades", { method: "POST", body: JSON.stringify({ cardId, reviewId: `anki-${Date.now()}-${rating}`, rating, version, durationMs: 2000 }) });
      expect(response.status).toBe(201);
      session = (await response.json()).session;
    }
    const response = await api("/api/export/deck.apkg");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/apkg");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="recall-ml-deck-${today()}.apkg"`);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const { collection, count } = openCollection(new Uint8Array(await response.arrayBuffer()));
    expect(count("revlog")).toBe(3);
    expect(count("notes")).toBeGreaterThan(100);
    expect(count("cards")).toBe(count("notes"));
    collection.close();
  });

  describe("in Settings", () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterAll(() => browser?.close());

    it("the Your data link downloads the package", async () => {
      const page = await (await newContext(browser)).newPage();
      await signUp(page, { name: "Anki", email: uniqueEmail("anki"), password: "taking-it-to-anki" });
      await page.goto("/settings");
      const download = page.waitForEvent("download");
      await page.getByRole("region", { name: "Your data" }).getByRole("link", { name: "Export deck for Anki (.apkg)" }).click();
      const file = await download;
      expect(file.suggestedFilename()).toBe(`recall-ml-deck-${today()}.apkg`);
      const { collection, count } = openCollection(new Uint8Array(await readFile((await file.path())!)));
      expect(count("notes")).toBeGreaterThan(100);
      expect(count("revlog")).toBe(0);
      collection.close();
    });
  });
});
