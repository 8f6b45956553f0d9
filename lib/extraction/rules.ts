// The words the extractor reads around a number: what it counts, how sure the source is, per what period.
// Pure data and small tests on words; lib/extraction/read.ts applies them.
import type { Qualifier } from "@/lib/figures/qualifiers";

/**
 * `prefilter`: a cheap test every match of `pattern` passes, so that a sentence without it skips the pattern. `starts`: where
 * a match can begin (every word `pattern` can start with), so that the pattern is tried only there, sticky (keywords.ts).
 */
export type MetricRule = { slug: string; pattern: RegExp; prefilter?: RegExp; starts?: RegExp };

/** Countries (and Europe): fleeing to or from one of these crosses a border; "fled Mogadishu" or "fled Al Fasher" need not. */
export const COUNTRY = String.raw`(?:${"Afghanistan|Albania|Algeria|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahrain|Bangladesh|Belarus|Belgium|Benin|Bhutan|Bolivia|Bosnia|Botswana|Brazil|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Chad|Chile|China|Colombia|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czechia|Czech Republic|Denmark|Djibouti|Ecuador|Egypt|Eritrea|Estonia|Eswatini|Ethiopia|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Guatemala|Guinea|Haiti|Honduras|Hungary|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Jordan|Kazakhstan|Kenya|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Lithuania|Malawi|Malaysia|Mali|Mauritania|Mexico|Moldova|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Burma|Namibia|Nepal|Netherlands|Nicaragua|Niger|Nigeria|Norway|Oman|Pakistan|Panama|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Saudi Arabia|Senegal|Serbia|Sierra Leone|Slovakia|Slovenia|Somalia|Somaliland|South Sudan|Spain|Sri Lanka|Sudan|Sweden|Switzerland|Syria|Tajikistan|Tanzania|Thailand|Togo|Tunisia|Turkey|Türkiye|Turkmenistan|Uganda|Ukraine|Uzbekistan|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|Europe|Macedonia|Lebanon|Palestine|Central African Republic|Democratic Republic of (?:the )?Congo|DR Congo|DRC|CAR|Ivory Coast|Côte d'Ivoire|Equatorial Guinea|United States|United Kingdom|Britain|Japan|Russian Federation|United Arab Emirates|UAE|South Africa|South Korea|North Korea|New Zealand|Madagascar|Mauritius|Comoros|Papua New Guinea|Singapore|Brunei|Timor-Leste|East Timor|Paraguay|Uruguay|El Salvador|Dominican Republic|Jamaica|Iceland|Luxembourg|Malta"})\b(?!\s+capital|['’]s\s+capital)`;

// lives lost, not risked, feared for or saved ("claimed 300 lives"; not "fled for their lives", "saved 300 lives")
const LIVES = String.raw`lives(?<!(?:\b(?:for|fear of) (?:their|his|her|our|my) |\brisk(?:ed|ing|s)? (?:their|his|her|our|my) |\b(?:sav(?:e|ed|es|ing)|protect(?:ed|ing|s)?)\s+(?:the\s+|their\s+|his\s+|her\s+|our\s+|(?:(?:more than|over|about|some|nearly|almost|at least)\s+)?[\d,]+\s+)?)lives)`;
// people shot (not dead, down, in the head, at and missed, by a firing squad), after a count or "were": the hurt, as the main
// rules and the casualty rules read them
const SHOT = String.raw`shot(?<=(?:\b(?:\d[\d,]*|have been|has been|had been|were|was)\s+)shot)(?!\s+(?:dead|and\s+killed|to\s+death|down|in\s+the\s+head|execution-style|by\s+(?:a\s+)?firing\s+squad)\b|\s+at(?=\s*(?:[.,;:]|$|but\b|by\b|with\b|from\b|while\b|as\b)))`;
// (no hurt where the clause goes on to say they died, or names an illness)
const NOT_ILL = String.raw`(?![^.;]{0,60}\b(?:died|succumbed|passed away|killed|dead|malnutrition|malnourish\w*|hypothermia|dehydration|poisoning|heatstroke|illness|diseases?|cholera|measles|malaria|diarrh\w*|pneumonia|infections?|spoiled food)\b)`;

