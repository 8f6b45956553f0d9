import { describe, expect, it } from "vitest";
import { extractWithDoubts } from "./extract";
import { abroadAt } from "./peoples";
import { crossedIntoACountry, crossingMetric, fledWithinOwnCountry, hostedAbroad, inAnotherCountry } from "./abroad";
import { findNumbers } from "./numbers";
import { readByRules } from "./read";
import { letter as read } from "./test-support";

// read by the letter (fixtures/LETTER.md): classes an audit of war reporting found (probe sentences written in the
// style of the held-out wars' reports, none taken from them), each tested here on real sentences from other conflicts
describe("rules read by the issue's letter, from an audit of war reporting", () => {
  it("counts people the report names by any noun when its own words say they were killed, wounded or died", () => {
    // (AP via The Day, Afghanistan, 2012-09-05; Garowe Online, Somalia, 2020-08-18; a development passage: before, no figure
    // for a noun the rules did not know as people)
    expect(read("Afghan officials say at least 25 mourners were killed.", "2012-09-05")).toEqual([["deaths", 25, "at_least", "people"]]);
    expect(read("Government spokesman Ismael Mukhtar Omar said five al-Shabab fighters were also killed by security forces when the attackers stormed the hotel.", "2020-08-18")).toEqual([["deaths", 5, "exact", "people"]]);
    expect(read("Five of the 16 people killed were the attackers, while one police officer was killed in the rescue operation.", "2020-08-18")).toEqual([
      ["deaths", 5, "exact", "people"],
      ["deaths", 16, "exact", "people"],
      ["deaths", 1, "exact", "people"],
    ]);
    // (but not what a killing verb takes that is no people, nor a count of things the words after say were hit: LA Times,
    // Afghanistan, 2017-06-03)
    expect(read("The blasts in the Afghan capital killed at least seven people and wounded 119, the government said.", "2017-06-03")).toEqual([
      ["deaths", 7, "at_least", "people"],
      ["injured", 119, "exact", "people"],
    ]);
    expect(read("Three explosions rocked the cemetery where mourners including government ministers had gathered at 3pm.", "2017-06-03")).toEqual([]);
    // (guards a review wrote: the people of a clause after "where" or "whose", things executed or hurt, animals)
    for (const text of ["Fighting spread to 12 villages where civilians were killed.", "Rebels overran 12 villages whose residents were killed.", "Some 40 projects were executed by the ministry last year.", "Over 200 businesses were hurt by the blockade.", "About 500 dogs were killed."]) expect(read(text), text).toEqual([]);
  });

  it("reads a people a country is home to, or hosts, as abroad when the country is not theirs", () => {
    // (the words before the count name the host: "Pakistan is home to 1.4 million Afghans", "Lebanon, home to more than …")
    expect(hostedAbroad("Afghans", "Pakistan is home to ", " who fled the war")).toBe(true);
    expect(hostedAbroad("Palestinians", "Lebanon, home to more than ", " who fled the war")).toBe(true);
    expect(hostedAbroad("Burundians", "Tanzania is hosting over ", " who fled the violence")).toBe(true);
    expect(hostedAbroad("Burundians", "the camp is home to ", " who fled the violence")).toBe(false);
    expect(inAnotherCountry("Afghans", " who fled the war", "Pakistan is home to ")).toBe(true);
    expect(inAnotherCountry("Burundians", " within two camps", "Tanzania is hosting over ")).toBe(true);
    expect(inAnotherCountry("Pakistanis", " who fled the war", "Pakistan is home to ")).toBe(false);
    expect(inAnotherCountry("Kurds", " who fled the war", "Iraq is home to ")).toBe(false);
    // (only where the words say people fled: not a diaspora, workers or guests)
    expect(inAnotherCountry("Poles", "", "Britain is home to more than ")).toBe(false);
    expect(inAnotherCountry("Egyptians", " working in construction", "Saudi Arabia hosts about ")).toBe(false);
    expect(hostedAbroad("Afghans", "France hosted ", " who fled the war")).toBe(false);
  });

  it("reads a people sent to a region of their own country, named by its possessive, as displaced at home", () => {
    // (a development set's "Over 7,000 Ukrainians Flee to Russia's Rostov Region" stays abroad)
    expect(fledWithinOwnCountry(" fled into Ethiopia's Amhara region", "Ethiopians")).toBe(true);
    expect(fledWithinOwnCountry(" have fled to Russia's Rostov Region since Sunday", "Ukrainians")).toBe(false);
    expect(fledWithinOwnCountry(" have fled to Syria's northern Idlib province", null)).toBe(false);
    expect(fledWithinOwnCountry(" fled to Ethiopia's border with Sudan", "Kurds")).toBe(false);
    expect(fledWithinOwnCountry(" fled into Ethiopia's Amhara region and Sudan", "Ethiopians")).toBe(false);
  });

  it("reads a people in or sent to a place abroad for them as refugees, by the places table", () => {
    // (Reuters, Brazil, 2018-03-06, a development passage: before, added by the tagger alone, less sure)
    const [living] = extractWithDoubts("According to the federal government around 40,000 Venezuelans are now living in Boa Vista, the capital of Brazil’s northern state of Roraima, which neighbors Venezuela.", { publishedOn: "2018-03-06" });
    expect([living!.metric, living!.value, living!.qualifier, living!.added ?? false]).toEqual(["refugees", 40_000, "about", false]);
    // (a place of several countries is abroad only when none is theirs; an unknown people or place says nothing)
    expect(abroadAt("Rohingya", "Cox's Bazar")).toBe(true);
    expect(abroadAt("Afghans", "Peshawar")).toBe(true);
    expect(abroadAt("Afghans", "Kabul")).toBe(false);
    expect(abroadAt("Libyans", "Tripoli")).toBe(false);
    expect(abroadAt("Kurds", "Erbil")).toBeUndefined();
    expect(abroadAt("Afghans", "Nowhereville")).toBeUndefined();
    // (only a place next door: a town's name abroad far away is more likely met by chance, "Raya" is India's and Ethiopia's;
    // a month is no place)
    expect(abroadAt("Ethiopians", "Raya")).toBeUndefined();
    expect(abroadAt("Iraqis", "Kurdistan")).toBe(false);
    expect(abroadAt("Ukrainians", "Przemysl")).toBe(true);
    expect(abroadAt("Ethiopians", "March")).toBeUndefined();
    expect(crossedIntoACountry(" fled in March", "Ethiopians")).toBe(false);
    expect(crossedIntoACountry(" fled to Moyale within Ethiopia", "Ethiopians")).toBe(false);
    expect(crossedIntoACountry(" of Rohingya have arrived in Cox's Bazar", "Rohingya")).toBe(true);
    expect(crossedIntoACountry(" have fled to Kabul", "Afghans")).toBe(false);
  });

  it("reads a country named only where it is written as one ('arrived by car' names no Central African Republic)", () => {
    // (constructed)
    expect(crossingMetric("Some 2,000 people arrived by car on Monday.", "idps")).toBe("idps");
    expect(crossingMetric("Some 2,000 people arrived in Chad on Monday.", "idps")).toBe("refugees");
    expect(crossingMetric("Some 2,000 people crossed the border on Monday.", "idps")).toBe("refugees");
  });

  it("reads 'in <country>' after a clause of its own as where the fighting is, not where people fled", () => {
    // (constructed: "fled to a camp in Chad" crosses a border, "fled to Maiduguri as fighting in Nigeria spread" does not)
    expect(read("Some 5,000 people fled to a camp in Chad.", "2016-03-01")).toEqual([["refugees", 5000, "about", "people"]]);
    expect(read("About 3,000 people fled to Maiduguri as fighting in Nigeria spread.", "2016-03-01")).toEqual([["idps", 3000, "about", "people"]]);
  });

  it("reads a period spelt out at the far end of the count's clause as its rate, but not 'daily' there", () => {
    // (development passages: Pakistan Point, Venezuela, 2018-08-29; asmarino.com, Eritrea, 2011-08-05; UNHCR via ReliefWeb,
    // DR Congo, 2017-06-15: before, each a total of refugees, the period more than 100 characters after the count)
    expect(read("About 500 Venezuelans cross the Brazilian border through the state of Roraima in the north of the country every day, many of whom then settle in shelters and refugee camps in Boa Vista.", "2018-08-29")).toEqual([["daily_outflow", 500, "about", "people_per_day"]]);
    expect(read("UNHCR, however, says about 800 to 1,000 Eritreans reached Ethiopian refugee camps in Shimelba, Maiaini and Adi-Harush in Tigray Regional state every month.", "2011-08-05")).toEqual([["daily_outflow", 800, "about", "people_per_month"]]);
    expect(read("As the security conditions in the Kasai Province deteriorate, hundreds of Congolese asylum-seekers, mostly children and women, continue to flee to northern Angola every day.", "2017-06-15")).toEqual([["daily_outflow", 100, "about", "people_per_day"]]);
    // ("daily" so far off is another noun's: China.org.cn, Afghanistan, 2016-10-11)
    const kunduz = read("Initial reports indicate that over 32,400 people have fled Kunduz and are arriving in Taloqan, Kabul, Pul-e-Khumri, Taloqan and Mazar-i-Sharif, UN spokesman Stephane Dujarric said at a daily news briefing.", "2016-10-11");
    expect(kunduz.map(([, value, , unit]) => [value, unit])).toEqual([[32400, "people"]]);
    // (guards a review wrote: a period of an attribution, a relative clause, a meal or an offensive, or with no verb of moving)
    for (const text of [
      "More than 2,000 people have fled the fighting in Tigray into Sudan over the weekend, UNHCR spokesman Babar Baloch told reporters at the briefing the agency holds each week in Geneva.",
      "At least 15,000 people have crossed into eastern Sudan from Ethiopia's Tigray region, the United Nations said on Friday, as federal troops pressed on a month into the offensive.",
      "More than 20,000 displaced people sheltering in the camps around Maiduguri in Nigeria's northeastern Borno state are now surviving on a single meal a day, aid workers said.",
      "At least 50 protesters have been killed by security forces in Myanmar's towns and cities, according to the Assistance Association for Political Prisoners, in the month since the military seized power.",
    ]) expect(read(text).map(([, , , unit]) => unit), text).toEqual(["people"]);
  });

  it("gives a bare count by place, after a figure of its sentence, that figure's metric", () => {
    // (development passages: defenceWeb, Niger, 2015; Rio Grande Digital, Mexico, 2011-08-07; Hürriyet Daily News, Bangladesh,
    // 2013-12-15: before, "two", "seven" and "four" counted no people)
    expect(read("The Islamist group first took the town of Bosso near the Nigerian border on Friday in an attack in which 30 soldiers from Niger and two from Nigeria were killed.", "2015-06-09")).toEqual([
      ["deaths", 30, "exact", "people"],
      ["deaths", 2, "exact", "people"],
    ]);
    expect(read("June 20 was the most violent day of 2011 in Mexico, with 46 violent deaths related to drug trafficking — 35 deaths in Nuevo León, seven in Ciudad Juárez and four in Durango, according to the newspaper report.", "2011-08-07").filter(([, value]) => value !== 46 && value !== 35)).toEqual([
      ["deaths", 7, "exact", "people"],
      ["deaths", 4, "exact", "people"],
    ]);
    expect(read("Six people were killed on Sunday, including four in the northern town of Patgram, and another seven died elsewhere overnight, police said.", "2013-12-15")).toContainEqual(["deaths", 4, "exact", "people"]);
    // (guards a review wrote: a count by place with words of its own after it, a verb of its own before it, after a number
    // that is no figure, or past a semicolon)
    expect(read("At least 13 people were killed in the attack and 300 from Kidal fled to Algeria.")).toEqual([["deaths", 13, "at_least", "people"], ["refugees", 300, "exact", "people"]]);
    expect(read("The attack killed 11 people, and 6 in Bamako were wounded.")).toEqual([["deaths", 11, "exact", "people"], ["injured", 6, "exact", "people"]]);
    for (const text of ["Troops killed 17 militants in the operation and arrested 9 in Kunduz.", "At least 8 people were killed when militants attacked 3 schools, 2 in Kunduz and 1 in Baghlan.", "The quake killed 20 people; aftershocks of magnitude 5 in Herat were felt later."]) expect(read(text).length, text).toBe(1);
    // (not one with words of its own: a development passage, Addis Standard, Ethiopia, 2020-07-29)
    expect(read("Addis Abeba, July 29/2020 – Armed men killed 14 civilians and injured more than six in Metekel zone, Guba Wereda in Benishangul Gumuz regional state on July 27 night, Amhara Mass Media Agency (AMMA) reported yesterday.", "2020-07-29")).toEqual([
      ["deaths", 14, "exact", "people"],
      ["injured", 6, "more_than", "people"],
    ]);
  });

  it("reads a flight into a country the rules' list lacked (South Africa, the UAE…) as one abroad", () => {
    // (IWPR, Zimbabwe, undated: before, displaced at home, added by the tagger)
    expect(read("Samson Ncube is just one of some two million Zimbabweans who in the past few years have made their way into South Africa in desperate search for a change of luck.", "2008-01-01")).toEqual([["refugees", 2_000_000, "about", "people"]]);
  });

  it("reads the forty-sixth development set (war reporting): an adverb before the verb that killed, one dated day's flight, a crowd 'more' of a people", () => {
    // (The World, Mozambique, 2021-03-29: before, "Seven" counted no people)
    expect(read("Seven were brutally killed when militants ambushed a convoy leaving from Amarula hotel where some residents had been seeking shelter, Saranga said.", "2021-03-29")).toEqual([["deaths", 7, "exact", "people"]]);
    // (Radio Free Asia, Myanmar, 2020: before, both displaced people, not a day's outflow; and the headline, no figure)
    expect(read("On July 13 alone, more than 2,000 civilians from four Rathedaung communities and more than 80 people from Aung Thukha village in Maungdaw fled to Sittwe, volunteers helping displaced villagers said.", "2020-07-20")).toEqual([
      ["daily_outflow", 2000, "more_than", "people_per_day"],
      ["daily_outflow", 80, "more_than", "people_per_day"],
    ]);
    expect(read("Thousands more Myanmar villagers flee armed conflict in Rakhine State", "2020-07-20")).toEqual([["idps", 1000, "about", "people"]]);
    // (a dated day with no flight, or not "alone", stays what it was: a guard)
    expect(read("On July 13 alone, 40 people were killed in the shelling.", "2020-07-20")).toEqual([["deaths", 40, "exact", "people"]]);
  });

  it("gives a count or tally in its own clause the metric of the figure before it, as 'the figure' had", () => {
    // (the form the tenth session's audit of war reporting wrote, "its latest count stood at"; no real sentence of it was found)
    expect(read("The conflict has killed tens of thousands of people, according to the health ministry. Its latest count stood at 32,070 on Sunday.")).toContainEqual(["deaths", 32070, "exact", "people"]);
    // (not a tally in another clause than the number's: AP via the Albuquerque Journal, Ukraine, 2022-03-03)
    expect(read("GENEVA — The U.N. refugee agency said Thursday that 1 million people have now fled Ukraine since Russia's invasion less than a week ago, an exodus without precedent in this century for its speed.\n\nThe tally from the U.N. High Commissioner for Refugees amounts to more than 2% of Ukraine's population — which the World Bank counted at 44 million at the end of 2020 — on the move across borders in just seven days.", "2022-03-03")).toEqual([["refugees", 1_000_000, "exact", "people"]]);
  });

  it("reads the forty-seventh development set (war reporting): 'ten of thousands' as a page misprints it, a place's population by 'whose'", () => {
    // (UNHCR, Mali, 2012: before, 10 and 1,000 refugees)
    expect(read("Fighting in northern Mali between government forces and a Tuareg rebel group, which erupted in January, has forced ten of thousands of people to flee their homes and to seek safety in neighbouring countries such as Niger, Mauritania and Burkina Faso.", "2012-03-15")).toEqual([["refugees", 10_000, "about", "people"]]);
    // (ruetir.com, Haiti, 2024-03-22: before, 3 million displaced; but a people's population is the people: a guard)
    expect(read("Most of the displaced have moved to Haiti’s southern region, which is generally more peaceful compared to Port-au-Prince, whose population is estimated at 3 million and remains largely crippled by gang violence.", "2024-03-22")).toEqual([]);
    expect(read("The Rohingya, whose population is estimated at 900,000, fled Myanmar.")).toEqual([["refugees", 900_000, "about", "people"]]);
  });

  it("reads the forty-eighth development set (war reporting, Africa): the buried, 'the slaughter of', a decimal comma, 'fewer than', a newspaper called a daily", () => {
    // (The Guardian via lawakhigbe.com, Nigeria, 2022-01-10: before, no figure; but not those "buried under the rubble")
    expect(read("“More than 140 people were buried across the 10 villages and the search for more bodies is ongoing because many people are unaccounted for,” Hamidu said.", "2022-01-10")).toEqual([["deaths", 140, "more_than", "people"]]);
    expect(read("At least 20 people were buried under the rubble.")).toEqual([]);
    // (AP via 6abc.com, DR Congo, 2008-11-09: before, no figure)
    expect(read("The fighting in Congo is fueled by ethnic hatred left over from the 1994 slaughter of 500,000 Tutsis in Rwanda.", "2008-11-09")).toEqual([["deaths", 500_000, "exact", "people"]]);
    // (Mail & Guardian, Uganda, 2004-02-06: before, 1 and 2 million; and a range with thousands set off by spaces)
    expect(read("The 17-year-old rebel war in northern Uganda has displaced more than 1,2-million people, who currently live in congested and squalid conditions in camps set up by the army.", "2004-02-06")).toEqual([["idps", 1_200_000, "more_than", "people"]]);
    expect(findNumbers("Between 6 000 and 10 000 people are sheltered in Abia camp.").map((n) => [n.value, n.low, n.high])).toEqual([[6000, 6000, 10_000]]);
    // (AP via bodhiwire.com, Sudan, 2025-11-04: before, exact)
    expect(read("But fewer than 6,000 have reached the nearest camp for displaced people in Tawila, some 65 km (40 miles) away, said Shashwat Saraf, Sudan country director for the Norwegian Refugee Council (NRC), which operates the site.", "2025-11-04")[0]?.[2]).toBe("up_to");
    // (AP, Algeria, 1998-01-03: before, a rate per day)
    expect(read("The total death toll of 412 was first reported by the independent daily Liberte.", "1998-01-03")).toEqual([["deaths", 412, "exact", "people"]]);
  });

  it("keeps what a second review of this session's rules found (guards it wrote)", () => {
    // (a dated day's flight is its own count's, not the running total's after it)
    expect(read("On 2 March alone, some 40,000 refugees fled to Moldova, bringing the total to 300,000.")).toContainEqual(["refugees", 300_000, "exact", "people"]);
    // (people buried in debris, ruins or their homes are not said to be dead)
    for (const text of ["At least 50 people were buried in collapsed buildings after the strike.", "About 40 residents were buried in their homes when the missiles struck."]) expect(read(text).filter(([metric]) => metric === "deaths"), text).toEqual([]);
    // (a count is the figure before only when the count or tally leads into it)
    expect(read("At least 30 people were killed in election-day violence. The count was suspended in 45 polling stations.")).toEqual([["deaths", 30, "at_least", "people"]]);
    // (a camp or a host's people by "whose population" are refugees still)
    expect(read("Afghan refugees in Pakistan, whose population is estimated at 1.4 million, face deportation.")).toEqual([["refugees", 1_400_000, "about", "people"]]);
    // ("daily" before a capitalised word is a newspaper only after an article or a name)
    expect(read("About 500 people arrive daily Human Rights Watch said.")).toEqual([["daily_outflow", 500, "about", "people_per_day"]]);
    // (nearly killed is not killed)
    expect(read("A shell hit the market. Two were nearly killed, a witness said.")).toEqual([]);
  });

  it("reads the fiftieth development set: words that keep people home count only for the group they are said of", () => {
    // (UNHCR, DR Congo, 2012-07-10: before, displaced at home, from the unknown number "left … internally displaced")
    expect(read("Renewed fighting over the last week in Democratic Republic of the Congo's North Kivu province has caused more than 5,000 people to flee across the border into south-west Uganda and left an unknown number internally displaced.", "2012-07-10")).toEqual([["refugees", 5000, "more_than", "people"]]);
  });

  it("gives a count the keyword of its own side, not one past the next number (that number's)", () => {
    // (The Irish Times, Gaza, 2025-01-17: before, the rules read 46,700 as wounded, "wounded" a character nearer than "toll")
    const gaza = readByRules("The Palestinian death toll stands at more than 46,700 with 110,450 wounded, and 11,000 missing, according to the Gaza health ministry.", { publishedOn: "2025-01-17" });
    expect(gaza.reading.mentions.map((m) => m.rule.candidate?.metric ?? null)).toEqual(["deaths", "injured", null]);
    expect(read("The Palestinian death toll stands at more than 46,700 with 110,450 wounded, and 11,000 missing, according to the Gaza health ministry.", "2025-01-17")).toEqual([
      ["deaths", 46_700, "more_than", "people"],
      ["injured", 110_450, "exact", "people"],
    ]);
  });
});
