// A labelled form field with its hint and error under it, linked for screen readers.
import type { ReactNode } from "react";

export type FieldControlProps = {
  id: string;
  name: string;
  "aria-invalid": boolean;
  "aria-describedby"?: string;
};

export function Field({
  name,
  id: idProp,
  label,
  hint,
  errors,
  children,
}: {
  name: string;
  /** the control's id when one page has several forms with this field (default `field-<name>`) */
  id?: string;
  label: string;
  hint?: string;
  errors?: string[];
  children: (control: FieldControlProps) => ReactNode;
}) {
  const id = idProp ?? `field-${name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span id={hintId} className="hint">
          {hint}
        </span>
      )}
      {children({ id, name, "aria-invalid": Boolean(errorId), "aria-describedby": describedBy })}
      {errorId && (
        <p id={errorId} className="error">
          {errors?.join(" ")}
        </p>
      )}
    </div>
  );
}
