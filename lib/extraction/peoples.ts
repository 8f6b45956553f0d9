// Peoples and the countries they are from: "Syrians" are from Syria, so 1.2 million Syrians living in Lebanon are
// refugees and six million displaced inside Syria are not. Every country's English demonym comes from world-countries
// (a maintained table of the world's countries: names, other spellings, demonyms), written as reports count a people
// ("Syrians", "Yemenis", "South Sudanese", "Burkinabe"); a few peoples no country is named after are added by hand.
import countries from "world-countries";
import { placeKey } from "./place-key";
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

/** Places by name ("Arsal", "Bekaa", "Cox's Bazar", "Kakuma"): the countries one lies in, and those where only a smaller town of the name lies (places.json, `npm run build:places`). */
const PLACES = new Map(
  Object.entries(PLACE_TABLE as Record<string, string>).map(([name, value]) => {
    const [big = "", small = ""] = value.split("|");
    return [name, { big: big.split(","), all: [...big.split(","), ...small.split(",").filter(Boolean)] }];
  }),
);
const COUNTRY_BY_CODE = new Map(countries.map((c) => [c.cca2, c.name.common]));
const CODE_BY_CCA3 = new Map(countries.map((c) => [c.cca3, c.cca2]));
/** Each country's neighbours by land (ISO codes). */
const NEIGHBOURS = new Map(countries.map((c) => [c.cca2, new Set(c.borders.map((b) => CODE_BY_CCA3.get(b)).filter((b): b is string => b !== undefined))]));
/** Words after a place's name that say what kind of place it is, not which ("the Bekaa Valley", "Kakuma camp"). */
const KIND = /^(?:Valley|Province|Region|Governorate|District|State|County|Area|City|Town|Camp|Settlement|Refugee|Border|Plain|Plains|Hills|Mountains?)$/i;

/** The codes of a people's countries (of the one or several names HOMES holds for them), found once per people. */
const HOME_CODES = new Map<string, string[]>();
const homeCodes = (people: string): string[] =>
  HOME_CODES.get(people) ?? HOME_CODES.set(people, [...COUNTRY_BY_CODE].filter(([, name]) => isHomeOf(people, name) === true).map(([code]) => code)).get(people)!;

/**
 * Whether a place a count of a people went to or lives in is abroad for them: true when the place (a division, a town of
 * 15,000 people or more, a camp) lies in a country next to theirs and no place of that name lies in their own ("Syrians" in
 * "Arsal", Lebanon; "Venezuelans" in "Boa Vista", Brazil); false when one does ("Syrians" in "Idlib"); undefined for a place
 * or people not known, or a place farther away, which a town's name met by chance more likely is ("Ethiopians fled to Raya",
 * a town of India's and a village of Ethiopia's). The words that say what kind of place it is are dropped ("Bekaa Valley").
 */
export function abroadAt(people: string, place: string): boolean | undefined {
  if (!HOMES.has(people)) return undefined;
  const words = placeKey(place).split(/\s+/);
  while (words.length > 1 && KIND.test(words.at(-1)!)) words.pop();
  const found = PLACES.get(words.join(" "));
  if (!found) return undefined;
  const homes = homeCodes(people);
  if (found.all.some((code) => homes.includes(code))) return false;
  return found.big.some((code) => homes.some((home) => NEIGHBOURS.get(home)?.has(code))) ? true : undefined;
}
