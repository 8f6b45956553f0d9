import { describe, expect, it } from "vitest";
import { movedLean } from "./around";
import { letter } from "./test-support";
import { sentences } from "./text";

const leanOf = (text: string) => movedLean(text, sentences(text));

// Whom a whole report counts on the move, read for a flight whose own sentence names neither refugees nor the displaced at
// home (around.ts, movedLean). Passages from real reports in the development sets (fixtures/LETTER.md), shortened.
describe("rules read by the issue's letter: a flight that names no one, read by the report around it", () => {
  it("reads a bare flight as refugees in a report about refugees abroad", () => {
    // (UNHCR briefing on eastern Chad, 2013: the count's sentence names no border; the report names refugees throughout)
    expect(
      letter(
        "UNHCR prepositioning aid for Darfur refugees in Tissi ahead of rains in eastern Chad\n\nUNHCR is prepositioning aid for tens of thousands of Darfur refugees in eastern Chad amid fears heavy rains will cut off access to the group. Almost 30,000 people recently fled communal violence in North and West Darfur, Sudan. The refugees are mainly women and children and they urgently need shelter, food, clean water and medical assistance.",
      ),
    ).toEqual([["refugees", 30_000, "nearly", "people"]]);
    // (UNHCR from Niger, 2012: the refugees are named only later in the report)
    expect(
      letter(
        "UNHCR boosts aid as Mali outflow doubles in size\n\nGAOUDEL, Niger, February 17 (UNHCR) More than 44,000 people have fled the month-long violence in northern Mali, with arrival numbers in the region doubling in the last 10 days. This exodus could increase amid reports of fighting in areas bordering Algeria.\n\nSince clashes started in Mali on January 17 between the Tuareg rebels and the Malian army, neighbouring countries have reported a steady influx of refugees. There are reports of conflict erupting in recent days in Tessalit and Tinezewadern near the border with Algeria, which might prompt more people to flee Mali to neighbouring countries.",
      ),
    ).toEqual([["refugees", 44_000, "more_than", "people"]]);
  });

  it("reads people arriving as the displaced in a report about the displaced at home, and a flight in a report that names no one on the move as displaced", () => {
    // (Zamboanga, 2013: "arrived" with no word for who they are, in a report of evacuees and evacuation centres)
    const zamboanga =
      "14,300 displaced in Zamboanga siege\n\nThe Department of Social Welfare and Development in Region 9 said that as of Wednesday, September 11, a total of 14,322 evacuees have fled the villages occupied by Misuari's followers. Of this number, around 1,226 families composed of 5,632 persons are staying in 15 evacuation centers.\n\nThousands continued to flee their homes Wednesday, the third day of the bloody siege. About 5,000 residents from the 6 communities under siege arrived overnight and some had no choice but to pitch makeshift tents on the grass, she added.";
    expect(letter(zamboanga).filter((f) => f[1] === 5000)).toEqual([["idps", 5000, "about", "people"]]);
    expect(leanOf(zamboanga)).toBe("idps");
    expect(leanOf("Fighting spread to the north. Some 20,000 people have fled.")).toBeNull();
    expect(letter("Fighting spread to the north. Some 20,000 people have fled.")).toEqual([["idps", 20_000, "about", "people"]]);
  });

  // (a review of the reading: a report's lean is counted by sentences, not by words; a camp or an office named "refugee" names
  // no refugees; a flight whose clause says where it goes keeps its own reading)
  it("leaves a flight at home as it is where the report says little of refugees, names them only as a camp or an office, or the flight goes somewhere named", () => {
    const cases: [string, number][] = [
      ["Fighting in Ituri has forced 200,000 people to flee in the past month, the UN said. Some families fled across the border into Uganda.", 200_000],
      ["Israeli air strikes hit the Jabalia refugee camp on Tuesday, killing at least 50 people, health officials said. The camp is Gaza's largest refugee camp. Some 400,000 people have fled their neighbourhoods in recent days.", 400_000],
      ["UN refugee chief Filippo Grandi visited Goma on Monday. The UN refugee chief said the situation was dire. More than 100,000 people have fled the fighting around Sake in the past week.", 100_000],
      ["Burundi's crisis has sent refugees into Tanzania and Rwanda. Refugees describe beatings at checkpoints. Inside Burundi, fresh clashes this week forced 10,000 people to flee to the capital.", 10_000],
      ["Clashes in Burkina Faso's north have forced 5,000 people to flee to the town of Djibo, officials said. Burkina Faso hosts about 20,000 Malian refugees, and some refugees have returned home.", 5000],
    ];
    for (const [text, value] of cases) expect(letter(text).filter((f) => f[1] === value).map((f) => f[0]), text).toEqual(["idps"]);
  });

  it("reads 'fled homes' as the displaced at home, whatever the report is about", () => {
    // (AFP on Kasai, 2017, in a report quoting the UN refugee agency)
    expect(letter("DR Congo unrest: UNHCR says 1.4 million have fled homes in Kasai\n\nGeorge Okoth-Obbo, the number two official at the UN's refugee agency (UNHCR), said food and clothing was needed.")).toEqual([
      ["idps", 1_400_000, "exact", "people"],
    ]);
    // (but homes left in ruins are no one's flight)
    expect(letter("Shelling left homes in ruins in the town, where 2,000 people remain.")).toEqual([]);
  });
});
