"use client";
// Add an account. Errors come back under their fields with everything typed kept: the server sends back the
// other fields, the browser keeps the password (the server never sends a password into the page).
import { useActionState, useEffect, useState } from "react";
import { useFocusFirstInvalid } from "@/components/forms/use-focus-first-invalid";
import { Field } from "@/components/forms/field";
import { FormNotices } from "@/components/forms/form-notices";
import { ROLES } from "@/lib/auth/roles";
import { addPersonAction } from "@/lib/people/actions";
import { PASSWORD_MIN } from "@/lib/people/schema";
import type { AddPersonState } from "@/lib/people/submit";

export function AddPersonForm() {
  const [state, action, pending] = useActionState<AddPersonState, FormData>(addPersonAction, { values: { role: "analyst" }, errors: {} });
  const v = state.values;
  const e = state.errors;
  // held here, outside the form that is rebuilt after each submit, so a refusal does not lose it
  const [password, setPassword] = useState("");
  useEffect(() => {
    if (state.added) setPassword("");
  }, [state]);
  const formRef = useFocusFirstInvalid(state);
  return (
    <form ref={formRef} key={JSON.stringify(state)} action={action} className="stack" noValidate>
      <FormNotices ok={state.added} error={state.formError} />
      <div className="row">
        <Field name="email" label="Email" errors={e.email}>
          {(p) => <input {...p} type="email" autoComplete="off" defaultValue={v.email ?? ""} />}
        </Field>
        <Field name="name" label="Name" errors={e.name}>
          {(p) => <input {...p} autoComplete="off" defaultValue={v.name ?? ""} />}
        </Field>
      </div>
      <div className="row">
        <Field name="role" label="Role" errors={e.role}>
          {(p) => (
            <select {...p} defaultValue={v.role ?? "analyst"}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="password" label="First password" hint={`${PASSWORD_MIN} or more characters; tell it to them by a separate channel.`} errors={e.password}>
          {(p) => <input {...p} type="password" autoComplete="new-password" value={password} onChange={(ev) => setPassword(ev.target.value)} />}
        </Field>
      </div>
      <div>
        <button type="submit" disabled={pending}>
          {pending ? "Adding…" : "Add person"}
        </button>
      </div>
    </form>
  );
}
