"use server";
// Sign in and out: the Next.js glue around sign-in.ts.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { auth } from "./auth";
import { signIn } from "./sign-in";

export type SignInState = { email: string; error?: string };

/** Only same-site paths: a crafted ?next= must never send someone to another site after signing in. */
function safeNext(next: FormDataEntryValue | null): string {
  return typeof next === "string" && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/";
}

export async function signInAction(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const email = String(formData.get("email") ?? "");
  const result = await signIn({ email, password: String(formData.get("password") ?? ""), headers: await headers() });
  if (!result.ok) return { email, error: result.error };
  redirect(safeNext(formData.get("next")));
}

export async function signOutAction(): Promise<void> {
  await auth().api.signOut({ headers: await headers() });
  redirect("/");
}
