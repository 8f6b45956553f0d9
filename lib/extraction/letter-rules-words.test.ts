import { describe, it } from "vitest";
import { expectPairs } from "./test-support";

// Words for a metric, a day's count, and numbers that count no one, read from the development sets (fixtures/LETTER.md):
// each sentence is from a real report, and the numbers the rules read wrong there are what the annotators recorded.
describe("rules read by the issue's letter: words for a metric, a day's count, and numbers that count no one", () => {
  it("reads deaths and the displaced from the words reports use for them", () => {
    expectPairs([
      // (Niger's defence ministry, 2020; Chhattisgarh, 2017; Chad, 2020; Kunduz, 2015; Karabakh, 2020; Cabo Delgado, 2020)
      ["According to Defense Ministry Spokesman, Colonel Souleymane Gazobi, sixty-three terrorists were \u201cneutralized\u201d and several motorcycles destroyed.", [["deaths", 63]]],
      ["24 CRPF jawans martyr in encounter with Maoists in Chhattisgarh's Sukma", [["deaths", 24]]],
      ["\u201cWe lost 92 of our soldiers, non-commissioned officers and officers,\u201d Aljazeera quoted the president.", [["deaths", 92]]],
      ["One resident told how he lost 16 family members to insurgents in just one incident.", [["deaths", 16]]],
      ["Mozambique: insurgents behead five in Macomia district", [["deaths", 5]]],
      ["Last Friday, insurgents shot dead two villagers in Nangade district who were returning home after fetching food.", [["deaths", 2]]],
      // (Assam, 2012; Zamboanga, 2013; Beirut, 2020; Maguindanao, 2015; Mosul, 2017; Kashmir, 2014)
      ["Assam: About 3 lakh people still in relief camps", [["idps", 300_000]]],
      ["The DSWD said 3,759 persons or 979 families are still staying in 13 evacuation centers.", [["idps", 3759]]],
      ["An estimated 300,000 people are believed to have lost their homes, according to the governor.", [["idps", 300_000]]],
      ["Maguindanao\u2019s bakwits now 125,302; grandmas say they\u2019re too old to evacuate", [["idps", 125_302]]],
      ["A total of 28,400 people have run away since an offensive to retake the dense western half of the city began.", [["idps", 28_400]]],
      ["On the Indian side, officials were evacuating tens of thousands of people from the town of Arnia and nearby villages.", [["idps", 10_000]]],
    ]);
  });

  it("reads a day's crossings from a headline or the day named after the verb", () => {
    expectPairs([
      // (RIA Novosti on Rostov, 2014; the Mosul offensive, 2016; AP on Hungary, 2015)
      ["Over 7,000 Ukrainians Flee to Russia\u2019s Rostov Region in Past Day", [["daily_outflow", 7000]]],
      ["Camp opens following largest displacement since start of Mosul offensive, as 8,000 men, women and children flee frontlines in past 24 hours", [["daily_outflow", 8000]]],
      ["Hungary sees record number of migrants: Over 3,200 in 1 day", [["daily_outflow", 3200]]],
      // (but a flight forced on one evening is no day's rate, and a day's deaths stay deaths)
      ["The offensive forced thousands of internally displaced persons (IDPs) to flee nearby camps on Tuesday evening.", [["idps", 1000]]],
      ["In the past day, 40 people were killed in the city.", [["deaths", 40]]],
    ]);
  });

  it("counts no one in rates per head, datelines, dates with dashes, road numbers, file names, capacities, populations or samples", () => {
    expectPairs([
      // (Latin Post on Honduras, 2016; CISA, 2015; Nigeria police, 2017; Brazil, 2018; Benar News, 2019; Tanzania, 2015)
      ["The nation's murder rate fell from 68 per 100,000 in 2014, to 61 per 100,000 last year.", []],
      ["KAMPALA, JUNE 12, 2015(CISA)- Hundreds of refugees from Burundi continue to arrive in Uganda.", [["refugees", 100]]],
      ["\u201cOn 22-10-2017 at about 2020hrs, a male suicide bomber detonated an IED, killing 5 people.\u201d", [["deaths", 5]]],
      ["Venezuelan migrants plod along highway 174 on their way from the border town of Pacaraima to Boa Vista.", []],
      ["Narathiwat and Pattani, Thailand 190125-TH-violence-800.jpg A police bomb expert looks at a lamp post.", []],
      ["Nyarugusu is one of the oldest refugee camps in the world, designed for approximately 50,000 people.", []],
      // (Philippines, 2017; Mozambique, 2021; Reuters and MSF on Rohingya refugees, 2017)
      ["The militants had killed 19 civilians in Marawi, a mostly Muslim-populated city of 200,000 people.", [["deaths", 19]]],
      ["That represents about 1.4 percent of Mozambique\u2019s population estimated at about 29 million.", []],
      ["The country's internally displaced population is estimated at 430,000 people.", [["idps", 430_000]]],
      ["Seven refugees interviewed by Reuters gave some of the first accounts of the violence.", []],
      ["The group's findings come from six surveys of more than 11,426 people in Rohingya refugee camps.", []],
      ["\u201cThose who stayed are dying,\u201d said one refugee carrying a child in her arms.", []],
    ]);
  });
});
