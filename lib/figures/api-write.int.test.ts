// POST /api/v1/figures against a real PostgreSQL: an editor's figure is written with its audit event, as the
// form writes it; every bad body or wrong caller is refused with a sentence and writes nothing.
import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/figures/route";
import { as, newConflict, type Problem } from "@/lib/api/test-kit";
import { uid } from "@/lib/auth/access-kit";
import { db } from "@/lib/db";

type Created = { data: { id: number; conflict: string; status: string; duplicates: number[] } };

function post(body: unknown, headers: Headers = new Headers(), raw?: string): Promise<Response> {
  const h = new Headers(headers);
  if (!h.has("content-type")) h.set("content-type", "application/json");
  return POST(new Request("http://localhost/api/v1/figures", { method: "POST", body: raw ?? JSON.stringify(body), headers: h }));
}

const figure = (conflict: string, over: Record<string, unknown> = {}) => ({
  conflict, metric: "deaths", value: 70000, qualifier: "about", refDate: "2013-02-12", source: `UN ${uid()}`,
  reportTitle: `Bulletin ${uid()}`, reportUrl: `https://example.org/${uid()}`, reportDate: "2013-02-13", quote: `about 70,000 people have been killed ${uid()}`, ...over,
});

const counts = async () => ({ figures: await db().figure.count(), audit: await db().auditEvent.count() });

describe("POST /api/v1/figures", () => {
  it("writes an editor's figure with its audit event, and answers 201 with its id", async () => {
    const editor = await as("editor");
    const c = await newConflict();
    const body = figure(c, { low: "60,000", high: 80000 });
    const res = await post(body, editor);
    expect(res.status).toBe(201);
    const { data } = (await res.json()) as Created;
    expect(data).toMatchObject({ conflict: c, status: "published", duplicates: [] });
    expect(res.headers.get("location")).toBe(`/figures/${data.id}`);
    const stored = await db().figure.findUniqueOrThrow({ where: { id: data.id }, include: { source: true } });
    expect(stored).toMatchObject({ value: 70000n, low: 60000n, high: 80000n, quote: body.quote, status: "published" });
    expect(stored.source.name).toBe(body.source);
    const audit = await db().auditEvent.findMany({ where: { entity: "Figure", entityId: String(data.id) } });
    expect(audit.map((a) => [a.action, a.actor])).toEqual([["create", stored.createdBy]]);

    // the same figure again: written (a person may mean it) and pointed out as a likely double
    const again = (await (await post({ ...body, quote: `${body.quote} again` }, editor)).json()) as Created;
    expect(again.data.duplicates).toEqual([data.id]);
  });

  it("keeps a draft a draft", async () => {
    const res = await post(figure(await newConflict(), { intent: "draft", quote: null }), await as("editor"));
    expect(res.status).toBe(201);
    expect(((await res.json()) as Created).data.status).toBe("draft");
  });

  it("refuses the schema's problems field by field, with the form's sentences, writing nothing", async () => {
    const editor = await as("editor");
    const before = await counts();
    const res = await post(figure(await newConflict(), { value: "lots", refDate: "2099-01-01", quote: "" }), editor);
    expect(res.status).toBe(400);
    const problem = (await res.json()) as Problem;
    expect(problem.details.value![0]).toMatch(/digits/);
    expect(problem.details.quote![0]).toMatch(/A quote is required to publish/);
    expect(problem.error).toMatch(/^The figure was not saved\. value: /);
    const unknown = (await (await post(figure("no-such-conflict"), editor)).json()) as Problem;
    expect(unknown.details.conflict![0]).toMatch(/There is no conflict/);
    expect((await counts()).figures).toBe(before.figures);
  });

  it("refuses a body that is not one JSON figure", async () => {
    const editor = await as("editor");
    const bad = async (res: Promise<Response>, status: number, error: RegExp) => {
      const r = await res;
      expect(r.status).toBe(status);
      expect(((await r.json()) as Problem).error).toMatch(error);
    };
    await bad(post(null, editor, "{not json"), 400, /not valid JSON/);
    await bad(post([figure("syria")], editor), 400, /Send one figure as a JSON object/);
    await bad(post({ ...figure("syria"), vaule: 3 }, editor), 400, /vaule is not a field/);
    await bad(post(figure("syria"), new Headers({ cookie: editor.get("cookie")!, "content-type": "text/csv" })), 415, /content-type: application\/json/);
    await bad(post(null, editor, JSON.stringify({ ...figure("syria"), note: "x".repeat(70_000) })), 413, /at most 64 KB/);
  });

  it("is for editors only, and only from this site's own pages", async () => {
    const c = await newConflict();
    const [analyst, editor] = [await as("analyst"), await as("editor")]; // accounts made (and audited) first
    const before = await counts();
    const refused = async (headers: Headers, status: number, error: RegExp) => {
      const res = await post(figure(c), headers);
      expect(res.status).toBe(status);
      expect(((await res.json()) as Problem).error).toMatch(error);
    };
    await refused(new Headers(), 401, /Adding figures is for editors\. Sign in as an editor/);
    await refused(analyst, 403, /this needs an editor/);
    const other = new Headers(editor);
    other.set("origin", "https://evil.example");
    await refused(other, 403, /only from this site's own pages/);
    expect(await counts()).toEqual(before);
  });
});
