/**
 * The one encoder story of the search index: text is normalized by our own `normalize`, cut into
 * syllable tokens, and every syllable gets two keys:
 *
 * - the **exact key**: lower case, and independent of where the tone mark sits and of NFC/NFD
 *   ("Uỷ", "Ủy" and "U\u0309y" have one exact key), but "tân" and "tấn" stay apart;
 * - the **folded key**: no diacritics at all, "đ" as "d", lower case ("tân", "tấn", "tan" fold alike).
 *
 * Flexsearch never sees raw text: it is fed strings of keys joined by single spaces and an encoder
 * that only splits on spaces (see {@link createKeyEncoder}), so none of its Latin charsets can merge
 * "tân" and "tâm" or turn "Ủy" into "o".
 */
import { Encoder } from "flexsearch";
import { fold, normalize } from "../normalize/index.js";
import type { Span } from "../schema.js";

/** One syllable (or number, or abbreviation) of a text, as written, with where it is. */
export interface Token {
  /** The token as it appears in the text. */
  text: string;
  /** End-exclusive UTF-16 offsets into the text that was tokenized. */
  start: number;
  end: number;
}

/** Longest token; a longer run of letters is cut into pieces of this length. */
const MAX_TOKEN = 64;
const WORD_RE = /[\p{L}\p{M}\p{N}]/u;
/** Per UTF-16 code unit: 0 not seen yet, 1 a letter, mark or digit, 2 anything else (filled on first sight). */
const WORD_TABLE = new Uint8Array(65536);

/**
 * Whether a UTF-16 code unit is a letter, a combining mark or a digit (surrogates count as letters).
 * Table-driven: the Unicode test runs once per code unit ever seen.
 *
 * @example
 * ```ts
 * isWordCode("ấ".charCodeAt(0)); // true
 * isWordCode(",".charCodeAt(0)); // false
 * ```
 */
export function isWordCode(c: number): boolean {
  let v = WORD_TABLE[c]!;
  if (v === 0) {
    v = (c >= 0xd800 && c <= 0xdfff) || WORD_RE.test(String.fromCharCode(c)) ? 1 : 2;
    WORD_TABLE[c] = v;
  }
  return v === 1;
}

/**
 * Cuts text into syllable tokens: maximal runs of letters, marks and digits (punctuation, spaces,
 * slashes and hyphens separate; runs longer than 64 are cut). Never throws; one pass over the text.
 * Used until `syllableTokens` of src/segment/tokens.ts lands.
 *
 * @example
 * ```ts
 * tokenize("Đ/c Tống Thị Quỳnh Hoa - Ủy viên").map((t) => t.text);
 * // ["Đ", "c", "Tống", "Thị", "Quỳnh", "Hoa", "Ủy", "viên"]
 * ```
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const word = i < text.length && isWordCode(text.charCodeAt(i));
    if (word && start < 0) start = i;
    else if (start >= 0 && (!word || i - start === MAX_TOKEN)) {
      out.push({ text: text.slice(start, i), start, end: i });
      start = word ? i : -1;
    }
  }
  return out;
}

/** Punctuation between two syllables that stops them being adjacent (hyphens, slashes and apostrophes do not). */
export const CLAUSE_BREAK = /[.,;:!?()[\]{}"“”«»\n]/;
const CLAUSE_CODES = new Set([...'.,;:!?()[]{}"“”«»\n'].map((c) => c.charCodeAt(0)));

/**
 * Whether text[from, to) holds clause punctuation (see {@link CLAUSE_BREAK}).
 *
 * @example
 * ```ts
 * hasClauseBreak("Tân Phú, tỉnh", 7, 9); // true
 * ```
 */
export function hasClauseBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (CLAUSE_CODES.has(text.charCodeAt(i))) return true;
  return false;
}

/** The five Vietnamese tone marks as combining characters: sắc, huyền, hỏi, ngã, nặng. */
const TONE_MARKS = new Set(["\u0301", "\u0300", "\u0309", "\u0303", "\u0323"]);

/**
 * The exact key of one token: lower case, NFC letters, and the tone mark (if any) moved to the end,
 * so the key does not depend on the tone style ("hoà"/"hòa", "uỷ"/"ủy") or on NFC/NFD.
 * Letter marks (â, ă, ê, ô, ơ, ư, đ) stay: "tân" and "tan" have different exact keys.
 *
 * @example
 * ```ts
 * exactKey("Ủy") === exactKey("Uỷ"); // true
 * exactKey("Tân") === exactKey("tấn"); // false
 * ```
 */
export function exactKey(token: string): string {
  // ð (the Icelandic eth, a look-alike of đ in legacy text) is đ here even if normalize missed it
  const nfd = token.toLowerCase().replace(/ð/g, "đ").normalize("NFD");
  let base = "";
  let tone = "";
  for (const ch of nfd) {
    if (TONE_MARKS.has(ch)) tone = ch;
    else base += ch;
  }
  return base.normalize("NFC") + tone;
}

/**
 * The folded key of one token: no diacritics, "đ" as "d", lower case.
 *
 * @example
 * ```ts
 * foldKey("Tấn"); // "tan"
 * foldKey("HĐND"); // "hdnd"
 * ```
 */
export function foldKey(token: string): string {
  return fold(token.normalize("NFC")).normalize("NFC");
}

/**
 * True when a token carries any diacritic (a tone mark, a letter mark, or đ).
 *
 * @example
 * ```ts
 * hasMarks("giang"); // false
 * hasMarks("Tân"); // true
 * ```
 */
export function hasMarks(token: string): boolean {
  return foldKey(token) !== token.toLowerCase().normalize("NFC");
}

/**
 * Normalizes text for indexing with our own `normalize` (NFC, invisible characters, look-alikes),
 * returning the input string itself when nothing changes so stored text is not copied.
 *
 * @example
 * ```ts
 * prepareText("Tân Giang") === "Tân Giang"; // true
 * ```
 */
export function prepareText(text: string): string {
  const n = normalize(text, { tone: "preserve" });
  return n === text ? text : n;
}

/**
 * The flexsearch encoder for pre-encoded key strings: it splits on single spaces and does nothing
 * else (no lower-casing, no Unicode folding, no letter de-duplication, no number splitting, no cache).
 *
 * @example
 * ```ts
 * createKeyEncoder().encode("tan giang 2021"); // ["tan", "giang", "2021"]
 * ```
 */
export function createKeyEncoder(): Encoder {
  return new Encoder({ split: " ", normalize: false, dedupe: false, numeric: false, cache: false, minlength: 1 });
}

/**
 * Spans of tokens joined into one span each when only spaces separate them ("«Tân Giang»", not
 * "«Tân» «Giang»").
 *
 * @example
 * ```ts
 * mergeSpans("Tân Giang, Hà", [{ start: 0, end: 3 }, { start: 4, end: 9 }, { start: 11, end: 13 }]);
 * // [{ start: 0, end: 9 }, { start: 11, end: 13 }]
 * ```
 */
export function mergeSpans(text: string, spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && (s.start <= last.end || /^[ \u00a0]+$/.test(text.slice(last.end, s.start)))) {
      last.end = Math.max(last.end, s.end);
    } else out.push({ ...s });
  }
  return out;
}
