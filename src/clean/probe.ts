/**
 * Comparison keys for classifying lines. The cleaner never rewrites the article's text (repair and
 * normalization come later, in parse.ts); it only looks at lines through these keys, so that NFD input,
 * Ð/ð look-alikes, zero-width and non-breaking spaces and either tone placement classify alike.
 */

import { charClass, CLS_MARK } from "../normalize/unicode.js";

const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;
/**
 * Runs of spaces that are not already one " " (two or more spaces, or one other space): replacing these with " "
 * gives the same string as replacing every run, with far fewer replacements. (\s covers \u00a0 and the other
 * typographic spaces.)
 */
const SPACES = /\s{2,}|[^\S ]/g;

/**
 * The line as it reads: NFC, Ð/ð look-alikes as Đ/đ, invisible characters removed, runs of spaces as one space, trimmed.
 *
 * @example
 * ```ts
 * probe("Ð\u00a0c  Nguy\u1ec5n\u200b"); // "Đ c Nguyễn"
 * ```
 */
export function probe(s: string): string {
  if (isPlainLine(s)) return s.trim();
  return s.normalize("NFC").replace(/\u00d0/g, "Đ").replace(/\u00f0/g, "đ").replace(INVISIBLE, "").replace(SPACES, " ").trim();
}

/**
 * What probe must rewrite inside a trimmed line: a space other than " ", two spaces in a row, Ð/ð, an invisible
 * character, a surrogate or a combining mark. (NFC changes nothing else below U+0300, in U+1EA0-U+1EF9 or in the
 * punctuation U+2010-U+205E; other characters are checked one by one.)
 */
const NOT_PLAIN = /[\t-\r\u00a0\u00ad\u00d0\u00f0\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u3000\ufeff\ud800-\udfff\u0300-\u036f]| {2}/;
const UNCOMMON = /[^\u0000-\u02ff\u1ea0-\u1ef9\u2010-\u205e]/;

/**
 * True when {@link probe} has nothing to do but trim: every code unit is NFC-stable (no combining mark, nothing
 * NFC changes, no surrogate), no Ð/ð, no invisible character, and inside the trimmed line no space other than
 * " " and no two spaces in a row. One scan that builds no string: most lines of a page are like that.
 */
function isPlainLine(s: string): boolean {
  let a = 0;
  let b = s.length;
  while (a < b && isJsSpace(s.charCodeAt(a))) a++;
  while (b > a && isJsSpace(s.charCodeAt(b - 1))) b--;
  const inner = a === 0 && b === s.length ? s : s.slice(a, b);
  if (NOT_PLAIN.test(inner)) return false;
  if (!UNCOMMON.test(inner)) return true;
  // rare characters (other scripts, symbols): ask the normalizer's table whether NFC may change them
  for (let i = 0; i < inner.length; i++) {
    const c = inner.charCodeAt(i);
    if (c >= 0x300 && charClass(c) === CLS_MARK) return false;
  }
  return true;
}

/**
 * Lower case without diacritics (đ as d), punctuation kept: for matching posting lines and labels.
 *
 * @example
 * ```ts
 * foldLower("Ngày đăng: 15/03/2018"); // "ngay dang: 15/03/2018"
 * ```
 */
export function foldLower(s: string): string {
  return memo(LOWER_CACHE, s, (x) => probe(x).normalize("NFD").replace(/\p{M}+/gu, "").replace(/[đĐ]/g, "d").toLowerCase());
}

/**
 * Every line is folded by several checks in a row; a small memo (cleared when full, short strings only) keeps
 * that to one fold per line. The functions stay pure: the memo only remembers their answers.
 */
const MEMO_LIMIT = 4096;
const MEMO_MAX_LENGTH = 600;
/** A memo: the map, and the last few lines asked (found by identity, without hashing the line again). */
interface Memo {
  readonly map: Map<string, string>;
  readonly recentKeys: (string | undefined)[];
  readonly recentValues: string[];
  next: number;
}
const RECENT = 4;
const newMemo = (): Memo => ({ map: new Map(), recentKeys: new Array<string | undefined>(RECENT).fill(undefined), recentValues: new Array<string>(RECENT).fill(""), next: 0 });
const LOWER_CACHE = newMemo();
const KEY_CACHE = newMemo();
function memo(cache: Memo, s: string, f: (s: string) => string): string {
  if (s.length > MEMO_MAX_LENGTH) return f(s);
  for (let i = 0; i < RECENT; i++) if (cache.recentKeys[i] === s) return cache.recentValues[i]!;
  let v = cache.map.get(s);
  if (v === undefined) {
    if (cache.map.size >= MEMO_LIMIT) cache.map.clear();
    v = f(s);
    cache.map.set(s, v);
  }
  cache.recentKeys[cache.next] = s;
  cache.recentValues[cache.next] = v;
  cache.next = (cache.next + 1) % RECENT;
  return v;
}

