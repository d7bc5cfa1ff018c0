/**
 * Character-level cleanup: invisible characters, odd spaces, control characters, lone surrogates, and NFC
 * composition (which also composes Windows-1258-style "precomposed letter + combining tone" sequences).
 *
 * Every pass keeps an offset map back to its input. Character classes are computed on first sight of each
 * code unit (from the engine's own Unicode data), so start-up costs nothing.
 */
import { BASE_LETTERS, letterInfo } from "./letters.js";
import { ChainedMap, EditMap, IdentityMap, type OffsetMap } from "./offsets.js";

/** Character classes (see {@link charClass}). */
export const CLS_OTHER = 0;
/** A letter that is not a Vietnamese vowel (consonants, foreign letters). */
export const CLS_LETTER = 1;
/** A Vietnamese vowel letter without a tone mark. */
export const CLS_VOWEL = 2;
/** A Vietnamese vowel letter with a tone mark. */
export const CLS_TONED = 3;
/** Removed or replaced by the character pass: controls, zero-width characters, odd spaces. */
export const CLS_FIX = 4;
/** A combining mark or another code unit NFC may change (compose, reorder, replace). */
export const CLS_MARK = 5;
/** A look-alike of Đ/đ: Ð ð Ɖ ɖ. */
export const CLS_LOOKALIKE = 6;
export const CLS_HIGH = 7;
export const CLS_LOW = 8;

