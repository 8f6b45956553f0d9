// The series endpoint and the CSV export through the production server: gzip made once (series) or as it
// streams (CSV), labelled once, for every kind of answer (Next.js drops a route's own Content-Encoding;
// next.config.ts labels these, see lib/api/encoding.ts). Raw HTTP, so nothing decodes for us: the bytes must be
// gzip exactly once when asked, plain otherwise.
import { request as httpRequest } from "node:http";
import { gunzipSync } from "node:zlib";
import { expect } from "@playwright/test";
import { test } from "./fixtures";

function raw(url: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    httpRequest(url, { headers }, (res) => {
      const parts: Buffer[] = [];
      res.on("data", (c: Buffer) => parts.push(c)).on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(parts) }));
    })
      .on("error", reject)
      .end();
  });
}

test("the series API answers in gzip once when asked and in plain JSON otherwise, for a chart, a 400 and a 404", async ({ baseURL }) => {
  for (const [path, status] of [
    ["/api/v1/conflicts/syria/series?metric=deaths", 200],
    ["/api/v1/conflicts/syria/series?metric=deaths", 200], // the kept answer, second time
    ["/api/v1/conflicts/syria/series?metric=nonsense", 400],
    ["/api/v1/conflicts/nowhere/series?metric=deaths", 404],
  ] as const) {
    const zipped = await raw(`${baseURL}${path}`, { "accept-encoding": "gzip, deflate, br" });
    expect([zipped.status, zipped.headers["content-encoding"]], path).toEqual([status, "gzip"]);
    const once = JSON.parse(gunzipSync(zipped.body).toString("utf8")) as { data?: { series: unknown[] }; error?: string };
    const plain = await raw(`${baseURL}${path}`, {});
    expect([plain.status, plain.headers["content-encoding"]], path).toEqual([status, undefined]);
    expect(JSON.parse(plain.body.toString("utf8")), path).toEqual(once);
    if (status === 200) expect(once.data!.series.length).toBeGreaterThan(0);
    else expect(once.error).toMatch(/^There is no/);
  }
});

test("the CSV export streams in gzip once when asked and as plain CSV otherwise, a refusal too", async ({ baseURL }) => {
  const path = "/api/v1/figures.csv?conflict=syria";
  const zipped = await raw(`${baseURL}${path}`, { "accept-encoding": "gzip, deflate, br" });
  expect([zipped.status, zipped.headers["content-encoding"], zipped.headers["content-type"]]).toEqual([200, "gzip", "text/csv; charset=utf-8"]);
  const once = gunzipSync(zipped.body).toString("utf8");
  const plain = await raw(`${baseURL}${path}`, {});
  expect([plain.status, plain.headers["content-encoding"]]).toEqual([200, undefined]);
  expect(plain.body.toString("utf8")).toBe(once);
  expect(once.split("\r\n")[0]).toMatch(/^figure_id,conflict,/);
  expect(once.split("\r\n").length).toBeGreaterThan(3);

  const refused = await raw(`${baseURL}/api/v1/figures.csv?conflict=nowhere`, { "accept-encoding": "gzip" });
  expect([refused.status, refused.headers["content-encoding"]]).toEqual([404, "gzip"]);
  expect((JSON.parse(gunzipSync(refused.body).toString("utf8")) as { error: string }).error).toMatch(/^There is no conflict "nowhere"/);
});
