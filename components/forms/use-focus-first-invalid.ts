// After a refused submit, put the cursor in the first field that needs fixing (or on `fallback`, e.g. a
// version-conflict notice, when no field does). Returns the ref for the <form>.
import { useEffect, useRef, type RefObject } from "react";

export function useFocusFirstInvalid(state: unknown, fallback?: RefObject<HTMLElement | null>): RefObject<HTMLFormElement | null> {
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (invalid) invalid.focus();
    else fallback?.current?.focus();
  }, [state, fallback]);
  return formRef;
}