/** Nearest keyword wins; a rate ("a day") with fleeing or crossing words is a daily outflow. */
export const METRIC_RULES: MetricRule[] = [
  { slug: "deaths", pattern: new RegExp(String.raw`\b(killed|kills?|killings?|dead|deaths?(?<!(?:\b(?:brink|verge) of |\bclose to |\bnear[- ])deaths?)|death toll|toll|bodies|corpses|exterminated|slaughtered|slaughter(?=\s+of\b)|(?<=\b(?:people|persons|civilians|victims|residents|villagers|men|women|children)\s+(?:were|had been|have been)\s)buried\b(?!\s+(?:under|beneath|alive|up to|by\b|(?:in|inside|within)\s+(?:the\s+|their\s+|a\s+)?(?:[\w-]+\s+)?(?:rubble|debris|ruins|wreckage|homes?|houses?|buildings?|shelters?|mud|landslides?|earthquake)\b))|massacres?|${LIVES}|died|(?<!\b(?:could|may|might|will|would|to)\s)die(?!-)|dying(?<!\b(?:brink|verge) of dying)|passed away|drowned|fatalities|massacred|perished|slain|murdered|executed|shot dead|beheaded|behead|beheads|(?<!\b(?:charged with|convicted of|accused of|guilty of|arrested for|jailed for)\s)homicides?|lynched|martyred|martyrs|martyr(?=\s+in\b)|(?:neutrali[sz]ed|eliminated|liquidated)(?<=\b(?:terrorists|militants|insurgents|jihadists|fighters|assailants|attackers|gunmen|bandits|rebels|extremists)\s+(?:(?:were|have been|had been|was)\s+)?["“]?(?:neutrali[sz]ed|eliminated|liquidated))(?!\s+(?:from|in\s+the\s+\w+\s+round)\b)|losses(?<=\bmilitary\slosses)|(?:neutrali[sz]ed|eliminated|liquidated)(?=\s+(?:(?:at least|more than|over|about|some|nearly|almost|up to|an estimated)\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\s+(?:people|persons|terrorists|militants|insurgents|jihadists|fighters|gunmen|bandits|rebels|extremists|attackers|assailants)\b(?!['’])(?![^.;]{0,40}?\b(?:from\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:lists?|rolls?|payrolls?|registers?|rosters?|competition|tournament|race)|in\s+the\s+\w+\s+round|custody|arrested|detained|captured)\b))|loss(?:es)?\s+of(?=\s+(?:(?:at least|more than|over|about|some|nearly|almost|up to|an estimated)\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\s+(?:(?:its|their|our)\s+)?(?:people|persons|lives|civilians|soldiers|servicemen|troops|men|fighters|officers)\b(?!['’])(?![^.;]{0,60}\b(?:defect\w*|desert\w*|captur\w*|prisoners?|emigrat\w*|per household|contact)\b))|burn(?:ed|t) (?:alive|to death)|deceased|mass graves?|remains of|lynchings?|executions?|murders?|succumbed|beheadings?|decapitated|cut off (?:the |their )?heads? of|(?:slit|cut|slitting|cutting) (?:the |their )?throats|claim(?:s|ed)(?=\s+(?:(?:at least|more than|over|about|some|nearly|almost|up to)\s+)?\d)|body (?:count|toll)|embraced (?:shahadat|martyrdom)|lost(?=\s+(?:(?:at least|more than|over|about|some|nearly|almost|up to|an estimated)\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\s+(?:of\s+)?(?:(?:their|our|its|his|her)\s+(?:own\s+)?)?(?:people|persons|lives|civilians|soldiers|servicemen|troops|men|fighters|members|family members|residents|villagers|relatives|officers|comrades|colleagues)\b(?![^.;]{0,60}\b(?:defect\w*|desert\w*))))\b`, "gi") },
  { slug: "injured", pattern: new RegExp(String.raw`\b(injured|injuring|injures?|wounded|wounding|injuries|wounds|hurt|maimed|(?:hospitali[sz]ed|${SHOT}|treated(?=\s+(?:at|in)\s+(?:the\s+|a\s+)?(?:[A-Z][\w-]+\s+){0,2}hospitals?\b))${NOT_ILL})\b`, "gi") },
  { slug: "idps", pattern: new RegExp(String.raw`\b(internally displaced|IDPs?|displaced (?:within|inside|internally)|displaced people|displaced persons|displaced|displaces|displace|displacing|displacements?|evacuated|sheltering in|(?:sought|seeking|took|taking) shelter|protection of civilians sites?|PoC sites?|evacuees|evacuating|bakwits|(?:have |has |had )?lost (?:their|his|her) homes|(?:have |has |had )?(?:run|ran) away (?:from (?:their |the )?(?:homes?|villages?|towns?|city|fighting|violence|area)\b|since\b)|(?:relief|evacuation) (?:camps?|cent(?:er|re)s?)|without (?:homes|a home|shelter)|(?:fled|flee|fleeing|left|leave|leaving) (?:the|their) (?:[\w-]+ ){0,2}?(?:city|town|village|area|district|camp|neighbou?rhood|quarter|suburb|province|region|zone|corridor|communit(?:y|ies))s?|forced to (?:move|relocate)(?: out| away)?|homeless|unable to return (?:to )?(?:their |his |her )?homes?|uprooted|uprooting|uproots?|(?:fled|flee|fleeing|left|leave|leaving|abandon|abandoned|abandoning|forced (?:out of|from)|driven (?:out of|from)|chased (?:out of|from)) (?:their|his|her) homes|(?:fled|flee|flees|fleeing) homes|from their homes|(?:sought|seek|seeking|found|find|took|take|taking|rushed for) (?:refuge|shelter|safety) in (?:the )?(?:nearby|neighbou?ring|other|safer) (?:villages?|towns?|areas?|communities|districts?|neighbou?rhoods?|parts?)|(?:have |has |had )?(?:found|taken|taking|took|sought|seeking) (?:refuge|shelter)\b(?!\s+(?:(?:in|to)\s+(?:the\s+)?(?:neighbou?ring|other|(?:${COUNTRY})\b)|(?:inside|within|across) our borders|on our soil|abroad))|(?:moved|fled|relocated|migrated|shifted) to safer (?:areas|places|parts|locations)|within (?:the|their own) (?:city|country|borders))\b`, "gi") },
  { slug: "refugees", pattern: new RegExp(String.raw`\b([Rr]efugees?(?<!\b(?:[Cc]ommissioner|[Cc]ommission|[Oo]ffice|[Mm]inistry|[Mm]inister|[Dd]epartment|[Aa]gency|[Cc]ouncil) (?:for|of) (?:[A-Z]\w+ )?[Rr]efugees?)(?! (?:[Aa]gency|[Cc]ouncil|[Cc]ommission|[Cc]ommissioner|International|[Cc]ommittee|[Oo]ffice|[Ll]aw|[Cc]onvention)\b)|[Aa]sylum[- ]seekers|(?:[Ff]led|[Ff]lee|[Ff]lees|[Ff]leeing|[Ee]scape|[Ee]scaped|[Ee]scaping|[Cc]rossed|[Cc]ross|[Cc]rosses|[Cc]rossing|left|leave|leaving|quit|quitting|departed|entered|entering|arrived in|arriving in|headed|heading|went|gone) (?:[a-z]+-[a-z]+ |(?:troubled|war-torn|conflict-hit|strife-torn|violence-hit|neighbou?ring) )?(?:abroad|the country|(?:their|the|his|her) homeland|(?:their|his|her) (?:own )?country\b(?!['’]s)|across|(?:over |across )?the borders?|(?:over |across )?the [A-Z][\w-]+ borders?|(?:in)?to (?:neighbou?ring|other) countries|(?:in)?to (?:the )?(?:${COUNTRY})|(?:from )?(?:the )?(?:${COUNTRY})(?!\s+(?:Town|City|Village|Region|Province|District|State|Delta|Basin|[Aa]rmy|[Mm]ilitary|[Ff]orces|[Tt]roops|[Ff]ighting|[Oo]ffensive|[Cc]onflict|[Vv]iolence|[Cc]lashes|[Aa]ttacks?|[Ww]ar|[Uu]nrest|[Cc]rackdown|[Bb]ombing|[Rr]aids?)\b))|(?:exodus|influx)(?:\s+[\w(),.]+){0,6}?\s+(?:from|out of)\s+(?:neighbou?ring\s+)?(?:the\s+)?(?:${COUNTRY})|(?:[Ff]led|[Ff]lee|[Ff]lees|[Ff]leeing|[Ee]scaped|[Ee]scaping|[Cc]rossed|[Cc]rossing|[Ee]xodus|[Ii]nflux|on (?:their|the) way)(?:\s+[\w(),.]+){0,6}?\s+(?:in)?to\s+(?:neighbou?ring\s+|nearby\s+)?(?:the\s+)?(?:${COUNTRY})|(?:fled|flee|fleeing|escaped|escaping)\s+(?:in)?to\s+(?:a|the)\s+(?:part|region|area|north|south|east|west)\s+of\s+(?:\w+\s+)?(?:${COUNTRY})|(?:fled|flee|fleeing|escaped|crossed)\s+(?:in)?to\s+(?:(?!(?:as|amid|after|when|while|because|since|where|following)\b)[\w-]+\s+){1,4}?in\s+(?:neighbou?ring\s+)?(?:the\s+)?(?:${COUNTRY})|(?:fled|flee|fleeing|left|leave|leaving)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)(?:[A-Z][\w-]+\s+){1,3}for\s+(?:neighbou?ring\s+)?(?:${COUNTRY})|(?:fled|flee|fleeing|escaped|crossed)\s+(?:in)?to\s+(?:[A-Z][\w-]+\s+){1,3}\((?:${COUNTRY})(?=\))|(?:into|to neighbou?ring) (?:the )?(?:${COUNTRY})|(?:in)?to (?:[a-z]+ )?countries|sought asylum|(?:allowed|admitted|let|welcomed|accepted)\s+(?:in\s+)?(?:[\w,-]+\s+){0,5}?into the country|(?:sought|seek|seeking|found|find|took|taken|taking) (?:refuge|safety|asylum|shelter) (?:abroad|across the border)|(?:sought|seek|seeking|went|go|going|fled) (?:into )?exile|in exile|(?:inside|within|across) our borders|on our soil|(?:found|find|finding|sought|seek|seeking|took|take|takes|taken|taking) (?:refuge|safety|asylum|shelter) in (?:the )?(?:neighbou?ring (?:countries|states)|other countries|(?:neighbou?ring )?(?:${COUNTRY}))|(?:fled|flee|fleeing|escaped|escaping|crossed|crossing|arrived|arriving)\s+(?:to\s+(?:their|the|a)\s+(?:[\w-]+\s+)?(?:country|countries)\s+)?from\s+(?:neighbou?ring\s+)?(?:the\s+)?(?:${COUNTRY})(?!['’]s?\b))\b`, "g"),
    // (the slowest pattern, with its list of countries: most sentences have none of the words it starts from)
    prefilter: /refuge|asylum|\bfle|escap|cross|left|leav|depart|enter|arriv|allowed|admitted|welcomed|accepted|into|neighbo|countr|sought|safety|exodus|influx|\bhead(?:ed|ing)\b|\bwent\b|\bgone\b|\bway\b|exile|homeland|our borders|our soil/i,
    // (the first words of its alternatives: tried only there, it runs about twice as fast, with the same matches)
    starts: /\b(?:[Rr]efugee|[Aa]sylum|[Ff]le|[Ee]scap|[Cc]ross|[Ee]xodus|[Ii]nflux|left|leav|quit|depart|enter|arriv|head|went|gone|on |into|to |sought|seek|allow|admit|let|welcom|accept|found|find|took|tak|go|in |inside|within|across|exile)/g },
  // an exodus is a flight, abroad only when it names where to ("an exodus of more than 160,000 to Bangladesh")
  { slug: "idps", pattern: new RegExp(String.raw`(?<![Rr]efugees?\s)\b(?:exodus|influx)\b(?!(?:\s+[\w(),.]+){0,6}?\s+(?:(?:in)?to|from|out of)\s+(?:neighbou?ring\s+)?(?:the\s+)?(?:${COUNTRY})|[^.;]{0,60}\b(?:borders?|abroad|refugees?)\b)`, "gi"), prefilter: /exodus|influx/i },
];

