import { describe, expect, it } from "vitest";
import { extractFigures } from "./extract";
import { sourceOf } from "./sources";

const one = (text: string, publishedOn = "2022-03-10") => extractFigures(text, { publishedOn, publisher: "Wire" });
const first = (text: string) => {
  const [f] = one(text);
  if (!f) throw new Error(`no figure in: ${text}`);
  return f;
};

describe("qualifiers", () => {
  it.each([
    ["At least 25 people were killed.", "at_least"],
    ["More than 300 civilians have been killed.", "more_than"],
    ["Over 2,000 people were killed.", "over"],
    ["About 40,000 people died.", "about"],
    ["Around 40,000 people died.", "about"],
    ["Some 40,000 people died.", "about"],
    ["Roughly 40,000 people died.", "about"],
    ["An estimated 40,000 people died.", "about"],
    ["Nearly 40,000 people died.", "nearly"],
    ["Almost 40,000 people died.", "nearly"],
    ["The toll is approaching 40,000 dead.", "nearly"],
    ["Close to 40,000 people died.", "nearly"],
    ["Up to 40,000 people may have died.", "up_to"],
    ["The number of refugees is expected to top 2 million.", "projected"],
    ["The toll could reach 50,000 by the end of the year.", "projected"],
    ["4,021 people were killed.", "exact"],
  ])("%s → %s", (text, qualifier) => expect(first(text).qualifier).toBe(qualifier));
});

describe("metrics and units", () => {
  it.each([
    ["The war has claimed 10,000 lives.", "deaths", "people"],
    ["The death toll rose to 10,000.", "deaths", "people"],
    ["At least 52 people were wounded.", "injured", "people"],
    ["Some 1.2 million people are internally displaced.", "idps", "people"],
    ["More than 500,000 refugees have crossed into Poland.", "refugees", "people"],
    ["At least 5,000 people a day are fleeing the country.", "daily_outflow", "people_per_day"],
    ["About 3,000 people cross the border every single day.", "daily_outflow", "people_per_day"],
    ["Some 20,000 refugees arrive each week.", "daily_outflow", "people_per_week"],
  ])("%s → %s in %s", (text, metric, unit) => expect(first(text)).toMatchObject({ metric, unit }));

  it("carries a rate's unit to 'that number' in the next sentence", () => {
    const [a, b] = one("Some 3,000 people fled each day last week. That number grew to 5,000 on Tuesday.");
    expect([a!.unit, b!.unit, b!.metric, b!.value]).toEqual(["people_per_day", "people_per_day", "daily_outflow", 5000]);
    expect(b!.asOf).toBe("2022-03-08");
  });
});

describe("what is not a figure", () => {
  it.each([
    "The war entered its third year in 2014.",
    "The conflict has lasted two years.",
    "The council passed three resolutions.",
    "Donors pledged $1.2 billion in aid.",
    "About 40 per cent of homes were destroyed.",
    "Convoys of 12 trucks reached 40 villages.",
    "The Group of Eight met in September.",
  ])("%s gives nothing", (text) => expect(one(text)).toEqual([]));
});

describe("sources", () => {
  it.each([
    ["The United Nations says about 70,000 people have been killed.", "United Nations"],
    ["About 70,000 people have been killed, according to UNHCR.", "UNHCR"],
    ["The U.N. refugee agency said 1,000 people fled.", "UNHCR"],
    ["Ban said the killing must stop.", "Ban"],
    ["The Kremlin statement said nothing.", "Kremlin"],
    ["Nobody knows how many died.", null],
  ])("%s → %s", (text, source) => expect(sourceOf(text)).toBe(source));

  it("falls back to the publisher, and carries a speaker into the quote that follows", () => {
    const figures = one('Ban said the war must end. "More than 70,000 people have been killed," he added. The war has killed 5,000 children.');
    expect(figures.map((f) => f.source)).toEqual(["Ban", "Wire"]);
  });
});
