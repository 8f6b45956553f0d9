// The body of `POST /api/v1/figures`, read into the figure form's values so the one figure schema checks it
// exactly as it checks the form: an object whose keys are the form's fields, each a string, a number (the
// counts), or null for absent. Pure.
import type { ParamErrors } from "./filter";
import { FIGURE_FIELDS, type FigureFormValues } from "./schema";

/** Larger than any figure the schema accepts (its longest fields are 5,000 characters). */
export const MAX_FIGURE_BODY_BYTES = 64 * 1024;

export type JsonFigure = { ok: true; values: FigureFormValues } | { ok: false; error: string; details: ParamErrors };

const EXAMPLE =
  '{"conflict": "syria", "metric": "deaths", "value": 70000, "qualifier": "about", "refDate": "2013-02-12", "source": "UN OHCHR", "reportTitle": "…", "reportDate": "2013-02-12", "quote": "…"}';

export function figureValuesFromJson(body: unknown): JsonFigure {
  if (!body || typeof body !== "object" || Array.isArray(body)) {
    return { ok: false, error: `Send one figure as a JSON object, e.g. ${EXAMPLE}.`, details: { body: ["not a JSON object"] } };
  }
  const known = new Set<string>(FIGURE_FIELDS);
  const details: ParamErrors = {};
  const values: FigureFormValues = {};
  for (const [key, value] of Object.entries(body)) {
    if (!known.has(key)) details[key] = [`${key} is not a field of a figure; the fields are ${FIGURE_FIELDS.join(", ")}.`];
    else if (value === null) continue;
    else if (typeof value === "string") values[key as keyof FigureFormValues] = value;
    else if (typeof value === "number" && Number.isFinite(value)) values[key as keyof FigureFormValues] = String(value);
    else details[key] = [`${key} must be a string or a number (or null for none).`];
  }
  const bad = Object.keys(details);
  if (bad.length) return { ok: false, error: `Fix ${bad.join(", ")}: ${details[bad[0]!]![0]}`, details };
  return { ok: true, values };
}
