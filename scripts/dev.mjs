// `npm run dev`: the same embedded defaults and migrations as `npm start`, then Next's dev server.
import { spawn } from "node:child_process";
import { backfillMastery, bin, migrate, ROOT, runtimeEnv, syncContent } from "./runtime.mjs";

const port = process.env.PORT || "3000";
const env = runtimeEnv({ port });
await migrate(env);
syncContent(env);
backfillMastery(env);
const server = spawn(bin("next"), ["dev", "--port", port], { cwd: ROOT, env, stdio: "inherit" });
server.on("exit", (code) => process.exit(code ?? 0));
