/**
 * The quick check: which lines could hold legacy text at all. A few native regular-expression scans
 * (linear: character classes, no nested quantifiers); a clean Unicode Vietnamese or English text comes
 * back with no line to look at, at about the speed of String.prototype.normalize.
 */
import { VIETNAMESE_LATIN1, isVietnameseUnicode } from "./chars.js";
import { CP1252_DECODE, TCVN3_DECODE, VNI_DECODE } from "./tables.js";

function cls(chars: Iterable<string>): string {
  let out = "";
  for (const ch of chars) out += "\\u" + ch.charCodeAt(0).toString(16).padStart(4, "0");
  return out;
}

const CP1252_CHARS = [...CP1252_DECODE.values()].filter((c) => c.charCodeAt(0) >= 0x100);

/**
 * Characters TCVN3 and VNI text is made of and clean Vietnamese never uses. Other Latin-1 symbols (°, ±,
 * ð ...) are no letter in either font encoding, so they alone make no line suspect.
 */
const SUSPECT_CHARS = (() => {
  const out = new Set<string>();
  for (const ch of TCVN3_DECODE.keys()) out.add(ch);
  for (const spelling of VNI_DECODE.keys()) for (const ch of spelling) if (ch.charCodeAt(0) >= 0x80) out.add(ch);
  for (const ch of VIETNAMESE_LATIN1) out.delete(ch);
  return [...out];
})();
/** Windows-1252 bytes 0xC2-0xF4 shown as characters: the lead bytes of UTF-8 sequences. */
const LEADS = Array.from({ length: 0xf4 - 0xc2 + 1 }, (_, i) => String.fromCharCode(0xc2 + i));
/** Characters standing for the continuation bytes 0x80-0xBF (C1 controls in a Latin-1 reading, or Windows-1252's). */
const CONTINUATIONS = [...Array.from({ length: 0x40 }, (_, i) => String.fromCharCode(0x80 + i)), ...CP1252_CHARS];

/**
 * Anything that makes a line worth a closer look, one expression each (separate scans are much faster
 * than one alternation): a TCVN3/VNI character or a combining mark, a UTF-8 lead followed by a
 * continuation ("Ã“", "Ä‘", "â€œ"), a VIQR vowel mark / ` / ~ after a vowel or a tone mark inside a word, an escaped mark, dd
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
 * legacy text is made of (a TCVN3 or VNI character, a combining mark, a UTF-8 lead followed by a
 * continuation character), a VIQR-looking mark, or Latin-1 Vietnamese letters
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
