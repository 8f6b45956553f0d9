import { describe, expect, it } from "vitest";
import { extractFigures } from "./extract";
import { PART_DOUBT } from "./parts";

// Each case is copied from a passage of fixtures/dev-reports-2.json (its URL beside it), one per class of count that is
// no figure of its own, or was missed.
const brief = (text: string) => extractFigures(text, { publishedOn: "2024-06-01", publisher: "Wire", parts: "drop" }).map((f) => [f.metric, f.value, f.qualifier]);

describe("parts of a total", () => {
  it("drops counts by place that add up to a total given sentences before", () => {
    // https://www.thenews.com.pk/print/531265-nine-killed-in-two-burkina-faso-attacks
    const text = `OUAGADOUGOU: Nine people have been killed in two attacks in northern Burkina Faso, a region bearing the brunt of a revolt, officials said on Monday.
"Six people were killed by armed men overnight Saturday at Pissele, near Bourzanga," a security official said. Bourzanga is located about 50 kilometres (30 miles) south of Djibo, a hotspot for attacks.
A local administrative official said three people "were shot dead in the village of Bool-Kiiba," and their bodies were found after the assailants left.`;
    expect(brief(text)).toEqual([["deaths", 9, "exact"]]);
  });

  it("drops a list of countries that makes up most of the total before it", () => {
    // http://namnewsnetwork.org/?p=168346
    const text = `GENEVA, March 16 (NNN-AGENCIES) — Over 3 million Ukrainian refugees have arrived in neighboring countries, the Office of the United Nations High Commissioner for Refugees said.
According to the agency, the number of people who fled Ukraine between Feb 24 and March 15 has reached 3,000,381. A total of 1,830,711 people fled to Poland, 459,485 – to Romania, 337,315 – to Moldova, 267,570 – to
Hungary.`;
    expect(brief(text)).toEqual([
      ["refugees", 3_000_000, "over"],
      ["refugees", 3_000_381, "exact"],
    ]);
  });

  it("drops 'of those' and 'another' that together make the total", () => {
    // https://trtworld.com/africa/sudan-reopens-famine-camps-to-shelter-thousands-of-ethiopian-refugees-41411
    const text = `About 11,000 people have crossed from Ethiopia to Sudan fleeing the conflict in their home country and an estimated 50 percent of them are children, a UN refugee agency official has said. About 7,000 of those crossing have arrived at Hamdayat in Sudan's Kassala state, with another 4,000 arriving at Luqdi in al-Qadarif state.`;
    expect(brief(text)).toEqual([["refugees", 11_000, "about"]]);
  });

  it("keeps the parts, not the total, when they are of different kinds", () => {
    // https://www.s-part.org/unhcr-and-partners-call-for-urgent-support-for-refugees-from-ukraine-and-their-hosts-poland/
    expect(brief("The war has uprooted more than 12.7 million people so far in the past two months alone – of whom more than 5 million have fled as refugees across borders and 7.7 million are still displaced inside interior of the country.")).toEqual([
      ["refugees", 5_000_000, "more_than"],
      ["idps", 7_700_000, "exact"],
    ]);
    // https://kvia.com/news/2024/10/29/war-in-sudan-has-displaced-over-14-million-or-about-30-of-the-population-un-says/
    expect(brief("The International Organization for Migration says the war in Sudan has displaced more than 14 million people, or about 30% of the population, since it broke out over a year ago. It’s the world’s largest displacement crisis this year. Of those, 11 million are internally displaced and 3.1 million have fled to neighboring countries.")).toEqual([
      ["idps", 11_000_000, "exact"],
      ["refugees", 3_100_000, "exact"],
    ]);
    // http://www.delgazette.com/wire/national-wire/26946/un-mission-in-afghanistan-finds-children-bear-brunt-of-war
    expect(brief("The report also says that the total number of civilian casualties in the first half of 2016 rose by 4 percent, to 5,166 — 1,601 killed and 3,565 wounded.")).toEqual([
      ["deaths", 1601, "exact"],
      ["injured", 3565, "exact"],
    ]);
  });

  it("drops the counts of one group of the victims the sentence names", () => {
    // https://www.canindia.com/over-1300-afghans-killed-in-1st-half-of-2019-un-mission/
    const text = `Kabul, July 30 (IANS) Afghan civilians continue to bear the brunt of armed conflict as 1,366 of them were killed and 2,446 injured in the first half of 2019, a UN mission said on Tuesday. According to the UNAMA, women continue to be “disproportionately” impacted by the armed conflict in Afghanistan, which caused the deaths of 144 women and injured 286.`;
    expect(brief(text)).toEqual([
      ["deaths", 1366, "exact"],
      ["injured", 2446, "exact"],
    ]);
  });
});

