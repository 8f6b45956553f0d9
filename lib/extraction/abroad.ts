// Where people counted on the move are, by the words around their count: in their own country or abroad. A people named
// (peoples.ts) in or sent to a country or a place (places.json) not theirs, or hosted by such a country, are abroad; sent to a
// region of their own, at home. Pure; rules.ts holds the countries' names, around.ts and context.ts ask these.
import { abroadAt, isHomeOf, isPeople } from "./peoples";
import { COUNTRY, DEMONYM, type Moved } from "./rules";

const IN_COUNTRY = new RegExp(String.raw`^\s+(?:(?:are|were|is|have|has|had|be|been|could|will|may|now|still|already|currently|living|staying|sheltering|settled|displaced|found|sought|taken|refuge|shelter|[Cc]hildren)\s+){0,3}(?:in|into|inside)\s+(?:neighbou?ring\s+)?(?:the\s+)?(${COUNTRY})`);


/**
 * A people named by where they come from, said to be in another country ("More than 1.2 million Venezuelans are living in
 * Colombia", "380,000 displaced Rohingya in Bangladesh"): abroad; not in its own ("128,000 Rohingya are displaced in
 * Myanmar"), nor a people this list does not know.
 */
export function inAnotherCountry(people: string, after: string, before = ""): boolean {
  if (isHomeOf(people, "") === undefined) return false;
  const country = IN_COUNTRY.exec(after)?.[1];
  if (country !== undefined) return !isHomeOf(people, country);
  // (or in a place abroad for them: "Some 120,000 Syrians are living in the Zaatari camp")
  const place = IN_PLACE.exec(after)?.[1];
  if (place !== undefined && abroadAt(people, place) === true) return true;
  // ("In Nigeria’s Cross River state, … more than 33,000 Cameroonians have taken refuge": the country named before, refuge taken after)
  const named = COUNTRY_BEFORE.exec(before)?.[1];
  if (named !== undefined && !isHomeOf(people, named) && /^\s+(?:have|has|had)\s+(?:now\s+|already\s+)?(?:taken|sought|found)\s+(?:refuge|shelter|safety)\b(?!\s+in\s+[A-Z])/.test(after)) return true;
  return hostedAbroad(people, before, after);
}

/**
 * A country named right before a count, home to or hosting the people the count names, not its own, where the words say
 * they fled ("Pakistan is home to 1.4 million Afghans who fled the war", "Tanzania is hosting over 110,000 Burundians"; not
 * "Britain is home to 800,000 Poles").
 */
export function hostedAbroad(people: string, before: string, after: string): boolean {
  const host = HOST_BEFORE.exec(before.slice(-120))?.[1];
  return host !== undefined && isHomeOf(people, host) === false && FLIGHT_CONTEXT.test(`${before} ${after}`);
}

/** The people named at the start of some words ("Venezuelans are living…", "of Rohingya have arrived…", "South Sudanese…"). */
export function peopleAtStart(words: string): RegExpExecArray | null {
  const known = PEOPLE_KNOWN.exec(words);
  const people = known && isPeople(known[1]!) ? known : PEOPLE_NAMED.exec(words);
  return people && (DEMONYM.test(people[1]!) || isPeople(people[1]!)) ? people : null;
}
const PEOPLE_NAMED = /^\s+(?:[a-z]+\s+)?(Rohingyas?|[A-Z][a-z]+(?:ans|ese|is|ais|ois|ch|sh|ks|bs|ls|be))\b/;
/** A people of two words, or one the pattern above does not end like ("South Sudanese", "Kosovars", "Filipinos"), known to peoples.ts. */
const PEOPLE_KNOWN = /^\s+(?:[a-z]+\s+)?((?:[A-Z][a-z]+\s+)?[A-Z][a-z]+)\b/;


const HOST_BEFORE = new RegExp(String.raw`\b(${COUNTRY})(?:,|\s+(?:is|was|has been|had been|remains))?\s+(?:now\s+|currently\s+|already\s+|still\s+|also\s+)?(?:home to|host(?:s|ing)|host to|shelter(?:s|ing)|(?:has |have )?(?:taken in|took in|received|receiving))\s+(?:(?:about|some|around|roughly|nearly|almost|more than|over|at least|close to|an estimated|up to|well over)\s+)?$`);
/** Words that say people fled or were driven out, which make a people a country hosts refugees, not workers, guests or a diaspora. */
const FLIGHT_CONTEXT = /\b(?:fled|flee|fleeing|flight|refug\w*|asylum|war|conflict|fighting|displac\w*|violence|persecution|crisis|escap\w*|UNHCR|camps?)\b/i;

const COUNTRY_BEFORE = new RegExp(String.raw`^\W*In\s+(?:neighbou?ring\s+)?(${COUNTRY})(?:['’]s\b)?`);

