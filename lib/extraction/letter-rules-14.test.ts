import { describe, expect, it } from "vitest";
import { extractFigures } from "./extract";

// read by the letter (fixtures/LETTER.md), continued: kinds of sentence the ninth to thirteenth development sets
// still got wrong where their two analysts agreed, and the fourteenth set's first look
const read = (text: string, publishedOn = "2017-09-14") => extractFigures(text, { publishedOn }).map((f) => [f.metric, f.value, f.qualifier, f.unit]);

describe("rules read by the issue's letter, a fourteenth round", () => {
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
    const cases: [string, (string | number)[][]][] = [
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
    for (const [text, want] of cases) expect(read(text, "2015-01-01").map((f) => f.slice(0, 2)), text).toEqual(want);
    expect(read("More than 1,000 refugees arrived daily in June, the UN said, but the figure has since fallen to 150 a week.", "2015-01-01").at(-1)).toEqual(["daily_outflow", 150, "exact", "people_per_week"]);
  });

  it("reads the sixteenth development set: 'injure 13', journalists and officers by their trade, 'targeted violence', metres, 'approach', 'under 500', refuge sought at home, a people living in another country, 'several hundred'", () => {
    // (AFP via Taipei Times, Thailand, 2013-10-21; ABC, Gaza, 2012-11-19)
    expect(read("Thai south bombings kill 5, injure 13", "2013-10-21")).toEqual([
      ["deaths", 5, "exact", "people"],
      ["injured", 13, "exact", "people"],
    ]);
    expect(read("Two explosive ordnance disposal officers were hurt in the second blast.", "2013-10-21")).toEqual([["injured", 2, "exact", "people"]]);
    expect(read("A separate air raid on a Gaza media centre damaged buildings used by Britain's Sky News, with eight journalists wounded.", "2012-11-19")).toEqual([["injured", 8, "exact", "people"]]);
    expect(read("The injured included eight soldiers and five journalists.", "2013-10-21")).toEqual([]);
    expect(read("The second bomb exploded an hour later about 100m from the first blast.", "2013-10-21")).toEqual([]);
    // (UNHCR, Bangladesh, 2017; Daily News Egypt, 2020-12-11; OCHA, Cameroon, 2018)
    expect(read("Since 25 August this year some 655,000 refugees have fled targeted violence and serious human rights violations in Rakhine State, Myanmar.", "2017-12-01")).toEqual([["refugees", 655_000, "about", "people"]]);
    expect(read("Ethiopian refugees report obstacles to reach safety in Sudan as numbers approach 50,000", "2020-12-11")).toEqual([["refugees", 50_000, "nearly", "people"]]);
    expect(read("The number of refugees escaping ongoing conflict in the northern Tigray region have been trending downward to under 500 per day.", "2020-12-11")).toEqual([["daily_outflow", 500, "up_to", "people_per_day"]]);
    expect(read("Recent needs assessments report that at least 160,000 people have been internally displaced in the two affected regions and would need humanitarian and protection assistance over the next months.", "2018-12-05")).toEqual([["idps", 160_000, "at_least", "people"]]);
    // (AFP, CAR, 2017; Colombia Reports, 2018; Cabo Delgado, 2020; Bangladesh, 2017)
    expect(read("Villagers fled gunfire and machete attacks to arrive in the small town of Paoua, where some 11,000 people have already sought refuge since fighting erupted.", "2017-12-29")).toEqual([["idps", 11_000, "about", "people"]]);
    expect(read("A young man wounded by gunshot is treated at hospital in Paoua, now home to between 15,000 and 17,000 displaced people.", "2017-12-29")).toEqual([["idps", 15_000, "exact", "people"]]);
    expect(read("More than 1.2 million Venezuelans are living in Colombia, and thousands continue to enter each day.", "2018-10-03").map((f) => f.slice(0, 2))).toEqual([
      ["refugees", 1_200_000],
      ["daily_outflow", 1000],
    ]);
    expect(read("There have still been several hundred arrivals each day.", "2020-10-26")).toEqual([["daily_outflow", 100, "about", "people_per_day"]]);
    expect(read("Bangladesh, having generously allowed more than 750,000 Rohingya into the country, needs support.", "2017-09-20")).toEqual([["refugees", 750_000, "more_than", "people"]]);
    // (a headline's Title Case verb is no people's name)
    expect(read("Hundreds Flee Clashes in Central African Republic", "2017-12-29")).toEqual([["idps", 100, "about", "people"]]);
  });

  it("reads the seventeenth development set: jawans, 'seven severely injured', hyphenated peoples, borders crossed, countries departed, displacements, communities left, forced to move, return targets, evacuations abroad, peoples in another country, hedged tens of thousands", () => {
    // (FacenFacts, India, 2017-04-24; UNHCR via ReliefWeb, Colombia, 2011-04-27; SUNA via CGTN, Sudan, 2020-11-10)
    expect(read("The maoists ambushed CRPF personnel and started indiscriminate firing, leaving eleven jawans dead and seven severely injured, including an inspector.", "2017-04-24")).toEqual([
      ["deaths", 11, "exact", "people"],
      ["injured", 7, "exact", "people"],
    ]);
    expect(read("More than 800 Afro-Colombians fled their homes along the river and sought refuge in Buenaventura.", "2011-04-27")).toEqual([["idps", 800, "more_than", "people"]]);
    expect(read("\"The number of displaced Ethiopians who crossed the borders to the Sudanese areas of Al-Kadi, Al-Qadimah and Hamdayet have reached more than 6,000,\" said Sudan’s refugee commissioner.", "2020-11-10").map((f) => f.slice(0, 2))).toEqual([["refugees", 6000]]);
    // (UNHCR, Libya, 2011; Shabelle via allAfrica, Somalia, 2017-10-16; Journal du Cameroun, 2019-12-23; UNHCR, Colombia, 2011)
    expect(read("Over 800,000 people have departed Libya, not including Libyan returnees.", "2011-05-01")).toEqual([["refugees", 800_000, "over", "people"]]);
    expect(read("Conflict-related displacements during 2017 have reached approximately 163,000.", "2017-10-16")).toEqual([["idps", 163_000, "about", "people"]]);
    expect(read("Close to 5,500 persons have been forced to move out of Cameroon’s restive North West region.", "2019-12-23")).toEqual([["idps", 5500, "nearly", "people"]]);
    expect(read("About 200 people left the llano community.", "2011-04-27")).toEqual([["idps", 200, "about", "people"]]);
    // (The Guardian via Mail & Guardian, Ethiopia, 2019-05-22; Egypt, 2011; The Independent, Cameroon, 2015-06-08)
    expect(read("The government intends to return at least 800 000 people displaced around the country to their original homes.", "2019-05-22")).toEqual([]);
    expect(read("About 7,000 Egyptians have already been evacuated by air.", "2011-03-04")).toEqual([]);
    expect(read("Some 5,000 Rohingya are now in Bangladesh.", "2017-09-10")).toEqual([["refugees", 5000, "about", "people"]]);
    expect(read("There were already more than 380,000 displaced Rohingya in Bangladesh before these last three weeks.", "2017-09-20")).toEqual([["refugees", 380_000, "more_than", "people"]]);
    expect(read("It beheads hostages, destroys villages and has created tens, if not hundreds, of thousands of refugees in the area.", "2015-06-08")).toEqual([["refugees", 10_000, "about", "people"]]);
    expect(read("The Red Cross said an estimated 2,000 of the refugees were pregnant women.", "2013-07-15")).toEqual([]);
    expect(read("Venezuelan migrants are resettled in two refugee reception centers.", "2018-08-29")).toEqual([]);
  });

  it("reads the eighteenth development set: a count's own words over a keyword of the count before, fleeing a country for another, refuge in a neighbouring country, natives, 'dozens more forced to flee', no threats, boat loads, one such person or someone's family", () => {
    // (Nigeria, 2020-07-12; Open Doors, Burkina Faso, 2020; AFP, DR Congo, 2017-08-27; IRIN, CAR, 2017-10-30)
    expect(read("Gunmen killed 12 in Nduruv; at least 18 more were killed and scores of others were injured in attacks on Nduruv and Kibusu villages.", "2020-07-12")).toEqual([
      ["deaths", 12, "exact", "people"],
      ["deaths", 18, "at_least", "people"],
      ["injured", 40, "about", "people"],
    ]);
    expect(read("Houses set ablaze, women and children killed, a student shot dead on his way to school, thousands fleeing with nothing more than the shirts on their backs.", "2020-03-10")).toEqual([["idps", 1000, "about", "people"]]);
    expect(read("In addition, about 33,000 Congolese have fled Kasai for Angola.", "2017-08-27")).toEqual([["refugees", 33_000, "about", "people"]]);
    expect(read("Food and clothing are needed for the 1.4 million in Kasai who have fled their homes in violence that has killed more than 3,000 people.", "2017-08-27")).toEqual([
      ["idps", 1_400_000, "exact", "people"],
      ["deaths", 3000, "more_than", "people"],
    ]);
    expect(read("This unprovoked attack ended in the massacre of nine Atyap natives.", "2020-07-12")).toEqual([["deaths", 9, "exact", "people"]]);
    expect(read("Two people were killed and dozens more forced to flee.", "2020-07-12")).toEqual([
      ["deaths", 2, "exact", "people"],
      ["idps", 24, "about", "people"],
    ]);
    // (no figure: a famine's threat to lives, what each boat carries, one person, a family one travels with)
    expect(read("A wide-scale famine in the country threatens hundreds of thousands of lives.", "2011-10-12")).toEqual([]);
    expect(read("Boats are arriving, each carrying 30 to 40 people.", "2020-10-21")).toEqual([]);
    expect(read("Ali is one such displaced person.", "2019-04-23")).toEqual([]);
    expect(read("A tribesman who reached Peshawar a day ago with 12 family members said the people had been forced to move.", "2014-06-27")).toEqual([]);
  });

  it("keeps to what a second review found", () => {
    // a people in its own country, or one this list does not know, is not abroad; "m" is metres only as a distance from a
    // thing; refuge sought in a town is sought at home; a family killed with someone is a toll; the wounded flown out are
    // counted; aid that reached people after an influx is no count; "Of those killed, 30 were refugees" counts the dead;
    // "which would" leaves a projection; staff, soldiers and journalists who travel are no refugees
    const cases: [string, (string | number)[][]][] = [
      ["Some 128,000 Rohingya are displaced in Myanmar.", [["idps", 128_000]]],
      ["More than 4.5 million Congolese are displaced in the Democratic Republic of Congo.", [["idps", 4_500_000]]],
      ["An estimated 3,000 Tunisians are fighting in Syria.", []],
      ["About 20,000 Burundians are now in Rwanda.", [["refugees", 20_000]]],
      ["Boko Haram has forced 2.3m from their homes in north-east Nigeria.", [["idps", 2_300_000]]],
      ["The war has displaced more than 4m of the country's 22m people.", [["idps", 4_000_000], ["idps", 22_000_000]]],
      ["Some 30,000 people have sought refuge in Goma.", [["idps", 30_000]]],
      ["Some 3,000 people have sought refuge in Chad.", [["refugees", 3000]]],
      ["More than 10,000 people have sought refuge abroad.", [["refugees", 10_000]]],
      ["An Israeli airstrike killed a Hamas commander along with 12 family members.", [["deaths", 12]]],
      ["More than 500 wounded civilians have been evacuated by air to Jordan.", [["injured", 500]]],
      ["Since the influx began in August, the WFP has reached 400,000 refugees with food.", []],
      ["Of those killed, 30 were refugees.", [["deaths", 30]]],
      ["Up to 700 refugees that had set sail from Libya drowned when their boat capsized.", [["deaths", 700]]],
      ["The offensive threatens some 400,000 displaced people sheltering in Idlib.", [["idps", 400_000]]],
      ["Some 200 soldiers left Tuesday for Iraq.", []],
      ["Some 4,000 peacekeepers have departed Mali.", []],
      ["Authorities have allowed about 300 foreign journalists into the country.", []],
      ["Around 200 UN staff were forced to relocate to Nairobi.", []],
    ];
    for (const [text, want] of cases) expect(read(text, "2015-01-01").map((f) => f.slice(0, 2)), text).toEqual(want);
    expect(read("Up to 100,000 refugees, officials say, are expected to arrive in Chad, which would overwhelm the camps.", "2015-01-01")).toEqual([["refugees", 100_000, "projected", "people"]]);
  });

  it("reads the nineteenth development set: lakh and crore, 'on the run', lynched, 'people die', abductions, a village's population, a unit's number, patients", () => {
    // (Zee News, Assam, 2012-08-14; MSF, 2012; Al Jazeera, CAR, 2014-02-07; Amnesty via HRW, Nigeria, 2014)
    expect(read("More than four lakh people had taken shelter in these camps.", "2012-08-14")).toEqual([["idps", 400_000, "more_than", "people"]]);
    expect(read("Doctors Without Borders estimates a million people are on the run.", "2012-11-20")).toEqual([["idps", 1_000_000, "about", "people"]]);
    expect(read("At least one refugee was lynched and mutilated when he fell from a departing lorry.", "2014-02-07")).toEqual([["deaths", 1, "at_least", "people"]]);
    expect(read("At least 33 people die amid worsening medical conditions.", "2015-05-22")).toEqual([["deaths", 33, "at_least", "people"]]);
    expect(read("Boko Haram fighters killed hundreds, abducting as many as 7,000 women and girls as sex slaves.", "2014-10-27")).toEqual([["deaths", 100, "about", "people"]]);
    // (no figure: a village's population, a division's number, patients a day)
    expect(read("The arrival of so many refugees in a village with a population of no more than 11,000 has overburdened services.", "2014-10-27")).toEqual([]);
    expect(read("Major General Akhtar Jamil Rao, General Officer Commanding of 45 Engineers Division of the Pakistan Army, said facilities were ready.", "2014-07-22")).toEqual([]);
    expect(read("Clinics are receiving an average of 200 patients per day.", "2015-05-22")).toEqual([]);
  });

  it("reads the twentieth development set: 'wounding four', 'jumped past 70', attackers, 'The previous day,', 'could pour', refuge taken in a country named before", () => {
    // (Reuters via Ahram Online, Iraq, 2013; AFP, Niger, 2019; Al Jazeera, Uganda, 2019; East Coast Daily, Sudan, 2020; Reuters via defenceWeb, 2018-02-16)
    expect(read("A bomb exploded in the town of Basmaiya, killing two and wounding four.", "2013-07-21")).toEqual([
      ["deaths", 2, "exact", "people"],
      ["injured", 4, "exact", "people"],
    ]);
    expect(read("The death toll from a coordinated wave of late-night car bombings the day before jumped past 70.", "2013-07-21")).toEqual([["deaths", 70, "more_than", "people"]]);
    expect(read("The raid took place on the night of Thursday to Friday with around 20 individuals attacking the village of Diblou.", "2019-07-27")).toEqual([]);
    expect(read("The previous day, 354 Congolese had crossed the nearby Lake Albert fleeing ethnic fighting.", "2019-06-01")).toEqual([["daily_outflow", 354, "exact", "people_per_day"]]);
    expect(read("Up to 200,000 refugees could pour into Sudan.", "2020-11-15")).toEqual([["refugees", 200_000, "projected", "people"]]);
    expect(read("In Nigeria’s Cross River state, bordering south-west Cameroon, more than 33,000 Cameroonians have taken refuge from violence, an official said.", "2018-02-16")).toEqual([["refugees", 33_000, "more_than", "people"]]);
    // (but a people taking refuge in its own country stays displaced)
    expect(read("In Cameroon, more than 33,000 Cameroonians have taken refuge in schools.", "2018-02-16")).toEqual([["idps", 33_000, "more_than", "people"]]);
  });

  it("keeps to what a third review found", () => {
    // rupees are money; abductions are no toll only right before the count; a unit's members are people; attackers who were
    // killed, and people attacked, are counted; "The previous day," dates a total as well as a day's count; "could flood"
    // and "may die" project nothing; "die-hard" and "executed by" are no deaths; fighters on the run are no displaced; only a
    // country that opens the sentence places its people abroad
    const cases: [string, (string | number)[][]][] = [
      ["A relief package of Rs 2 crore was sanctioned for the families displaced by the violence.", []],
      ["An ex gratia of ₹2 lakh each will be given to the next of kin of the deceased.", []],
      ["Gunmen abducted and killed 12 villagers in Zamfara state on Sunday.", [["deaths", 12]]],
      ["Eight people were abducted and 15 others killed when militants stormed the village.", [["deaths", 15]]],
      ["Russian shelling killed 25 Azov Battalion fighters in Mariupol.", [["deaths", 25]]],
      ["Troops killed 12 militants attacking a checkpoint near Maiduguri.", [["deaths", 12]]],
      ["Police said 12 men attacked by a mob in Jharkhand had died of their injuries.", [["deaths", 12]]],
      ["The previous day, the number of Burundian refugees in Tanzania reached 100,000, UNHCR said.", [["refugees", 100_000]]],
      ["Some 85,000 children under five may die of hunger, Save the Children said.", []],
      ["The die-hard militia has displaced 40,000 people in Ituri.", [["idps", 40_000]]],
      ["Some 5,000 refugees were moved under a plan executed by the army.", [["refugees", 5000]]],
      ["The army said 300 Boko Haram fighters were on the run after the offensive.", []],
      ["With ISIS fighters in Syria pushing east, 500,000 Iraqis have sought refuge in Kurdistan.", [["idps", 500_000]]],
    ];
    for (const [text, want] of cases) expect(read(text, "2015-01-01").map((f) => f.slice(0, 2)), text).toEqual(want);
    expect(read("Over 700,000 Rohingya have crossed into Bangladesh since August, where rains could flood the camps.", "2017-11-01")).toEqual([["refugees", 700_000, "over", "people"]]);
    expect(read("The toll climbed well past 200 by Friday.", "2015-01-01")).toEqual([["deaths", 200, "more_than", "people"]]);
  });

  it("reads the twenty-first development set: 'injure more than six', 'murdered and beheaded five', the number of families", () => {
    // (Addis Standard, 2020-07-29; AIM via allAfrica, 2019-08-28; IOM via ReliefWeb, Iraq, 2014-02-28)
    expect(read("Gunmen kill two, injure more than six in Benishangul Gumuz region.", "2020-07-29")).toEqual([
      ["deaths", 2, "exact", "people"],
      ["injured", 6, "more_than", "people"],
    ]);
    expect(read("Terrorists murdered and beheaded five people on Tuesday.", "2019-08-28")).toEqual([["deaths", 5, "exact", "people"]]);
    expect(read("The number of families displaced from Anbar has almost doubled over the past week from 5,858 to 10,310.", "2014-02-28")).toEqual([]);
    expect(read("The number of families displaced rose to 4,000, or 24,000 people.", "2014-02-28").map((f) => f.slice(0, 2))).toEqual([["idps", 24_000]]);
  });
});