describe("by default (the issue's letter, fixtures/LETTER.md)", () => {
  it("proposes the parts too, each less sure than the total they break down", () => {
    // https://www.thenews.com.pk/print/531265-nine-killed-in-two-burkina-faso-attacks (the first case above)
    const text = `OUAGADOUGOU: Nine people have been killed in two attacks in northern Burkina Faso, a region bearing the brunt of a revolt, officials said on Monday.
"Six people were killed by armed men overnight Saturday at Pissele, near Bourzanga," a security official said.
A local administrative official said three people "were shot dead in the village of Bool-Kiiba," and their bodies were found after the assailants left.`;
    const found = extractFigures(text, { publishedOn: "2024-06-01", publisher: "Wire" });
    expect(found.map((f) => [f.metric, f.value])).toEqual([
      ["deaths", 9],
      ["deaths", 6],
      ["deaths", 3],
    ]);
    expect(found[1]!.confidence).toBeCloseTo(found[0]!.confidence - PART_DOUBT);
    expect(found[2]!.confidence).toBeLessThan(0.8); // the review screen's "check closely"
  });

  it("leaves out a breakdown of a total by age or sex, and proposes one by place with the metric of its total, less sure", () => {
    // https://globaldemocracycoalition.org/library/forced-displacement-a-growing-crisis-in-sudan/
    const found = extractFigures("More than eight million people—including four million children—have been forced to flee their homes, with many displaced multiple times since fighting began.", { publishedOn: "2024-06-01", publisher: "Wire" });
    expect(found.map((f) => [f.metric, f.value, f.qualifier, f.confidence < 0.8])).toEqual([["idps", 8_000_000, "more_than", false]]);
    // (AFP, Ituri, 2020)
    const byPlace = extractFigures("DR Congo already counts some five million displaced people, including 1.2 million in Ituri.", { publishedOn: "2020-06-01", publisher: "Wire" });
    expect(byPlace.map((f) => [f.metric, f.value, f.confidence < 0.8])).toEqual([
      ["idps", 5_000_000, false],
      ["idps", 1_200_000, true],
    ]);
  });

  it("proposes a total of the displaced at home and abroad as the displaced, less sure, but no total of the killed and wounded", () => {
    const at = (text: string) => extractFigures(text, { publishedOn: "2024-06-01", publisher: "Wire" }).map((f) => [f.metric, f.value, f.confidence < 0.8]);
    // https://www.s-part.org/unhcr-and-partners-call-for-urgent-support-for-refugees-from-ukraine-and-their-hosts-poland/
    expect(at("The war has uprooted more than 12.7 million people so far in the past two months alone – of whom more than 5 million have fled as refugees across borders and 7.7 million are still displaced inside interior of the country.")).toEqual([
      ["idps", 12_700_000, true],
      ["refugees", 5_000_000, false],
      ["idps", 7_700_000, false],
    ]);
    // http://www.delgazette.com/wire/national-wire/26946/un-mission-in-afghanistan-finds-children-bear-brunt-of-war
    expect(at("The report also says that the total number of civilian casualties in the first half of 2016 rose by 4 percent, to 5,166 — 1,601 killed and 3,565 wounded.")).toEqual([
      ["deaths", 1601, false],
      ["injured", 3565, false],
    ]);
  });
});

describe("restatements and increments", () => {
  it("drops 'the 4,000 displaced persons' after 'More than 4,000 people were displaced'", () => {
    // https://nema.gov.ng/thousands-displaced-after-deadly-boko-haram-attack-in-nigeria/
    const text = `MAIDUGURI, Nigeria, Aug. 26 — More than 4,000 people were displaced in Nigeria’s northeastern Borno State after a deadly attack by suspected Boko Haram militants last week, the National Emergency Management Agency (NEMA) said Monday.
NEMA spokesperson Abdulkadir Ibrahim said in a statement that the 4,000 displaced persons were mostly women, children, fishermen and farmers.`;
    expect(brief(text)).toEqual([["idps", 4000, "more_than"]]);
  });

  it("keeps 'a further 902 injured' after a count of the killed, and the 'at least' with the killed", () => {
    // https://www.nation.com.pk/19-Aug-2023/over-2-400-killed-in-haiti-gang-violence-since-january-un
    expect(brief("“Between January 1 and August 15 of this year, at least 2,439 people have been killed and a further 902 injured,” UN rights office spokeswoman Ravina Shamdasani told reporters in Geneva.")).toEqual([
      ["deaths", 2439, "at_least"],
      ["injured", 902, "exact"],
    ]);
  });
});

