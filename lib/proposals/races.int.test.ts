// Two editors deciding on one proposal at once, against a real PostgreSQL, in a fixed order: the first editor's
// transaction is held open until the second waits on its row lock (watched in pg_stat_activity), then committed.
// What the second wrote over must be the decision as it read it, or nothing.
import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/roles";
import { db, type Tx } from "@/lib/db";
import { changeFigureLifecycle } from "@/lib/figures/mutations";
import { prepareNewFigure } from "@/lib/figures/submit";
import { untilSomeoneWaitsForALock } from "@/lib/reports/test-support";
import { loadReview } from "./load";
import { acceptProposal, rejectProposal, restoreProposal } from "./mutations";
import { editor, pasted, ref, syriaConflict } from "./test-support";

let conflict = "";
beforeAll(async () => {
  conflict = await syriaConflict();
});

/**
 * `first` writes in a transaction held open until `second`, started meanwhile, has read the rows as they were and
 * waits to write them; then `first` commits and `second` goes on.
 */
async function raced<T>(first: (tx: Tx) => Promise<unknown>, second: () => Promise<T>): Promise<T> {
  let late!: Promise<{ value: T } | { error: unknown }>;
  await db().$transaction(
    async (tx) => {
      await first(tx);
      late = second().then((value) => ({ value }), (error: unknown) => ({ error }));
      await untilSomeoneWaitsForALock();
    },
    { timeout: 20_000 },
  );
  const settled = await late;
  if ("error" in settled) throw settled.error;
  return settled.value;
}

describe("two editors on one proposal", () => {
  it("a rejection does not undo the figure another editor made of the proposal meanwhile: the editor is told", async () => {
    const review = await pasted();
    const [p] = review.items;
    const accept = async (viewer: Viewer, tx?: Tx) => {
      const prepared = await prepareNewFigure({ viewer, values: { ...p!.values, conflict, reportId: String(review.report.id), intent: "draft" } });
      if (!prepared.ok) throw new Error("the card's values do not make a figure");
      return acceptProposal({ reportId: review.report.id, proposal: ref(p!), input: prepared.input, status: prepared.status, actor: viewer.email }, tx);
    };
    // accepted once, its figure since deleted: the page offers it again to both editors
    const first = await accept(editor());
    if (!first.ok) throw new Error("not accepted");
    await changeFigureLifecycle({ id: first.id, version: 1, action: "delete", actor: "test" });
    expect((await loadReview({ reportId: review.report.id }))!.items[0]!.state).toBe("pending");

    let again = 0;
    const refused = await raced(
      async (tx) => {
        const r = await accept(editor(), tx);
        if (r.ok) again = r.id;
      },
      () => rejectProposal({ reportId: review.report.id, proposal: ref(p!), actor: editor().email }),
    );
    expect(refused).toEqual({ ok: false, refused: expect.stringMatching(/Someone has just decided on this proposal/) });
    const decision = await db().proposalDecision.findFirstOrThrow({ where: { reportId: review.report.id } });
    expect(decision).toMatchObject({ outcome: "accepted", figureId: again });
    expect(await db().figure.count({ where: { reportId: review.report.id, deletedAt: null } })).toBe(1);
  });

  it("a restore after another editor restored and accepted the proposal is refused, leaving the figure", async () => {
    const review = await pasted();
    const [p] = review.items;
    const id = review.report.id;
    await rejectProposal({ reportId: id, proposal: ref(p!), actor: "test" });
    const other = editor();
    const prepared = await prepareNewFigure({ viewer: other, values: { ...p!.values, conflict, reportId: String(id), intent: "draft" } });
    if (!prepared.ok) throw new Error("the card's values do not make a figure");

    const refused = await raced(
      async (tx) => {
        await restoreProposal({ reportId: id, proposal: ref(p!), actor: other.email }, tx);
        await acceptProposal({ reportId: id, proposal: ref(p!), input: prepared.input, status: prepared.status, actor: other.email }, tx);
      },
      () => restoreProposal({ reportId: id, proposal: ref(p!), actor: editor().email }),
    );
    expect(refused).toEqual({ ok: false, refused: expect.stringMatching(/Someone has just decided on this proposal/) });
    expect(await db().proposalDecision.findFirstOrThrow({ where: { reportId: id } })).toMatchObject({ outcome: "accepted", decidedBy: other.email });
    expect(await db().figure.count({ where: { reportId: id, deletedAt: null } })).toBe(1);
    // one restore is audited: the one that happened
    expect(await db().auditEvent.count({ where: { entity: "ProposalDecision", action: "delete", actor: other.email } })).toBe(1);
  });
});
