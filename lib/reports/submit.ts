// Submitting the report forms, minus the Next.js glue: authorise, parse, write. Returns the form state to show
// on failure: every value as typed, messages per field, and on a version conflict the version on record.
import "server-only";
import { authorize, type Viewer } from "@/lib/auth/roles";
import { reportFormValues } from "./form-values";
import { createReport, ReportUrlTakenError, updateReport } from "./mutations";
import { REPORT_FIELDS, parseReportInput, parseVersion, type ReportFieldErrors, type ReportFormValues } from "./schema";

export type ReportFormState = {
  values: ReportFormValues;
  errors: ReportFieldErrors;
  /** a sentence for problems that belong to no single field */
  formError?: string;
  /** someone saved the report while this editor had it open: who, when, and what they saved */
  conflict?: { by: string; at: string; theirs: ReportFormValues };
  /** the report already filed under the URL typed, for a link to it */
  onRecord?: { id: number; title: string };
};

export type ReportSubmitResult = { ok: true; id: number } | { ok: false; state: ReportFormState };

const UNSAVED = "The report could not be saved just now. Nothing was lost: try Save again in a moment.";

export function reportValues(formData: FormData): ReportFormValues {
  const values: ReportFormValues = {};
  for (const field of [...REPORT_FIELDS, "version"] as const) {
    const v = formData.get(field);
    if (typeof v === "string") values[field] = v;
  }
  return values;
}

function urlTaken(values: ReportFormValues, err: ReportUrlTakenError): ReportSubmitResult {
  return {
    ok: false,
    state: {
      values,
      errors: { url: [`This URL is already on record as \u201c${err.onRecord.title}\u201d (report ${err.onRecord.id}): each report is filed once. Check the URL, or open that report.`] },
      onRecord: { id: err.onRecord.id, title: err.onRecord.title },
    },
  };
}

/** `needText`: the report is pasted to find its figures, so its text is required. */
export async function submitNewReport({ viewer, values, needText = false }: { viewer: Viewer | null; values: ReportFormValues; needText?: boolean }): Promise<ReportSubmitResult> {
  const allowed = authorize(viewer, "editor");
  if (!allowed.ok) return { ok: false, state: { values, errors: {}, formError: allowed.message } };
  const parsed = parseReportInput(values);
  const noText = needText && !values.fullText?.trim() ? { fullText: ["Paste the report's text: the figures are read from it."] } : {};
  if (!parsed.ok) return { ok: false, state: { values, errors: { ...parsed.errors, ...noText } } };
  if (noText.fullText) return { ok: false, state: { values, errors: noText } };
  try {
    return { ok: true, ...(await createReport({ report: parsed.data, actor: allowed.viewer.email })) };
  } catch (err) {
    if (err instanceof ReportUrlTakenError) return urlTaken(values, err);
    console.error("submitNewReport failed", err);
    return { ok: false, state: { values, errors: {}, formError: UNSAVED } };
  }
}

export async function submitReportEdit({ viewer, id, values }: { viewer: Viewer | null; id: unknown; values: ReportFormValues }): Promise<ReportSubmitResult> {
  const allowed = authorize(viewer, "editor");
  if (!allowed.ok) return { ok: false, state: { values, errors: {}, formError: allowed.message } };
  const reportId = parseVersion(id);
  const version = parseVersion(values.version);
  if (reportId === null || version === null) {
    return { ok: false, state: { values, errors: {}, formError: "This form is missing which report and version it edits. Copy your changes, then reload the page." } };
  }
  const parsed = parseReportInput(values);
  if (!parsed.ok) return { ok: false, state: { values, errors: parsed.errors } };
  try {
    const r = await updateReport({ id: reportId, version, report: parsed.data, actor: allowed.viewer.email });
    if (r.ok) return { ok: true, id: reportId };
    if (r.reason === "missing") return { ok: false, state: { values, errors: {}, formError: "This report is no longer on record. Copy your changes if you need them." } };
    // Keep the editor's input, and carry the version now on record: saving again applies it over theirs, knowingly.
    const theirs = reportFormValues(r.current);
    return { ok: false, state: { values: { ...values, version: theirs.version }, errors: {}, conflict: { by: r.current.updatedBy, at: r.current.updatedAt, theirs } } };
  } catch (err) {
    if (err instanceof ReportUrlTakenError) return urlTaken(values, err);
    console.error("submitReportEdit failed", err);
    return { ok: false, state: { values, errors: {}, formError: UNSAVED } };
  }
}
