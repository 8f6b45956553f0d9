// What a page shows someone whose role does not allow it: the reason, and a way to sign in when signed out.
import Link from "next/link";
import type { Authorization } from "@/lib/auth/roles";

export function AccessDenied({ title, denial, back }: { title: string; denial: Extract<Authorization, { ok: false }>; back: string }) {
  return (
    <>
      <h1>{title}</h1>
      <p className="card">
        {denial.message}{" "}
        {denial.reason === "signed-out" && <Link href={`/sign-in?next=${encodeURIComponent(back)}`}>Sign in</Link>}
      </p>
    </>
  );
}
