// Signing in, minus the Next.js glue: throttle, check the password (Better Auth), and answer in a sentence
// that never says whether an email has an account.
import "server-only";
import { APIError } from "better-auth/api";
import { z } from "zod";
import { PASSWORD_MAX, PersonInputSchema } from "@/lib/people/schema";
import { ACCOUNT_DISABLED, auth } from "./auth";
import { claimSignInAttempt, clearSignInAttempts, forgetSignInAttempt } from "./mutations";
import { clientAddress, throttleKeys } from "./throttle";

/** The email exactly as accounts are made (PersonInputSchema's rule), so any account can sign in. */
const SignIn = PersonInputSchema.pick({ email: true }).extend({ password: z.string().min(1).max(PASSWORD_MAX) });

export const WRONG_CREDENTIALS = "That email and password do not match an account. Check both and try again.";
export const SIGN_IN_BROKEN = "Signing in failed on our side: try again in a moment.";

export type SignInResult = { ok: true } | { ok: false; error: string };

/** Signs in; the session cookie is set on the response by Better Auth (via `nextCookies` in a server action). */
export async function signIn({ email, password, headers }: { email: string; password: string; headers: Headers }): Promise<SignInResult> {
  const parsed = SignIn.safeParse({ email, password });
  if (!parsed.success) return { ok: false, error: "Enter your email address and your password." };
  const keys = throttleKeys(parsed.data.email, clientAddress(headers));
  const claim = await claimSignInAttempt(keys);
  if (!claim.ok) return { ok: false, error: claim.message };
  try {
    await auth().api.signInEmail({ body: parsed.data, headers });
  } catch (err) {
    // Better Auth's codes, not its wording: better-auth/dist/api/routes/sign-in.mjs and plugins/admin/admin.mjs
    const code = err instanceof APIError ? err.body?.code : undefined;
    if (code === "INVALID_EMAIL_OR_PASSWORD") return { ok: false, error: WRONG_CREDENTIALS };
    // Only the right password reaches the disabled-account check, so saying so reveals nothing to a guesser.
    if (code === "BANNED_USER") return { ok: false, error: ACCOUNT_DISABLED };
    // Anything else is our failure, not a guess: it must not count towards anyone's throttle.
    console.error("signIn failed", err);
    await forgetSignInAttempt({ ids: claim.ids });
    return { ok: false, error: SIGN_IN_BROKEN };
  }
  await clearSignInAttempts({ ids: claim.ids, accountKey: keys[0]!.key });
  return { ok: true };
}