/** Zero-width and invisible characters removed by normalize (U+200D is kept inside emoji sequences). */
export const INVISIBLE = new Set([0x00ad, 0x180e, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);
/** Non-breaking and typographic spaces turned into a plain space. */
export const ODD_SPACES = new Set([0x00a0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x202f, 0x205f, 0x3000]);
/** Controls that act as line breaks (vertical tab, form feed, NEL): turned into "\n" rather than dropped. */
export const LINE_CONTROLS = new Set([0x0b, 0x0c, 0x85]);
/** Look-alikes of Đ (upper case) and đ (lower case). */
export const LOOKALIKE_UPPER = new Set([0x00d0, 0x0189]);
export const LOOKALIKE_LOWER = new Set([0x00f0, 0x0256]);

const VOWELS = "aăâeêioôơuưy";
const MARK_RE = /\p{M}/u;
const LETTER_RE = /\p{L}/u;

let classes: Int8Array | undefined;

function computeClass(c: number): number {
  if (c >= 0xd800 && c <= 0xdbff) return CLS_HIGH;
  if (c >= 0xdc00 && c <= 0xdfff) return CLS_LOW;
  if (c === 0x09 || c === 0x0a || c === 0x0d) return CLS_OTHER;
  if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return CLS_FIX;
  if (INVISIBLE.has(c) || ODD_SPACES.has(c)) return CLS_FIX;
  if (LOOKALIKE_UPPER.has(c) || LOOKALIKE_LOWER.has(c)) return CLS_LOOKALIKE;
  const li = letterInfo(c);
  if (li) {
    if (VOWELS.includes(BASE_LETTERS[(li & 31) - 1]!)) {
      return (li >> 5) & 7 ? CLS_TONED : CLS_VOWEL;
    }
    return CLS_LETTER;
  }
  if (c >= 0xfe00 && c <= 0xfe0f) return CLS_OTHER; // variation selectors: NFC-stable, never compose
  const s = String.fromCharCode(c);
  if (MARK_RE.test(s) || (c >= 0x1100 && c <= 0x11ff) || s.normalize("NFC") !== s) return CLS_MARK;
  return LETTER_RE.test(s) ? CLS_LETTER : CLS_OTHER;
}

/**
 * The class of a UTF-16 code unit (CLS_* constants), computed once per code unit and cached.
 *
 * @example
 * ```ts
 * charClass("ả".charCodeAt(0)) === CLS_TONED; // true
 * charClass(0x200b) === CLS_FIX; // true (zero-width space)
 * ```
 */
export function charClass(c: number): number {
  const t = classes ?? (classes = new Int8Array(65536).fill(-1));
  const k = t[c]!;
  if (k >= 0) return k;
  return (t[c] = computeClass(c));
}

const astral = new Map<number, boolean>();

/**
 * Whether NFC may change an astral (non-BMP) code point or compose it with what precedes it.
 *
 * @example
 * ```ts
 * astralNeedsNfc(0x1f600); // false (😀)
 * astralNeedsNfc(0x1d15e); // true (a musical symbol NFC decomposes)
 * ```
 */
export function astralNeedsNfc(cp: number): boolean {
  let v = astral.get(cp);
  if (v === undefined) {
    const s = String.fromCodePoint(cp);
    v = MARK_RE.test(s) || s.normalize("NFC") !== s;
    if (astral.size < 4096) astral.set(cp, v);
  }
  return v;
}

/** A text with the map of its offsets back to the text it was made from. */
export interface Mapped {
  text: string;
  map: OffsetMap;
}

/**
 * Removes invisible characters (U+200B-200D, U+2060, U+FEFF, U+00AD, U+180E; a U+200D joining emoji is kept),
 * turns non-breaking and odd spaces into " ", drops control characters other than \t \n \r (vertical tab,
 * form feed and NEL become "\n"), and replaces lone surrogates with U+FFFD.
 *
 * @example
 * ```ts
 * cleanCharacters("Hà\u00a0Nội\u200b").text; // "Hà Nội"
 * ```
 */
export function cleanCharacters(text: string): Mapped {
  const n = text.length;
  const parts: string[] = [];
  const map = new EditMap(n);
  let from = 0;
  let out = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const k = charClass(c);
    let r: string;
    if (k === CLS_FIX) {
      if (ODD_SPACES.has(c)) r = " ";
      else if (LINE_CONTROLS.has(c)) r = "\n";
      // kept after an astral character (a surrogate pair, not a lone low surrogate) or U+FE0F
      else if (c === 0x200d && i > 0 && ((i > 1 && charClass(text.charCodeAt(i - 1)) === CLS_LOW && charClass(text.charCodeAt(i - 2)) === CLS_HIGH) || text.charCodeAt(i - 1) === 0xfe0f)) continue;
      else r = "";
    } else if (k === CLS_HIGH) {
      if (i + 1 < n && charClass(text.charCodeAt(i + 1)) === CLS_LOW) {
        i++;
        continue;
      }
      r = "\ufffd";
    } else if (k === CLS_LOW) {
      r = "\ufffd"; // a low surrogate not consumed with its high one is alone
    } else {
      continue;
    }
    if (i > from) parts.push(text.slice(from, i));
    out += i - from;
    parts.push(r);
    if (r.length !== 1) map.add(i, i + 1, out, out + r.length);
    out += r.length;
    from = i + 1;
  }
  if (from === 0) return { text, map: new IdentityMap(n) };
  parts.push(text.slice(from));
  out += n - from;
  return { text: parts.join(""), map: map.size ? map.seal(out) : new IdentityMap(out) };
}

