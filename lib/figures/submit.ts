// The figure forms' operations, minus the Next.js glue: authorise, parse, apply the review rule, write.
// Each returns the form state to show on failure (values as typed, messages under fields, or the two
// versions side by side). Kept apart from actions.ts so the rules are tested against a real database.
import "server-only";
import { listAuthors } from "@/lib/audit/queries";
import { authorize, type Viewer } from "@/lib/auth/roles";
import { dateToDay } from "@/lib/dates";
import { env } from "@/lib/env";
import { mergeEdit, storedToFormValues, type ConflictRow } from "./form-values";
import { changeFigureLifecycle, createFigure, updateFigure } from "./mutations";
import { getFigure, getReportForForm } from "./queries";
import { mayPublish, statusOnSave } from "./review";
import type { FigureStatus } from "@/lib/generated/prisma/client";
import { FIGURE_FIELDS, MAX_ID, parseFigureInput, type FigureFieldErrors, type FigureFormValues, type FigureInput } from "./schema";

export type FigureFormState = {
  values: FigureFormValues;
  errors: FigureFieldErrors;
  /** a sentence for problems that belong to no single field */
  formError?: string;
  /** the version the form now carries (after a conflict: the saved one, so saving again is deliberate) */
  version?: number;
  /** the figure as it was when the form was opened (or last merged): the base of a three-way merge */
  base?: FigureFormValues;
  /** its status now, for the buttons' labels */
  status?: "draft" | "published";
  conflict?: { by: string; at: string; rows: ConflictRow[] };
};

export type SubmitResult =
  | { ok: true; id: number; conflictSlug: string; status: FigureStatus; notice?: string; duplicates: number[] }
  | { ok: false; state: FigureFormState };

export function formValues(formData: FormData): FigureFormValues {
  const values: FigureFormValues = {};
  for (const field of FIGURE_FIELDS) {
    const v = formData.get(field);
    if (typeof v === "string") values[field] = v;
  }
  return values;
}

export const SAVE_FAILED = "The figure could not be saved just now. Nothing was lost: try Save again in a moment.";

/** A figure entered from a chosen report takes that report's title, URL and date, so every date rule applies. */
async function withChosenReport(values: FigureFormValues): Promise<FigureFormValues | { error: string }> {
  const id = Number(values.reportId);
  if (!values.reportId?.trim()) return values;
  if (!Number.isInteger(id) || id <= 0 || id > MAX_ID) return { error: "The chosen report is not valid: choose it again from its page." };
  const report = await getReportForForm({ id });
  if (!report) return { error: "That report no longer exists: choose another or enter the report's details." };
  return { ...values, reportTitle: report.title, reportUrl: report.url ?? "", reportDate: dateToDay(report.publishedOn) };
}

export type PreparedFigure = { ok: true; input: FigureInput; actor: string; status: FigureStatus; notice?: string } | { ok: false; state: FigureFormState };

/** A new figure's input, checked: who may add it, the chosen report's details, the schema and the review rule. */
export async function prepareNewFigure({ viewer, values }: { viewer: Viewer | null; values: FigureFormValues }): Promise<PreparedFigure> {
  const allowed = authorize(viewer, "editor");
  if (!allowed.ok) return { ok: false, state: { values, errors: {}, formError: allowed.message } };
  const filled = await withChosenReport(values);
  if ("error" in filled) return { ok: false, state: { values, errors: {}, formError: filled.error } };
  const parsed = parseFigureInput(filled);
  if (!parsed.ok) return { ok: false, state: { values, errors: parsed.errors, formError: parsed.formErrors[0] } };
  return { ok: true, input: parsed.data, actor: allowed.viewer.email, ...statusOnSave(env().REVIEW, parsed.data.intent) };
}

/** The checked figure written, with its audit event, in one transaction; a database failure is thrown. */
async function writeNewFigure(prepared: Extract<PreparedFigure, { ok: true }>, values: FigureFormValues): Promise<SubmitResult> {
  const { input, actor, status, notice } = prepared;
  const result = await createFigure({ input, actor, status });
  return result.ok ? { ...result, notice } : { ok: false, state: { values, errors: result.errors } };
}

/** Adds a figure for the JSON API: the form's rules and write, with a database failure thrown for the route to answer 503. */
export async function addFigure({ viewer, values }: { viewer: Viewer | null; values: FigureFormValues }): Promise<SubmitResult> {
  const prepared = await prepareNewFigure({ viewer, values });
  return prepared.ok ? writeNewFigure(prepared, values) : prepared;
}

