// Admins manage people: add an account, change a role, disable or enable, set a new password.
import type { Metadata } from "next";
import { AccessDenied } from "@/components/ui/access-denied";
import { currentViewer } from "@/lib/auth/current";
import { authorize } from "@/lib/auth/roles";
import { listPeople } from "@/lib/people/queries";
import { AddPersonForm } from "./_components/add-person-form";
import { PeopleTable } from "./_components/people-table";
import { whileDatabaseUp } from "@/lib/db-pages";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "People" };

async function PeoplePage() {
  const allowed = authorize(await currentViewer(), "admin");
  if (!allowed.ok) return <AccessDenied title="People" denial={allowed} back="/admin/people" />;
  const people = await listPeople();
  const active = people.filter((p) => !p.disabled).length;
  return (
    <>
      <h1>People</h1>
      <p className="muted">
        {people.length} accounts, {active} active. Analysts read and export; editors also add and change figures,
        reports and sources; admins also manage people. Disabling an account signs it out everywhere at once.
      </p>
      <section className="card" aria-labelledby="people-heading">
        <h2 id="people-heading">Accounts</h2>
        <PeopleTable people={people.map((p) => ({ ...p, createdAt: p.createdAt.toISOString(), lastSignInAt: p.lastSignInAt?.toISOString() ?? null }))} selfId={allowed.viewer.id} />
      </section>
      <section className="card narrow" aria-labelledby="add-heading">
        <h2 id="add-heading">Add a person</h2>
        <AddPersonForm />
      </section>
    </>
  );
}

export default whileDatabaseUp(PeoplePage);
