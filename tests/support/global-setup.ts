// Integration tests run against real SQLite files; the Prisma client must have been generated.
import { existsSync } from "node:fs";
import path from "node:path";

export default function setup() {
  const client = path.resolve(__dirname, "../../lib/data/generated/prisma/client.ts");
  if (!existsSync(client)) throw new Error("Prisma client missing: run `npm install` (its postinstall generates it).");
}
