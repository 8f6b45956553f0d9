// Signing in, minus the Next.js glue: throttle, check the password (Better Auth), and answer in a sentence
// that never says whether an email has an account.
import "server-only";
import { z } from "zod";
import { auth } from "./auth";
import { claimSignInAttempt, clearSignInAttempts } from "./mutations";
import { clientAddress, throttleKeys } from "./throttle";

const SignIn = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
});

export const WRONG_CREDENTIALS = "That email and password do not match an account. Check both and try again.";

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
    const message = err instanceof Error ? err.message : "";
    // Only the right password reaches the disabled-account check, so saying so reveals nothing to a guesser.
    if (/disabled/i.test(message)) return { ok: false, error: message };
    if (!/invalid|password|email/i.test(message)) console.error("signIn failed", err);
    return { ok: false, error: WRONG_CREDENTIALS };
  }
  await clearSignInAttempts({ ids: claim.ids, accountKey: keys[0]!.key });
  return { ok: true };
}
