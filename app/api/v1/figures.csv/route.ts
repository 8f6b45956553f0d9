// GET /api/v1/figures.csv?conflict=<slug>: a conflict's published figures as CSV, with provenance.
import { z } from "zod";
import { getConflict } from "@/lib/conflicts/queries";
import { figuresToCsv } from "@/lib/export/csv";
import { listConflictFigures } from "@/lib/figures/queries";

export const dynamic = "force-dynamic";

const Query = z.object({
  conflict: z
    .string({ error: "Add ?conflict=<slug> to say which conflict to export, e.g. ?conflict=syria." })
    .regex(/^[a-z0-9-]{1,100}$/, "The conflict slug is lower-case letters, digits and hyphens, e.g. syria."),
});

export async function GET(request: Request): Promise<Response> {
  const parsed = Query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) {
    return Response.json({ error: parsed.error.issues[0]?.message }, { status: 400 });
  }
  const slug = parsed.data.conflict;
  const conflict = await getConflict({ slug });
  if (!conflict) {
    return Response.json({ error: `There is no conflict "${slug}". The home page lists them.` }, { status: 404 });
  }
  const csv = figuresToCsv(await listConflictFigures({ conflictSlug: slug }));
  const day = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="conflict-figures-${slug}-${day}.csv"`,
      "cache-control": "no-store",
    },
  });
}