/** Deaths and injuries only, which win over who the people were. */
export const CASUALTIES: MetricRule[] = [
  { slug: "deaths", pattern: new RegExp(String.raw`\b(killed|dead|died|passed away|(?<!\b(?:could|may|might|will|would|to|ready to|willing to|prepared to)\s)die(?!-)|drowned|lynched|(?<=\b(?:were|was|been|being)\s)executed|beheaded|deaths?|death toll|${LIVES}|fatalities|massacred|slain|murdered)\b`, "gi") },
  { slug: "injured", pattern: new RegExp(String.raw`\b(injured|wounded|injuries|maimed|(?:hospitali[sz]ed|${SHOT})${NOT_ILL})\b`, "gi") },
];

/** Words that place the displaced inside their own country; they win over a flight verb's destination ("fled Mogadishu or moved to safer areas within the city"). */
export const INTERNAL: MetricRule[] = [
  { slug: "idps", pattern: /\b(internally displaced|internal refugees|IDPs?|within (?:the|their own) (?:city|country|borders)|safer (?:areas|places|parts)|(?:nearby|neighbou?ring) (?:villages|towns|communities))\b/g },
];

/**
 * A detail of people counted elsewhere, but a figure the report states: those among the dead ("312 healthcare workers are
 * among the dead"), those sheltering in so many sites ("218,600 IDPs are sheltering in 92 UNRWA schools"). Proposed less sure.
 */
export const DETAIL_AFTER = new RegExp(String.raw`^[^.;]{0,40}?\b(?:(?:were|are|is|was|have been|has been|remain|still)\s+)?(?:among (?:the|those) (?:dead|killed|injured|wounded|victims)|(?:sheltering|staying|living|housed|hosted) in (?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens of|hundreds of) (?:[\w-]+ ){0,2}?(?:schools|shelters|sites|centres|centers|camps|settlements|buildings))`, "i");

/** Not people of a conflict in one of the metrics: a need, a lack, a natural disaster ("600,000 people … dependent on food aid", "left without electricity"). */
export const NOT_AFFECTED = /^[^.;]{0,40}?\b(?:(?:were|are|is|was|have been|has been|be|remain|remained|left|still)\s+)?(?:without (?:electricity|power|water|gas|heating|internet|access|accommodation|housing)|dependent on|in (?:urgent |dire |desperate |critical )?need of|in need\b|need(?:ing)? (?:humanitarian )?(?:assistance|aid|help)|stuck(?! (?:at|on) (?:the )?(?:[\w-]+ )?(?:border|frontier|crossing))|trapped|food[- ]insecure|targeted(?! (?:violence|attacks?|killings?|bombings?|strikes?|shelling))|reached with|assisted|vaccinated|registered to vote|repatriated|returned home|returning home|(?:were|have been|had been) returned\b|(?:have |has |had )?(?:also |now |since |already )?returned (?:from|to)\b|(?:were |are |have been |had been )?born\b|(?:are |were )?at (?:immediate |high |grave |serious )?risk of|departed for|(?:were |have been )?(?:resettled|rescued|intercepted)\b|(?:have |has |had )?(?:so far |already )?been (?:moved|relocated|transferred)\b|detained|arrested|abducted|kidnapped|imprisoned|jailed|(?:are|were|being) held|(?:from |in )?(?:a |the )?detention|cases of|suspected cases|from (?:the )?(?:[\w-]+ ){0,2}(?:lists?|rolls?|payrolls?|registers?|rosters?)\b|(?:waiting|queuing|queueing|trying|attempting) (?:to (?:cross|flee|leave|enter)|at (?:the )?(?:border|crossing))|(?:are |were )?(?:unaccompanied|separated from)|(?:were |was |have been |had been )?(?:taken|rushed|admitted|brought|evacuated) to (?:a |the )?(?:hospitals?|clinics?)|(?:have |has |had )?(?:already )?been evacuated (?:by (?:air|sea|ship|boat|plane)|(?:home|abroad)\b|to (?:their |third |other )?(?:home )?countries)|(?:transferred|relocated) to (?:the |a |another )?(?:new(?:ly[- ]opened)? )?(?:camp|site|settlement|centre|center)|(?:moved|transferred|relocated)\s+from\s+[^.;]{0,40}?\bto\s+(?:[\w-]+\s+){0,3}(?:camps?|sites?|settlements?|centres?|centers?|shelters?|locations?))/i;

