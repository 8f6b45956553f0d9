// Your account: who you are signed in as, and changing your password.
import type { Metadata } from "next";
import { AccessDenied } from "@/components/ui/access-denied";
import { currentViewer } from "@/lib/auth/current";
import { authorize } from "@/lib/auth/roles";
import { ChangePasswordForm } from "./_components/change-password-form";
import { whileDatabaseUp } from "@/lib/db-pages";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your account" };

async function AccountPage() {
  const allowed = authorize(await currentViewer(), "analyst");
  if (!allowed.ok) return <AccessDenied title="Your account" denial={allowed} back="/account" />;
  const me = allowed.viewer;
  return (
    <>
      <h1>Your account</h1>
      <p className="muted">
        Signed in as {me.name} ({me.email}), an {me.role}. Roles are changed by an admin.
      </p>
      <section className="card narrow" aria-labelledby="password-heading">
        <h2 id="password-heading">Change your password</h2>
        <ChangePasswordForm />
      </section>
    </>
  );
}

export default whileDatabaseUp(AccountPage);
