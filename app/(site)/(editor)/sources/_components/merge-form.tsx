"use client";
// The last step of a merge: the button that does it, carrying the versions of both sources the page showed,
// so a merge of a source that changed meanwhile is refused rather than done blind.
import Link from "next/link";
import { useActionState, useEffect, useRef } from "react";
import { mergeSourcesAction } from "@/lib/sources/actions";
import type { MergeState } from "@/lib/sources/submit";

type Side = { id: number; name: string; version: number };

export function MergeForm({ merged, kept, retryHref }: { merged: Side; kept: Side; retryHref: string }) {
  const [state, action, pending] = useActionState<MergeState, FormData>(mergeSourcesAction, {});
  const errorRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state.error) errorRef.current?.focus();
  }, [state]);
  return (
    <form action={action} className="stack">
      {state.error && (
        <p ref={errorRef} tabIndex={-1} className="error-summary" role="alert">
          {state.error} <Link href={retryHref}>Review the merge again</Link>
        </p>
      )}
      <input type="hidden" name="id" value={merged.id} />
      <input type="hidden" name="version" value={merged.version} />
      <input type="hidden" name="into" value={kept.id} />
      <input type="hidden" name="intoVersion" value={kept.version} />
      <div className="actions">
        <button type="submit" className="danger" disabled={pending}>
          {pending ? "Merging…" : `Merge \u201c${merged.name}\u201d into \u201c${kept.name}\u201d`}
        </button>
        <Link className="button secondary" href={`/sources/${merged.id}/edit`}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