/**
 * The lexicon key of a line: folded, every run of punctuation as one space. "Tin khác:" and "TIN KHÁC" share the key "tin khac".
 *
 * @example
 * ```ts
 * foldKey("  Tin, ảnh: ĐÔNG TRÚC "); // "tin anh dong truc"
 * ```
 */
export function foldKey(s: string): string {
  // every run of other characters becomes one space; a lone " " already is one (so it is left alone)
  return memo(KEY_CACHE, s, (x) => foldLower(x).replace(/[^a-z0-9{}+]{2,}|[^a-z0-9{}+ ]/g, " ").trim());
}

/**
 * Number of whitespace-separated words.
 *
 * @example
 * ```ts
 * wordCount("Toàn cảnh hội nghị"); // 4
 * ```
 */
export function wordCount(s: string): number {
  // several checks of one line count its words in a row: the last few answers are kept
  for (let i = 0; i < RECENT; i++) if (recentCountKeys[i] === s) return recentCounts[i]!;
  const n = countWords(s);
  recentCountKeys[nextCount] = s;
  recentCounts[nextCount] = n;
  nextCount = (nextCount + 1) % RECENT;
  return n;
}

const recentCountKeys = new Array<string | undefined>(4).fill(undefined);
const recentCounts = new Array<number>(4).fill(0);
let nextCount = 0;

/**
 * True when `s` has more than `n` whitespace-separated words: `wordCount(s) > n`, but the scan stops at
 * word n + 1 (a long paragraph asked "fewer than 2 words?" is not counted to the end).
 *
 * @example
 * ```ts
 * moreWordsThan("Toàn cảnh hội nghị", 3); // true
 * moreWordsThan("Toàn cảnh", 3); // false
 * ```
 */
export function moreWordsThan(s: string, n: number): boolean {
  if (n < 0) return true;
  for (let i = 0; i < RECENT; i++) if (recentCountKeys[i] === s) return recentCounts[i]! > n;
  return wordsUpTo(s, n + 1) > n;
}

/** Runs of non-space characters, counted in one scan (the same as s.trim().split(/\s+/).length). */
function countWords(s: string): number {
  return wordsUpTo(s, Infinity);
}

/** Runs of non-space characters in `s`, counting stopped once `limit` is reached. */
function wordsUpTo(s: string, limit: number): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length && n < limit; i++) {
    if (isJsSpace(s.charCodeAt(i))) inWord = false;
    else if (!inWord) {
      inWord = true;
      n++;
    }
  }
  return n;
}

/**
 * The length of a string without its spaces: `s.replace(/\s+/g, "").length`, without building the string.
 *
 * @example
 * ```ts
 * nonSpaceLength(" Toàn cảnh \n hội nghị "); // 14
 * ```
 */
export function nonSpaceLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (!isJsSpace(s.charCodeAt(i))) n++;
  return n;
}

/**
 * True for the code units of the regular-expression class \s (the ones String.prototype.trim removes).
 *
 * @example
 * ```ts
 * isJsSpace(0x20); // true
 * isJsSpace(0x200b); // false (zero-width space is no \s)
 * ```
 */
export function isJsSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;

/**
 * True when the line has letters and none of them is lower case ("XÃ TRIỆU THÀNH SƠ KẾT").
 *
 * @example
 * ```ts
 * isAllCaps("XÃ TRIỆU THÀNH SƠ KẾT 6 THÁNG"); // true
 * isAllCaps("UBND phường"); // false
 * ```
 */
export function isAllCaps(s: string): boolean {
  return LETTER.test(s) && !LOWER.test(s);
}

/**
 * True when the line ends a sentence: . ! ? … ; or : (a closing quote or bracket may follow).
 *
 * @example
 * ```ts
 * endsSentence("đạt 93,5%."); // true
 * endsSentence("Toàn cảnh hội nghị"); // false
 * ```
 */
export function endsSentence(s: string): boolean {
  return /[.!?…;:](?:["”’»)\]]{0,3})\s*$/.test(s);
}

/**
 * True when the text starts with a lower-case letter or a digit (after any opening punctuation).
 *
 * @example
 * ```ts
 * startsLowerOrDigit("ngày 09/12/2022"); // true
 * ```
 */
export function startsLowerOrDigit(s: string): boolean {
  const m = /^[\s"“‘(«[]{0,3}([\p{L}\p{N}])/u.exec(s.normalize("NFC"));
  return !!m && /[\p{Ll}\p{N}]/u.test(m[1]!);
}

/**
 * The number of leading spaces (tabs count 4, non-breaking spaces count 1).
 *
 * @example
 * ```ts
 * indentOf("\u00a0 \u00a0 Caption"); // 4
 * ```
 */
export function indentOf(s: string): number {
  let n = 0;
  for (const ch of s) {
    if (ch === "\t") n += 4;
    else if (ch === " " || ch === "\u00a0" || ch === "\u3000" || (ch >= "\u2000" && ch <= "\u200b")) n++;
    else break;
  }
  return n;
}
