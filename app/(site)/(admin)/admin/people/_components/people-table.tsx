"use client";
// One row per account, each with its own small forms: role, disable/enable, new password. Each form says
// what it did (or why not) right in its row.
import Link from "next/link";
import { useActionState } from "react";
import { ROLES, type Role } from "@/lib/auth/roles";
import { changeRoleAction, resetPasswordAction, setDisabledAction } from "@/lib/people/actions";
import type { ActionMessage } from "@/lib/people/submit";

export type PersonView = {
  id: string;
  name: string;
  email: string;
  role: Role;
  disabled: boolean;
  createdAt: string;
  lastSignInAt: string | null;
  openSessions: number;
};

const day = (iso: string | null) => (iso ? new Date(iso).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }) : "never");

export function PeopleTable({ people, selfId }: { people: PersonView[]; selfId: string }) {
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Last sign-in</th>
            <th scope="col">Password</th>
          </tr>
        </thead>
        <tbody>
          {people.map((p) => (
            <PersonRow key={p.id} person={p} self={p.id === selfId} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Message({ state }: { state: ActionMessage }) {
  if (state.error) return <p className="error" role="alert">{state.error}</p>;
  if (state.ok) return <p className="ok" role="status">{state.ok}</p>;
  return null;
}

function PersonRow({ person: p, self }: { person: PersonView; self: boolean }) {
  const [roleState, roleAction, rolePending] = useActionState<ActionMessage, FormData>(changeRoleAction, {});
  const [statusState, statusAction, statusPending] = useActionState<ActionMessage, FormData>(setDisabledAction, {});
  const [pwState, pwAction, pwPending] = useActionState<ActionMessage, FormData>(resetPasswordAction, {});
  const label = `${p.name} (${p.email})`;
  return (
    <tr className={p.disabled ? "disabled" : undefined} aria-label={label}>
      <td>
        <strong>{p.name}</strong>
        {self && <span className="badge">you</span>}
        <div className="muted">{p.email}</div>
      </td>
      <td>
        {self ? (
          <span>{p.role}</span>
        ) : (
          <form action={roleAction} className="inline-form">
            <input type="hidden" name="userId" value={p.id} />
            <select name="role" defaultValue={p.role} aria-label={`Role of ${p.email}`} key={p.role}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </select>
            <button type="submit" className="small secondary" disabled={rolePending}>
              Change role
            </button>
          </form>
        )}
        <Message state={roleState} />
      </td>
      <td>
        <span className={p.disabled ? "status-off" : "status-on"}>{p.disabled ? "Disabled" : "Active"}</span>
        {!self && (
          <form action={statusAction} className="inline-form">
            <input type="hidden" name="userId" value={p.id} />
            <input type="hidden" name="disabled" value={String(!p.disabled)} />
            <button type="submit" className={p.disabled ? "small secondary" : "small danger"} disabled={statusPending} aria-label={`${p.disabled ? "Enable" : "Disable"} ${p.email}`}>
              {p.disabled ? "Enable" : "Disable"}
            </button>
          </form>
        )}
        <Message state={statusState} />
      </td>
      <td className="date">
        {day(p.lastSignInAt)}
        {p.openSessions > 0 && <div className="muted">{p.openSessions === 1 ? "1 open session" : `${p.openSessions} open sessions`}</div>}
      </td>
      <td>
        {self ? (
          <Link href="/account">Change yours on Your account</Link>
        ) : (
          <form action={pwAction} className="inline-form">
            <input type="hidden" name="userId" value={p.id} />
            <input type="password" name="password" autoComplete="new-password" aria-label={`New password for ${p.email}`} placeholder="New password" />
            <button type="submit" className="small secondary" disabled={pwPending}>
              Set
            </button>
          </form>
        )}
        <Message state={pwState} />
      </td>
    </tr>
  );
}
