// Sign in with email and password. Accounts are created by admins.
import type { Metadata } from "next";
import { SignInForm } from "./_components/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  return (
    <>
      <h1>Sign in</h1>
      <p className="muted">Editors sign in to add figures. Accounts are created by an admin.</p>
      <div className="card narrow">
        <SignInForm next={next} />
      </div>
    </>
  );
}
