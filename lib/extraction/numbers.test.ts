import { describe, expect, it } from "vitest";
import { findNumbers, readNumber } from "./numbers";

describe("readNumber", () => {
  it.each([
    ["70,000", 70_000],
    ["1,367,413", 1_367_413],
    ["1.1 million", 1_100_000],
    ["2.5m", 2_500_000],
    ["1-million", 1_000_000],
    ["two million", 2_000_000],
    ["a quarter of a million", 250_000],
    ["half a million", 500_000],
    ["three quarters of a million", 750_000],
    ["twenty-five thousand", 25_000],
    ["a million", 1_000_000],
    ["five hundred", 500],
    ["8,74,000", 874_000],
    ["8 mln", 8_000_000],
  ])("reads %j as %d", (text, value) => expect(readNumber(text)).toBe(value));

  it("is null for words that are not numbers", () => expect(readNumber("many")).toBeNull());
});

const mentions = (text: string) => findNumbers(text).map((n) => [n.text, n.value, n.low, n.high, n.vague]);

describe("findNumbers", () => {
  it("reads a million said as one more ('another million', 'a further half million'), not 'million' alone", () => {
    expect(mentions("The fighting will displace another million people")).toEqual([["million", 1_000_000, null, null, false]]);
    expect(mentions("a further half million people fled")).toEqual([["half million", 500_000, null, null, false]]);
    expect(mentions("the million-man march; a million-dollar appeal")).toEqual([["a million", 1_000_000, null, null, false]]);
  });

  it("finds ranges as one mention, with the second number's scale on the first", () => {
    expect(mentions("2,000-3,000 a day")).toEqual([["2,000-3,000", 2000, 2000, 3000, false]]);
    expect(mentions("between 90,000 and 100,000 killed")).toEqual([["between 90,000 and 100,000", 90_000, 90_000, 100_000, false]]);
    expect(mentions("2-3 million displaced")).toEqual([["2-3 million", 2_000_000, 2_000_000, 3_000_000, false]]);
  });

  it("reads 'hundreds of thousands' as a vague range", () => {
    expect(mentions("hundreds of thousands have fled")).toEqual([["hundreds of thousands", 100_000, 100_000, 999_999, true]]);
  });

  it("reads a crowd after the verb that moved or killed it as vague, and no crowd before 'of' twice", () => {
    expect(mentions("The war has forced millions to flee")).toEqual([["millions", 1_000_000, 1_000_000, 9_999_999, true]]);
    expect(mentions("Fighting has killed thousands and displaced millions")).toEqual([
      ["thousands", 1000, 1000, 9999, true],
      ["millions", 1_000_000, 1_000_000, 9_999_999, true],
    ]);
  });

  it("reads a crowd before what it did or where it went, 'in their thousands', 'the lives of hundreds' and 'tens of' people", () => {
    // (Ethiopia, 2018; Kunduz, 2015; Kosovo, 2015; Burundian refugees in Tanzania, 2015; Rohingya, 2017; Lampedusa, 2013; Karabakh, 2016)
    const vague = (text: string) => mentions(text).map(([word, value]) => [word, value]);
    expect(vague("Dozens die in clash between Ethiopian Somalis and Oromos")).toEqual([["Dozens", 24]]);
    expect(vague("Thousands sought refuge in churches and schools.")).toEqual([["Thousands", 1000]]);
    expect(vague("Thousands crossed into Chad.")).toEqual([["Thousands", 1000]]);
    expect(vague("who since last year have arrived by thousands to the northernmost region")).toEqual([["thousands", 1000]]);
    expect(vague("led to the deaths of hundreds,")).toEqual([["hundreds", 100]]);
    expect(vague("Thousands Leave Kosovo Seeking Asylum in EU")).toEqual([["Thousands", 1000]]);
    expect(vague("Thousands continued to flee their homes Wednesday.")).toEqual([["Thousands", 1000]]);
    expect(vague("More refugees are arriving in their hundreds every day.")).toEqual([["hundreds", 100]]);
    expect(vague("The army forced the minority Muslims to cross in their thousands to neighbouring Bangladesh.")).toEqual([["thousands", 1000]]);
    expect(vague("Tens of people died when a ship carrying African migrants sank.")).toEqual([["Tens", 10]]);
    expect(vague("The clashes have claimed the lives of hundreds.")).toEqual([["hundreds", 100]]);
    expect(vague("with dozens arriving daily in Kabul")).toEqual([["dozens", 24]]);
    // (but no crowd of money or of things, and "tens of thousands" stays one number)
    expect(vague("The damage ran to thousands in repairs.")).toEqual([]);
    // (nor a crowd that only goes somewhere, saves lives or is outnumbered by; a review's cases)
    for (const text of ["The doctors saved the lives of hundreds.", "The blockade puts the lives of thousands at risk.", "Rockets fell in their hundreds on the city", "The funeral procession, joined by thousands, ended", "Dozens left the mosque after prayers", "Hundreds crossed the street to see the bodies", "Hundreds arrived at the scene to help", "Hundreds escaped death as the building collapsed.", "Thousands remain loyal to the president.", "The protesters came out in their thousands", "Thousands who live near the front line have no electricity."])
      expect(vague(text), text).toEqual([]);
    expect(vague("Tens of thousands fled.")).toEqual([["Tens of thousands", 10_000]]);
  });

  it("keeps positions, so each number can be quoted", () => {
    const text = "In 2014, some 1.5 million people";
    const [year, count] = findNumbers(text);
    expect(text.slice(year!.start, year!.end)).toBe("2014");
    expect(text.slice(count!.start, count!.end)).toBe("1.5 million");
  });

  it("finds nothing in words without numbers, and no empty mention", () => {
    expect(findNumbers("The war goes on.")).toEqual([]);
    expect(findNumbers("")).toEqual([]);
  });

  it("reads thousands set off by spaces or full stops, as French, German and South African style prints them", () => {
    expect(findNumbers("Some 160 000 people; 1 367 413 in all; 440.000 displaced and 35.800 refugees").map((n) => n.value)).toEqual([160_000, 1_367_413, 440_000, 35_800]);
    // (but a decimal before a scale word is a decimal, and a date's day is no thousands)
    expect(findNumbers("1.500 million people; 2.5 million; on February 24 500 people").map((n) => n.value)).toEqual([1_500_000, 2_500_000, 24, 500]);
  });

  it("reads a hyphenated number word as one number, never as a range, and no spaced thousands after a time or a month", () => {
    const read = (t: string) => findNumbers(t).map((n) => [n.value, n.high]);
    expect(read("Twenty-five thousand people fled")).toEqual([[25_000, null]]);
    expect(read("Nine hundred and ninety-nine thousand people")).toEqual([[999_000, null]]);
    expect(read("twenty to thirty thousand people")).toEqual([[20_000, 30_000]]);
    expect(read("At 10:00, 300 people fled")).toEqual([[10, null], [0, null], [300, null]]); // (the time's parts are dropped by the extractor)
    expect(read("In 2015 120 000 people fled; on 12 March 2024 1 500 people fled")).toEqual([[2015, null], [120_000, null], [12, null], [2024, null], [1500, null]]);
    expect(read("Some 0.500 people")).toEqual([[1, null]]);
    // (a sum from a bank or from donors is no crowd; people from a country are)
    expect(read("He received thousands from the bank")).toEqual([]);
    expect(read("Thousands from Iraq minority flee to Syria")).toEqual([[1000, 9999]]);
  });
});
