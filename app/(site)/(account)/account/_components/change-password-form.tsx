"use client";
// Change your own password: the current one, then the new one twice. Other devices are signed out.
// The fields are held in the browser, so after a refusal nothing typed is lost, yet the server never sends a
// password back into the page.
import { useActionState, useEffect, useState, type ChangeEvent } from "react";
import { useFocusFirstInvalid } from "@/components/forms/use-focus-first-invalid";
import { Field } from "@/components/forms/field";
import { FormNotices } from "@/components/forms/form-notices";
import { changePasswordAction } from "@/lib/people/actions";
import { PASSWORD_MIN } from "@/lib/people/schema";
import type { ChangePasswordState } from "@/lib/people/submit";

const EMPTY = { currentPassword: "", newPassword: "", repeatPassword: "" };

export function ChangePasswordForm() {
  const [state, action, pending] = useActionState<ChangePasswordState, FormData>(changePasswordAction, { errors: {} });
  const e = state.errors;
  const [typed, setTyped] = useState(EMPTY);
  useEffect(() => {
    if (state.changed) setTyped(EMPTY);
  }, [state]);
  const formRef = useFocusFirstInvalid(state);
  const bind = (name: keyof typeof EMPTY) => ({
    value: typed[name],
    onChange: (ev: ChangeEvent<HTMLInputElement>) => setTyped((t) => ({ ...t, [name]: ev.target.value })),
  });
  return (
    <form ref={formRef} action={action} className="stack" noValidate>
      <FormNotices ok={state.changed} error={state.formError} />
      <Field name="currentPassword" label="Current password" errors={e.currentPassword}>
        {(p) => <input {...p} {...bind("currentPassword")} type="password" autoComplete="current-password" />}
      </Field>
      <div className="row">
        <Field name="newPassword" label="New password" hint={`${PASSWORD_MIN} or more characters.`} errors={e.newPassword}>
          {(p) => <input {...p} {...bind("newPassword")} type="password" autoComplete="new-password" />}
        </Field>
        <Field name="repeatPassword" label="New password again" errors={e.repeatPassword}>
          {(p) => <input {...p} {...bind("repeatPassword")} type="password" autoComplete="new-password" />}
        </Field>
      </div>
      <div>
        <button type="submit" disabled={pending}>
          {pending ? "Changing…" : "Change password"}
        </button>
      </div>
    </form>
  );
}
