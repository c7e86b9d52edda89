import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const INSTALL_HINT = "No Chromium found: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH.";

function hasApt(): boolean {
  try {
    execFileSync("apt-get", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/**
 * The Chromium binary for end-to-end tests: CHROMIUM_PATH, then Debian's /usr/bin/chromium.
 * As root with apt, a missing Chromium is installed from Debian's packages; otherwise this fails
 * with one line saying how to get one.
 */
export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium"].filter((path): path is string => Boolean(path));
  const found = candidates.find((path) => existsSync(path));
  if (found) return found;
  if (process.getuid?.() === 0 && hasApt()) {
    console.log("e2e: installing Debian's chromium with apt-get (runs as root, no Chromium found)...");
    execFileSync("apt-get", ["update"], { stdio: "inherit" });
    execFileSync("apt-get", ["install", "-y", "chromium"], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  }
  throw new Error(INSTALL_HINT);
}

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
