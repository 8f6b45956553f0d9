// Sign in with email and password. Accounts are created by admins.
import type { Metadata } from "next";
import { env } from "@/lib/env";
import { SignInForm } from "./_components/sign-in-form";
import { whileDatabaseUp } from "@/lib/db-pages";

export const metadata: Metadata = { title: "Sign in" };

async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  return (
    <>
      <h1>Sign in</h1>
      <p className="muted">
        {env().READ_ACCESS === "signed-in"
          ? "The figures here are open to people with an account. "
          : "Editors sign in to add figures; reading needs no account. "}
        Accounts are created by an admin: ask one if you need access or have forgotten your password.
      </p>
      <div className="card narrow">
        <SignInForm next={next} />
      </div>
    </>
  );
}

export default whileDatabaseUp(SignInPage);
