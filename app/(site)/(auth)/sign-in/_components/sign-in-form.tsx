"use client";
import { useActionState } from "react";
import { Field } from "@/components/forms/field";
import { signInAction, type SignInState } from "@/lib/auth/actions";

export function SignInForm({ next }: { next?: string }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, { email: "" });
  return (
    <form action={action} className="stack" noValidate>
      {state.error && (
        <p className="error-summary" role="alert">
          {state.error}
        </p>
      )}
      <input type="hidden" name="next" value={next ?? "/"} />
      <Field name="email" label="Email">
        {(p) => <input {...p} type="email" autoComplete="username" defaultValue={state.email} key={state.email} />}
      </Field>
      <Field name="password" label="Password">
        {(p) => <input {...p} type="password" autoComplete="current-password" />}
      </Field>
      <div>
        <button type="submit" disabled={pending}>
          {pending ? "Signing in…" : "Sign in"}
        </button>
      </div>
    </form>
  );
}
