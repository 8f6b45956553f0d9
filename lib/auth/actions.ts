"use server";
// Sign in and out. Messages never say whether an email has an account.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { auth } from "./auth";

export type SignInState = { email: string; error?: string };

const SignIn = z.object({
  email: z.string().trim().toLowerCase().email(),
  password: z.string().min(1).max(200),
  next: z.string().optional(),
});

/** Only same-site paths: a crafted ?next= must never send someone to another site after signing in. */
function safeNext(next: string | undefined): string {
  return next && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/";
}

export async function signInAction(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const email = String(formData.get("email") ?? "");
  const parsed = SignIn.safeParse({ email, password: formData.get("password"), next: formData.get("next") ?? undefined });
  if (!parsed.success) return { email, error: "Enter your email address and your password." };
  try {
    await auth().api.signInEmail({ body: { email: parsed.data.email, password: parsed.data.password }, headers: await headers() });
  } catch (err) {
    const message = err instanceof Error ? err.message : "";
    if (/disabled/i.test(message)) return { email, error: message };
    if (!/invalid|password|email/i.test(message)) console.error("signInAction failed", err);
    return { email, error: "That email and password do not match an account. Check both and try again." };
  }
  redirect(safeNext(parsed.data.next));
}

export async function signOutAction(): Promise<void> {
  await auth().api.signOut({ headers: await headers() });
  redirect("/");
}
