// `npm run bench` (last part): the JavaScript a browser downloads to open /mastery the first time.
// Serves the production build as `npm start` does (building it when stale) on a free port with a
// throwaway database, signs a learner up and in, fetches /mastery, and sums the gzipped size of
// every script the page references.
import { gzipSync } from "node:zlib";
import { serveApp, signedInCookie } from "../serve/serve-app";

const TARGET_KB = 200;

async function main() {
  const app = await serveApp();
  const { baseUrl } = app;
  try {
    await app.ready();
    const cookie = await signedInCookie(baseUrl, `weight-${Date.now()}@example.com`);
    const page = await fetch(`${baseUrl}/mastery`, { headers: { cookie }, redirect: "manual" });
    if (page.status !== 200) throw new Error(`/mastery answered ${page.status}`);
    const html = await page.text();
    const scripts = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((match) => match[1]))];
    let gzipped = 0;
    let raw = 0;
    for (const src of scripts) {
      const body = Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer());
      raw += body.length;
      gzipped += gzipSync(body, { level: 9 }).length;
    }
    const kb = (bytes: number) => (bytes / 1024).toFixed(1);
    console.log(`/mastery first-load JavaScript: ${scripts.length} scripts, ${kb(gzipped)} KB gzipped (${kb(raw)} KB raw); HTML ${kb(gzipSync(html).length)} KB gzipped`);
    console.log(`  target < ${TARGET_KB} KB gzipped: ${gzipped / 1024 < TARGET_KB ? "met" : "NOT met"}`);
  } finally {
    app.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
