/**
 * Word and punctuation tokens over the normalized text, as spans (the text is never copied into a
 * different shape): what the lexicon matchers and the officials extractor walk over.
 */

/** One token: a word (letters, marks, digits, inner apostrophes as in "H’Linh") or one punctuation mark. */
export interface Token {
  /** The token as written. */
  readonly text: string;
  /** Folded look-up key (no diacritics, đ to d, lower case). */
  readonly key: string;
  /** Lower case in the traditional tone style ("Uỷ" and "Ủy" both give "ủy"), ð as đ: exact comparison where tone style does not matter. */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  readonly kind: "word" | "punct";
  /** A word of two or more letters written all in capitals ("UBND", "HĐND"): an abbreviation. */
  readonly caps: boolean;
  /** A word that starts with an upper-case letter ("Nguyễn", "UBND", "H’Linh"). */
  readonly upper: boolean;
  /** A word that starts with a digit ("2023", "19h30"). */
  readonly digit: boolean;
  /** What separates the token from the previous one: nothing, spaces, or a line break. */
  readonly gap: "none" | "space" | "newline";
}

const MARKS = /[\u0300-\u036f]/g;
const CAPS_WORD = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

function keyOf(s: string): string {
  return s.normalize("NFD").replace(MARKS, "").replace(/[đĐðÐ]/g, "d").toLowerCase();
}

const ON_O: Readonly<Record<string, string>> = { à: "ò", á: "ó", ả: "ỏ", ã: "õ", ạ: "ọ", è: "ò", é: "ó", ẻ: "ỏ", ẽ: "õ", ẹ: "ọ" };
const ON_U: Readonly<Record<string, string>> = { ỳ: "ù", ý: "ú", ỷ: "ủ", ỹ: "ũ", ỵ: "ụ" };
const PLAIN: Readonly<Record<string, string>> = { à: "a", á: "a", ả: "a", ã: "a", ạ: "a", è: "e", é: "e", ẻ: "e", ẽ: "e", ẹ: "e", ỳ: "y", ý: "y", ỷ: "y", ỹ: "y", ỵ: "y" };

/**
 * Lower case (NFC) with the tone mark of open "oa", "oe", "uy" moved to the traditional place
 * ("hoà" to "hòa", "uỷ" to "ủy", "khoẻ" to "khỏe"; "quý" and "quà" untouched) and ð/Ð read as đ:
 * what the lexicons compare, so that tone style does not matter but every other mark does.
 *
 * @example
 * ```ts
 * lowerKey("Đảng Uỷ"); // "đảng ủy"
 * lowerKey("Hoà");     // "hòa"
 * ```
 */
export function lowerKey(s: string): string {
  return s
    .normalize("NFC")
    .toLowerCase()
    .replace(/ð/g, "đ")
    .replace(/o([àáảãạèéẻẽẹ])(?!\p{L})/gu, (_m, v: string) => `${ON_O[v]}${PLAIN[v]}`)
    .replace(/(^|[^q])u([ỳýỷỹỵ])(?!\p{L})/gu, (_m, pre: string, v: string) => `${pre}${ON_U[v]}${PLAIN[v]}`);
}


/** Keys of a word, computed once per distinct word (the vocabulary of ward news is small). */
interface WordKeys {
  /** The word itself (tokens of this word share the string). */
  text: string;
  /** Hash of the word's code units (see {@link tokenize}). */
  hash: number;
  key: string;
  lower: string;
  caps: boolean;
  upper: boolean;
  digit: boolean;
}

function keysOf(w: string, hash: number): WordKeys {
  const c = w.charAt(0);
  return {
    text: w,
    hash,
    key: keyOf(w),
    lower: lowerKey(w),
    caps: w.length > 1 && CAPS_WORD.test(w) && !LOWER.test(w),
    upper: c !== c.toLowerCase() && c === c.toUpperCase(),
    digit: c >= "0" && c <= "9",
  };
}