describe("numbers that count no victims", () => {
  it.each([
    // ages: https://brecorder.com/news/amp/40048051, https://www.bbc.co.uk/news/world-europe-66589595
    "He said more than 30 percent of the refugees were estimated to be aged under 18, while five percent were over 60.",
    "The three who reportedly died - two women and a man aged 63 to 88 - were sitting on a bench in Torske when shelling hit, officials said.",
    // one in every: https://anichin-myid.netlify.app/host-https-reliefweb.int/country/sdn
    "Within Sudan, 1 out of every 5 people are internally displaced.",
    // populations: https://newsdigest360.com/article-detail?param=d92b87ace2c7f28982b3e4cfcbcd7123
    "Before the Russian invasion roughly 260,000 people lived in the city of Sumy; 280,000 in Chernihiv; 430,000 in Mariupol; 475,000 in Mykolaiv and 1.4m in Kharkiv. The invaders have nearly surrounded the capital, Kyiv, once home to some 4m people.",
    // aid planned, given or received: https://www.middleeastmonitor.com/20230510-wfp-plans-to-immediately-reach-380000-vulnerable-people-in-sudan/,
    // https://reliefweb.int/report/sudan/wfp-sudan-country-brief-march-2021, https://www.s-part.org/unhcr-and-partners-call-for-urgent-support-for-refugees-from-ukraine-and-their-hosts-poland/
    "It added that the emergency food distributions to newly displaced Sudanese in Gezira State will start in the coming days.“We have every intention to continuing our life-saving work and are planning to reach over 380,000 people immediately,” it said.",
    "In March, nearly 57,000 refugees in Tunaydbah settlement, Um Rakuba refugee camp, Hamdayet reception centre, and Village 8 transit centre received monthly emergency food rations (cereals, pulses, vegetable oil and salt).",
    "Launching an updated Regional Refugee Response Plan (RRRP) for the situation in Ukraine yesterday, UNHCR and partners are seeking $1.85 billion to support 8.3 million expected refugees in the countries.",
    // displaced at home and abroad together: https://reliefweb.int/report/sudan/sudan-humanitarian-update-23-august-2023-enar
    "To date, more than 4.5 million people have been displaced inside and outside the country due to the conflict that erupted on 15 April.",
    // first or superseded estimates, caseloads from before: https://english.alarabiya.net/News/world/2022/04/26/UN-expects-more-than-8-mln-Ukrainians-to-flee-as-refugees-,
    // https://citizen.co.za/news/news-world/news-africa/death-toll-in-niger-village-massacre-rises-to-105/amp, https://www.thesundaily.my/world/un-number-of-internally-displaced-in-sudan-doubles-to-700000-in-one-week-IN10953748
    "The UN refugee agency, which initially had forecast that up to four million people would flee the war in Ukraine, said it would need $1.85 billion to support the refugees hosted in neighboring countries.",
    "Local officials previously said 100 people were killed in Saturday’s twin assaults, the highest civilian toll in the Sahel since jihadists launched a revolt in northern Mali in 2012 before advancing into Niger and Burkina Faso.",
    "Before the fighting erupted, 3.7 million people had been internally displaced in Sudan, mainly in the western Darfur region, reported Xinhua.",
    // killed and hurt together, a disaster: https://www.iom.int/news/gang-violence-displaces-165000-haiti-hinders-aid-efforts,
    // https://www.voanews.com/a/at-least-234-dead-hurt-in-5-days-of-haiti-gang-violence-un-says/6661673.html
    "More than 1,630 people were killed, wounded or kidnapped in Haiti in the first three months of 2023, a 30 per cent increase compared to the previous quarter, according to the United Nations Integrated Office in Haiti.",
    "At Least 234 Dead, Hurt in 5 Days of Haiti Gang Violence, UN Says",
    // returnees, a superseded first post: https://reliefweb.int/report/democratic-republic-congo/democratic-republic-congo-humanitarian-highlights-4-1-15-september-2022,
    // https://radioshoma934.ae/news/international-news/massive-missile-attack-by-russia-kills-at-least-3-in-ukraines-kryvyi-rih
    "As of 13 September, more than 14,000 Congolese refugees have returned from Uganda and settled in the Rwasa IDP site in Rutshuru territory.",
    "In an earlier post, he had said three people were killed, at least seven were believed trapped under the rubble and that 25 others were wounded.",
    "Gang violence killed or injured at least 234 people from July 8-12 in Haiti's Cite Soleil, an impoverished and densely populated neighborhood of the capital Port-au-Prince, the United Nations said on Saturday.",
    "The country is facing additional pressure due to severe floods caused by torrential rains, affecting over 46,000 people and displacing over 13,000 others, and a 4.9 Richter earthquake on 6 June, further compounding the humanitarian situation.",
  ])("%s gives nothing", (text) => expect(brief(text)).toEqual([]));
});