/** People sick, not hurt by the fighting ("19,378 cases and over 590 deaths" of cholera). */
export const DISEASE = /\b(?:cholera|measles|malaria|dengue|diarrh?oea|outbreaks?(?! of (?:[\w-]+ ){0,3}(?:violence|fighting|conflict|hostilities|war|clashes|insurgency|unrest|attacks))|epidemic|covid(?:-19)?|ebola|polio|meningitis|(?:suspected |confirmed )?cases)\b/i;

/** A count's own words say it was treated for an illness ("About 1,200 people have been treated in hospitals for malnutrition"). */
export const TREATED_ILL = /^\s+(?:(?!\d)[\w-]+\s+){0,2}?(?:(?:were|was|are|is|have been|has been|had been|being)\s+)?(?:\w+\s+)?(?:treated|hospitali[sz]ed|admitted)\s+(?:[\w-]+\s+){0,4}?(?:for|with)\s+(?:severe\s+)?(?:acute\s+)?(?:malnutrition|malnourish\w*|hypothermia|dehydration|food poisoning|heatstroke)\b/i;

/** Served, not hurt: "assisted around 1.8 million people", "serving 40,000 people". */
export const SERVED_BEFORE = /\b(?:(?:a |the )?(?:refuge|shelter|home) for|capacity (?:of|for)|(?:can|could) (?:accommodate|host|hold)|capacity to (?:accommodate|host|hold|house)(?: a maximum of| up to)?|benefit(?:ed|ing|s)?|humanitarian needs (?:of|for)|needs for|(?:a |the )?(?:survey|sample|study) of|(?:aid|assistance|food|rations?|relief|support|help|services?) (?:to|for)|abduction of|kidnapping of|arrest of|detention of|numbering|sheltering|assisted|supported|helped|serving|served|serves|treats|treating|targeting|targeted|vaccinated|treated|fed|feeding|registered for|population of(?: no more than| fewer than| less than| some| about| around| roughly)?|a country of|a nation of|a city of|home to|to support|supporting|to assist|assisting|to help|to feed|(?:to|would|will|could) shelter|(?:able to|can|could|would|will|to) (?:host|accommodate|house|receive)|(?:meet|meeting|cover|covering) the needs of|response plan for|provide for|providing for|each carrying|(?:to|will|would|plans? to|intends? to) (?:return|repatriate|resettle|relocate)|provid(?:e|es|ed|ing)|(?:distributed|delivered|given) to)\s+(?:as many as\s+|up to\s+)?(?:\w+\s+){0,2}$/i;

/** Displaced by a natural disaster, not by the conflict ("17,000 people remain displaced because of the earthquake"). */
export const DISASTER = /^(?![^.;]{0,80}\b(?:conflict|fighting|violence|attacks?|war|insurgency|clashes|hostilities)\b)(?:[^.;]{0,60}?\b(?:due to|because of|by|from|after|following)\s+(?:the\s+)?(?:\w+\s+){0,2}(?:earthquakes?|floods?|flooding|cyclones?|hurricanes?|typhoons?|tsunami|drought|landslides?|storms?)\b|\s+(?:of\s+)?(?:[\w-]+\s+){0,2}?(?:earthquake|flood|cyclone|hurricane|typhoon|tsunami|drought|landslide|storm)[- ](?:impacted|affected|hit|stricken|displaced)\b)/i;

/** "the figure has since reduced to 150": the figure just given, changed. */
export const FIGURE_CHANGED = /\b(?:the|that|this)\s+(?:figure|number|rate)\s+(?:has\s+|had\s+)?(?:since\s+|now\s+)?(?:reduced|fallen|fell|dropped|declined|decreased|risen|rose|increased|grown|grew|climbed|jumped)\s+to\s+(?:(?:about|some|around|nearly|almost|more than|over|at least)\s+)?$/i;

/** A change, not a count ("a rise of 4,000 refugees"): with no period it is no figure. */
export const CHANGE_BEFORE = /\b(?:a rise of|a leap of|a jump of|a spike of|an increase of|a decrease of|a drop of|a fall of|(?:rose|risen|increased|grown|grew|jumped|climbed|fell|fallen|dropped|decreased) by|up by|down by)\s+(?:(?:nearly|almost|about|some|around|roughly|more than|over|at least|close to)\s+)?$/i;

/** Crossing a border, with no word for who crossed: refugees, less sure. */
export const CROSSING = new RegExp(String.raw`\b((?<!\bred\s)cross(?:ed|ing)?|arriv(?:e|es|als?|ed|ing)|(?:entered|entering)(?=\s+(?:the\s+)?(?:country|${COUNTRY}|last\b|on\b|yesterday\b|today\b))|influx|outflow|ma(?:de|ke|king) it (?:through|across|over|into))\b`, "i");


/** Whom people on the move are: refugees, the displaced at home, or no one said. */
export type Moved = "refugees" | "idps" | null;

/** Fleeing, with no word for who fled nor a border crossed: whoever the passage counted on the move just before, else displaced; less sure. */
export const FLEEING = /\b(flee|fled|fleeing|forced from|forced out|on the move|on the run|on (?:their|the) way|exodus)\b/i;

export const FLIGHT = /\b(flee|fleeing|fled|flight|crossing|crossed|cross|arriving|arrivals?|leaving|escaping|exodus|influx|outflow)\b/i;

