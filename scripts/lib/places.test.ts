import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildPlaces, placesFileText } from "./places";

describe("the extractor's places table", { timeout: 30_000 }, () => {
  const table = buildPlaces();

  it("is the file the extractor reads (else: npm run build:places)", () => {
    const file = readFileSync(path.join(import.meta.dirname, "..", "..", "lib", "extraction", "places.json"), "utf8");
    expect(placesFileText(table) === file, "lib/extraction/places.json is stale: run npm run build:places and commit it").toBe(true);
  });

  it("holds first-level divisions, towns and camps, accents and apostrophes dropped, and no words of English sentences", () => {
    expect(table["Boa Vista"]!.split("|")[0]!.split(",")).toContain("BR");
    expect(table["Coxs Bazar"]).toBe("BD");
    expect(table["Kakuma"]).toBe("KE");
    expect(table["Tripoli"]!.split("|")[0]!.split(",")).toEqual(expect.arrayContaining(["LB", "LY"]));
    for (const word of ["Hope", "Safety", "Police", "Split", "Of", "March"]) expect(table[word]).toBeUndefined();
    // (letters no decomposition takes apart; a smaller town of a name, after "|")
    expect(table["Lodz"]).toBe("PL");
    expect(table["Kabo"]).toBe("NG|CF");
  });
});
