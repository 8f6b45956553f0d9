// Peoples and the countries they are from: "Syrians" are from Syria, so 1.2 million Syrians living in Lebanon are
// refugees and six million displaced inside Syria are not. Every country's English demonym comes from world-countries
// (a maintained table of the world's countries: names, other spellings, demonyms), written as reports count a people
// ("Syrians", "Yemenis", "South Sudanese", "Burkinabe"); a few peoples no country is named after are added by hand.
import countries from "world-countries";
import PLACE_TABLE from "./places.json";

/**
 * Peoples named after no country, or counted by another word than the table's demonym ("Poles", not "Polish"), and the
 * country names they are from.
 */
const BY_HAND: Record<string, readonly string[]> = {
  Rohingya: ["Myanmar", "Burma"],
  Rohingyas: ["Myanmar", "Burma"],
  Tigrayans: ["Ethiopia"],
  Britons: ["Britain", "United Kingdom"],
  Poles: ["Poland"],
  Azeris: ["Azerbaijan"],
  Saudis: ["Saudi Arabia"],
  Nepalis: ["Nepal"],
  Djiboutians: ["Djibouti"],
  Ecuadorians: ["Ecuador"],
  Argentinians: ["Argentina"],
  "Cape Verdeans": ["Cape Verde"],
  Czechs: ["Czechia", "Czech Republic"],
};

/**
 * Peoples many of whom live as minorities in a neighbouring country, or as foreigners evacuated from one: "10,000 Albanians
 * in Kosovo were displaced" are displaced at home, "100,000 Uzbeks fled into Uzbekistan" from Kyrgyzstan are refugees. Where
 * such a people is, the words say nothing of whether they left their country, so they are read as a people of no country.
 */
const KIN_ABROAD = new Set(["Albanians", "Serbs", "Serbians", "Croats", "Croatians", "Bosnians", "Russians", "Greeks", "Turks", "Hungarians", "Romanians", "Chinese", "Indians", "Uzbeks", "Tajiks", "Kazakhs", "Kyrgyz", "Americans", "Britons", "French", "Germans", "Italians", "Canadians", "Australians"]);

/** Names the rules' country list (rules.ts) writes for a country besides the table's own. */
const ALSO_CALLED: Record<string, readonly string[]> = {
  TR: ["Turkey"],
  GB: ["Britain"],
  CD: ["Democratic Republic of Congo", "Democratic Republic of the Congo"],
  MK: ["Macedonia"],
  CF: ["CAR"],
  SO: ["Somaliland"],
  CV: ["Cape Verde"],
};

/**
 * How reports count a people by its demonym: "Syrian" → "Syrians"; "Sudanese", "Burkinabe", "Swiss" stay as they are; none
 * for an adjective no one counts people by ("British", "Polish": BY_HAND has "Britons", "Poles") or a demonym of two peoples
 * ("Antiguan, Barbudan").
 */
const plural = (demonym: string): string | null => (/[,]|\bor\b|(?:ish|ch|sh|sy|ic)$|^Mosotho$/.test(demonym) ? null : /(?:ese|be|ss|ois|z)$/.test(demonym) ? demonym : `${demonym}s`);

const HOMES = new Map<string, Set<string>>();
const add = (people: string, names: readonly string[]) => {
  const home = HOMES.get(people) ?? HOMES.set(people, new Set()).get(people)!;
  for (const name of names) home.add(name);
};
for (const c of countries) {
  // (other spellings in Latin letters only, and no codes: "Syrian Arab Republic", "DRC", "Burma"; not "SY")
  const names = [c.name.common, c.name.official, ...c.altSpellings.filter((s) => /^[A-Z][\p{Script=Latin}' ,.-]{2,}$/u.test(s) && !/^[A-Z]{2}$/.test(s)), ...(ALSO_CALLED[c.cca2] ?? [])];
  const demonyms = new Set([c.demonyms.eng?.m, c.demonyms.eng?.f].filter((d): d is string => !!d && /^[A-Z]/.test(d)));
  for (const d of demonyms) {
    const people = plural(d);
    if (people) add(people, names);
  }
}
for (const [people, names] of Object.entries(BY_HAND)) add(people, names);
for (const people of KIN_ABROAD) HOMES.delete(people);

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

/** Places by name ("Arsal", "Bekaa", "Cox's Bazar", "Kakuma") and the countries they lie in: places.json, written by `npm run build:places`. */
const PLACES = new Map(Object.entries(PLACE_TABLE as Record<string, string>).map(([name, codes]) => [name, codes.split(",")]));
const COUNTRY_BY_CODE = new Map(countries.map((c) => [c.cca2, c.name.common]));
const plainName = (name: string) => name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[’‘`]/g, "'");

/**
 * Whether a place a count of a people went to or lives in is abroad for them: true when none of the countries a place of
 * that name lies in is theirs ("Syrians" in "Arsal", Lebanon), false when one is ("Syrians" in "Idlib"), undefined for a
 * place or people not known. Of a name of several words, the longest known start is the place ("Bekaa Valley" is Bekaa).
 */
export function abroadAt(people: string, place: string): boolean | undefined {
  if (!HOMES.has(people)) return undefined;
  const words = plainName(place).split(/\s+/);
  for (let k = words.length; k > 0; k--) {
    const codes = PLACES.get(words.slice(0, k).join(" "));
    if (codes) return !codes.some((code) => isHomeOf(people, COUNTRY_BY_CODE.get(code) ?? "") === true);
  }
  return undefined;
}
