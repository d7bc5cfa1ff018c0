/**
 * Word tokens as spans: the tokenizer the search index uses. A token is a maximal run of letters (Vietnamese
 * letters included), digits and combining marks; everything else (spaces, punctuation, symbols, emoji)
 * separates tokens. In Vietnamese a token is usually one syllable.
 */

/** A token: its text and its end-exclusive UTF-16 span in the text it came from. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

const WORD_RE = /^[\p{L}\p{N}\p{M}]$/u;

/** -1 unknown, 0 no, 1 yes; by UTF-16 code unit (surrogates: 0, pairs are checked as code points). */
let bmp: Int8Array | undefined;
const astral = new Map<number, boolean>();

/**
 * Whether a code point belongs to a word token: a letter, a digit (any number character) or a combining mark.
 *
 * @example
 * ```ts
 * isWordChar("ệ".codePointAt(0)!); // true
 * isWordChar("-".codePointAt(0)!); // false
 * ```
 */
export function isWordChar(codePoint: number): boolean {
  if (codePoint < 0x80) {
    return (codePoint >= 0x61 && codePoint <= 0x7a) || (codePoint >= 0x41 && codePoint <= 0x5a) || (codePoint >= 0x30 && codePoint <= 0x39);
  }
  if (codePoint <= 0xffff) {
    const t = bmp ?? (bmp = new Int8Array(65536).fill(-1));
    let v = t[codePoint]!;
    if (v < 0) {
      v = codePoint >= 0xd800 && codePoint <= 0xdfff ? 0 : WORD_RE.test(String.fromCharCode(codePoint)) ? 1 : 0;
      t[codePoint] = v;
    }
    return v === 1;
  }
  let a = astral.get(codePoint);
  if (a === undefined) {
    a = codePoint <= 0x10ffff && WORD_RE.test(String.fromCodePoint(codePoint));
    if (astral.size < 4096) astral.set(codePoint, a);
  }
  return a;
}

/**
 * Splits text into word tokens (letters, digits, combining marks), each with its span.
 * Never throws; lone surrogates separate tokens.
 *
 * @example
 * ```ts
 * syllableTokens("Đảng ủy phường, năm 2021");
 * // [ { text: "Đảng", start: 0, end: 4 }, { text: "ủy", start: 5, end: 7 },
 * //   { text: "phường", start: 8, end: 14 }, { text: "năm", start: 16, end: 19 }, { text: "2021", start: 20, end: 24 } ]
 * ```
 */
export function syllableTokens(text: string): Token[] {
  if (typeof text !== "string") text = String(text ?? "");
  const out: Token[] = [];
  const n = text.length;
  let start = -1;
  let i = 0;
  while (i < n) {
    let cp = text.charCodeAt(i);
    let len = 1;
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
        len = 2;
      }
    }
    if (isWordChar(cp)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push({ text: text.slice(start, i), start, end: i });
      start = -1;
    }
    i += len;
  }
  if (start >= 0) out.push({ text: text.slice(start, n), start, end: n });
  return out;
}
