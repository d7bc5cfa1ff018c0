/**
 * VIQR (RFC 1456) -> Unicode, one word at a time.
 */
import { VIQR_ESCAPE, VIQR_MARK_VOWELS, VIQR_TONE_MARKS, VIQR_VOWEL_MARKS } from "./data/viqr.js";

const VOWELS = "aeiouyAEIOUY";

const MARK_CHARS = Object.keys(VIQR_VOWEL_MARKS).join("") + Object.keys(VIQR_TONE_MARKS).join("");

/**
 * True for a character VIQR writes as a mark after a vowel.
 *
 * @example
 * ```ts
 * isViqrMark("^"); // true
 * isViqrMark("x"); // false
 * ```
 */
export function isViqrMark(ch: string): boolean {
  return ch.length === 1 && MARK_CHARS.includes(ch);
}

/** A word with nothing VIQR would change: no mark, no escape, no "dd". */
function plainWord(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word[i]!;
    if (MARK_CHARS.includes(c) || c === VIQR_ESCAPE) return false;
    if ((c === "d" || c === "D") && (word[i + 1] === "d" || word[i + 1] === "D")) return false;
  }
  return true;
}

/** What decoding one word found. */
export interface ViqrWord {
  /** The decoded word. */
  text: string;
  /** Marks that only VIQR explains: a vowel mark (^ ( +), "dd", a tone mark inside the word, ` ~, or an escape. */
  strong: boolean;
}

/** "a.m.", "e.g.", "U.S.": letter-dot abbreviations are never VIQR. */
const ABBREVIATION = /^(?:[A-Za-z]\.){2,4}$/;

/**
 * Decodes one VIQR word. `word` runs from a letter to the end of its marks ("Ho^.i", "nghi\.", "DDa`").
 * A tone mark after the word already has a tone, or after no vowel, stays a literal character, so
 * "nghi~." is "nghĩ" + "."; a backslash makes a word-final period, question mark or apostrophe literal
 * ("nghi\." = "nghi."); other escapes are kept as written (unescaped, "a\~" would read as "ã" next time).
 *
 * @example
 * ```ts
 * decodeViqrWord("Vie^.t").text; // "Việt"
 * decodeViqrWord("DDa`").text; // "Đà"
 * decodeViqrWord("nghi\\.").text; // "nghi."
 * ```
 */
export function decodeViqrWord(word: string): ViqrWord {
  if (plainWord(word) || ABBREVIATION.test(word)) return { text: word, strong: false };
  let out = "";
  let strong = false;
  let toned = false;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    if ((ch === "d" || ch === "D") && (word[i + 1] === "d" || word[i + 1] === "D")) {
      // dd = đ: as the onset of a syllable, or inside a capitals acronym (HDDND = HĐND)
      out += ch === "d" ? "đ" : "Đ";
      if (i === 0) strong = true;
      i++;
      continue;
    }
    if (ch === VIQR_ESCAPE && i + 1 < word.length && isViqrMark(word[i + 1]!)) {
      const mark = word[i + 1]!;
      const after = word[i + 2];
      // an escaped period, question mark or apostrophe ending a word ("nghi\.") is RFC 1456 and nothing else;
      // other escapes stay as written, since without the backslash they would read as marks again
      if (".?'".includes(mark) && (after === undefined || !/[A-Za-z]/.test(after))) {
        out += mark;
        strong = true;
      } else out += ch + mark;
      i++;
      continue;
    }
    if (!VOWELS.includes(ch)) {
      out += ch;
      continue;
    }
    let letter = ch;
    const vm = word[i + 1];
    if (vm !== undefined && VIQR_VOWEL_MARKS[vm] !== undefined && VIQR_MARK_VOWELS[vm]!.includes(ch.toLowerCase())) {
      letter += VIQR_VOWEL_MARKS[vm];
      strong = true;
      i++;
    }
    const tm = word[i + 1];
    if (tm !== undefined && !toned && VIQR_TONE_MARKS[tm] !== undefined) {
      letter += VIQR_TONE_MARKS[tm];
      toned = true;
      // a tone inside the word, or a backquote or tilde (English text has neither after a vowel), is VIQR's mark
      if ((i + 2 < word.length && /[A-Za-z]/.test(word[i + 2]!)) || tm === "`" || tm === "~") strong = true;
      i++;
    }
    out += letter.normalize("NFC");
  }
  return { text: out, strong };
}

/**
 * Spans of VIQR words in a line: a letter, then letters, marks and escaped marks.
 *
 * @example
 * ```ts
 * viqrWords("Ho^.i nghi."); // [[0, 5], [6, 11]]
 * ```
 */
export function viqrWords(line: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let i = 0;
  while (i < line.length) {
    if (!isAsciiLetter(line.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < line.length && i - start < 40) {
      const ch = line[i]!;
      if (isAsciiLetter(line.charCodeAt(i)) || isViqrMark(ch)) i++;
      else if (ch === VIQR_ESCAPE && i + 1 < line.length && isViqrMark(line[i + 1]!)) i += 2;
      else break;
    }
    spans.push([start, i]);
  }
  return spans;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/**
 * "uo+" written for "u+o+" (a common VIQR shortcut): puts the horn on the u too, so "tuo+`ng" can be
 * read as "tường". Returns the word unchanged when there is no such pair.
 *
 * @example
 * ```ts
 * hornBoth("tuờng"); // "tường"
 * ```
 */
export function hornBoth(word: string): string {
  const d = word.normalize("NFD");
  const fixed = d.replace(/([uU])(?=[oO]\u031B)/g, (u: string) => u + "\u031B");
  return fixed === d ? word : fixed.normalize("NFC");
}