/**
 * The word cache: an open-addressing table found by a hash the tokenizer computes while it scans the word,
 * so that a known word costs no substring and no string hashing (most words of an article are known).
 */
const WORDS_MIN = 1 << 12;
const WORDS_MAX = 1 << 17;
let words: (WordKeys | undefined)[] = new Array<WordKeys | undefined>(WORDS_MIN).fill(undefined);
let wordCount = 0;

function insertWord(k: WordKeys): void {
  const mask = words.length - 1;
  let at = k.hash & mask;
  while (words[at] !== undefined) at = (at + 1) & mask;
  words[at] = k;
  wordCount++;
}

/** True when `word` stands in `text` at `i` (a short loop: faster than startsWith for words). */
function sameAt(text: string, i: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if (text.charCodeAt(i + k) !== word.charCodeAt(k)) return false;
  return true;
}

/** The keys of `text.slice(i, j)`, whose code units hash to `hash`. */
function wordAt(text: string, i: number, j: number, hash: number): WordKeys {
  const mask = words.length - 1;
  const len = j - i;
  for (let at = hash & mask; ; at = (at + 1) & mask) {
    const k = words[at];
    if (k === undefined) break;
    if (k.hash === hash && k.text.length === len && sameAt(text, i, k.text)) return k;
  }
  const k = keysOf(text.slice(i, j), hash);
  if ((wordCount + 1) * 2 > words.length) {
    const old = words;
    const size = Math.min(WORDS_MAX, old.length * 2);
    words = new Array<WordKeys | undefined>(size).fill(undefined);
    wordCount = 0;
    // at the largest size the table starts afresh (as the old cache did at 50,000 words)
    if (size > old.length) for (const o of old) if (o !== undefined) insertWord(o);
  }
  insertWord(k);
  return k;
}

const DASHES = "-‐‑‒–—―−";
const APOSTROPHES = "’'ʼ‘";

/** Punctuation keys: every dash is "-", every apostrophe "'". */
function punctKey(t: string): string {
  // a punctuation token is one code unit or one surrogate pair (neither a dash nor an apostrophe)
  if (t.length === 1) {
    if (DASHES.includes(t)) return "-";
    if (APOSTROPHES.includes(t)) return "'";
  }
  return t;
}

const OTHER_LETTER = /[\p{L}\p{M}\p{N}]/u;

/** Letters, combining marks and digits; Vietnamese ranges by code, anything else by Unicode class. */
function computeWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c <= 0x24f) return c >= 0xc0 ? c !== 0xd7 && c !== 0xf7 : c === 0xaa || c === 0xb5 || c === 0xba || c === 0xb2 || c === 0xb3 || c === 0xb9;
  if ((c >= 0x300 && c <= 0x36f) || (c >= 0x1e00 && c <= 0x1eff)) return true;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return OTHER_LETTER.test(String.fromCharCode(c));
}

/** {@link computeWordCode} per UTF-16 code unit, filled on first sight: 0 unknown, 1 word, 2 not. */
let wordCodes: Uint8Array | undefined;

function isWordCode(c: number): boolean {
  const t = wordCodes ?? (wordCodes = new Uint8Array(65536));
  let v = t[c]!;
  if (v === 0) v = t[c] = computeWordCode(c) ? 1 : 2;
  return v === 1;
}

/** Spaces, including no-break and zero-width ones. */
function isSpaceCode(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200d) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x2060 || c === 0x3000 || c === 0xfeff
  );
}

const isApostrophe = (c: number) => c === 0x2019 || c === 0x27 || c === 0x2bc;