/** Adds a figure for the form: a database failure comes back as a sentence, with everything typed kept. */
export async function submitFigure({ viewer, values }: { viewer: Viewer | null; values: FigureFormValues }): Promise<SubmitResult> {
  const prepared = await prepareNewFigure({ viewer, values });
  if (!prepared.ok) return prepared;
  try {
    return await writeNewFigure(prepared, values);
  } catch (err) {
    console.error("submitFigure failed", err);
    return { ok: false, state: { values, errors: {}, formError: SAVE_FAILED } };
  }
}

/** The base values an edit form carries as JSON; anything unreadable counts as no base (no merge). */
export function parseBase(json: string): FigureFormValues | undefined {
  try {
    const v: unknown = JSON.parse(json);
    if (!v || typeof v !== "object") return undefined;
    return Object.fromEntries(Object.entries(v).filter(([k, x]) => (FIGURE_FIELDS as readonly string[]).includes(k) && typeof x === "string")) as FigureFormValues;
  } catch {
    return undefined;
  }
}

export async function submitFigureEdit({
  viewer,
  id,
  version,
  values,
  base,
}: {
  viewer: Viewer | null;
  id: number;
  version: number;
  values: FigureFormValues;
  base?: FigureFormValues;
}): Promise<SubmitResult> {
  const keep = (state: Omit<FigureFormState, "values">): SubmitResult => ({ ok: false, state: { values, version, base, ...state } });
  const allowed = authorize(viewer, "editor");
  if (!allowed.ok) return keep({ errors: {}, formError: allowed.message });
  const filled = await withChosenReport(values);
  if ("error" in filled) return keep({ errors: {}, formError: filled.error });
  const parsed = parseFigureInput(filled);
  if (!parsed.ok) return keep({ errors: parsed.errors, formError: parsed.formErrors[0] });
  const { status, notice } = statusOnSave(env().REVIEW, parsed.data.intent);
  try {
    const result = await updateFigure({ id, version, input: parsed.data, actor: allowed.viewer.email, status });
    if (result.ok) return { ...result, notice };
    if ("gone" in result) return keep({ errors: {}, formError: result.gone });
    if ("conflict" in result) {
      const { figure, by, at } = result.conflict;
      const theirs = storedToFormValues(figure);
      // without a base, every field counts as yours: nothing of theirs is taken silently
      const { merged, rows } = mergeEdit(base ?? filled, filled, theirs);
      return {
        ok: false,
        state: { values: { ...merged, reportId: theirs.reportId }, errors: {}, version: figure.version, base: theirs, status: figure.status, conflict: { by, at, rows } },
      };
    }
    return keep({ errors: result.errors });
  } catch (err) {
    console.error("submitFigureEdit failed", err);
    return keep({ errors: {}, formError: SAVE_FAILED });
  }
}

export type LifecycleAction = "delete" | "restore" | "publish";
export type LifecycleState = { ok?: string; error?: string };

const DONE: Record<LifecycleAction, string> = {
  delete: "Figure deleted. It no longer shows in charts, lists or exports; Restore brings it back.",
  restore: "Figure restored.",
  publish: "Figure published.",
};

export async function submitLifecycle({
  viewer,
  id,
  version,
  action,
}: {
  viewer: Viewer | null;
  id: number;
  version: number;
  action: LifecycleAction;
}): Promise<{ ok: true; message: string; conflictSlug: string } | { ok: false; error: string }> {
  const allowed = authorize(viewer, "editor");
  if (!allowed.ok) return { ok: false, error: allowed.message };
  if (!Number.isInteger(id) || !Number.isInteger(version)) return { ok: false, error: "Reload the page and try again." };
  if (action === "publish") {
    const figure = await getFigure({ id });
    if (!figure) return { ok: false, error: "This figure does not exist." };
    const authors = [figure.createdBy, ...(await listAuthors({ entity: "Figure", entityId: id }))];
    const may = mayPublish(env().REVIEW, allowed.viewer.email, authors);
    if (!may.ok) return { ok: false, error: may.message };
  }
  const result = await changeFigureLifecycle({ id, version, action, actor: allowed.viewer.email });
  return result.ok ? { ok: true, message: DONE[action], conflictSlug: result.conflictSlug } : result;
}