/** Whether NFC may touch the code point at `i` (and its length in code units). */
function nfcFlag(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const k = charClass(c);
  if (k === CLS_MARK) return 1;
  if (k === CLS_HIGH && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return astralNeedsNfc((c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000) ? 2 : -2;
  }
  return -1;
}

/** Lengths after NFC of short "base + one or two marks" stretches, by a numeric key (Vietnamese NFD repeats a few hundred). */
const composedLengths = new Map<number, number>();

/** Length of NFC(text[s, j)). */
function composedLength(text: string, s: number, j: number): number {
  const len = j - s;
  if (len === 2 || len === 3) {
    const m1 = text.charCodeAt(s + 1) - 0x300;
    const m2 = len === 3 ? text.charCodeAt(s + 2) - 0x300 : 0x7f;
    if (m1 >= 0 && m1 < 0x70 && m2 >= 0 && m2 < 0x80) {
      const key = text.charCodeAt(s) * 0x4000 + m1 * 0x80 + m2;
      let v = composedLengths.get(key);
      if (v === undefined) {
        v = text.slice(s, j).normalize("NFC").length;
        if (composedLengths.size < 65536) composedLengths.set(key, v);
      }
      return v;
    }
  }
  return text.slice(s, j).normalize("NFC").length;
}

/**
 * NFC with an offset map. The text is normalized in one native call; the map comes from walking the
 * stretches NFC may change (a stable character and the marks after it, which NFC treats independently of the
 * rest) and recording those whose length changed, so offsets stay exact everywhere else.
 * Expects well-formed text (run {@link cleanCharacters} first).
 *
 * @example
 * ```ts
 * composeNfc("Vie\u0302\u0323t").text; // "Việt"
 * composeNfc("ơ\u0301").text; // "ớ" (Windows-1258 style: precomposed letter + combining tone)
 * ```
 */
export function composeNfc(text: string): Mapped {
  const n = text.length;
  const out = text.normalize("NFC");
  if (out === text) return { text, map: new IdentityMap(n) };
  const map = new EditMap(n);
  let delta = 0;
  let from = 0;
  let lastStable = -1;
  let i = 0;
  while (i < n) {
    const f = nfcFlag(text, i);
    if (f < 0) {
      lastStable = i;
      i -= f;
      continue;
    }
    const s = lastStable >= from ? lastStable : from;
    let j = i + f;
    while (j < n) {
      const g = nfcFlag(text, j);
      if (g < 0) break;
      j += g;
    }
    const len = composedLength(text, s, j);
    if (len !== j - s) {
      map.add(s, j, s + delta, s + delta + len);
      delta += len - (j - s);
    }
    from = j;
    i = j;
  }
  if (n + delta !== out.length) return composeNfcBySegments(text); // never expected; stay exact if it happens
  return { text: out, map: map.size ? map.seal(out.length) : new IdentityMap(n) };
}

/**
 * NFC stretch by stretch, building the text and the map together (the slow, obviously exact way; composeNfc
 * falls back to it, and the tests compare the two).
 *
 * @example
 * ```ts
 * composeNfcBySegments("Vie\u0302\u0323t").text; // "Việt"
 * ```
 */
export function composeNfcBySegments(text: string): Mapped {
  const n = text.length;
  const parts: string[] = [];
  const map = new EditMap(n);
  let from = 0;
  let out = 0;
  let lastStable = -1;
  let i = 0;
  while (i < n) {
    const f = nfcFlag(text, i);
    if (f < 0) {
      lastStable = i;
      i -= f;
      continue;
    }
    const s = lastStable >= from ? lastStable : from;
    let j = i + f;
    while (j < n) {
      const g = nfcFlag(text, j);
      if (g < 0) break;
      j += g;
    }
    const seg = text.slice(s, j);
    const norm = seg.normalize("NFC");
    if (norm !== seg) {
      if (s > from) parts.push(text.slice(from, s));
      out += s - from;
      parts.push(norm);
      if (norm.length !== j - s) map.add(s, j, out, out + norm.length);
      out += norm.length;
      from = j;
    }
    i = j;
  }
  if (from === 0) return { text, map: new IdentityMap(n) };
  parts.push(text.slice(from));
  out += n - from;
  return { text: parts.join(""), map: map.size ? map.seal(out) : new IdentityMap(out) };
}

/**
 * {@link cleanCharacters} then {@link composeNfc}, with one map back to the input.
 *
 * @example
 * ```ts
 * const { text, map } = unicodeClean("\u200bVie\u0302\u0323t");
 * text; // "Việt"
 * map.toOriginal(0); // 1 (the removed zero-width space maps to the next kept character)
 * map.toOriginal(3); // 6 ("t")
 * ```
 */
export function unicodeClean(input: string): Mapped {
  const a = cleanCharacters(input);
  const b = composeNfc(a.text);
  if (a.map instanceof IdentityMap) return b;
  if (b.map instanceof IdentityMap) return { text: b.text, map: a.map };
  return { text: b.text, map: new ChainedMap(a.map, b.map) };
}
