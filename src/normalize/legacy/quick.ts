/**
 * The quick check: which lines could hold legacy text at all. One pass, a table lookup per character;
 * a clean Unicode Vietnamese or English text comes back with no line to look at.
 */
import { VIETNAMESE_LATIN1, isVietnameseUnicode } from "./chars.js";
import { byteOf } from "./mojibake.js";

const PLAIN = 0;
const VOWEL = 1;
const LETTER = 2;
const VIET = 3;
const SUSPECT = 4;

/** Class of each code below 0x100. */
const CLASS = (() => {
  const t = new Uint8Array(0x100);
  for (let c = 0x41; c <= 0x7a; c++) if (c <= 0x5a || c >= 0x61) t[c] = "aeiouyAEIOUY".includes(String.fromCharCode(c)) ? VOWEL : LETTER;
  // C1 controls, Latin-1 punctuation and letters Vietnamese does not use: TCVN3, VNI and mojibake are made of these
  for (let c = 0x80; c < 0x100; c++) t[c] = SUSPECT;
  t[0xa0] = PLAIN; // no-break space: common in clean pages
  for (const ch of VIETNAMESE_LATIN1) t[ch.charCodeAt(0)] = VIET;
  return t;
})();

/** Punctuation Windows-1252 shares with clean text: suspect only right after a UTF-8 lead. */
const COMMON_PUNCT = new Set([0x2018, 0x2019, 0x201c, 0x201d, 0x2013, 0x2014, 0x2026, 0x2022]);

/**
 * Start and end offsets of the lines ("\n"-separated) that need a closer look: they hold characters
 * legacy text is made of (Latin-1 symbols, foreign Latin-1 letters, C1 controls, combining tone marks,
 * a UTF-8 lead followed by a continuation character), a VIQR-looking mark after a vowel or escaped, or Latin-1
 * Vietnamese letters without any letter only Unicode has. Empty for clean text.
 *
 * @example
 * ```ts
 * suspectLines("Hội nghị\nHéi nghÞ"); // [[9, 17]]
 * suspectLines("Hội nghị tổng kết"); // []
 * ```
 */
export function suspectLines(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  let suspect = false;
  let viet1 = false;
  let vietU = false;
  let p1 = 0x20; // previous code
  let p2 = 0x20; // the one before
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 0x0a;
    if (c === 0x0a) {
      if (suspect || (viet1 && !vietU)) out.push([start, i]);
      start = i + 1;
      suspect = viet1 = vietU = false;
      p1 = p2 = 0x20;
      continue;
    }
    if (!suspect) {
      if (c < 0x100) {
        const k = CLASS[c]!;
        if (k === SUSPECT) suspect = true;
        else if (k === VIET) {
          viet1 = true;
          if (c >= 0xc2 && i + 1 < n) {
            const b = byteOf(text.charCodeAt(i + 1));
            if (b >= 0x80 && b <= 0xbf) suspect = true;
          }
        } else if (c < 0x80) {
          const k1 = p1 < 0x80 ? CLASS[p1]! : PLAIN;
          if (k1 === VOWEL && (c === 0x5e || c === 0x28 || c === 0x2b || c === 0x60 || c === 0x7e)) suspect = true;
          else if ((k === VOWEL || k === LETTER) && (p1 === 0x27 || p1 === 0x3f || p1 === 0x2e) && p2 < 0x80 && CLASS[p2] === VOWEL) suspect = true;
          else if ((c === 0x64 || c === 0x44) && (p1 === 0x64 || p1 === 0x44) && !(p2 < 0x100 && CLASS[p2]! >= VOWEL)) suspect = true;
          else if (p1 === 0x5c && (c === 0x2e || c === 0x3f || c === 0x27 || c === 0x60 || c === 0x7e || c === 0x5e || c === 0x28 || c === 0x2b)) suspect = true;
        }
      } else if (isVietnameseUnicode(c)) vietU = true;
      else if (c >= 0x300 && c <= 0x36f) suspect = true;
      else {
        const b = byteOf(c);
        if (b >= 0x80 && !COMMON_PUNCT.has(c)) suspect = true;
      }
    }
    p2 = p1;
    p1 = c;
  }
  return out;
}
