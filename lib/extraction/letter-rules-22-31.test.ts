import { describe, it } from "vitest";
import { expectPairs } from "./test-support";

// Read from the twenty-second to thirty-first development sets (fixtures/LETTER.md), which no rule was written from before:
// the numbers the rules took for no count of people, though their words say who died or was hurt.
describe("rules read by the issue's letter, from the twenty-second to thirty-first development sets", () => {
  it("counts what a killing or wounding verb takes, what a toll is put at, and a count named by its own word for death", () => {
    expectPairs([
      // (Al Mezan, Gaza, 2019; Dawn, Kashmir; AIM, Cabo Delgado)
      ["Israeli forces kill one protester and injure 50 on 58th Friday", [["deaths", 1], ["injured", 50]]],
      ["Curfew extended in Kashmir, but 2 die", [["deaths", 2]]],
      ["Mozambique: insurgents behead four in Manila village", [["deaths", 4]]],
      // (AP on Lampedusa, 2013; Rediff on Kurram, 2012; Sri Lanka police, 2019)
      ["He gave the death toll at 94 but said it would certainly rise as search operations continued.", [["deaths", 94]]],
      ["Police spokesman Ruwan Gunasekara said that the number of injured also increased to 500 while the Criminal Investigation Department had arrested 24 people.", [["injured", 500]]],
      // (Latin Post on El Salvador, 2016)
      ["El Salvador officially registered at least 6,657 homicides last year.", [["deaths", 6657]]],
      // (Rediff on Kurram, 2012; AFP on Niger, 2020; Nagorno-Karabakh, 2016; Reuters on Yobe, 2018; a union statement)
      ["The death toll from Friday's suicide car bomb attack targeting Shias in the restive Kurram tribal region of northwest Pakistan has risen to 14.", [["deaths", 14]]],
      ["The attack resulted in the deaths of 22 Nigerien military officers.", [["deaths", 22]]],
      ["The fighting reportedly also claimed the lives of one Armenian civilian.", [["deaths", 1]]],
      ["\u201cThe death toll is now eight.\u201d", [["deaths", 8]]],
      ["The union suspended its operations following the killing of three of its staff while on duty.", [["deaths", 3]]],
      // (a disease beside an attack: the clause is about violence; Al Jazeera on Beni, 2018; Papua, 2019)
      ["Ebola outreach work halted as DR Congo attack toll hits 21", [["deaths", 21]]],
      ["The armed conflict in Nduga has resulted in the deaths of 177 persons, 5 cases of disappearances and 5,201 internally displaced persons.", [["deaths", 177], ["idps", 5201]]],
    ]);
  });

  it("still leaves out casualties (the killed and the wounded together), things a verb of harm takes, and counts of no one", () => {
    expectPairs([
      ["The cholera outbreak has killed 40 people and there are 1,200 suspected cases.", []],
      ["Baghdad was the worst affected Governorate with 1,069 civilian casualties (318 killed, 751 injured).", [["deaths", 318], ["injured", 751]]],
      ["The strikes killed about 40 cattle and wounded two herders.", [["injured", 2]]],
      ["The death toll stood at 12 on Monday, the ministry said, adding that 3 vehicles were destroyed.", [["deaths", 12]]],
    ]);
  });
});
