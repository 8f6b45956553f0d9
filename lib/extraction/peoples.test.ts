import { describe, expect, it } from "vitest";
import { isHomeOf, isPeople } from "./peoples";
import { letter as read } from "./test-support";

describe("peoples and the countries they are from", () => {
  it("knows every country's people by its demonym, as reports count them, and the names the country goes by", () => {
    expect(isHomeOf("Nicaraguans", "Nicaragua")).toBe(true);
    expect(isHomeOf("Nicaraguans", "Costa Rica")).toBe(false);
    expect(isHomeOf("Palestinians", "Palestine")).toBe(true);
    expect(isHomeOf("Palestinians", "Lebanon")).toBe(false);
    // (peoples whose demonym stays as it is, or takes two words)
    expect(isHomeOf("Burkinabe", "Burkina Faso")).toBe(true);
    expect(isHomeOf("Central Africans", "Central African Republic")).toBe(true);
    expect(isHomeOf("Central Africans", "Cameroon")).toBe(false);
    // (both Congos are the Congolese's, by any of their names; Burma is Myanmar; Sudan is not South Sudan)
    for (const name of ["Congo", "DRC", "DR Congo", "Democratic Republic of the Congo", "Democratic Republic of Congo"]) expect(isHomeOf("Congolese", name)).toBe(true);
    expect(isHomeOf("Burmese", "Burma")).toBe(true);
    expect(isHomeOf("Rohingya", "Bangladesh")).toBe(false);
    expect(isHomeOf("Sudanese", "South Sudan")).toBe(false);
    expect(isHomeOf("Ivorians", "Côte d'Ivoire")).toBe(true);
    expect(isHomeOf("Turks", "Turkey")).toBe(true);
  });

  it("knows no country for a people named after none, nor for a word that is no people", () => {
    expect(isHomeOf("Kurds", "Iraq")).toBeUndefined();
    expect(isHomeOf("Yazidis", "Iraq")).toBeUndefined();
    expect(isPeople("Kurds")).toBe(false);
    expect(isPeople("Villagers")).toBe(false);
    expect(isPeople("Afghans")).toBe(true);
  });

  it("reads a people the conflicts of the development sets did not name as abroad when the report places them in another country", () => {
    // (IRIN, Palestine refugees: locations and numbers, updated 2018-01-16: before, read as displaced at home)
    expect(read("Around 3,000 Palestinians in Lebanon are not registered with UNRWA.", "2018-01-16")).toEqual([["refugees", 3000, "about", "people"]]);
  });
});
