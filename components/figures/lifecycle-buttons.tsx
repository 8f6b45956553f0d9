"use client";
// Publish, delete or restore one figure, as seen at its version. The result is said next to the buttons.
import { useActionState } from "react";
import { figureLifecycleAction } from "@/lib/figures/actions";
import type { LifecycleState } from "@/lib/figures/submit";

export function LifecycleButtons({ id, version, status, deleted }: { id: number; version: number; status: "draft" | "published"; deleted: boolean }) {
  const [state, action, pending] = useActionState<LifecycleState, FormData>(figureLifecycleAction, {});
  return (
    <form action={action} className="inline-form lifecycle">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      {!deleted && status === "draft" && (
        <button type="submit" name="action" value="publish" disabled={pending}>
          Publish
        </button>
      )}
      {!deleted && (
        <button type="submit" name="action" value="delete" className="secondary" disabled={pending}>
          Delete
        </button>
      )}
      {deleted && (
        <button type="submit" name="action" value="restore" disabled={pending}>
          Restore
        </button>
      )}
      <span aria-live="polite">
        {state.error && (
          <span className="error" role="alert">
            {state.error}
          </span>
        )}
        {state.ok && (
          <span className="ok" role="status">
            {state.ok}
          </span>
        )}
      </span>
    </form>
  );
}
