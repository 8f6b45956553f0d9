// The body of POST /api/v1/extract: the report's text, its date and publisher. Pure (zod).
import { z } from "zod";
import { isIsoDay } from "@/lib/dates";

export const MAX_TEXT = 5_000_000;

export const ExtractRequestSchema = z.object({
  text: z.string({ error: "text is the report's text, as a string." }).min(1, "text is empty: paste the report's text.").max(MAX_TEXT, `text is longer than ${MAX_TEXT.toLocaleString("en-US")} characters: send one report at a time.`),
  publishedOn: z.string({ error: "publishedOn is the report's date, YYYY-MM-DD." }).refine(isIsoDay, "publishedOn is the report's date written YYYY-MM-DD, e.g. 2013-03-01."),
  publisher: z.string().trim().max(200, "publisher is at most 200 characters.").optional(),
});
export type ExtractRequest = z.output<typeof ExtractRequestSchema>;
