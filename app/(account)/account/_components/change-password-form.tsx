"use client";
// Change your own password: the current one, then the new one twice. Other devices are signed out.
import { useActionState, useEffect, useRef } from "react";
import { Field } from "@/components/forms/field";
import { changePasswordAction } from "@/lib/people/actions";
import { PASSWORD_MIN } from "@/lib/people/schema";
import type { ChangePasswordState } from "@/lib/people/submit";

export function ChangePasswordForm() {
  const [state, action, pending] = useActionState<ChangePasswordState, FormData>(changePasswordAction, { errors: {} });
  const e = state.errors;
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state]);
  return (
    <form ref={formRef} action={action} className="stack" noValidate>
      <div aria-live="polite">
        {state.changed && (
          <p className="notice" role="status">
            {state.changed}
          </p>
        )}
        {state.formError && (
          <p className="error-summary" role="alert">
            {state.formError}
          </p>
        )}
      </div>
      <Field name="currentPassword" label="Current password" errors={e.currentPassword}>
        {(p) => <input {...p} type="password" autoComplete="current-password" />}
      </Field>
      <div className="row">
        <Field name="newPassword" label="New password" hint={`${PASSWORD_MIN} or more characters.`} errors={e.newPassword}>
          {(p) => <input {...p} type="password" autoComplete="new-password" />}
        </Field>
        <Field name="repeatPassword" label="New password again" errors={e.repeatPassword}>
          {(p) => <input {...p} type="password" autoComplete="new-password" />}
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
