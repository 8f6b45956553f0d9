// The rules tests' reading of one sentence: the stricter one (parts: "drop"), as the rules were first written for it.
import { extractFigures } from "./extract";

export const one = (text: string, publishedOn = "2022-03-10") => extractFigures(text, { publishedOn, publisher: "Wire", parts: "drop" });

/** Metric, value, qualifier and unit of each proposal. */
export const brief = (text: string) => one(text).map((f) => [f.metric, f.value, f.qualifier, f.unit]);
