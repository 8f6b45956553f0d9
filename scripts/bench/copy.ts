// COPY in and out through pg-copy-streams: how the benchmark loads its data fast, and PostgreSQL's own floor
// that the app's import and export are measured against.
import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";

type Cell = string | number;

/** A cell in COPY's text format: `\N` is NULL, and backslash, tab and line ends are escaped. */
export function copyCell(v: Cell): string {
  if (typeof v === "number") return String(v);
  if (v === "\\N") return v;
  return /[\\\t\n\r]/.test(v) ? v.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r") : v;
}

/** COPY `target` FROM STDIN, the rows coming from `rows`, sent in ~1 MB chunks. */
export async function copyRows(client: pg.Client, target: string, rows: () => Iterable<Cell[]>): Promise<void> {
  const stream = client.query(copyFrom(`COPY ${target} FROM STDIN`));
  async function* chunks() {
    let buf: string[] = [];
    let size = 0;
    for (const row of rows()) {
      const line = row.map(copyCell).join("\t") + "\n";
      buf.push(line);
      size += line.length;
      if (size > 1 << 20) {
        yield buf.join("");
        buf = [];
        size = 0;
      }
    }
    if (buf.length) yield buf.join("");
  }
  await pipeline(chunks, stream);
}

/** COPY text already in COPY's format (`sql` names the target and format) FROM STDIN. */
export async function copyText(client: pg.Client, sql: string, text: string): Promise<void> {
  const stream = client.query(copyFrom(sql));
  await pipeline(async function* () {
    for (let i = 0; i < text.length; i += 1 << 20) yield text.slice(i, i + (1 << 20));
  }, stream);
}

/** Runs `COPY (…) TO STDOUT`, throwing the bytes away; returns how many bytes and lines came. */
export async function copyOutCount(client: pg.Client, sql: string): Promise<{ bytes: number; lines: number }> {
  let bytes = 0;
  let lines = 0;
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
      done();
    },
  });
  await pipeline(client.query(copyTo(sql)), sink);
  return { bytes, lines };
}
