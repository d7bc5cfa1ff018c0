/**
 * The quick check: which lines could hold legacy text at all. A few native regular-expression scans
 * (linear: character classes, no nested quantifiers); a clean Unicode Vietnamese or English text comes
 * back with no line to look at, at about the speed of String.prototype.normalize.
 */
import { VIETNAMESE_LATIN1, isVietnameseUnicode } from "./chars.js";
import { CP1252_DECODE } from "./tables.js";

function cls(chars: Iterable<string>): string {
  let out = "";
  for (const ch of chars) out += "\\u" + ch.charCodeAt(0).toString(16).padStart(4, "0");
  return out;
}

/** Windows-1252 punctuation clean text uses too: suspect only right after a UTF-8 lead. */
const COMMON_PUNCT = "‘’“”–—…•";
const CP1252_CHARS = [...CP1252_DECODE.values()].filter((c) => c.charCodeAt(0) >= 0x100);

/** Characters legacy text is made of and clean Vietnamese never uses (the no-break space excepted). */
const SUSPECT_CHARS = (() => {
  const out: string[] = [];
  for (let c = 0x80; c < 0x100; c++) {
    const ch = String.fromCharCode(c);
    if (c !== 0xa0 && !VIETNAMESE_LATIN1.includes(ch)) out.push(ch);
  }
  return [...out, ...CP1252_CHARS.filter((c) => !COMMON_PUNCT.includes(c))];
})();
/** Latin-1 Vietnamese letters that are UTF-8 lead bytes (0xC2-0xF4) in mojibake. */
const LEADS = [...VIETNAMESE_LATIN1].filter((c) => c.charCodeAt(0) >= 0xc2 && c.charCodeAt(0) <= 0xf4);
/** Characters standing for the continuation bytes 0x80-0xBF. */
const CONTINUATIONS = [...Array.from({ length: 0x40 }, (_, i) => String.fromCharCode(0x80 + i)), ...CP1252_CHARS];

/**
 * Anything that makes a line worth a closer look, one expression each (separate scans are much faster
 * than one alternation): a suspect character or combining mark, a UTF-8 lead followed by a continuation
 * ("Ã“"), a VIQR vowel mark / ` / ~ after a vowel or a tone mark inside a word, an escaped mark, dd
 * starting a word.
 */
const HARD = [
  new RegExp(`[${cls(SUSPECT_CHARS)}\\u0300-\\u036f]`, "g"),
  new RegExp(`[${cls(LEADS)}][${cls(CONTINUATIONS)}]`, "g"),
  /[aeiouyAEIOUY](?:[\^(+`~]|['?.][A-Za-z])/g,
  /\\[.?'`~^(+]/g,
  /(?<![A-Za-z])[dD][dD]/g,
];
const VIET_LATIN1 = new RegExp(`[${cls(VIETNAMESE_LATIN1)}]`, "g");
const VIETU_OR_EOL = (() => {
  const chars: string[] = [];
  for (let c = 0x100; c < 0x1f00; c++) if (isVietnameseUnicode(c)) chars.push(String.fromCharCode(c));
  return new RegExp(`[${cls(chars)}\\n]`, "g");
})();

function lineAround(text: string, at: number): [number, number] {
  const start = at > 0 ? text.lastIndexOf("\n", at - 1) + 1 : 0;
  const nl = text.indexOf("\n", at);
  return [start, nl < 0 ? text.length : nl];
}

/**
 * Start and end offsets of the lines ("\n"-separated) that need a closer look: they hold characters
 * legacy text is made of (Latin-1 symbols, foreign Latin-1 letters, C1 controls, combining marks,
 * a UTF-8 lead followed by a continuation character), a VIQR-looking mark, or Latin-1 Vietnamese letters
 * without any letter only Unicode has (TCVN3 "cã", VNI "coù"). Empty for clean text. In order, no repeats.
 *
 * @example
 * ```ts
 * suspectLines("Hội nghị\nHéi nghÞ"); // [[9, 17]]
 * suspectLines("Hội nghị tổng kết"); // []
 * ```
 */
export function suspectLines(text: string): Array<[number, number]> {
  const found = new Map<number, number>();
  for (const re of HARD) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const [start, end] = lineAround(text, m.index);
      found.set(start, end);
      if (end >= text.length) break;
      re.lastIndex = end + 1;
    }
  }
  // lines with Latin-1 Vietnamese letters and none that only Unicode has
  VIET_LATIN1.lastIndex = 0;
  for (let m = VIET_LATIN1.exec(text); m; m = VIET_LATIN1.exec(text)) {
    const [start, end] = lineAround(text, m.index);
    if (!found.has(start)) {
      VIETU_OR_EOL.lastIndex = start;
      const u = VIETU_OR_EOL.exec(text);
      if (!u || text.charCodeAt(u.index) === 0x0a) found.set(start, end);
    }
    if (end >= text.length) break;
    VIET_LATIN1.lastIndex = end + 1;
  }
  return [...found].sort((a, b) => a[0] - b[0]);
}
