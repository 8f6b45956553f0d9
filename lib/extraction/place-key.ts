// How the places table (places.json) keys a name: shared by the extractor and the script that writes the table. Pure.
/** Letters no decomposition takes apart ("Łódź", "Şanlıurfa", "Tromsø"), as English reports write them. */
const LETTERS: Record<string, string> = { ł: "l", Ł: "L", ı: "i", ø: "o", Ø: "O", ß: "ss", đ: "d", Đ: "D", ǝ: "e", ə: "e", æ: "ae", Æ: "Ae", œ: "oe", Œ: "Oe", ħ: "h", þ: "th" };
/**
 * A place's name as the table keys it (scripts/lib/places.ts writes the keys with it): accents, such letters and apostrophes
 * dropped ("Ma'rib" and "Marib", "Cox’s Bazar" and "Cox's Bazar", "Łódź" and "Lodz" are one).
 */
export const placeKey = (name: string): string =>
  name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[łŁıøØßđĐǝəæÆœŒħþ]/g, (c) => LETTERS[c]!).replace(/['’‘`ʼʻ]/g, "").trim();
