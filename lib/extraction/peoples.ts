// Peoples and the countries they are from: "Syrians" are from Syria, so 1.2 million Syrians living in Lebanon are
// refugees and six million displaced inside Syria are not. Every country's English demonym comes from world-countries
// (a maintained table of the world's countries: names, other spellings, demonyms), written as reports count a people
// ("Syrians", "Yemenis", "South Sudanese", "Burkinabe"); a few peoples no country is named after are added by hand.
import countries from "world-countries";

/** Peoples named after no country, or by another name than the table's, and the country names they are from. */
const BY_HAND: Record<string, readonly string[]> = {
  Rohingya: ["Myanmar", "Burma"],
  Rohingyas: ["Myanmar", "Burma"],
  Tigrayans: ["Ethiopia"],
  Turks: ["Turkey", "Türkiye"],
  Britons: ["Britain", "United Kingdom"],
};

/** Names the rules' country list (rules.ts) writes for a country besides the table's own. */
const ALSO_CALLED: Record<string, readonly string[]> = { TR: ["Turkey"], GB: ["Britain"], CD: ["Democratic Republic of Congo", "Democratic Republic of the Congo"], MK: ["Macedonia"] };

/** How reports count a people by its demonym: "Syrian" → "Syrians"; "Sudanese", "Burkinabe", "Swiss" stay as they are. */
const plural = (demonym: string) => (/(?:ese|be|ss|ois)$/.test(demonym) ? demonym : `${demonym}s`);

const HOMES = new Map<string, Set<string>>();
const add = (people: string, names: readonly string[]) => {
  const home = HOMES.get(people) ?? HOMES.set(people, new Set()).get(people)!;
  for (const name of names) home.add(name);
};
for (const c of countries) {
  // (other spellings in Latin letters only, and no codes: "Syrian Arab Republic", "DRC", "Burma"; not "SY")
  const names = [c.name.common, c.name.official, ...c.altSpellings.filter((s) => /^[A-Z][\p{Script=Latin}' ,.-]{2,}$/u.test(s) && !/^[A-Z]{2}$/.test(s)), ...(ALSO_CALLED[c.cca2] ?? [])];
  const demonyms = new Set([c.demonyms.eng?.m, c.demonyms.eng?.f].filter((d): d is string => !!d && /^[A-Z]/.test(d)));
  for (const d of demonyms) add(plural(d), names);
}
for (const [people, names] of Object.entries(BY_HAND)) add(people, names);

/**
 * Whether `country` (as the rules' country list writes it: "Syria", "DR Congo", "Côte d'Ivoire") is where `people` are
 * from: true or false, or undefined for a people no country is named after ("Kurds", "Yazidis").
 */
export function isHomeOf(people: string, country: string): boolean | undefined {
  const home = HOMES.get(people);
  return home === undefined ? undefined : home.has(country);
}

/** Whether a word (or two: "South Sudanese") names a people the table knows. */
export const isPeople = (word: string): boolean => HOMES.has(word);
