// The review screen's operations against a real PostgreSQL, on the shared report's text run through the real
// extractor: accepting makes figures of the report (draft or published), rejecting is remembered, a proposal
// becomes at most one figure, and a refused card loses nothing.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { resetEnv } from "@/lib/env";
import { createReport } from "@/lib/reports/mutations";
import { submitNewReport } from "@/lib/reports/submit";
import { uid } from "@/lib/reports/test-support";
import { acceptAllPlan } from "./accept-all";
import { loadReview } from "./load";
import { submitAccept, submitDecision } from "./submit";
import { editor, expected, item, pasted, ref, shared, syriaConflict } from "./test-support";

let conflict = "";
beforeAll(async () => {
  conflict = await syriaConflict();
});

describe("loadReview", () => {
  it("proposes the shared report's four figures, each to decide, on the conflict the text names", async () => {
    const review = await pasted();
    expect(review.items.map((i) => [i.proposal.metric, i.proposal.value, i.proposal.qualifier, i.state])).toEqual(expected.map((e) => [e.metric, e.value, e.qualifier, "pending"]));
    expect(review.conflicts.find((c) => c.value === review.conflict)?.label).toBe("Syria");
    for (const i of review.items) expect(shared.text.slice(i.proposal.start, i.proposal.end)).toBe(i.proposal.quote);
  });

  it("leaves the source for the editor to enter when neither the text nor the report names one, creating no source \u201cthe report\u201d", async () => {
    // a number no other test uses (so nothing is "similar"), written with a thousands comma: a bare 1000-2099 reads as a year
    const fullText = `Fighting in Syria went on. About ${(10_000 + Math.floor(Math.random() * 80_000)).toLocaleString("en-US")} people have been killed since January.`;
    const { id } = await createReport({ report: { title: `Unsigned ${uid()}`, publishedOn: "2013-06-01", language: "en", fullText }, actor: "test" });
    const [unnamed] = (await loadReview({ reportId: id }))!.items;
    expect(unnamed).toMatchObject({ proposal: { source: "the report" }, values: { source: "" } });
    expect(unnamed!.similar).toBeUndefined();
    const answer = await submitAccept({ viewer: editor(), input: { reportId: id, intent: "draft", items: [item(unnamed!, conflict)] } });
    expect(answer).toMatchObject({ ok: true, outcomes: [{ ok: false, errors: { source: ["Enter the source (who said it)."] } }] });
    expect(await db().figure.count({ where: { reportId: id } })).toBe(0);
  });

  it("proposes the parts of a total too, each card saying so, and Accept all leaves them for a look", async () => {
    // https://www.thenews.com.pk/print/531265-nine-killed-in-two-burkina-faso-attacks (fixtures/dev-reports-2.json)
    const fullText = `OUAGADOUGOU: Nine people have been killed in two attacks in northern Burkina Faso, a region bearing the brunt of a revolt, officials said on Monday.
"Six people were killed by armed men overnight Saturday at Pissele, near Bourzanga," a security official said.
A local administrative official said three people "were shot dead in the village of Bool-Kiiba," and their bodies were found after the assailants left.`;
    const { id } = await createReport({ report: { title: `Parts ${uid()}`, publisher: "The News", publishedOn: "2019-09-09", language: "en", fullText }, actor: "test" });
    const { items } = (await loadReview({ reportId: id }))!;
    expect(items.map((i) => [i.proposal.value, i.aside ?? false, i.warning ?? null])).toEqual([
      [9, false, null],
      [6, true, null],
      [3, true, null],
    ]);
    expect(acceptAllPlan(items)).toEqual({ take: [items[0]!.key], held: [items[1]!.key, items[2]!.key] });
    // choosing another metric answers a warning about the metric, not the doubt about the count
    const edited = items.map((i) => ({ ...i, warning: undefined, values: { ...i.values, metric: "deaths" } }));
    expect(acceptAllPlan(edited).held).toEqual([items[1]!.key, items[2]!.key]);
  });

  it("says which count the extractor's model added where the rules read no metric, and Accept all leaves it for a look", async () => {
    const fullText = "More than 1.2 million refugees have fled Sudan, the agency said.\n\nIn Eastern Chad, over 240,000 Sudanese now live in camps.";
    const { id } = await createReport({ report: { title: `Added ${uid()}`, publisher: "Wire", publishedOn: "2024-05-01", language: "en", fullText }, actor: "test" });
    const { items } = (await loadReview({ reportId: id }))!;
    expect(items.map((i) => [i.proposal.metric, i.proposal.value, i.added ?? false])).toEqual([
      ["refugees", 1_200_000, false],
      ["refugees", 240_000, false],
    ]);
    const alone = await createReport({ report: { title: `Added alone ${uid()}`, publisher: "Wire", publishedOn: "2024-05-01", language: "en", fullText: "In Eastern Chad, over 240,000 Sudanese now live in camps." }, actor: "test" });
    const review = (await loadReview({ reportId: alone.id }))!;
    expect(review.items.map((i) => [i.proposal.metric, i.proposal.value, i.added ?? false])).toEqual([["refugees", 240_000, true]]);
    expect(acceptAllPlan(review.items)).toEqual({ take: [], held: [review.items[0]!.key] });
  });

  it("reads a report with its headline ahead, as a report file is read, but proposes and marks only from the text below it", async () => {
    // (the headline says who the people in the centre are: without it, the rules read no metric and the model adds the count)
    const fullText = "There are now around 8,230 people in the transit centre, the agency said.";
    const { id } = await createReport({ report: { title: `Thousands of Congolese refugees flee into Uganda ${uid()}`, publisher: "Wire", publishedOn: "2012-07-20", language: "en", fullText }, actor: "test" });
    const { items } = (await loadReview({ reportId: id }))!;
    expect(items.map((i) => [i.proposal.metric, i.proposal.value, i.added ?? false])).toEqual([["refugees", 8230, false]]);
    expect(fullText.slice(items[0]!.proposal.start, items[0]!.proposal.end)).toBe(items[0]!.proposal.quote);
    // (and a toll in the headline, which the screen does not show, makes no count of the text a part of it)
    const tolls = "Nine people were killed in Gao on Sunday. Three soldiers were killed in Timbuktu on Monday.";
    const mali = await createReport({ report: { title: `Clashes kill 12 in central Mali ${uid()}`, publisher: "Wire", publishedOn: "2019-06-18", language: "en", fullText: tolls }, actor: "test" });
    const review = (await loadReview({ reportId: mali.id }))!;
    expect(review.items.map((i) => [i.proposal.value, i.aside ?? false])).toEqual([
      [9, false],
      [3, false],
    ]);
    for (const i of review.items) expect(tolls.slice(i.proposal.start, i.proposal.end)).toBe(i.proposal.quote);
  });

  it("is null for a report that does not exist, and proposes nothing for one without text", async () => {
    expect(await loadReview({ reportId: 2_000_000_000 })).toBeNull();
    const { id } = await createReport({ report: { title: `No text ${uid()}`, publishedOn: "2013-03-01", language: "en" }, actor: "test" });
    expect((await loadReview({ reportId: id }))!.items).toEqual([]);
  });
});

