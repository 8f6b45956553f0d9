// What the simulated people do: the pages and API reads a reader cycles through, and the figure each writer
// adds next (its own source and report, a new value and date each time). Pure.

/** A conflict's chart page (plain and with a view), its series and its figures, as readers ask for them. */
export function readerPaths(slug: string, metrics: readonly string[]): { path: string; api: boolean }[] {
  const page = (q = "") => ({ path: `/conflicts/${slug}${q}`, api: false });
  const api = (path: string) => ({ path, api: true });
  return [
    page(),
    ...metrics.map((m) => api(`/api/v1/conflicts/${slug}/series?metric=${m}`)),
    api(`/api/v1/figures?conflict=${slug}&limit=100`),
    page("?scale=log"),
    api(`/api/v1/figures?conflict=${slug}&metric=${metrics[0] ?? "deaths"}&from=2014-01-01&limit=50`),
  ];
}

export const writerEmail = (writer: number) => `loadtest-writer-${writer + 1}@loadtest.invalid`;
export const writerSource = (writer: number) => `Load test monitor ${writer + 1}`;

/** The k-th figure writer `writer` adds: a JSON body for POST /api/v1/figures. */
export function writerFigure(slug: string, writer: number, k: number): Record<string, string | number> {
  const value = 1000 + ((writer * 7919 + k * 104_729) % 500_000);
  const day = new Date(Date.UTC(2013, 0, 1) + ((writer * 31 + k * 17) % 1400) * 86_400_000).toISOString().slice(0, 10);
  return {
    conflict: slug,
    metric: "deaths",
    value,
    qualifier: "about",
    refDate: day,
    source: writerSource(writer),
    sourceKind: "ngo",
    reportTitle: `Load test bulletin of writer ${writer + 1}`,
    reportUrl: `https://loadtest.invalid/writer-${writer + 1}`,
    reportDate: "2016-12-31",
    quote: `about ${value.toLocaleString("en-US")} people have been killed (writer ${writer + 1}, figure ${k + 1})`,
  };
}
