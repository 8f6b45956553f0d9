// The printed result of a load run: counts, latencies, errors by kind, and with --faults the outage and the
// killed import. Pure.
import type { AuditCheck } from "./checks";
import type { CrashResult } from "./crash-import";
import type { OutageReport } from "./outage";
import type { Summary } from "./stats";

export type LoadReport = Summary & {
  mode: "plain" | "faults";
  seconds: number;
  servers: number;
  writers: number;
  readers: number;
  writesAcknowledged: number;
  writesFound: number;
  /** the first acknowledged ids not found */
  missing: number[];
  audit: AuditCheck;
  outage?: OutageReport;
  crash?: CrashResult;
};

const n = (v: number) => (Number.isNaN(v) ? "–" : v.toLocaleString("en-US"));
const kinds = (k: Record<string, number>) => (Object.keys(k).length ? Object.entries(k).map(([kind, c]) => `${kind}: ${n(c)}`).join(", ") : "none");

export function renderReport(r: LoadReport): string {
  const lines = [
    `Load test (${r.mode}): ${r.servers} app processes, ${r.writers} writers, ${r.readers} readers, ${r.seconds} s`,
    `  requests                ${n(r.requests)} (${n(r.rps)} requests/s)`,
    `  writes acknowledged     ${n(r.writesAcknowledged)}`,
    `  writes found            ${n(r.writesFound)}${r.missing.length ? ` — MISSING e.g. ${r.missing.join(", ")}` : ""}`,
    `  errors                  ${n(r.errors)} (${kinds(r.errorsByKind)})`,
    `  reads  ms               p50 ${n(r.reads.p50)}  p95 ${n(r.reads.p95)}  p99 ${n(r.reads.p99)}  max ${n(r.reads.max)}  (${n(r.reads.count)} ok)`,
    `  writes ms               p50 ${n(r.writes.p50)}  p95 ${n(r.writes.p95)}  p99 ${n(r.writes.p99)}  max ${n(r.writes.max)}  (${n(r.writes.count)} ok)`,
    `  figures / audit         ${n(r.audit.figures)} figures; ${n(r.audit.figuresWithoutAudit)} without their audit event, ${n(r.audit.auditWithoutFigure)} audit events without their figure`,
  ];
  if (r.outage) {
    const o = r.outage;
    lines.push(
      `Outage: PostgreSQL down ${o.seconds} s (from the stop until it accepts connections again)`,
      `  requests in flight      ${n(o.requests)}; errors by kind: ${kinds(o.errorsByKind)}`,
      `  unclear error answers   ${n(o.unclear)} (no sentence, or a stack trace)`,
      `  page renders cut off    ${n(o.renderFailures)} (already rendering when PostgreSQL went away: Next.js's 500 error screen)`,
      `  sent while it was down  ${n(o.sent)}: longest answer ${n(o.longestMs)} ms; slower than 5 s: ${n(o.slowerThan5s)}`,
      `  first success after restart, per server: ${o.recoveredAfterMs.map((ms) => `${n(ms)} ms`).join(", ")}`,
      `  errors before the stop  ${n(o.errorsBefore)}; errors 10 s or more after the restart: ${n(o.errorsAfterRecovery)} (${kinds(o.errorsAfterRecoveryByKind)})`,
      `  last failed request     ${o.lastErrorAfterRestartMs === null ? "none after the restart" : `sent ${n(o.lastErrorAfterRestartMs)} ms after the restart`}`,
      `  verdict                 ${o.ok ? `handled: clear 503s within 5 s${o.renderFailures ? " (and the cut-off renders above)" : ""}, recovered by itself` : "NOT handled as required"}`,
    );
  }
  if (r.crash) {
    const c = r.crash;
    const s = c.storedFromImport;
    lines.push(
      `Crash during import: ${n(c.rows)} rows (${c.csvMb} MB), server killed with SIGKILL ${n(c.killedAfterMs)} ms after the upload began`,
      `  rows the transaction had inserted, then rolled back: ${n(c.insertedThenRolledBack)}`,
      `  stored from the import  figures ${n(s.figures)}, sources ${n(s.sources)}, reports ${n(s.reports)}, import audit events ${n(s.auditEvents)}`,
      `  figures before / after  ${n(c.figuresBefore)} / ${n(c.figuresAfter)}`,
      `  verdict                 ${c.nothingStored ? "nothing of the import is stored" : "PART OF THE IMPORT IS STORED"}`,
    );
  }
  return lines.join("\n");
}
