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
  /** What separates the token from the previous one: nothing, spaces, or a line break. */
  readonly gap: "none" | "space" | "newline";
}

// Words: letters, combining marks and digits, with inner apostrophes ("H’Linh", "19h30’" keeps "19h30").
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[’'ʼ][\p{L}\p{M}\p{N}]+)*|[^\s\u200b-\u200d\u2060\ufeff]/gu;
const MARKS = /[\u0300-\u036f]/g;

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

/** Punctuation keys: every dash is "-", every apostrophe "'". */
function punctKey(t: string): string {
  if (/[-‐‑‒–—―−]/.test(t)) return "-";
  if (/[’'ʼ‘]/.test(t)) return "'";
  return t;
}

/**
 * Splits `text.slice(start, end)` into tokens whose offsets point into `text`.
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
  const re = new RegExp(TOKEN.source, "gu");
  re.lastIndex = start;
  const slice = end === text.length ? text : text.slice(0, end);
  let prevEnd = start;
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice))) {
    const s = m.index;
    const t = m[0];
    const between = text.slice(prevEnd, s);
    const gap = s === prevEnd ? "none" : between.includes("\n") ? "newline" : "space";
    const word = /^[\p{L}\p{M}\p{N}]/u.test(t);
    const key = word ? keyOf(t) : punctKey(t);
    out.push({ text: t, key, lower: word ? lowerKey(t) : key, start: s, end: s + t.length, kind: word ? "word" : "punct", gap });
    prevEnd = s + t.length;
  }
  return out;
}