/** The words of a place: up to three capitalised words, after a compass point or "the town of" ("the northern Bekaa Valley", "the town of Arsal"). */
const PLACE_WORDS = String.raw`(?:the\s+)?(?:(?:northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|central|nearby|remote)\s+)?(?:(?:town|city|village|district|province|region|camp|refugee camp|governorate|state|county|area|settlement)\s+of\s+)?([A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+){0,2})`;
const WITHIN_A_COUNTRY = new RegExp(String.raw`\b(?:within|inside|elsewhere in|in other parts of)\s+(?:the\s+)?(${COUNTRY})`);
/** Fleeing, crossing or arriving into a place by name ("fled to Arsal", "crossed into Gambella", "arrived in the Bekaa Valley"). */
const INTO_A_PLACE = new RegExp(String.raw`\b(?:(?:cross(?:ed|ing|es)?|fled|flee|fleeing|escaped|escaping)\s+(?:(?:over|across)\s+)?(?:into|to)|(?:arrived|arriving|(?:sought|seeking|taken|took|taking|found)\s+(?:refuge|safety|shelter))\s+(?:in|into|to|at))\s+${PLACE_WORDS}`);
/** A people placed in a place by name ("Syrians are living in the Zaatari camp", "Rohingya in Cox's Bazar"). */
const IN_PLACE = new RegExp(String.raw`^\s+(?:(?:are|were|is|have|has|had|be|been|now|still|already|currently|living|staying|sheltering|settled)\s+){0,3}(?:in|at)\s+${PLACE_WORDS}`);

/** Crossing into a country named ("crossed into neighbouring Uganda", "across the border to Cameroon"; not "fled into Ethiopia's Amhara region", "fled to Mexico City"). */
const INTO_A_COUNTRY = new RegExp(String.raw`\b(?:cross(?:ed|ing|es)?|fled|flee|fleeing|escaped|escaping|across the border)\s+(?:(?:over|across)\s+)?(?:in)?to\s+(?:neighbou?ring\s+)?(?:the\s+)?(${COUNTRY})(?!['’]s\b|[ \t]+(?:City|State|Valley|Province|Region|Governorate|District|County)\b)`);

/**
 * Whether a count's own words, up to a clause of its own ("since Azerbaijani troops crossed into Armenia"), say its people
 * crossed into a country, and one not their own ("Malians … fled into Mali" are going home).
 */
export function crossedIntoACountry(ownWords: string, people: string | null): boolean {
  // (a crossing after "have", "has" or "had" is the count's own however much comes between: "20,000 people displaced since
  // January have crossed into Uganda")
  const own = /\b(?:have|has|had)\s+(?:also\s+|now\s+|since\s+)?(?:crossed|fled|escaped)\b/.test(ownWords) ? ownWords : ownWords.split(/\b(?:since|when|after|before|until|while|because|where)\b/)[0]!;
  const country = INTO_A_COUNTRY.exec(own)?.[1];
  // (or a place abroad for them: "Syrians have fled to Arsal", "South Sudanese crossed into Gambella")
  if (country === undefined) {
    const place = people === null ? undefined : INTO_A_PLACE.exec(own)?.[1];
    // (not where the words place it at home after all: "fled to Raya within Ethiopia")
    const within = people === null ? undefined : WITHIN_A_COUNTRY.exec(own)?.[1];
    return place !== undefined && abroadAt(people!, place) === true && !(within !== undefined && isHomeOf(people!, within) === true);
  }
  return people === null || isHomeOf(people, country) !== true;
}

/** Fleeing to a region of a country named by its possessive ("fled into Ethiopia's Amhara region", "to Syria's Idlib province"). */
const INTO_A_REGION_OF = new RegExp(String.raw`\b(?:cross(?:ed|ing|es)?|fled|flee|fleeing|escaped|escaping)\s+(?:(?:over|across)\s+)?(?:in)?to\s+(?:the\s+)?(${COUNTRY})['’]s\s`);

/**
 * Whether a count's own words send a people named by their country to a region of that same country ("Thousands of
 * Ethiopians fled into Ethiopia's Amhara region"): displaced at home, however the words that send people to a country
 * read. Said only of a people peoples.ts knows; "people fled to Syria's Idlib province" says nothing of where they came from.
 */
export function fledWithinOwnCountry(ownWords: string, people: string | null): boolean {
  const match = people === null ? null : INTO_A_REGION_OF.exec(ownWords);
  if (!match || isHomeOf(people!, match[1]!) !== true) return false;
  // (not when the words send them abroad too: "fled into Ethiopia's Amhara region and Sudan")
  const others = ownWords.slice(match.index + match[0].length).match(new RegExp(String.raw`\b${COUNTRY}`, "g")) ?? [];
  return others.every((country) => isHomeOf(people!, country) === true);
}

/** Words that say people crossed a border ("crossed the border", "abroad", "refugees"), in any case. */
const BORDER_WORDS = /\b(?:cross(?:ed|ing|es)?|outflow|borders?|abroad|countr(?:y|ies)|refugees?|asylum)\b/i;
/** A country named, as written (not "arrived by car" for the Central African Republic, nor "turkey and rice"). */
const COUNTRY_NAMED = new RegExp(String.raw`\b${COUNTRY}`);

/**
 * People crossing or arriving, with no word for who they are: refugees when the sentence crosses a border or names a
 * country ("1,400 people have crossed the border", "69,000 have arrived in Chad"); otherwise whoever the passage last
 * counted on the move ("only one person entering on Thursday" among refugees, "people arriving at the site" among the
 * displaced), and refugees when it counted none. (A sentence that names its own war's country and a town in it reads the
 * same as one that names a host country and its border town: "arrived in Kakuma, Kenya"; telling them apart was tried and
 * left out, fixtures/LETTER.md.)
 */
export function crossingMetric(sentence: string, onTheMove: Moved): NonNullable<Moved> {
  return BORDER_WORDS.test(sentence) || COUNTRY_NAMED.test(sentence) ? "refugees" : (onTheMove ?? "refugees");
}
