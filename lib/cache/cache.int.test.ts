// The data version and the answers kept by it, against a real PostgreSQL (this file's own database, so no
// other test moves the version): bumped once per committed transaction, at commit; a kept answer is served
// while the version stands and never after a change, whoever made it and however.
import { gunzipSync } from "node:zlib";
import { beforeEach, describe, expect, it } from "vitest";
import { GET as seriesGET } from "@/app/api/v1/conflicts/[slug]/series/route";
import { fromWire, type SeriesWire } from "@/lib/api/series";
import { fig, get, newConflict } from "@/lib/api/test-kit";
import { uid } from "@/lib/auth/access-kit";
import { db } from "@/lib/db";
import { cachedByDataVersion, clearCache, isKept } from "./cache";
import { getDataVersion } from "./queries";

const version = async () => BigInt(await getDataVersion());

beforeEach(() => clearCache());

describe("the data version", () => {
  it("moves once per committed transaction however many rows it writes, at commit, not before", async () => {
    const c = await db().conflict.create({ data: { slug: `v-${uid()}`, name: "Version war", region: "Testland", startDate: new Date("2011-01-01") } });
    const v0 = await version();
    let inside = 0n;
    await db().$transaction(async (tx) => {
      await tx.annotation.createMany({ data: ["2013-01-01", "2013-02-01", "2013-03-01"].map((d) => ({ conflictId: c.id, date: new Date(d), label: `e ${d}` })) });
      await tx.annotation.updateMany({ where: { conflictId: c.id }, data: { label: "renamed" } });
      inside = BigInt(await getDataVersion(tx));
    });
    expect(inside).toBe(v0); // deferred: nothing moved while the transaction was open
    expect(await version()).toBe(v0 + 1n);

    await db().annotation.deleteMany({ where: { conflictId: c.id } });
    expect(await version()).toBe(v0 + 2n);
    await db().$transaction(async (tx) => {
      await tx.annotation.create({ data: { conflictId: c.id, date: new Date("2014-01-01"), label: "x" } });
      throw new Error("rolled back");
    }).catch(() => {});
    expect(await version()).toBe(v0 + 2n); // a rolled-back change moves nothing
  });

  it("moves on a change to any table a chart reads, and on TRUNCATE", async () => {
    const c = await newConflict();
    const id = await fig(c);
    const f = await db().figure.findUniqueOrThrow({ where: { id } });
    for (const change of [
      () => db().figure.update({ where: { id }, data: { value: 1001n } }),
      () => db().source.update({ where: { id: f.sourceId }, data: { name: `Renamed ${uid()}` } }),
      () => db().report.update({ where: { id: f.reportId }, data: { title: `Retitled ${uid()}` } }),
      () => db().conflict.update({ where: { slug: c }, data: { name: `Renamed war ${uid()}` } }),
      () => db().metric.update({ where: { slug: "deaths" }, data: { name: "Deaths" } }),
      () => db().$executeRawUnsafe(`TRUNCATE "Annotation"`),
    ]) {
      const before = await version();
      await change();
      expect(await version()).toBe(before + 1n);
    }
  });
});

describe("cachedByDataVersion", () => {
  it("makes an answer once while the data stands, again after any change, and never keeps a refusal", async () => {
    const c = await newConflict();
    let made = 0;
    const make = async () => ({ body: `answer ${++made}` });
    const body = async (key: string) => {
      const answer = await cachedByDataVersion(key, make);
      return isKept(answer) ? answer.body : null;
    };
    expect(await body("k")).toBe("answer 1");
    const kept = await cachedByDataVersion("k", make);
    expect(kept).toMatchObject({ body: "answer 1" });
    expect(gunzipSync((kept as { gzip: Buffer }).gzip).toString()).toBe("answer 1"); // served gzipped as made
    expect(made).toBe(1);
    await fig(c); // any change, through the app or not
    expect(await body("k")).toBe("answer 2");
    expect(await body("other key")).toBe("answer 3");

    let refusals = 0;
    const refuse = async () => ({ refused: ++refusals });
    const first = await cachedByDataVersion("r", refuse);
    expect(isKept(first)).toBe(false);
    await cachedByDataVersion("r", refuse);
    expect(refusals).toBe(2);
  });

  it("keeps nothing made while a change was committed: it might hold data older than its version", async () => {
    const c = await newConflict();
    let made = 0;
    const racing = async () => {
      made++;
      await fig(c); // another editor's change commits while the answer is being made
      return { body: `answer ${made}` };
    };
    await cachedByDataVersion("k", racing);
    await cachedByDataVersion("k", async () => ({ body: `answer ${++made}` }));
    expect(made).toBe(2);
  });
});

describe("the series endpoint, kept by data version", () => {
  it("never serves a chart older than the last committed change, even one made in another transaction meanwhile", async () => {
    const c = await newConflict();
    const id = await fig(c, { value: "1,000" });
    const values = async () => fromWire((await get<{ data: SeriesWire }>(`/api/v1/conflicts/${c}/series?metric=deaths`)).body.data).points.map((p) => p.value);
    expect(await values()).toEqual([1000]);

    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let written!: () => void;
    const wrote = new Promise<void>((r) => (written = r));
    const editor = db().$transaction(async (tx) => {
      await tx.figure.update({ where: { id }, data: { value: 2000n } });
      written();
      await held; // open, not committed, while the chart is read
    });
    await wrote;
    expect(await values()).toEqual([1000]); // read (and kept) while the change is uncommitted
    release();
    await editor;
    expect(await values()).toEqual([2000]);

    // a kept answer goes out gzipped when the client takes gzip, the same JSON
    const ask = (encoding: string) =>
      seriesGET(new Request(`http://localhost/api/v1/conflicts/${c}/series?metric=deaths`, { headers: { "accept-encoding": encoding } }), { params: Promise.resolve({ slug: c }) });
    const plainBody = await (await ask("identity")).text(); // kept
    const zipped = await ask("gzip, br");
    expect(zipped.headers.get("content-encoding")).toBe("gzip");
    expect(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString()).toBe(plainBody);

    const { sourceId } = await db().figure.findUniqueOrThrow({ where: { id } });
    const renamed = `Renamed ${uid()}`;
    await db().source.update({ where: { id: sourceId }, data: { name: renamed } });
    expect((await get<{ data: SeriesWire }>(`/api/v1/conflicts/${c}/series?metric=deaths`)).body.data.legend.map((l) => l.label)).toEqual([renamed]);
  });
});