describe("accepting", () => {
  afterEach(() => {
    delete process.env.REVIEW;
    resetEnv();
  });

  it("makes each proposal a draft figure of the report with its quote and source, and the next run shows them taken", async () => {
    const review = await pasted();
    const ed = editor();
    const answer = await submitAccept({ viewer: ed, input: { reportId: review.report.id, intent: "draft", items: review.items.map((i) => item(i, conflict)) } });
    expect(answer).toMatchObject({ ok: true, outcomes: review.items.map(() => ({ ok: true, status: "draft" })) });
    if (!answer.ok) return;
    const ids = answer.outcomes.map((o) => (o.ok ? o.figureId : 0));
    const figures = await db().figure.findMany({ where: { id: { in: ids } }, include: { source: true, metric: true, conflict: true }, orderBy: { id: "asc" } });
    expect(figures.map((f) => [f.metric.slug, Number(f.value), f.qualifier, f.reportId, f.conflict.slug, f.status, f.createdBy])).toEqual(
      review.items.map((i) => [i.proposal.metric, i.proposal.value, i.proposal.qualifier, review.report.id, conflict, "draft", ed.email]),
    );
    expect(figures.map((f) => f.quote)).toEqual(review.items.map((i) => i.proposal.quote));
    expect(figures[0]!.source.name).toBe(review.items[0]!.proposal.source);

    const again = (await loadReview({ reportId: review.report.id }))!;
    expect(again.items.map((i) => [i.state, i.figure?.id, i.decided?.by])).toEqual(ids.map((id) => ["accepted", id, ed.email]));
    // the same text pasted again as another report: each proposal names the figure it would repeat
    const copy = await pasted();
    copy.items.forEach((i, n) => expect(i.similar).toContain(ids[n]));
    // accepting one again is refused: a proposal becomes one figure
    const twice = await submitAccept({ viewer: ed, input: { reportId: review.report.id, intent: "draft", items: [item(again.items[0]!, conflict)] } });
    expect(twice).toMatchObject({ ok: true, outcomes: [{ ok: false, formError: expect.stringMatching(/already figure #/), figure: { id: ids[0], status: "draft", by: ed.email } }] });
  });

  it("publishes when asked, unless two-person review keeps it a draft and says so", async () => {
    const review = await pasted();
    const [first, second] = review.items;
    const published = await submitAccept({ viewer: editor(), input: { reportId: review.report.id, intent: "publish", items: [item(first!, conflict)] } });
    expect(published).toMatchObject({ ok: true, outcomes: [{ ok: true, status: "published" }] });
    process.env.REVIEW = "two-person";
    resetEnv();
    const held = await submitAccept({ viewer: editor(), input: { reportId: review.report.id, intent: "publish", items: [item(second!, conflict)] } });
    expect(held).toMatchObject({ ok: true, notice: expect.stringMatching(/another editor/), outcomes: [{ ok: true, status: "draft" }] });
  });

  it("keeps a card that needs fixing, with its message under the field, and still saves the others", async () => {
    const review = await pasted();
    const [good, bad] = review.items;
    const before = await db().figure.count({ where: { reportId: review.report.id } });
    const answer = await submitAccept({
      viewer: editor(),
      input: { reportId: review.report.id, intent: "publish", items: [item(good!, conflict), item(bad!, conflict, { value: "lots", refDate: "2013-02-30" })] },
    });
    expect(answer).toMatchObject({ ok: true, outcomes: [{ ok: true }, { ok: false, errors: { value: [expect.any(String)], refDate: [expect.stringMatching(/real date/)] } }] });
    expect(await db().figure.count({ where: { reportId: review.report.id } })).toBe(before + 1);
    expect((await loadReview({ reportId: review.report.id }))!.items.map((i) => i.state)).toEqual(["accepted", "pending", "pending", "pending"]);
  });

  it("refuses words no longer at their place in the text, and an empty or foreign request, writing nothing", async () => {
    const review = await pasted();
    const moved = { ...item(review.items[0]!, conflict), proposal: { ...ref(review.items[0]!), start: 0, end: 10 } };
    expect(await submitAccept({ viewer: editor(), input: { reportId: review.report.id, intent: "draft", items: [moved] } })).toMatchObject({
      ok: true,
      outcomes: [{ ok: false, formError: expect.stringMatching(/text has changed since this page was opened/) }],
    });
    expect(await submitAccept({ viewer: editor(), input: { reportId: review.report.id, intent: "draft", items: [] } })).toEqual({ ok: false, error: "Choose at least one proposal to accept." });
    expect(await submitAccept({ viewer: editor(), input: "<script>" })).toMatchObject({ ok: false, error: expect.any(String) });
    const many = Array.from({ length: 51 }, () => item(review.items[0]!, conflict));
    expect(await submitAccept({ viewer: editor(), input: { reportId: review.report.id, intent: "draft", items: many } })).toEqual({ ok: false, error: expect.stringMatching(/at most 50/) });
    expect(await db().figure.count({ where: { reportId: review.report.id } })).toBe(0);
  });

  it("files each figure under the report reviewed, with the intent chosen for all: a card's own reportId or intent is ignored", async () => {
    const review = await pasted();
    const elsewhere = await pasted();
    const answer = await submitAccept({
      viewer: editor(),
      input: { reportId: review.report.id, intent: "draft", items: [item(review.items[0]!, conflict, { reportId: String(elsewhere.report.id), intent: "publish" })] },
    });
    expect(answer).toMatchObject({ ok: true, outcomes: [{ ok: true, status: "draft" }] });
    if (!answer.ok || !answer.outcomes[0]!.ok) return;
    expect(await db().figure.findUniqueOrThrow({ where: { id: answer.outcomes[0]!.figureId } })).toMatchObject({ reportId: review.report.id, status: "draft" });
    expect(await db().figure.count({ where: { reportId: elsewhere.report.id } })).toBe(0);
  });

  it("refuses a proposal left on a metric that counts in another unit than the report used, until the editor chooses the metric", async () => {
    const fullText = `Fighting in Syria went on. About ${100 + Math.floor(Math.random() * 800)} people are killed a day, the agency said.`;
    const { id } = await createReport({ report: { title: `Rates ${uid()}`, publisher: "Testland Times", publishedOn: "2013-06-01", language: "en", fullText }, actor: "test" });
    const [perDay] = (await loadReview({ reportId: id }))!.items;
    expect(perDay).toMatchObject({ proposal: { metric: "deaths", unit: "people_per_day" }, values: { metric: "deaths" }, warning: expect.stringMatching(/per day/) });
    const unchanged = await submitAccept({ viewer: editor(), input: { reportId: id, intent: "draft", items: [item(perDay!, conflict)] } });
    expect(unchanged).toMatchObject({ ok: true, outcomes: [{ ok: false, errors: { metric: [expect.stringMatching(/per day, but \u201cDeaths\u201d counts a total/)] } }] });
    expect(await db().figure.count({ where: { reportId: id } })).toBe(0);
    const chosen = await submitAccept({ viewer: editor(), input: { reportId: id, intent: "draft", items: [item(perDay!, conflict, { metric: "daily_outflow" })] } });
    expect(chosen).toMatchObject({ ok: true, outcomes: [{ ok: true }] });
  });

  it("does not override a rejection another editor made since the page was opened: it says who, and writes nothing", async () => {
    const review = await pasted();
    const [p] = review.items;
    const other = editor();
    expect(await submitDecision({ viewer: other, input: { reportId: review.report.id, proposal: ref(p!) }, decision: "reject" })).toEqual({ ok: true });
    const stale = await submitAccept({ viewer: editor(), input: { reportId: review.report.id, intent: "draft", items: [item(p!, conflict)] } });
    expect(stale).toMatchObject({ ok: true, outcomes: [{ ok: false, formError: expect.stringMatching(/rejected this proposal meanwhile/), rejected: { by: other.email } }] });
    expect(await db().figure.count({ where: { reportId: review.report.id } })).toBe(0);
    expect(await db().proposalDecision.findFirstOrThrow({ where: { reportId: review.report.id } })).toMatchObject({ outcome: "rejected", decidedBy: other.email });
  });

  it("lets one of two editors accepting and rejecting the same proposal at once have their way, and tells the other", async () => {
    const review = await pasted();
    const [p] = review.items;
    const id = review.report.id;
    const [accepted, rejected] = await Promise.all([
      submitAccept({ viewer: editor(), input: { reportId: id, intent: "draft", items: [item(p!, conflict)] } }),
      submitDecision({ viewer: editor(), input: { reportId: id, proposal: ref(p!) }, decision: "reject" }),
    ]);
    const acceptWon = accepted.ok && accepted.outcomes[0]!.ok;
    expect(acceptWon).not.toBe(rejected.ok);
    const decision = await db().proposalDecision.findFirstOrThrow({ where: { reportId: id } });
    expect(decision.outcome).toBe(acceptWon ? "accepted" : "rejected");
    expect(await db().figure.count({ where: { reportId: id } })).toBe(acceptWon ? 1 : 0);
  });

  it("lets only one of two editors accepting the same proposal at once make it a figure", async () => {
    const review = await pasted();
    const input = { reportId: review.report.id, intent: "draft", items: [item(review.items[2]!, conflict)] };
    const answers = await Promise.all([submitAccept({ viewer: editor(), input }), submitAccept({ viewer: editor(), input })]);
    const outcomes = answers.flatMap((a) => (a.ok ? a.outcomes : []));
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(outcomes.filter((o) => !o.ok)).toEqual([expect.objectContaining({ formError: expect.stringMatching(/just decided|already figure/) })]);
    expect(await db().figure.count({ where: { reportId: review.report.id } })).toBe(1);
  });
});

describe("rejecting", () => {
  it("is remembered for the report, offered back by Restore, and refused for a proposal that is a figure", async () => {
    const review = await pasted();
    const [kept, dropped] = review.items;
    const ed = editor();
    expect(await submitDecision({ viewer: ed, input: { reportId: review.report.id, proposal: ref(dropped!) }, decision: "reject" })).toEqual({ ok: true });
    const after = (await loadReview({ reportId: review.report.id }))!;
    expect(after.items.map((i) => i.state)).toEqual(["pending", "rejected", "pending", "pending"]);
    expect(after.items[1]!.decided?.by).toBe(ed.email);
    expect(await db().auditEvent.count({ where: { entity: "ProposalDecision", actor: ed.email } })).toBe(1);

    expect(await submitDecision({ viewer: ed, input: { reportId: review.report.id, proposal: ref(dropped!) }, decision: "restore" })).toEqual({ ok: true });
    expect((await loadReview({ reportId: review.report.id }))!.items[1]!.state).toBe("pending");

    const accepted = await submitAccept({ viewer: ed, input: { reportId: review.report.id, intent: "draft", items: [item(kept!, conflict)] } });
    expect(accepted).toMatchObject({ ok: true, outcomes: [{ ok: true }] });
    expect(await submitDecision({ viewer: ed, input: { reportId: review.report.id, proposal: ref(kept!) }, decision: "reject" })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/already figure #\d+: delete that figure/),
    });
  });

  it("is refused to an analyst, with a sentence, writing nothing", async () => {
    const review = await pasted();
    const analyst: Viewer = { ...editor(), role: "analyst" };
    expect(await submitDecision({ viewer: analyst, input: { reportId: review.report.id, proposal: ref(review.items[0]!) }, decision: "reject" })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/this needs an editor/),
    });
    expect(await db().proposalDecision.count({ where: { reportId: review.report.id } })).toBe(0);
  });
});

describe("pasting a report to find its figures", () => {
  it("requires its text, keeping everything typed", async () => {
    const values = { title: `Pasted ${uid()}`, publisher: "", url: "", publishedOn: "2013-03-01", language: "en", fullText: "  " };
    expect(await submitNewReport({ viewer: editor(), values, needText: true })).toEqual({
      ok: false,
      state: { values, errors: { fullText: ["Paste the report's text: the figures are read from it."] } },
    });
  });
});
