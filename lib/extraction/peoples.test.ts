import { describe, expect, it } from "vitest";
import { livesAbroad } from "./around";
import { findNumbers } from "./numbers";
import { isHomeOf, isPeople } from "./peoples";
import { crossedIntoACountry } from "./abroad";
import { clauseAround } from "./text";
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
    // (the names the rules' country list writes: CAR, Somaliland as Somalia's; peoples counted by another word than the
    // table's adjective)
    expect(isHomeOf("Central Africans", "CAR")).toBe(true);
    expect(isHomeOf("Somalis", "Somaliland")).toBe(true);
    expect(isHomeOf("Czechs", "Czech Republic")).toBe(true);
    expect(isHomeOf("Ecuadorians", "Colombia")).toBe(false);
    expect(isPeople("Filipinos")).toBe(true);
    expect(isPeople("Britishs")).toBe(false);
    expect(isPeople("Polishs")).toBe(false);
  });

  it("reads no country for a people many of whom live as a minority next door, nor as foreigners taken out", () => {
    // ("10,000 Albanians in Kosovo were displaced" are displaced at home; "100,000 Uzbeks fled into Uzbekistan" from Kyrgyzstan fled abroad)
    for (const people of ["Albanians", "Serbs", "Russians", "Uzbeks", "Turks", "Chinese", "Americans"]) expect(isHomeOf(people, "Kosovo")).toBeUndefined();
  });

  it("reads a people of two words, or of another ending, after a count, and none taken out of a country as abroad", () => {
    const abroad = (text: string) => {
      const [n] = findNumbers(text);
      const sentence = { start: 0, end: text.length, text };
      return livesAbroad(text, n!, clauseAround(sentence, n!.start, n!.end));
    };
    expect(abroad("About 1 million Central Africans are living in Cameroon")).toBe(true);
    expect(abroad("Some 9,000 Kosovars in Albania remain")).toBe(true);
    expect(abroad("Some 3,000 Filipinos are in Malaysia")).toBe(true);
    expect(abroad("Some 15,000 Central Africans in CAR have been displaced")).toBe(false);
    expect(abroad("Some 1,200 Americans in Lebanon have been evacuated")).toBe(false);
  });

  it("reads 'South Sudan' as a country of its own, not as Sudan", () => {
    expect(crossedIntoACountry("have fled into South Sudan", "Sudanese")).toBe(true);
    expect(crossedIntoACountry("have fled into Sudan", "Sudanese")).toBe(false);
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