describe("counts that were missed", () => {
  it.each([
    // https://globaldemocracycoalition.org/library/forced-displacement-a-growing-crisis-in-sudan/
    ["More than eight million people—including four million children—have been forced to flee their homes, with many displaced multiple times since fighting began.", ["idps", 8_000_000, "more_than"]],
    // https://english.alarabiya.net/News/world/2023/01/14/-Myanmar-airstrike-kills-five-including-mother-and-toddler
    ["Myanmar airstrike kills five, including mother and toddler", ["deaths", 5, "exact"]],
    ["Another four people were wounded, the ethnic rebel group said.", ["injured", 4, "exact"]],
    // https://ec2-15-188-152-128.eu-west-3.compute.amazonaws.com/2023/03/31/children-among-8-killed/
    ["Children among 8 killed in Myanmar military air strike – rights group, media", ["deaths", 8, "exact"]],
    // https://www.thedefensepost.com/2021/06/25/10-dead-western-niger-attacks/
    ["At Least 10 Dead in Western Niger Attacks: Local Officials", ["deaths", 10, "at_least"]],
    // https://citizen.co.za/news/news-world/news-africa/death-toll-in-niger-village-massacre-rises-to-105/amp
    ["Twenty-six people suffered bullet wounds and “hundreds” of grain and forage stores were torched, he said.", ["injured", 26, "exact"]],
    // https://www.middleeastmonitor.com/20171127-somalia-10000-flee-conflict-uptick-in-south/
    ["Somalia: 10,000 flee conflict uptick in south", ["idps", 10_000, "exact"]],
    ["Last week, “more than 100” Al-Shabaab fighters were killed in a United States air strike which targeted a military camp.", ["deaths", 100, "more_than"]],
    // https://www.wola.org/2025/01/urgent-call-to-end-violence-and-address-humanitarian-crisis-in-catatumbo-colombia/
    ["Colombia’s Foreign Ministry reported that sixty persons fled to the Zulia state in Venezuela.", ["refugees", 60, "exact"]],
    // https://global-world-news.com/more-than-2-5-million
    ["However, with around 200,000 people having fled to neighbouring countries over the past 24 hours, a U.N. refugee official said they may have to revise that figure higher.", ["daily_outflow", 200_000, "about"]],
    // https://www.tribuneindia.com/news/world/refugee-surge-to-hit-1mn-soon-un-374640
    ["The UN refugee agency says more than 8,74,000 people have fled Ukraine since Russia’s invasion last week.", ["refugees", 874_000, "more_than"]],
    // the third set, fixtures/dev-reports-3.json: https://medafricatimes.com/33307-nine-villagers-killed-by-cameroonian-english-speaking-separatists.html
    ["Nine villagers killed by Cameroonian English-speaking separatists", ["deaths", 9, "exact"]],
    // https://www.pravda.com.ua/eng/news/2023/04/28/7399788/
    ["One child has been wounded and several apartments damaged when Russian missile debris fell on a residential multi-storey building in the city of Ukrainka, Kyiv Oblast.", ["injured", 1, "exact"]],
    // https://legitnews247.com/a-missile-struck-an-apartment-building-in-kharkiv-ukraine-the-governor-said/
    ["A missile struck an apartment building in Kharkiv, Ukraine, on Sunday, killing one person, injuring at least three others and causing extensive damage, according to regional governor Oleh Sinehubov.", ["injured", 3, "at_least"]],
    // https://trtworld.com/africa/gunmen-kill-dozens-of-civilians-in-anglophone-cameroon-57597
    ["Clashes between militants and security forces have claimed more than 6,000 lives and displaced around a million people, according to the International Crisis Group (ICG).", ["idps", 1_000_000, "about"]],
    // https://brusselsreporter.com/globe/2025/sudanese-refugees-resort-eating-charcoal/
    ["Earlier this month, the paramilitary group Rapid Support Forces (RSF) launched an attack on the Zamzam camp, resulting in the displacement of tens of thousands of residents who had sought refuge there for nearly two decades, following previous conflicts in the region.", ["idps", 10_000, "about"]],
    // https://disqusborders.com/world/lebanon-deadly-attacks-by-israeli-army-continue-food-insecurity-worsens
    ["1.4 million citizens have been forced to migrate to Lebanon so far, of which 875,000 have been internally displaced.", ["idps", 875_000, "exact"]],
    // https://viralnews.memeiros.com/2024/11/at-least-59-killed-in-24-hours-in-more.html
    ["But it was in the Baalbek-Hermel region, in eastern Lebanon, that one of the deadliest attacks took place, against a Civil Defense center, causing the death of at least 15 rescuers, in addition to other actions in the area that left 13 more dead.", ["deaths", 13, "exact"]],
  ] as const)("%s → %j", (text, figure) => expect(brief(text)).toContainEqual([...figure]));
});