/** "… crossed into Bangladesh on Monday": people who moved on one named day, in the count's own words (not "since … on Monday"). */
export const DAY_CROSSING = /^(?:(?!\bsince\b)[^.;\d]){0,60}?\b(?:crossed|arrived|fled|entered|crossing|arriving|fleeing|entering|registered|cross|arrive|enter|(?<!\bto )flee|flees)\b(?:(?:(?!\bsince\b)[^.;\d]){0,50}?\bon (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|(?:(?!\b(?:since|said|says|told|reported|announced|by|after|before|when|live|lives|living|remain|remains|remained|still)\b)[^.;,\d]){0,40}?(?:\blast (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(?:yesterday|today)\b(?! and (?:today|yesterday|tonight|tomorrow|overnight|the day|the previous|earlier|in recent|in the (?:past|last)|this|last|over|on|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b)|\bthe (?:day before|previous day)\b|\b(?:on|in) (?:a single|one single|one|1) day\b|\b(?:in|over|during) (?:the )?(?:past|last) (?:day|24 hours)\b))/i;

/** "In the 24 hours up to 8am on Thursday,": a day's count, opened by a longer phrase than ON_DAY's. */
export const ON_DAY_UP_TO = /^["“]?(?:In|Over|During|Within) the 24 hours (?:up )?to [^,.;]{1,30},/;
/** "On Monday, we only registered 777 Burundian arrivals": a sentence about one named day, which counts that day's arrivals. */
export const ON_DAY = /^["“]?(?:(?:On|And on) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: alone)?|(?:On|And on) (?:(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}(?:st|nd|rd|th)?|\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)) alone|(?:In|Over|During|Within) the (?:course of the )?(?:past|last) (?:24 hours|day)|(?:The|On the) (?:previous day|day before)(?=,(?![^.;]*\b(?:number|total|reached|passed|registered)\b))),/;

/** The same rates in one word, lower case only ("The Daily Star" is a newspaper). */
export const PER_PERIOD_WORD: { unit: "people_per_day" | "people_per_week" | "people_per_month"; pattern: RegExp }[] = [
  // (not a newspaper: "the Al-Quds online daily reported", "the independent daily Liberte")
  // (nor what happens every day to no count: "daily violent clashes continue to displace thousands")
  { unit: "people_per_day", pattern: /(?<!\b(?:online|independent|national|local|leading|state-run|state|private|privately-owned|pro-government|opposition)\s)\bdaily\b(?!\s+(?:newspaper|reported|said|says|quoted|wrote|cited|reports))(?!(?<=\b(?:[Tt]he|[Aa]n?|[A-Z][\w'’-]*)\s+daily)\s+[A-Z][\w'’-]+)(?!\s+(?:[a-z]+\s+)?(?:clashes|fighting|shelling|attacks|bombardments?|strikes|airstrikes|violence|battles|raids|life|needs|briefings?|updates?)\b)/ },
  // ("entered Bangladesh everyday through the border", after a verb of moving; not "everyday life", "shelling is now everyday")
  { unit: "people_per_day", pattern: /\b(?:cross(?:es|ed|ing)?|arriv(?:e|es|ed|ing)|fle(?:e|es|d|eing)|enter(?:s|ed|ing)?|leav(?:e|es|ing)|left|com(?:e|es|ing)|came|reach(?:es|ed|ing)?)\b[^.;,\d]{0,40}?\beveryday\b(?!\s+[a-z]+\b(?<!\b(?:through|to|from|into|across|at|in|since|and|or|via|by|on|over)))/ },
  // (not what happens every week to no count: "participating in the weekly protests", "the monthly report")
  { unit: "people_per_week", pattern: /\bweekly\b(?!\s+(?:[\w-]+\s+){0,2}?(?:protests?|sit-ins?|reports?|updates?|briefings?|bulletins?|meetings?|demonstrations?|marches|rallies|prayers|markets?|sitreps?|snapshots?|newspapers?|magazines?)\b)/i },
  { unit: "people_per_month", pattern: /\bmonthly\b(?!\s+(?:[\w-]+\s+){0,2}?(?:protests?|sit-ins?|reports?|updates?|briefings?|bulletins?|meetings?|demonstrations?|marches|rallies|prayers|markets?|sitreps?|snapshots?|newspapers?|magazines?)\b)/i },
];

export const PER_PERIOD: { unit: "people_per_day" | "people_per_week" | "people_per_month"; pattern: RegExp }[] = [
  { unit: "people_per_day", pattern: /(?:(?<!\b(?:in|within|over|for|past|last|than)\s)\ba|\b(?:each|per|every(?: single)?))\s+day\b(?!\s+(?:earlier|before|later|after|ago|of)\b)|\b(?:every|per) 24 hours\b|\bday after day\b|\bon (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: \([^)]{0,20}\))? alone\b|\bon (?:(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}(?:st|nd|rd|th)?|\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)) alone\b|\bon (?:the first day|a single day)\b|\b(?:in|over|during|within) (?:the (?:past|last|previous) |a |one )?24[- ]?(?:hours?|hrs)(?: period)?\b|\bin a single day\b|\bon (?:any|a) given day\b/i },
  { unit: "people_per_week", pattern: /(?:(?<!\b(?:in|within|over|for|past|last|than)\s)\ba|\b(?:each|per|every))\s+week\b(?!\s+(?:earlier|before|later|after|ago|of)\b)/i },
  { unit: "people_per_month", pattern: /(?:(?<!\b(?:in|within|over|for|past|last|than)\s)\ba|\b(?:each|per|every))\s+month\b(?!\s+(?:earlier|before|later|after|ago|of)\b)|\b(?:during|over|in) the (?:month|course of the month)\b(?! of)|\bduring the month of\b/i },
];

/** Words just before a number, nearest first in the regex order. */
const BEFORE: [RegExp, Qualifier][] = [
  [/\b(at least|no fewer than|no less than|not fewer than|not less than|a minimum of)\s*$/i, "at_least"],
  [/\b(more than|upwards of|in excess of|greater than|exceeding|exceeded|exceeds|exceed|breach(?:es|ed|ing)?|surpassing|surpassed|surpasses|surpass|topping|topped|tops|top|passed|passes|pass|(?<=\b(?:jumped|risen|rose|climbed|gone|went|soared)\s(?:well\s|just\s)?)past)(?: the)?\s*$/i, "more_than"],
  [/\b(over|above|beyond|crossed|crosses)(?: the)?\s*$/i, "over"],
  [/(?<!\b(?:gone|went|going|goes|risen|rose|rising|climbed|jumped|shot|moved|go)\s)\b(up to|as many as|as much as|as high as|maximum of|at most|(?<!\b(?:no|not)\s)(?:fewer|less) than)\s*$/i, "up_to"],
  [/\b(nearly|almost|approaching|approaches|approached|approach|close to|just under|nearing|nears|neared|just short of)\s*$/i, "nearly"],
  // ("trending downward to under 500 per day": at most)
  [/\b(?:to|at|remained|stayed|stays|remains|fell|dropped|down)\s+(under|below|fewer than|less than)\s*$/i, "up_to"],
  [/\b(about|around|some|roughly|approximately|in the region of|in the order of|on the order of|an estimated|estimated|estimated at|estimates?|an approximate|about some|circa|c\.|perhaps|possibly|a total of around|an average of|average of|on average|(?:now )?estimates? that|estimated that|(?:an )?average rate of|(?:a )?daily average of|(?:a )?weekly average of)\s*$/i, "about"],
];

export const PROJECTION = /\b(should (?:steel|brace|prepare)|brace (?:themselves |itself )?for|prepar(?:e|ing) for (?:the arrival|an influx|up to)|(?:in|within|over) the (?:next|coming) (?:\w+ )?(?:days|weeks|months|year)|might (?:exceed|reach|top|rise)|could (?:pour|stream) (?:in|into|across)|may exceed|expects?|expected|could yet|likely to|planning figure|planning basis|planning scenario|allows? for|planning for|may (?:flee|leave|cross|need|reach|rise|top)|might (?:flee|leave|reach)|could (?:yet |eventually )?(?:leave|flee|be displaced|displace|force|drive|uproot|reach|rise|top|hit|exceed|climb)|predicted|predicting|could be on (?:their|the) way|expected to|(?:might|may) be (?:displaced|forced|uprooted)|could (?:reach|rise|top|hit|exceed|climb)|(?:could|may|might|would) cause|will (?:top|reach|rise|exceed|hit|climb|be)|would (?:reach|rise|top)|is likely to|are likely to|projected|projecting|projects|on the assumption that|forecast|predicts?|by the end of (?:the|this|next) (?:year|month)|by year'?s end|anticipate[sd]?|may (?:reach|rise|top)|set to (?:reach|top|rise|exceed|pass|surpass)|(?:could|may|might|will|would)(?: soon)? (?:pass|surpass)|(?:exodus|toll|tally|number|numbers|total|count) to (?:pass|surpass|top|reach|hit|exceed))\b/i;

/** A projection said just before its count only ("Refugee surge to hit 1mn soon", "on track to cross the one-million mark"), not of the sentence's other counts. */
export const PROJECTED_LEAD = /\b(?:on track to|(?:surge|rise|climb|jump|increase|grow)s? to)\s+(?:hit|reach|top|pass|cross|exceed)\s+(?:the\s+)?$/i;

/** The qualifier the words before a number give it (the text up to the number). */
export function qualifierBefore(before: string): Qualifier | null {
  // "at least another 100,000": the qualifier reaches over another/a further/an additional
  // …and over an opening quote ("at least a “dozen deaths”")
  const tail = before.slice(-60).replace(/\s+/g, " ").replace(/["“‘]\s*$/, "").replace(/\b(?:another|a further|an additional|further|additional)\s*$/i, "").replace(/\ban?\s*$/i, "");
  for (const [pattern, q] of BEFORE) if (pattern.test(tail)) return q;
  return null;
}

/** A noun that itself names people: small numbers ("one", "2") count only with one of these. */
export const PEOPLE_NOUN = /^(people|IDPs?|child|woman|man|boy|girl|person|minors|soldier|migrant|journalist|villagers?|farmers?|doctors?|nurses?|persons?|civilians?|individuals|residents|inhabitants|locals|townspeople|children|kids|women|men|girls|boys|babies|infants|adults|lives|refugees?|migrants?|IDPs|casualties|victims|fighters|soldiers|troops|combatants|militants|rebels|insurgents|policemen|protesters|demonstrators|detainees|prisoners|hostages|extremists|terrorists|jihadists|gunmen|attackers|assailants|bandits|militiamen|guerrillas|separatists|troopers|workers|employees|staff|personnel|students|patients|souls|others|police|officers|policemen|officials|guards|teachers|pupils|traders|herders|relatives|colleagues|asylum-seekers|seekers|commandos|marines|gendarmes|paratroopers|recruits|cadets|conscripts|servicemen|serviceman|supporters|followers|loyalists|immigrants|emigrants|guerrillas|nationals|citizens|expatriates|foreigners|arrivals|evacuees|survivors|sons|daughters|grandchildren|grandsons|granddaughters|brothers|sisters|wives|husbands|monks|priests|members|rescuers|medics|paramedics|volunteers|peacekeepers|miners|journalists|jawans|natives|Rohingyas?|reporters|photographers|cameramen|worshippers|pilgrims|passengers|drivers|fishermen|herders|shepherds|labourers|laborers|hostages|leaders|commanders|protester|ppl|clerics|imams|preachers|pastors|rangers?)$/i;

/** Nouns for people right after a number ("70,000 people", "5,000 Syrians"). */
export const PEOPLE = /^(people|IDP|injuries|fatalities|bodies|corpses|arrivals|evacuees|survivors|persons?|civilians?|individuals|residents|inhabitants|children|kids|women|men|girls|boys|babies|infants|adults|elderly|lives|refugees?|migrants?|immigrants|emigrants|supporters|IDPs|displaced|dead|deaths|killed|injured|wounded|casualties|victims|fighters|soldiers|troops|combatants|militants|rebels|insurgents|policemen|police officers|protesters|demonstrators|detainees|prisoners|hostages|workers|staff|students|patients|police|officers|officials|wounds|killings|lynchings|executions|murders|Palestinians|Rohingya|Rohingyas|Yazidis|Kurds|Tutsis?|Hutus?|Muslims|Christians|Hindus|Jews|Tamils|Sikhs|Buddhists|Uighurs|Uyghurs|souls|more|others|other|of|had|have|has|were|was|are|is|having|being|who|whom|whose|still|now|remain|remained|living|in|on|at|by|from|to|into|since|last|so|this|these|as|and|or|a|each|per|every|daily|soon|already|now|then|alone|amid|between|inside|with|those|them|could|may|might|will|would|following|after|according|including|mostly|mainly|largely|among|across|through|within|during|—|–|-|,|\.|;|:|\)|")$/i;

/** Adjectives that may stand between a number and its noun. */
export const ADJECTIVES = /^(female|male|government|security|rebel|militia|army|police|armed|insurgent|enemy|former|ethnic|Muslim|Christian|Hindu|Jewish|Tamil|Kurdish|Yazidi|more|other|innocent|unarmed|young|old|elderly|civilian|ordinary|additional|further|new|newly|registered|displaced|internally|estimated|confirmed|documented|verified|reported|recorded|known|Syrian|Afghan|Iraqi|Sudanese|Ukrainian|Congolese|Ethiopian|Somali|Libyan|Malian|Nigerian|Colombian|Burmese|Rohingya|Palestinian|Israeli|Russian|Kurdish|Yemeni|Tigrayan|Darfuri|foreign|local|poor|hungry|starving|vulnerable|wounded|injured|dead|severely|seriously|critically|mostly|violent|special|forces|military|asylum|gunshot|shrapnel|bullet|blast|burn)$/i;

/** A capitalised plural that names a people ("Syrians", "Afghans", "Iraqis", "Sudanese"). */
export const DEMONYM = /^(?!(?:Divisions|Regions|Districts|Provinces|Departments|Zones|Homes|Houses|Villages|Towns|Schools|Years|Days|Months|Weeks|Hours|Tons|Dollars|Cars|Buildings|Shops|Cattle|Camps|Sites|Miles|Kilometres|Kilometers|Times|Attacks|Strikes|Rockets|Bombs|Shells)$)[A-Z][a-z]+(?:ans|ians|eans|is|ese|ites|ers|ians|s)$/;

/** Metrics an admin added, found by their name's words ("Missing people" → "missing"). */
export function metricRules(metrics: readonly { slug: string; name: string }[]): MetricRule[] {
  const known = new Set(METRIC_RULES.map((r) => r.slug).concat("daily_outflow"));
  return metrics
    .filter((m) => !known.has(m.slug))
    .map((m) => {
      const words = m.name.toLowerCase().split(/[^a-z]+/).filter((w) => w.length > 3 && !["people", "persons", "number"].includes(w));
      return { slug: m.slug, pattern: new RegExp(String.raw`\b(${words.map((w) => w.replace(/[^a-z]/g, "")).join("|") || m.slug})\w*`, "gi") };
    })
    .filter((r) => r.pattern.source.length > 8);
}

const DISASTERS = String.raw`(?:earthquakes?|floods?|flooding|flash floods|torrential rains?|heavy rains?|cyclones?|hurricanes?|typhoons?|tsunami|drought|landslides?|storms?)`;
const CONFLICT = String.raw`(?:conflict|fighting|violence|attacks?|war|insurgency|clashes|hostilities|gangs?|militants?|rebels?|shelling|bombing|air ?strikes?)`;

const NOT_COUNTED_DISASTER = new RegExp(String.raw`\b${DISASTERS}\b`, "i");
const NOT_COUNTED_CONFLICT = new RegExp(String.raw`\b${CONFLICT}\b`, "i");

/** Counts the report gives that are no figure of one metric. */
export const NOT_COUNTED = {
  /** replaced or first guesses: "initially had forecast that up to four million", "Local officials previously said 100" */
  superseded: /\b(?:previously|initially|originally)\s+(?:had\s+)?(?:been\s+)?(?:said|reported|estimated|forecast|projected|put|counted|gave|given|announced|thought|believed|planned|planning)\b/i,
  /** "In an earlier post, he had said three people were killed" */
  earlier: /\b(?:in an? (?:earlier|previous|first)|an? (?:earlier|previous) (?:post|statement|report|update|toll|count))\b|\bhad (?:earlier|previously|initially|first) (?:said|reported|put|given)\b/i,
  /** a caseload from before the events: "Before the fighting erupted, 3.7 million people had been internally displaced" */
  before: /^\s*(?:Before|Prior to)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:fighting|war|conflict|crisis|violence|offensive|invasion|takeover|escalation|clashes)\b/i,
  /** the end of a list says what happened to all of it: "10 women and 30 others forcibly detained" */
  listEnd: /^\s*(?:(?!(?:died|killed|dead|drowned|perished|wounded|injured)\b)[a-z]+\s+){0,2}and\s+\S+\s+(?:others?\s+|more\s+)?(?:(?:were|have been|had been|being)\s+)?(?:forcibly\s+)?(?:detained|abducted|kidnapped|arrested|missing|held)\b/i,
  /** people given aid: "57,000 refugees in … received monthly emergency food rations", "have been offered temporary shelter" */
  aided: /^[^.;]{0,160}?\b(?:received|receiving|receive|benefit(?:ed|ing)? from|(?:were|have been|had been) (?:given|provided with|offered)|offered)\b[^.;]{0,40}?\b(?:rations?|assistance|aid|food|cash|support|meals|items|kits|shelter|transfers)\b/i,
  disasters: new RegExp(String.raw`\b${DISASTERS}\b`, "i"),
  /** a disaster named before the number, and no fighting: "severe floods caused by torrential rains, affecting over 46,000 people" */
  disasterBefore: (lead: string) => !/[.;]/.test(lead) && NOT_COUNTED_DISASTER.test(lead) && !NOT_COUNTED_CONFLICT.test(lead),
  /** displaced at home and abroad together: "displaced inside and outside the country", "either as IDPs or as refugees" */
  mixed: /^[^.;]{0,100}?\b(?:(?:across|over) (?:the )?borders? or (?:to|into|within) (?:other|another) (?:parts?|areas?|regions?)|inside and outside|within and (?:outside|beyond)|internally (?:and|or) (?:abroad|across borders|as refugees)|(?:either\s+)?(?:as\s+)?(?:IDPs|internally displaced(?: people| persons)?)\s+or\s+(?:as\s+)?refugees|refugees\s+or\s+(?:as\s+)?(?:IDPs|internally displaced))\b/i,
  /** "it has reached over 35,000 people in three states" (but "the number has reached 3,000,381" is a count) */
  reached: /\breached\s+(?:\w+\s+){0,2}$/i,
  /** aid planned: "plans to “immediately” reach 380,000 people", "needs nearly 13,000 tons of food to reach some 384,000 people" */
  reachAid: /\b(?:plans?|planning|aims?|aiming|seeks?|seeking|hopes?|hoping|intends?|needs?|able|efforts?|targets?|targeting|order|working|trying|food|assistance|aid)\s+to\s+(?:[“"]?\w+[”"]?\s+)?reach\s+(?:\w+\s+){0,2}$/i,
  count: /\b(?:number|toll|figure|total|count|tally)\b/i,
  /** "displacements during 2017 have reached approximately 163,000": a count that reached a number */
  countReached: /\b(?:displacements?|arrivals|influx|exodus)\b[^.;,]{0,40}\breached\s+(?:\w+\s+){0,2}$/i,
  /** what might happen, planned for: "contingency plans in case “thousands if not hundreds of thousands” were displaced" */
  hypothetical: /\b(?:in case|in the event(?: that)?)\b[^.;\d]{0,30}$/i,
  /** killed and hurt together: "234 Dead, Hurt", "killed, wounded or kidnapped" */
  casualtiesAfter: /^[^.;,]{0,40}?\b(?:killed|dead|died)(?:,\s*|\s+or\s+|\s+and\s+)(?:wounded|injured|maimed|hurt)\b(?!\s+(?:(?:at least|more than|over|about|some|nearly|almost|up to)\s+)?(?:\d|dozens|scores|hundreds|thousands|tens|many|several|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b))/i,
  /** "killed or injured at least 234 people" */
  casualtiesBefore: /(?<!\d\s+(?:[a-z]+\s+)?)\b(?:(?:killed|dead)\s+(?:or|and)\s+(?:wounded|injured|maimed|hurt)|killing\s+(?:or|and)\s+(?:wounding|injuring|maiming)\s+of)\s+(?:(?:at least|more than|over|about|some|around|nearly|almost|up to)\s+)?$/i,
};

/** Counts of one group of the victims, which a larger count of the report already holds. */
export const SUBGROUP = {
  /** "Child casualties comprised nearly one-third …, with", "one-third of the casualties … were children, with" */
  sentence: /\b(?:child(?:ren)?|women|female|girls|boys|minors)(?:['’]s)?\s+(?:casualties|deaths|victims|fatalities)\b|\b(?:casualties|victims|dead|deaths)\b[^.;]{0,60}\b(?:were|are)\s+(?:children|women|girls|boys|minors)\b/i,
  /** "the deaths of 144 women", "the bodies of two children" */
  of: /\b(?:deaths?|killings?|injur(?:y|ies|ing)|wounding|bodies) of\s+(?:(?:at least|more than|over|about|some|around|nearly|almost)\s+)?$/i,
  noun: /^(?:children|child|women|woman|girls|girl|boys|boy|men|man|minors|babies|infants|elderly|males?|females?)$/i,
  /** a count of children, or of an institution's people, named as such ("117 children killed", "208 members of the health sector", "38 staff killed"); victims of one
   * attack named by their trade ("at least 15 rescuers") are its count */
  age: /^(?:children|child|minors|babies|infants|kids|staff|members|personnel|colleagues)$/i,
  /** a count of one group of the victims that a total introduces: "including 27 children", "among them five women", "of whom" */
  introduced: /\b(?:includ(?:e|ed|ing|es)|among(?: them)?|of (?:whom|which|them))\s+(?:[\w-]+\s+){0,2}$/i,
  /** people of one trade or force, a part of a total by who they were ("including two police officers", "10 of them soldiers") */
  trade: /^(?:police|policemen|policewomen|officers|soldiers|troops|militants|fighters|guards|workers|journalists|staff|members|personnel|students|teachers|doctors|nurses|attackers|gunmen|rebels|militiamen|insurgents|servicemen|peacekeepers|volunteers|officials|pilgrims|worshippers)$/i,
  /** "150 of whom were children", "86 are women" */
  are: /^\s+(?:of (?:whom|them|those|the [\w-]+)\s+)?(?:were|are)\s+(?:[a-z]+\s+)?(?:children|women|girls|boys|men|minors)\b/i,
  /** "two children, ages 3 and 9, were among the dead" */
  among: /^[^.;\d]{0,60}?\b(?:were|was|are)\s+among\s+(?:the|those)\s+(?:dead|killed|victims|injured|wounded|IDPs|displaced|refugees|arrivals|new arrivals)\b/i,
};

/**
 * What the count itself does or undergoes, when that is no metric: the words after it up to the next clause, joint or
 * number ("About 500 soldiers were deployed after the attack that killed 12", "some 2,000 people had gathered", "3 million
 * children are out of school as the fighting displaced 50,000"), or a verb that governs it from before ("has affected
 * more than 2 million people", "Police arrested 40 people"). A count whose own words say nothing of a metric takes none
 * from the rest of the sentence.
 */
export const PREDICATE = {
  /** the count's own words: up to a clause joint, a bracket or dash, or the next number */
  span: /^[^,;:()\d—–]*?(?=[,;:()\d—–]|\s-\s|\s(?:after|when|where|while|because|since|following|before|until|amid|but|whereas|although|though|despite|if|and|or|than|according)\b|\sas\s(?!being\b|refugees?\b|displaced\b|IDPs?\b|internally\b|asylum)|$)/i,
  /** people placed somewhere, which says where a count of the sentence is, not what it did ("roughly 40,000 are in Moldova") */
  placed: /^\s+(?:[\w-]+\s+)?(?:are|were|is|remain|remained)\s+(?:now\s+|still\s+)?(?:in|at)\s+(?:the\s+)?[A-Z]/,
  /** people housed somewhere, which says where they are and leaves what they are to the rest of the sentence ("1.4 million people were already living in camps … after fleeing") */
  housed: /^\s+(?:[\w-]+\s+)?(?:(?:are|were|is|was|have|has|had)\s+(?:been\s+)?)?(?:now\s+|still\s+|already\s+)?(?:living|sheltering|staying|housed|gathered|crammed|squeezed)\s+in\s+(?:(?:[\w-]+\s+){0,4}?(?:camps?|sites?|shelters?|settlements?|schools?|churches|mosques|tents)\b|(?:more than\s+|over\s+|some\s+|about\s+)?$)/,
  /** counted, not done to: "some 10,000 Burundians registered thus far", "6,000 persons are registered in Dohuk" */
  counted: /^\s+(?:[\w-]+\s+){0,2}?(?:(?:are|were|is|was|have been|has been|had been)\s+)?(?:now\s+)?(?:registered|recorded|counted|verified|documented|identified|profiled|tracked)\b/i,
  /** a verb in those words */
  verb: /\b(?:is|are|was|were|has|have|had|will|would|remains?|remained|live[sd]?|living|needs?|needed|stand|stands|standing|wait|waits|waiting|queue|queues|sleep|sleeps|walk|walks|took|take|taking|gave|went|came|made|began|saw|met|held|ran|fought|stood|sat|got|found|brought|kept|spent|sent|led|built|paid|won|lost|work|works|attend|attends|[a-z]{3,}ed)\b/i,
  /** a verb before the count that governs it and is no metric */
  before: new RegExp(String.raw`\b(?:affect(?:s|ed|ing)|arrest(?:s|ed|ing)|detain(?:s|ed|ing)|deploy(?:s|ed|ing)|recruit(?:s|ed|ing)|train(?:s|ed|ing)|mobili[sz](?:es|ed|ing)|rescu(?:es|ed|ing)|releas(?:es|ed|ing)|freed|freeing|employ(?:s|ed|ing)|involv(?:es|ed|ing)|attract(?:s|ed|ing)|drew|hir(?:es|ed|ing)|interview(?:s|ed|ing)|surveyed|gathered|brought together|mobilised|relocat(?:es|ed|ing)|transferr(?:ed|ing)|abduct(?:s|ed|ing)|kidnapp?(?:s|ed|ing))\s+(?:(?:${"approximately|about|some|around|roughly|at least|more than|over|nearly|almost|close to|up to|an estimated|estimated|another|a further|an additional"})\s+)?$`, "i"),
};
