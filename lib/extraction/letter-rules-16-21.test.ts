import { describe, expect, it } from "vitest";
import { expectPairs, letter as read, type PairCase } from "./test-support";

// read by the letter (fixtures/LETTER.md), continued: the sixteenth to twenty-first development sets, and what a
// second and a third review of their rules found
describe("rules read by the issue's letter, the sixteenth to twenty-first rounds", () => {
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
    const cases: PairCase[] = [
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
    expectPairs(cases, "2015-01-01");
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
    const cases: PairCase[] = [
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
    expectPairs(cases, "2015-01-01");
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
