// Which figures give way to a revision. A source revises its own number with a new figure that points to the
// old one ("Revises figure #"); charts, lists of current figures and exports show the newest live one. A
// figure is hidden when any figure further along its chain is published and not deleted, so a deleted or
// draft revision in between changes nothing. Pure.

export type RevisionLink = { id: number; supersedesId: number | null; live: boolean };

export function hiddenByRevision(links: readonly RevisionLink[]): Set<number> {
  const revisions = new Map<number, number[]>();
  const live = new Map<number, boolean>();
  for (const l of links) {
    live.set(l.id, l.live);
    if (l.supersedesId === null) continue;
    const ahead = revisions.get(l.supersedesId);
    if (ahead) ahead.push(l.id);
    else revisions.set(l.supersedesId, [l.id]);
  }
  const hidden = new Set<number>();
  for (const { id } of links) {
    const seen = new Set<number>([id]);
    const ahead = [...(revisions.get(id) ?? [])];
    while (ahead.length) {
      const next = ahead.pop()!;
      if (seen.has(next)) continue; // a cycle cannot be saved, but never loop on one
      seen.add(next);
      if (live.get(next)) {
        hidden.add(id);
        break;
      }
      ahead.push(...(revisions.get(next) ?? []));
    }
  }
  return hidden;
}