/**
 * Splits `text.slice(start, end)` into tokens whose offsets point into `text`: words (letters, marks,
 * digits, inner apostrophes) and single punctuation marks (a surrogate pair is one mark).
 * Runs in linear time; never throws.
 *
 * @example
 * ```ts
 * tokenize("Đ/c Tạ Quang Hải –Chủ tịch").map((t) => t.text);
 * // ["Đ", "/", "c", "Tạ", "Quang", "Hải", "–", "Chủ", "tịch"]
 * ```
 */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const stop = Math.min(end, text.length);
  let gap: Token["gap"] = "none";
  let i = Math.max(0, start);
  while (i < stop) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      if (c === 10) gap = "newline";
      else if (gap === "none") gap = "space";
      i++;
      continue;
    }
    let j = i + 1;
    if (isWordCode(c)) {
      let hash = c;
      while (j < stop) {
        const d = text.charCodeAt(j);
        if (isWordCode(d)) {
          hash = (Math.imul(hash, 31) + d) | 0;
          j++;
        } else if (isApostrophe(d) && j + 1 < stop && isWordCode(text.charCodeAt(j + 1))) {
          hash = (Math.imul(hash, 31) + d) | 0;
          hash = (Math.imul(hash, 31) + text.charCodeAt(j + 1)) | 0;
          j += 2;
        } else break;
      }
      const keys = wordAt(text, i, j, hash);
      out.push({ text: keys.text, key: keys.key, lower: keys.lower, caps: keys.caps, upper: keys.upper, digit: keys.digit, start: i, end: j, kind: "word", gap });
    } else {
      if (c >= 0xd800 && c <= 0xdbff && j < stop) {
        const d = text.charCodeAt(j);
        if (d >= 0xdc00 && d <= 0xdfff) j++;
      }
      const t = text.slice(i, j);
      const key = punctKey(t);
      out.push({ text: t, key, lower: key, caps: false, upper: false, digit: false, start: i, end: j, kind: "punct", gap });
    }
    gap = "none";
    i = j;
  }
  return out;
}

/** Token arrays of one text by span, for one owner at a time. */
interface SharedEntry {
  owner: object;
  text: string;
  byStart: Map<number, { end: number; tokens: readonly Token[] }[]>;
}

/**
 * The last owner's token arrays. One slot, not a WeakMap keyed by owner: V8's young-generation collector keeps
 * the values of a WeakMap alive, so each article's tokens were copied and promoted to the old generation
 * before they could die (a third of the parser's time went to garbage collection). A new owner replaces the slot.
 */
let shared: SharedEntry | null = null;

/**
 * {@link tokenize} of `text.slice(start, end)` computed once per owner (the extraction context of one
 * article): the officials and abbreviations extractors walk the same blocks, and tokenizing is the
 * bulk of a lexicon look-up. The arrays are shared: callers must not change them.
 *
 * @example
 * ```ts
 * const ctx = { text: "Chủ tịch UBND phường" };
 * sharedTokens(ctx, ctx.text, 0, ctx.text.length) === sharedTokens(ctx, ctx.text, 0, ctx.text.length); // true
 * ```
 */
export function sharedTokens(owner: object, text: string, start = 0, end = text.length): readonly Token[] {
  let entry = shared;
  if (!entry || entry.owner !== owner || entry.text !== text) {
    entry = { owner, text, byStart: new Map() };
    shared = entry;
  }
  let list = entry.byStart.get(start);
  if (!list) {
    list = [];
    entry.byStart.set(start, list);
  }
  for (const x of list) if (x.end === end) return x.tokens;
  const tokens = tokenize(text, start, end);
  list.push({ end, tokens });
  return tokens;
}

/**
 * Lets go of `owner`'s token arrays (the slot would otherwise hold the last article's tokens until the next
 * one): `parseArticle` calls it once its extractors are done.
 *
 * @example
 * ```ts
 * const ctx = { text: "Chủ tịch UBND phường" };
 * const a = sharedTokens(ctx, ctx.text);
 * releaseSharedTokens(ctx);
 * sharedTokens(ctx, ctx.text) === a; // false: tokenized afresh
 * ```
 */
export function releaseSharedTokens(owner: object): void {
  if (shared?.owner === owner) shared = null;
}
