// The admin page's and the account page's operations, minus the Next.js glue: authorise, parse, write, and
// say what happened in a sentence. Denied or invalid requests write nothing and keep what was typed.
import "server-only";
import { z } from "zod";
import { auth } from "@/lib/auth/auth";
import { claimSignInAttempt, clearSignInAttempts } from "@/lib/auth/mutations";
import { authorize, type Viewer } from "@/lib/auth/roles";
import { throttleKeys } from "@/lib/auth/throttle";
import { createUser, setDisabled, setPassword, setRole } from "./mutations";
import { getPasswordHash } from "./queries";
import {
  PERSON_FIELDS,
  PasswordChangeSchema,
  PasswordSchema,
  RoleSchema,
  parsePersonInput,
  type PasswordChangeErrors,
  type PersonFieldErrors,
  type PersonFormValues,
} from "./schema";

/** What a small admin form shows after a submit: a confirmation or an error, never both. */
export type ActionMessage = { ok?: string; error?: string };

/** What the add-a-person form gets back: what was typed, except the password (the browser keeps that one). */
export type AddPersonState = { values: Omit<PersonFormValues, "password">; errors: PersonFieldErrors; formError?: string; added?: string };

const field = (formData: FormData, name: string): string => {
  const v = formData.get(name);
  return typeof v === "string" ? v : "";
};

export function personValues(formData: FormData): PersonFormValues {
  return Object.fromEntries(PERSON_FIELDS.map((f) => [f, field(formData, f)])) as PersonFormValues;
}

export async function addPerson({ viewer, values }: { viewer: Viewer | null; values: PersonFormValues }): Promise<AddPersonState> {
  // a password never travels back into the page (its HTML, React's payload, a proxy's cache)
  const { password: _password, ...kept } = values;
  const allowed = authorize(viewer, "admin");
  if (!allowed.ok) return { values: kept, errors: {}, formError: allowed.message };
  const parsed = parsePersonInput(values);
  if (!parsed.ok) return { values: kept, errors: parsed.errors };
  const result = await createUser({ user: parsed.data, actor: allowed.viewer.email });
  if ("error" in result) return { values: kept, errors: { email: [result.error] } };
  // the form empties for the next person
  return { values: { role: parsed.data.role }, errors: {}, added: `Added ${parsed.data.email} as ${article(parsed.data.role)}. Give them their password in person or by a separate channel.` };
}

const UserId = z.string().min(1).max(100);

/** Admins change other people's roles: changing one's own could leave nobody able to manage people. */
export async function changeRole({ viewer, userId, role }: { viewer: Viewer | null; userId: string; role: string }): Promise<ActionMessage> {
  const allowed = authorize(viewer, "admin");
  if (!allowed.ok) return { error: allowed.message };
  const id = UserId.safeParse(userId);
  const parsedRole = RoleSchema.safeParse(role);
  if (!id.success) return { error: "Say whose role to change. Reload the page and try again." };
  if (!parsedRole.success) return { error: parsedRole.error.issues[0]!.message };
  if (id.data === allowed.viewer.id) return { error: "You cannot change your own role. Ask another admin." };
  const r = await setRole({ userId: id.data, role: parsedRole.data, actor: allowed.viewer.email });
  return r.ok ? { ok: `${r.email} is now ${article(parsedRole.data)}.` } : { error: r.error };
}

export async function changeDisabled({ viewer, userId, disabled }: { viewer: Viewer | null; userId: string; disabled: boolean }): Promise<ActionMessage> {
  const allowed = authorize(viewer, "admin");
  if (!allowed.ok) return { error: allowed.message };
  const id = UserId.safeParse(userId);
  if (!id.success) return { error: "Say which account. Reload the page and try again." };
  if (id.data === allowed.viewer.id) return { error: "You cannot disable your own account. Ask another admin." };
  const r = await setDisabled({ userId: id.data, disabled, actor: allowed.viewer.email });
  if (!r.ok) return { error: r.error };
  return { ok: disabled ? `${r.email} is disabled and signed out everywhere.` : `${r.email} can sign in again.` };
}

/** An admin sets a new password for someone who forgot theirs; their sessions end. */
export async function resetPassword({ viewer, userId, password }: { viewer: Viewer | null; userId: string; password: string }): Promise<ActionMessage> {
  const allowed = authorize(viewer, "admin");
  if (!allowed.ok) return { error: allowed.message };
  const id = UserId.safeParse(userId);
  if (!id.success) return { error: "Say which account. Reload the page and try again." };
  // one's own password needs the current one (and counts against the throttle): that form is on /account
  if (id.data === allowed.viewer.id) return { error: "Change your own password on Your account (/account)." };
  const pw = PasswordSchema.safeParse(password);
  if (!pw.success) return { error: `New password: ${pw.error.issues[0]!.message}` };
  const r = await setPassword({ userId: id.data, password: pw.data, actor: allowed.viewer.email });
  return r.ok ? { ok: `New password set for ${r.email}; their other sessions have ended. Tell them the password by a separate channel.` } : { error: r.error };
}

export type ChangePasswordState = { errors: PasswordChangeErrors; formError?: string; changed?: string };

/** Anyone signed in changes their own password, proving the current one (throttled like signing in). */
export async function changeOwnPassword({
  viewer,
  values,
  address,
}: {
  viewer: Viewer | null;
  values: Record<string, string>;
  address: string | null;
}): Promise<ChangePasswordState> {
  const allowed = authorize(viewer, "analyst");
  if (!allowed.ok) return { errors: {}, formError: allowed.message };
  const parsed = PasswordChangeSchema.safeParse(values);
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors as PasswordChangeErrors };
  const me = allowed.viewer;
  const keys = throttleKeys(me.email, address);
  const claim = await claimSignInAttempt(keys);
  if (!claim.ok) return { errors: {}, formError: claim.message };
  const hash = await getPasswordHash({ userId: me.id });
  const ctx = await auth().$context;
  if (!hash || !(await ctx.password.verify({ hash, password: parsed.data.currentPassword }))) {
    return { errors: { currentPassword: ["That is not your current password."] } };
  }
  await clearSignInAttempts({ ids: claim.ids, accountKey: keys[0]!.key });
  const r = await setPassword({ userId: me.id, password: parsed.data.newPassword, actor: me.email, keepSessionId: me.sessionId });
  return r.ok ? { errors: {}, changed: "Your password is changed. You stay signed in here; other devices are signed out." } : { errors: {}, formError: r.error };
}

/** "an analyst", "an editor", "an admin": every role starts with a vowel. */
const article = (role: string) => `an ${role}`;
