// Which Chromium the e2e tests drive: CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own.
import { existsSync } from "node:fs";

export const INSTALL_HINT =
  "No Chromium found: install one with `sudo apt-get install chromium` (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome executable.";

/** The flags Chromium needs here: as root it has no sandbox, and the network beyond localhost is closed. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

export async function findChromium(env: NodeJS.ProcessEnv = process.env): Promise<{ path: string } | { error: string }> {
  if (env.CHROMIUM_PATH) {
    return existsSync(env.CHROMIUM_PATH)
      ? { path: env.CHROMIUM_PATH }
      : { error: `CHROMIUM_PATH is set to ${env.CHROMIUM_PATH}, which does not exist: fix the path or unset it.` };
  }
  if (existsSync("/usr/bin/chromium")) return { path: "/usr/bin/chromium" };
  try {
    const { chromium } = await import("@playwright/test");
    const own = chromium.executablePath();
    if (own && existsSync(own)) return { path: own };
  } catch {
    /* Playwright has no browser of its own installed */
  }
  return { error: INSTALL_HINT };
}
