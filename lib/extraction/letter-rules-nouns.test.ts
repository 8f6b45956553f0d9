import { describe, it } from "vitest";
import { expectPairs } from "./test-support";

// Counts the rules took for no count of people though the words say who they are (development sets, fixtures/LETTER.md):
// a count joined by "and" to the next, a people's name that ends the phrase, a headline's verb, a word for the dead.
describe("rules read by the issue's letter: who a count counts", () => {
  it("gives a count joined to the next by 'and' the noun of the next", () => {
    expectPairs([
      // (OCHA on the occupied Palestinian territory, 2016; Nagorno-Karabakh, 2016; IDMC on the north of Central America, 2018)
      ["Violence continued during the reporting period (17 to 23 November) resulting in eight Palestinian and six Israeli fatalities, and another 1,188 Palestinian and 21 Israeli injuries.", [["deaths", 8], ["deaths", 6], ["injured", 1188], ["injured", 21]]],
      ["Fierce clashes left at least 30 Azerbaijani and Armenian soldiers dead April 2 in the disputed region.", [["deaths", 30]]],
      ["The crisis is compounded by internal displacement in Honduras and El Salvador, where at least 247,090 and 71,500 respectively have been forced to flee by violence within their own countries.", [["idps", 247090], ["idps", 71500]]],
    ]);
  });

  it("reads who is counted from a people's name that ends the phrase, a headline's verb, and words for the dead", () => {
    expectPairs([
      // (Reuters on Cox's Bazar, 2017; Rohingya exodus, 2017; Libya, 2011)
      ["Camps and makeshift settlements in Bangladesh near the border with Myanmar already hosted some 400,000 Rohingya before the latest upsurge in violence.", [["refugees", 400000]]],
      ["Rohingya exodus continues after 73,000 cross into Bangladesh", [["refugees", 73000]]],
      ["Thousands Fleeing Libyan Violence Cross Into Tunisia", [["refugees", 1000]]],
      // (Nagorno-Karabakh, 2020; Dawn on Quetta, 2019; Afghan officials on Kunduz, 2015; Nigeria, 2015; Libya, 2019; Mali, 2019)
      ["The Karabakh authorities have announced over 1,200 military losses.", [["deaths", 1200]]],
      ["Seven of those killed were members of the Hazara community, while one Frontier Corps soldier was martyred in the attack.", [["deaths", 1]]],
      ["He also said 194 insurgents, including 12 leaders, were killed.", [["deaths", 194], ["deaths", 12]]],
      ["At least 20,000 people have lost their lives and over 2.5 million become homeless since the beginning of the Boko Haram militancy.", [["deaths", 20000], ["idps", 2500000]]],
      ["Over 18,000 ppl have now been displaced by ongoing hostilities in #Tripoli #Libya", [["idps", 18000]]],
      // (Cameroon, 2019; Mozambique, 2018)
      ["UN says 160 000 anglophone Cameroonians fled violence since 2016", [["idps", 160_000]]],
      ["Reports of more than 50 beheadings by Mozambique\u2019s Islamic extremist rebels have raised international concern.", [["deaths", 50]]],
      ["Many suffered heat stroke, with the daily temperatures reaching 40 to 45 degrees Celsius.", []],
      // (Thailand's south, 2015; Karabakh, 2020; Burundi, 2015; BenarNews on Cox's Bazar, 2017)
      ["A bomb attack also targeted security officers in Pattani province, wounding two soldiers and two rangers.", [["injured", 2], ["injured", 2]]],
      ["One ranger died and six others were severely injured, police said.", [["deaths", 1], ["injured", 6]]],
      ["The Armenian side, according to preliminary data, has lost 16 servicemen, there are more than a hundred wounded.", [["deaths", 16], ["injured", 100]]],
      ["The crisis has claimed at least 240 lives and sent more than 200,000 Burundian fleeing to neighboring countries.", [["deaths", 240], ["refugees", 200_000]]],
      ["Rohingya Refugee Influx in Bangladesh Hits 582,000, UN Says", [["refugees", 582_000]]],
    ]);
  });

  it("reads people who crossed into a country as refugees, and people in a camp as whoever the passage counted on the move", () => {
    expectPairs([
      // (Reuters on Congo and Uganda, 2014; AFP on Rann, 2017; UNHCR on Rakhine, 2016)
      ["More than 30,000 people have fled their homes in the Democratic Republic of Congo (DRC) and crossed into neighbouring Uganda after a rebel group attacked a town.", [["refugees", 30_000]]],
      ["Over 30,000 people fled the Nigerian town of Rann and across the border to Cameroon over the weekend amid fears of renewed attacks.", [["refugees", 30_000]]],
      ["\u201cHundreds of people displaced by the violence are still crossing into Bangladesh,\u201d the agency said.", [["refugees", 100]]],
      ["Thousands of Ethiopians displaced by the fighting fled into Ethiopia's Amhara region.", [["idps", 1000]]],
      // (MSF on Kisoro, 2012; UNHCR on Nyarugusu, 2015)
      ["Thousands of Congolese refugees have crossed into Uganda this week. The weather in Kisoro is cold and rainy. Many sleep in the open. Aid is short. There are now around 8,230 people in the transit centre.", [["refugees", 1000], ["refugees", 8230]]],
      ["Over 50,000 Burundian refugees have fled to Tanzania. So, the camp now hosts some 140,000 people.", [["refugees", 50_000], ["refugees", 140_000]]],
    ]);
  });

  it("still leaves out things counted beside people, and counts of families or parts joined to people", () => {
    expectPairs([
      ["The militants killed 13 policemen and injured nine in attacks on four police posts in Rakhine state.", [["deaths", 13], ["injured", 9]]],
      ["The clash displaced 42,998 families or 212,668 persons, as of Monday.", [["idps", 212668]]],
      ["Palestinians injured – 7,680 (including 2307 children, 1529 women and 287 elderly).", [["injured", 7680]]],
    ]);
  });
});
