/**
 * TCVN3 (ABC) text pasted as Latin-1 characters -> Unicode, one word at a time.
 */
import { TCVN3_DECODE } from "./tables.js";

/** TCVN3 code points that are upper-case letters in the VN3 set (Ă Â Ê Ô Ơ Ư Đ). */
const VN3_UPPER = new Set(["¡", "¢", "£", "¤", "¥", "¦", "§"]);

/**
 * True for a character that belongs to the TCVN3 table (as pasted: a Latin-1 character).
 *
 * @example
 * ```ts
 * isTcvn3Char("Þ"); // true (ị)
 * isTcvn3Char("à"); // false (0xE0 is no VN3 letter)
 * ```
 */
export function isTcvn3Char(ch: string): boolean {
  return TCVN3_DECODE.has(ch);
}

/**
 * Decodes one word of TCVN3 text, or returns null when the word holds a character TCVN3 text cannot
 * (a Unicode Vietnamese letter such as "ộ" or "à", which VN3 has no code for).
 * Upper case: VN3 has no upper-case toned letters (those were typed in the .VnTimeH font with the
 * lower-case codes), so the decoded letters are upper-cased when the word's other letters are
 * capitals after the first letter ("HéI" -> "HỘI", "¸I" -> "ÁI"; "Hé" stays title case "Hộ") or `caps`
 * says the whole line is in capitals.
 *
 * @example
 * ```ts
 * decodeTcvn3Word("nghÞ", false); // "nghị"
 * decodeTcvn3Word("HéI", false); // "HỘI"
 * decodeTcvn3Word("Hội", false); // null
 * ```
 */
export function decodeTcvn3Word(word: string, caps: boolean): string | null {
  let out = "";
  let upper = 0;
  let lower = 0;
  let mapped = false;
  let innerUpper = false;
  for (const ch of word) {
    const c = ch.charCodeAt(0);
    if (c < 0x80) {
      if (c >= 0x41 && c <= 0x5a) {
        upper++;
        if (out !== "") innerUpper = true;
      }
      else if (c >= 0x61 && c <= 0x7a) lower++;
      out += ch;
      continue;
    }
    const letter = TCVN3_DECODE.get(ch);
    if (letter === undefined) return null;
    if (VN3_UPPER.has(ch)) {
      upper++;
      if (out !== "") innerUpper = true;
    }
    mapped = true;
    out += letter;
  }
  if (!mapped) return word;
  // a capital after the first letter and no small letter: the word is in capitals, not title case
  return caps || (lower === 0 && innerUpper) ? out.toUpperCase() : out;
}
