import { describe, expect, it } from "vitest";
import { extractFigures } from "./extract";
import { expectPairs, letter as read, type PairCase } from "./test-support";

// read by the letter (fixtures/LETTER.md), continued: kinds of sentence the ninth to thirteenth development sets
// still got wrong where their two analysts agreed, the fourteenth and fifteenth sets, and what a first review of those
// rules found
describe("rules read by the issue's letter, the fourteenth and fifteenth rounds", () => {
  it("reads a headline in Title Case as it reads a sentence: fleeing to a country named is a flight abroad, fleeing a country's army is not", () => {
    // (Naharnet/AP, DR Congo, 2013; The Irrawaddy, Kachin, 2016-12-28)
    expect(read("U.N. Says Thousands Flee DR Congo Fighting to Uganda\n\nThe United Nations gave no figure.")).toEqual([["refugees", 1000, "about", "people"]]);
    expect(read("Thousands Flee Burma Army Offensive in Kachin State\n\nThe army gave no figure.")).toEqual([["idps", 1000, "about", "people"]]);
  });

  it("takes people who quit a country for refugees", () => {
    // (AFP via The Straits Times, 2017-09-14)
    expect(read("The exodus since has taken the overall figure of those who have quit Myanmar to at least 700,000.")).toEqual([["refugees", 700_000, "at_least", "people"]]);
  });

  it("gives a headline's count of people who moved the metric of the same count in the story below it", () => {
    // (AFP via The Straits Times, 2017-09-14; Daily Finland, 2020-11-27; Mail & Guardian, 2012-02-06)
    expect(read("UN fears worse to come as Rohingya exodus reaches 389,000\n\nDHAKA (AFP) - The number of Rohingya who have fled Myanmar for Bangladesh to escape ethnic unrest hit 389,000 on Thursday.")).toEqual([
      ["refugees", 389_000, "exact", "people"],
      ["refugees", 389_000, "exact", "people"],
    ]);
    expect(read("Grandi visits Sudan as Tigrayan refugee influx reaches 43,000\n\nThe High Commissioner arrived in Sudan on Friday, where 43,000 refugees from Ethiopia’s Tigray region have arrived so far.", "2020-11-27").map((f) => f[0])).toEqual(["refugees", "refugees"]);
    expect(read("Over 1 500 Malians flee Tuareg conflict\n\nMore than 1 500 Malians fleeing a Tuareg rebellion in the north have found refuge in neighbouring Burkina Faso, a security official said on Monday.", "2012-02-06")).toEqual([
      ["refugees", 1500, "over", "people"],
      ["refugees", 1500, "more_than", "people"],
    ]);
    // (a headline that ends as a sentence does is no headline, and a different count below changes nothing)
    expect(read("Thousands flee the town.\n\nSome 3,000 refugees crossed into Chad.").map((f) => f[0])).toEqual(["idps", "refugees"]);
  });

  it("leaves out a total's breakdown by age or sex, in both readings, but not a count of children on its own", () => {
    // (MENA via Ahram Online, Egypt, 2017-11-25; Reuters, Nagorno-Karabakh, 2016-04-05; OCHA, Gaza, 2014)
    expect(read("The death toll from Friday's attack on a mosque in Egypt's North Sinai has risen to 305 killed, including 27 children, and 128 more people were wounded.", "2017-11-25")).toEqual([
      ["deaths", 305, "exact", "people"],
      ["injured", 128, "exact", "people"],
    ]);
    expect(read("Of these, 60 were seriously injured - 48 men and 12 women.", "2016-04-05").map((f) => f[1])).toEqual([60]);
    expect(read("At least 518 Palestinians have been killed, of which 170 are children and 86 are women.", "2014-07-20")).toEqual([["deaths", 518, "at_least", "people"]]);
    expect(extractFigures("The dead included at least 15 children, 10 women and six policemen.", { publishedOn: "2013-09-22", parts: "doubt" })).toEqual([]);
    // (AP, Iraq, 2014-08-12)
    expect(read("At least 56 children died in the mountains, the U.N. children’s agency estimated.", "2014-08-12")).toEqual([["deaths", 56, "at_least", "people"]]);
  });

  it("leaves out how much a count changed, in both readings", () => {
    // (IOM via Rudaw, Mosul, 2016; AP, Rohingya, 2017-09-08)
    expect(read("That was an increase of more than 7,000 from the figure the IOM gave the previous day.", "2016-11-20")).toEqual([]);
    expect(read("This current displacement figure increased by 122,000 in the past month.", "2017-03-01")).toEqual([]);
    expect(read("About 270,000 Rohingya have crossed into Bangladesh since Aug. 25, U.N. officials said Friday in releasing updated estimates that reflected a leap of more than 100,000 from the day before.", "2017-09-08")).toEqual([["refugees", 270_000, "about", "people"]]);
  });

  it("reads the fourteenth development set: '70-75,000', a crossing yesterday, today or last Friday as a day's outflow, 'top 55,000'", () => {
    // (UNHCR briefing notes, Libya, 2011-03-01)
    expect(read("According to the Tunisian authorities, 70-75,000 people have fled Libya to Tunisia since 20 February.", "2011-03-01")).toEqual([["refugees", 70_000, "exact", "people"]]);
    expect(extractFigures("According to the Tunisian authorities, 70-75,000 people have fled Libya to Tunisia since 20 February.", { publishedOn: "2011-03-01" }).map((f) => [f.low, f.high])).toEqual([[70_000, 75_000]]);
    expect(read("Fourteen thousand people crossed yesterday, the highest number to date, with tens of thousands of people now in urgent need of onwards transportation to their home countries.", "2011-03-01")).toEqual([["daily_outflow", 14_000, "exact", "people_per_day"]]);
    expect(read("With 10,000-15,000 people expected to arrive today it is becoming critically important that onwards transport becomes quickly available to avoid a humanitarian crisis.", "2011-03-01")).toEqual([["daily_outflow", 10_000, "projected", "people_per_day"]]);
    // (SXM Island Time, Venezuela, 2019-06-19; bordermonitoring-ukraine.eu, 2014-09-08)
    expect(read("Peru’s new visa requirements for Venezuelans are having an impact on Ecuador’s northern border with Colombia, through which 8,380 Venezuelans entered last Friday, according to the authorities.", "2019-06-19")).toEqual([["daily_outflow", 8380, "exact", "people_per_day"]]);
    expect(read("In the course of the last day, 9066 persons entered Russian federation from Ukraine.", "2014-09-08")).toEqual([["daily_outflow", 9066, "exact", "people_per_day"]]);
    expect(read("Some 5,000 people fled into Uganda in a single day.", "2013-07-15")).toEqual([["daily_outflow", 5000, "about", "people_per_day"]]);
    // (but not people who fled since yesterday)
    expect(read("Some 3,000 people have crossed into Chad since yesterday.", "2014-09-08")).toEqual([["refugees", 3000, "about", "people"]]);
    // (AFP via Arab News, 2013-07-15)
    expect(read("Congolese fleeing to Uganda top 55,000", "2013-07-15")).toEqual([["refugees", 55_000, "more_than", "people"]]);
  });

  it("reads people living or gathered in camps by what the sentence says they did, and a camp 'home to' refugees as counting them", () => {
    // (Gulf News, Darfur, 2013-05-23; New Vision, Burundi, 2015-05-27; UNHCR via Arab News, 2017-09-09)
    expect(read("A total of 1.4 million people were already living in camps in Darfur after fleeing their homes during the uprising.", "2013-05-23")).toEqual([["idps", 1_400_000, "exact", "people"]]);
    expect(read("Set up barely a month ago, the camp is now home to about 24,000 refugees from Burundi, and half of them are children.", "2015-05-27")).toEqual([["refugees", 24_000, "about", "people"]]);
    expect(read("“The two refugee camps in Cox’s Bazar in southeast Bangladesh — home to nearly 34,000 Rohingya refugees before this influx — are now bursting at the seams,” the UNHCR said.", "2017-09-09").map((f) => f.slice(0, 2))).toEqual([["refugees", 34_000]]);
    // (but a place already home to refugees before, a city home to its people, or a camp's capacity count none)
    expect(read("The camp was already home to more than 60,000 Congolese refugees.", "2018-02-01")).toEqual([]);
    expect(read("The city is home to 2 million people.", "2018-02-01")).toEqual([]);
    expect(read("The camp is divided into three sectors and may soon exceed its capacity to accommodate a maximum of 30,000 refugees.", "2015-05-27")).toEqual([]);
  });

  it("reads 'lost their lives' as deaths, but the killing and maiming of civilians and a crowd of demonstrators in a camp as no figure", () => {
    // (DW, Rohingya, 2018-08-24; Afghanistan Times, 2017-02-06)
    expect(read("The exact number of people killed is unclear but it is believed that at least 6,700 lost their lives.", "2018-08-24")).toEqual([["deaths", 6700, "at_least", "people"]]);
    expect(read("He said that the killing and maiming of thousands of Afghan civilians was deeply harrowing and largely preventable.", "2017-02-06")).toEqual([]);
    expect(read("Demanding justice for their murdered relatives and neighbors, more than 15,000 peaceful demonstrators gathered Saturday morning on a hilltop in the Kutupalong refugee camp.", "2018-08-24")).toEqual([]);
    // (a crowd that says it fled is counted)
    expect(read("Some 2,000 protesters fled into Uganda.", "2018-08-24")).toEqual([["refugees", 2000, "about", "people"]]);
  });

  it("keeps a total when a later sentence breaks down another count, of a group the report does not take", () => {
    // (Afghanistan Times, 2017-02-06)
    const text = "The UN mission said it documented 11, 418 conflict-related civilian casualties, including 3,498 killed and 7,920 injured, that recorded highest civilian casualties since 2009.\n\nReport finding demonstrated that out of the above mentioned casualties, 3,512 were children, (923 dead and 2,589 injured) showing up 24 percent on the previous highest recorded figure.";
    expect(read(text, "2017-02-06").slice(0, 2)).toEqual([
      ["deaths", 3498, "exact", "people"],
      ["injured", 7920, "exact", "people"],
    ]);
  });

  it("reads the figure a sentence just gave, changed, with that figure's rate, and people displaced near a toll as displaced", () => {
    // (New Vision, Burundi, 2015-05-27; The Irrawaddy, Rakhine, 2012-06-20)
    expect(read("For the last three weeks, the camp has been receiving over 1,000 Burundians refugees daily, although the figure has since reduced to 150, camp officials say.", "2015-05-27")).toEqual([
      ["daily_outflow", 1000, "over", "people_per_day"],
      ["daily_outflow", 150, "exact", "people_per_day"],
    ]);
    expect(read("Another deadly clash in Arakan State left 12 people dead on Tuesday amid growing concerns about a looming humanitarian crisis facing tens of thousands of people displaced by weeks of violence.", "2012-06-20")).toEqual([
      ["deaths", 12, "exact", "people"],
      ["idps", 10_000, "about", "people"],
    ]);
  });

  it("reads the fifteenth development set: the day before, refuge taken in a country, a corridor left, 'include', dates with slashes, 'by the thousands', 'scores', 'two dozen', 'drowned'", () => {
    // (UNHCR, Tunisia, 2011-03-01; IANS via Business Standard, 2014-07-16; VOA, Somalia, 2012-02-17)
    expect(read("RAS ADJIR, Tunisia, March 1 (UNHCR) - UNHCR emergency staff said here Tuesday that the situation at the Libya-Tunisia border is at crisis point, with 14,000 people crossing the day before from Libya.", "2011-03-01")).toEqual([["daily_outflow", 14_000, "exact", "people_per_day"]]);
    expect(read("The Tunisian authorities said 70,000-75,000 people have fled to their country from Libya since February 20.", "2011-03-01").map((f) => f.slice(0, 2))).toEqual([["refugees", 70_000]]);
    expect(read("100,000 from Pakistan take refuge in Afghanistan", "2014-07-16")).toEqual([["refugees", 100_000, "exact", "people"]]);
    expect(read("Around 100,000 people, who were forced to leave their houses in the wake of Pakistan army operations against militants in North Waziristan, have taken refuge in Afghanistan, officials said Wednesday.", "2014-07-16")).toEqual([["refugees", 100_000, "about", "people"]]);
    expect(read("A refugee agency spokesman said more than 7,000 Somalis have left the Afgooye corridor in the last two weeks.", "2012-02-17")).toEqual([["idps", 7000, "more_than", "people"]]);
    // (IMEMC, Gaza, 2012-11-17; ReliefWeb/UNHCR, Ituri, 2019-09-22)
    expect(read("At least 30 civilians have been killed. The civilian deaths include 6 children and 2 women.", "2012-11-17")).toEqual([["deaths", 30, "at_least", "people"]]);
    expect(read("As of September, the CCCM Cluster estimates that nearly 227,000 people are staying in 87 IDP sites across Ituri Province.", "2019-09-22")).toEqual([["idps", 227_000, "nearly", "people"]]);
    // (AFP via africatime, 2017-05-17; AFP via Rappler, 2017-09-01; TwoCircles, 2016-09-18)
    expect(read("Central Africa refugees stream into DR Congo by the thousands (AFP 05/17/17)", "2017-05-17")).toEqual([["refugees", 1000, "about", "people"]]);
    expect(read("Thousands of people fleeing troubled Central African Republic have streamed into DR Congo following an outbreak of sectarian violence.", "2017-05-17")).toEqual([["refugees", 1000, "about", "people"]]);
    expect(read("A further 20,000 Rohingya have massed along the Bangladeshi frontier, while scores of desperate people have drowned attempting to cross the Naf, a border river, in makeshift boats.", "2017-09-01").at(-1)).toEqual(["deaths", 40, "about", "people"]);
    expect(read("Myanmar death toll surges to 400 as 30,000 Rohingya flee to Bangladesh", "2017-09-01")).toEqual([
      ["deaths", 400, "exact", "people"],
      ["refugees", 30_000, "exact", "people"],
    ]);
    expect(read("Over two dozen soldiers were also injured in the audacious sneak attack.", "2016-09-18")).toEqual([["injured", 24, "over", "people"]]);
  });

  it("reads new arrivals taking shelter, and an influx named with no border, among refugees just counted as refugees", () => {
    // (The Daily Star, Bangladesh, 2017-09-12)
    const text = "More than 370,000 Rohingyas have crossed into Bangladesh since August 25. \"Significant numbers of new arrivals are observed along the roadsides at Kutupalong and thousands of new arrivals are reportedly taking shelter in Teknaf urban area,\" the report said.";
    expect(read(text, "2017-09-12").map((f) => f.slice(0, 2))).toEqual([
      ["refugees", 370_000],
      ["refugees", 1000],
    ]);
    // (but people who took shelter after fleeing their homes stay the displaced)
    expect(read("Some 3,000 people fled their homes. Thousands are taking shelter in schools.", "2017-09-12").map((f) => f[0])).toEqual(["idps", "idps"]);
  });

  it("reads what the rounds before still missed where both analysts agreed: crowds forced from their homes, named by a people, housed in camps, unable to return, locals", () => {
    // (Reuters, Cameroon, 2018; AFP, Myanmar, 2019-01-04; Reuters, Rakhine, 2012; AFP, Libya, 2014; IRIN, Kachin, 2014; AFP, Sinjar, 2014)
    expect(read("The local security source said the latest fighting had killed at least 34 people and forced thousands from their homes.", "2018-10-01")).toEqual([
      ["deaths", 34, "at_least", "people"],
      ["idps", 1000, "about", "people"],
    ]);
    expect(read("It was also in the restive western state that a military-led crackdown in 2017 prompted hundreds of thousands of minority Rohingya Muslims to flee westwards to neighbouring Bangladesh.", "2019-01-04")).toEqual([["refugees", 100_000, "about", "people"]]);
    expect(read("Nearly 32,000 people from both sides are being housed in camps across Rakhine.", "2012-06-20")).toEqual([["idps", 32_000, "nearly", "people"]]);
    expect(read("Tens of thousands of mainly Muslim Rohingya are already crammed into squalid camps around the state capital Sittwe.", "2014-03-01")).toEqual([["idps", 10_000, "about", "people"]]);
    expect(read("In Benghazi alone the local council is reporting that around 90,000 people are unable to return home.", "2014-11-01")).toEqual([["idps", 90_000, "about", "people"]]);
    expect(read("The centre is currently home to some 4,600 new arrivals.", "2014-06-01")).toEqual([["refugees", 4600, "about", "people"]]);
    expect(read("Thousands of locals fled to the safety of the nearby Mount Shingal.", "2014-08-04")).toEqual([["idps", 1000, "about", "people"]]);
    // (but thousands raised from donors are a sum)
    expect(read("The charity raised thousands from donors.", "2014-08-04")).toEqual([]);
  });

  it("keeps to what a review of this round's rules found", () => {
    // a reporting clause's day is no day's outflow; a breakdown's list does not swallow a count of another kind; a country's
    // name in lower case is no country; people housed in camps take no toll; troops entering a city or a war entering a year
    // cross no border; "from" a country names where people fled from only right after the verb; a possessive country is fled
    const cases: PairCase[] = [
      ["More than 400,000 Rohingya have crossed into Bangladesh, the UN said today.", [["refugees", 400_000]]],
      ["Twelve people were killed, including four children, while 20,000 residents fled the town.", [["deaths", 12], ["idps", 20_000]]],
      ["The dead included 15 children, and some 2,000 residents fled to Chad.", [["refugees", 2000]]],
      ["The strike killed 7 people, including two women, and 19 children were wounded.", [["deaths", 7], ["injured", 19]]],
      ["Some 2,000 people fled the car bomb attack in the market.", [["idps", 2000]]],
      ["Some 6,000 people fled over the regional border into Afar.", [["idps", 6000]]],
      ["Airstrikes killed 12 people on Monday, and 100,000 people are now living in camps near the town.", [["deaths", 12], ["idps", 100_000]]],
      ["Around 10,000 people fled when troops entered the city.", [["idps", 10_000]]],
      ["The war has entered its fifth year and more than 250,000 people are living in tents.", []],
      ["Thousands of people fled an offensive by troops from Eritrea.", [["idps", 1000]]],
      ["Nearly 700,000 Rohingya have fled Myanmar's military crackdown.", [["refugees", 700_000]]],
      ["Some 300,000 Syrians have taken refuge in government-held parts of Syria.", [["idps", 300_000]]],
      // a crowd that was killed is counted; a toll word with no count between it and the count is its own
      ["Militants executed 12 hostages on Sunday.", [["deaths", 12]]],
      ["At least 12 protesters lost their lives in clashes with police.", [["deaths", 12]]],
      ["Those killed in Friday's airstrike on the crowded settlement near the Chadian border were 30 refugees.", [["deaths", 30]]],
      // "the figure" changed takes the last rate, and keeps a unit of its own; a change carries over "and" only to no verb of its own
      ["At least 300 refugees crossed daily in May, and 12 drowned, but the figure has since fallen to 80.", [["daily_outflow", 300], ["deaths", 12], ["daily_outflow", 80]]],
      ["The death toll rose by 12 and 30 more people were wounded.", [["injured", 30]]],
      ["The blast killed scores and injured hundreds.", [["deaths", 40], ["injured", 100]]],
      // a headline that says it displaced keeps its metric; an influx with no refugees just counted stays the displaced
      ["Fighting displaces 5,000 in Darfur\n\nSome 5,000 people have crossed into Chad in the past week, UNHCR said.", [["idps", 5000], ["refugees", 5000]]],
      ["In Juba, the UN base saw an influx of 5,000 people.", [["idps", 5000]]],
    ];
    expectPairs(cases, "2015-01-01");
    expect(read("More than 1,000 refugees arrived daily in June, the UN said, but the figure has since fallen to 150 a week.", "2015-01-01").at(-1)).toEqual(["daily_outflow", 150, "exact", "people_per_week"]);
  });
});
