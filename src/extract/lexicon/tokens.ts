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
  key: string;
  lower: string;
  caps: boolean;
  upper: boolean;
  digit: boolean;
}
const wordCache = new Map<string, WordKeys>();
function wordKeys(w: string): WordKeys {
  let k = wordCache.get(w);
  if (!k) {
    if (wordCache.size > 50_000) wordCache.clear();
    const c = w.charAt(0);
    k = {
      key: keyOf(w),
      lower: lowerKey(w),
      caps: w.length > 1 && CAPS_WORD.test(w) && !LOWER.test(w),
      upper: c !== c.toLowerCase() && c === c.toUpperCase(),
      digit: c >= "0" && c <= "9",
    };
    wordCache.set(w, k);
  }
  return k;
}

/** Punctuation keys: every dash is "-", every apostrophe "'". */
function punctKey(t: string): string {
  if (/[-‐‑‒–—―−]/.test(t)) return "-";
  if (/[’'ʼ‘]/.test(t)) return "'";
  return t;
}

const OTHER_LETTER = /[\p{L}\p{M}\p{N}]/u;

/** Letters, combining marks and digits; Vietnamese ranges by code, anything else by Unicode class. */
function isWordCode(c: number, text: string, at: number): boolean {
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c <= 0x24f) return c >= 0xc0 ? c !== 0xd7 && c !== 0xf7 : c === 0xaa || c === 0xb5 || c === 0xba || c === 0xb2 || c === 0xb3 || c === 0xb9;
  if ((c >= 0x300 && c <= 0x36f) || (c >= 0x1e00 && c <= 0x1eff)) return true;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return OTHER_LETTER.test(text.charAt(at));
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
    const word = isWordCode(c, text, i);
    if (word) {
      while (j < stop) {
        const d = text.charCodeAt(j);
        if (isWordCode(d, text, j)) j++;
        else if (isApostrophe(d) && j + 1 < stop && isWordCode(text.charCodeAt(j + 1), text, j + 1)) j += 2;
        else break;
      }
    } else if (c >= 0xd800 && c <= 0xdbff && j < stop) {
      const d = text.charCodeAt(j);
      if (d >= 0xdc00 && d <= 0xdfff) j++;
    }
    const t = text.slice(i, j);
    const keys = word ? wordKeys(t) : null;
    const key = keys ? keys.key : punctKey(t);
    out.push({
      text: t,
      key,
      lower: keys ? keys.lower : key,
      caps: keys ? keys.caps : false,
      upper: keys ? keys.upper : false,
      digit: keys ? keys.digit : false,
      start: i,
      end: j,
      kind: word ? "word" : "punct",
      gap,
    });
    gap = "none";
    i = j;
  }
  return out;
}

/** Token arrays of one text by span, kept while the owner (an extraction context) lives. */
const shared = new WeakMap<object, { text: string; bySpan: Map<string, readonly Token[]> }>();

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
  let entry = shared.get(owner);
  if (!entry || entry.text !== text) {
    entry = { text, bySpan: new Map() };
    shared.set(owner, entry);
  }
  const key = `${start}:${end}`;
  let toks = entry.bySpan.get(key);
  if (!toks) {
    toks = tokenize(text, start, end);
    entry.bySpan.set(key, toks);
  }
  return toks;
}
