// Sign-in against a real database: hashed passwords, session cookies, disabled accounts.
import { randomBytes } from "node:crypto";
import { createTelemetry } from "better-auth";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { auth } from "./auth";
import { createUser } from "@/lib/people/mutations";
import { getViewer } from "./queries";

const email = () => `person-${randomBytes(4).toString("hex")}@example.org`;
const password = "correct horse battery";

async function signIn(address: string, pass: string): Promise<Headers> {
  const res = await auth().api.signInEmail({ body: { email: address, password: pass }, asResponse: true });
  if (!res.ok) throw new Error(`sign-in refused (${res.status})`);
  const cookie = res.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  return new Headers({ cookie });
}

describe("accounts", () => {
  it("stores a hashed password, never the password, and audits the new account", async () => {
    const address = email();
    const r = await createUser({ user: { email: address, name: "P", role: "editor", password }, actor: "test" });
    if (!("id" in r)) throw new Error(r.error);
    const account = await db().account.findFirstOrThrow({ where: { userId: r.id } });
    expect(account.password).toBeTruthy();
    expect(account.password).not.toContain(password);
    expect(await db().auditEvent.count({ where: { entity: "User", entityId: r.id, action: "create" } })).toBe(1);
    expect(await createUser({ user: { email: address.toUpperCase(), name: "P", role: "editor", password }, actor: "test" })).toEqual({
      error: `There is already an account for ${address}.`,
    });
  });

  it("signs in with the right password into a session that knows the role", async () => {
    const address = email();
    await createUser({ user: { email: address, name: "Ed", role: "editor", password }, actor: "test" });
    const headers = await signIn(address, password);
    expect(headers.get("cookie")).toMatch(/session_token=/);
    expect(await getViewer(headers)).toMatchObject({ email: address, role: "editor" });
    expect(await getViewer(new Headers())).toBeNull();
  });

  it("refuses a wrong password and an unknown email alike", async () => {
    const address = email();
    await createUser({ user: { email: address, name: "A", role: "analyst", password }, actor: "test" });
    await expect(signIn(address, "wrong password!")).rejects.toThrow(/refused \(401\)/);
    await expect(signIn(email(), password)).rejects.toThrow(/refused \(401\)/);
  });

  it("a disabled account cannot sign in, and its open sessions stop counting", async () => {
    const address = email();
    const r = await createUser({ user: { email: address, name: "D", role: "editor", password }, actor: "test" });
    if (!("id" in r)) throw new Error(r.error);
    const headers = await signIn(address, password);
    await db().user.update({ where: { id: r.id }, data: { banned: true } });
    expect(await getViewer(headers)).toBeNull();
    await expect(signIn(address, password)).rejects.toThrow(/refused/);
  });

  it("sends no telemetry, even with BETTER_AUTH_TELEMETRY=1 in the environment", async () => {
    const cached = globalThis as unknown as { conflictFiguresAuth?: unknown };
    const kept = cached.conflictFiguresAuth;
    const sent: unknown[] = [];
    // what the library decides, with a stand-in for its network call (skipTestCheck: as outside a test run)
    const publish = async (options: Parameters<typeof createTelemetry>[0]) => {
      const telemetry = await createTelemetry(options, { customTrack: async (event) => void sent.push(event), skipTestCheck: true });
      await telemetry.publish({ type: "probe", payload: {} });
    };
    process.env.BETTER_AUTH_TELEMETRY = "1";
    try {
      await publish({ telemetry: { enabled: false } });
      expect(sent.length, "the variable alone turns the library's telemetry on").toBeGreaterThan(0);
      sent.length = 0;
      delete cached.conflictFiguresAuth; // a fresh instance, built with the variable set
      const ours = auth();
      await ours.$context;
      await publish(ours.options);
      expect(sent).toEqual([]);
      expect(process.env.BETTER_AUTH_TELEMETRY).toBe("0");
    } finally {
      cached.conflictFiguresAuth = kept;
    }
  });
});
