// The app under load: `next start` processes on their own ports, all on one database and one auth secret, each
// logging to its own file (an outage makes them log a lot). And signing in as a person does, over HTTP.
import type { ChildProcess } from "node:child_process";
import { openSync } from "node:fs";
import { freePort } from "../lib/embedded-postgres";
import { bin, startNode } from "../lib/run";

export type App = { index: number; base: string; pid: number; log: string; child: ChildProcess; stop: () => Promise<void> };

export async function startApp({ index, databaseUrl, secret, logDir }: { index: number; databaseUrl: string; secret: string; logDir: string }): Promise<App> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const log = `${logDir}/app-${index}-${port}.log`;
  const out = openSync(log, "a");
  const child = startNode(bin.next, ["start", "-p", String(port), "-H", "127.0.0.1"], {
    stdio: ["ignore", out, out],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      BETTER_AUTH_SECRET: secret,
      BETTER_AUTH_URL: base,
      NODE_ENV: "production",
      READ_ACCESS: "public",
      REVIEW: "none",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`next start exited (code ${child.exitCode}); ${log} says why.`);
    if (await fetch(`${base}/api/v1/conflicts`).then((r) => r.ok, () => false)) return { index, base, pid: child.pid!, log, child, stop };
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`next start did not answer within 60 s; see ${log}.`);
}

const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1]?.replace(/&quot;/g, '"').replace(/&amp;/g, "&");

/**
 * Signs in through the sign-in page's form as a browser without JavaScript posts it (the page's server
 * action, with its hidden fields), so the attempt passes the app's own throttle and Better Auth's password
 * check; answers the session cookie the browser would keep.
 */
export async function signInThroughForm(base: string, email: string, password: string): Promise<string> {
  const page = await fetch(`${base}/sign-in`);
  const html = await page.text();
  const form = /<form\b[\s\S]*?<\/form>/.exec(html)?.[0];
  if (!page.ok || !form) throw new Error(`GET /sign-in answered ${page.status} without a form.`);
  const body = new FormData();
  for (const [tag] of form.matchAll(/<input\b[^>]*>/g)) {
    const name = attr(tag, "name");
    if (name && attr(tag, "type") === "hidden") body.append(name, attr(tag, "value") ?? "");
  }
  body.set("email", email);
  body.set("password", password);
  const res = await fetch(`${base}/sign-in`, { method: "POST", body, redirect: "manual", headers: { origin: base } });
  const cookie = res.headers.getSetCookie().map((c) => c.split(";")[0]!).find((c) => /session_token=/.test(c));
  if (!cookie) {
    const said = /role="alert"[^>]*>([^<]+)/.exec(await res.text())?.[1];
    throw new Error(`Signing in ${email} gave no session cookie (status ${res.status}${said ? `: ${said}` : ""}).`);
  }
  return cookie;
}
