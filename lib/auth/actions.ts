"use server";
// Sign in and out: the Next.js glue around sign-in.ts.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { auth } from "./auth";
import { safeNextPath } from "./next-path";
import { signIn } from "./sign-in";

export type SignInState = { email: string; error?: string };

export async function signInAction(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const email = String(formData.get("email") ?? "");
  const result = await signIn({ email, password: String(formData.get("password") ?? ""), headers: await headers() });
  if (!result.ok) return { email, error: result.error };
  redirect(safeNextPath(formData.get("next"))); // a crafted ?next= never leads to another site
}

export async function signOutAction(): Promise<void> {
  await auth().api.signOut({ headers: await headers() });
  redirect("/");
}
