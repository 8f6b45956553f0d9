// GET /api/v1/figures.csv?conflict=<slug>[&status=published|draft|all]: a conflict's figures as CSV, with
// provenance. Published figures are for every reader (READ_ACCESS); drafts only for editors.
import { z } from "zod";
import { getViewer } from "@/lib/auth/queries";
import { authorize, authorizeRead } from "@/lib/auth/roles";
import { getConflict } from "@/lib/conflicts/queries";
import { env } from "@/lib/env";
import { figuresToCsv } from "@/lib/export/csv";
import { listConflictFigures } from "@/lib/figures/queries";

export const dynamic = "force-dynamic";

const STATUSES = { published: ["published"], draft: ["draft"], all: ["published", "draft"] } as const;

const Query = z.object({
  conflict: z
    .string({ error: "Add ?conflict=<slug> to say which conflict to export, e.g. ?conflict=syria." })
    .regex(/^[a-z0-9-]{1,100}$/, "The conflict slug is lower-case letters, digits and hyphens, e.g. syria."),
  status: z.enum(["published", "draft", "all"], { error: "status is published, draft or all." }).default("published"),
});

const problem = (status: number, error: string) => Response.json({ error }, { status, headers: { "cache-control": "no-store" } });

export async function GET(request: Request): Promise<Response> {
  const viewer = await getViewer(request.headers);
  const read = authorizeRead(viewer, env().READ_ACCESS);
  if (!read.ok) return problem(401, read.message);
  const parsed = Query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return problem(400, parsed.error.issues[0]!.message);
  const { conflict: slug, status } = parsed.data;
  if (status !== "published") {
    const allowed = authorize(viewer, "editor");
    if (!allowed.ok) return problem(allowed.reason === "signed-out" ? 401 : 403, `Drafts are for editors. ${allowed.message}`);
  }
  const conflict = await getConflict({ slug });
  if (!conflict) return problem(404, `There is no conflict "${slug}". The home page lists them.`);
  const csv = figuresToCsv(await listConflictFigures({ conflictSlug: slug, statuses: STATUSES[status] }));
  const day = new Date().toISOString().slice(0, 10);
  const suffix = status === "published" ? "" : `-${status === "draft" ? "drafts" : "all"}`;
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="conflict-figures-${slug}${suffix}-${day}.csv"`,
      "cache-control": "no-store",
    },
  });
}
