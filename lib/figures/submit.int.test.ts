// Who may submit the figure form: editors and admins write; anonymous visitors and analysts are refused,
// and a refused call writes nothing at all (figures, reports, sources and the audit log unchanged).
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/roles";
import { createConflict } from "@/lib/conflicts/mutations";
import { db } from "@/lib/db";
import { submitFigure } from "./submit";

const uid = () => randomBytes(4).toString("hex");
const viewer = (role: Viewer["role"]): Viewer => ({ id: uid(), email: `${role}@example.org`, name: role, role });

async function formFor(): Promise<Record<string, string>> {
  const c = await createConflict({ conflict: { slug: `s-${uid()}`, name: "S", region: "R", startDate: "2012-01-01" }, actor: "t" });
  return {
    conflict: c.slug, metric: "deaths", value: "70,000", qualifier: "about", refDate: "2013-03-01",
    source: `Source ${uid()}`, reportTitle: "Report", reportUrl: `https://example.org/${uid()}`, reportDate: "2013-03-01",
    quote: "about 70,000 people have been killed",
  };
}

const counts = async () =>
  Promise.all([db().figure.count(), db().report.count(), db().source.count(), db().auditEvent.count()]);

describe("submitFigure", () => {
  it.each([
    ["anonymous", null, /Sign in as an editor/],
    ["analyst", viewer("analyst"), /analyst account; this needs an editor/],
  ] as const)("refuses %s with a sentence, keeps the values and writes nothing", async (_who, v, message) => {
    const values = await formFor();
    const before = await counts();
    const r = await submitFigure({ viewer: v, values });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.state.formError).toMatch(message);
      expect(r.state.values).toEqual(values);
    }
    expect(await counts()).toEqual(before);
  });

  it.each([["editor"], ["admin"]] as const)("lets an %s add a figure, recorded as theirs", async (role) => {
    const v = viewer(role);
    const r = await submitFigure({ viewer: v, values: await formFor() });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const figure = await db().figure.findUniqueOrThrow({ where: { id: r.id } });
    expect(figure.createdBy).toBe(v.email);
    expect(await db().auditEvent.findFirst({ where: { entity: "Figure", entityId: String(r.id) } })).toMatchObject({ actor: v.email });
  });
});
