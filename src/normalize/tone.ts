/**
 * Tone-mark placement, one syllable at a time, driven by the syllable model (no substring rules).
 */
import { BASE_LETTERS, composeLetter, letterInfo } from "./letters.js";
import { ONSETS, rhymeToneIndex, splitRhyme, writtenRhymes, type PlacementStyle } from "./phonology.js";
import { isStyleVariant, parseSyllable, toneIndex } from "./syllable.js";
import {
  CLS_FIX,
  CLS_HIGH,
  CLS_LETTER,
  CLS_LOOKALIKE,
  CLS_LOW,
  CLS_MARK,
  CLS_TONED,
  CLS_VOWEL,
  LOOKALIKE_LOWER,
  LOOKALIKE_UPPER,
  astralNeedsNfc,
  charClass,
} from "./unicode.js";

/** Tone-mark placement: "old" (hòa, thủy, ủy, khỏe; the default), "new" (hoà, thuỷ, uỷ, khoẻ) or "preserve" (keep either, repair only misplaced marks). */
export type ToneStyle = "old" | "new" | "preserve";

/** The letter at `i` of `word` with tone `tone`, keeping its case. */
function retone(word: string, i: number, tone: number): string {
  const inf = letterInfo(word.charCodeAt(i));
  return composeLetter((inf & 31) - 1, tone, ((inf >> 8) & 1) === 1);
}

/**
 * Puts the tone mark of one word where the style wants it, keeping the case of every letter.
 * Misplaced marks are repaired in every style (qủa -> quả, cuả -> của, gía -> giá, thủơ -> thuở).
 * The styles differ only on open oa/oe/uy not after qu (hòa/hoà, khỏe/khoẻ, thủy/thuỷ, ủy/uỷ);
 * quý, Quỳnh, hoàn, toán, ngoài, khuỷu, khuya, của are the same in both. Words that are not a Vietnamese
 * syllable (Café, email) come back unchanged. Length-preserving: the result has as many UTF-16 units as the word.
 *
 * @example
 * ```ts
 * placeTone("hoà", "old"); // "hòa"
 * placeTone("ỦY", "new"); // "UỶ"
 * placeTone("qủa", "preserve"); // "quả"
 * placeTone("Café", "old"); // "Café"
 * ```
 */
export function placeTone(word: string, style: ToneStyle): string {
  const s = parseSyllable(word);
  if (!s || s.markAt < 0) return word;
  let target: number;
  if (style === "preserve") {
    // a style variant keeps its mark on the glide or the nucleus (the only two vowels it has)
    target = isStyleVariant(s) ? s.markAt : toneIndex(s, "old");
  } else {
    target = toneIndex(s, style);
  }
  if (target === s.markAt) return word;
  const tone = (letterInfo(word.charCodeAt(s.markAt)) >> 5) & 7;
  const lo = Math.min(target, s.markAt);
  const hi = Math.max(target, s.markAt);
  const at = (i: number) => retone(word, i, i === target ? tone : 0);
  return word.slice(0, lo) + at(lo) + word.slice(lo + 1, hi) + at(hi) + word.slice(hi + 1);
}

/**
 * Whether a UTF-16 code is a Vietnamese vowel letter carrying a tone mark (any case).
 *
 * @example
 * ```ts
 * isTonedVowel("ỷ".charCodeAt(0)); // true
 * isTonedVowel("ơ".charCodeAt(0)); // false
 * ```
 */
export function isTonedVowel(code: number): boolean {
  return ((letterInfo(code) >> 5) & 7) !== 0;
}

// ---------------------------------------------------------------------------------------------------------
// Whole texts. Clean text is checked without building strings: each word with a tone mark is packed, letter
// by letter, into an exact integer key (7 bits per lower-case letter, at most 7 letters: the longest syllable)
// and looked up in a hash set of every inventory syllable whose mark is where the style wants it. A word found
// there is one placeTone would leave alone; anything else goes through placeTone. Case does not matter to
// placement, so keys are built from lower-case letters.
// ---------------------------------------------------------------------------------------------------------

// Per code unit, packed: bits 0-6 letter id (lower-case letter with its tone, 1..127; 0 = not a Vietnamese
// letter), then flags.
const F_WORD = 1 << 7; // part of a word: letters, look-alikes, combining marks
const F_TONED = 1 << 8; // a vowel with a tone mark
const F_ODD = 1 << 9; // a look-alike or a combining mark inside a word: check the word the slow way
const F_MARK = 1 << 10; // NFC may change it: the strict scan gives up
const F_SPECIAL = 1 << 11; // not a word character, but the character pass handles it (controls, surrogates ...)
const F_VOWEL = 1 << 12; // a Vietnamese vowel letter
const info = new Int32Array(65536).fill(-1);
/** Letter ids: lower-case Vietnamese letter with tone -> 1..127. */
const letterIds = new Map<string, number>();

function fillInfo(c: number): number {
  const k = charClass(c);
  let x = 0;
  if (k === CLS_LETTER || k === CLS_VOWEL || k === CLS_TONED) {
    x = F_WORD;
    const li = letterInfo(c);
    if (li) {
      const key = composeLetter((li & 31) - 1, (li >> 5) & 7, false);
      let id = letterIds.get(key);
      if (id === undefined) letterIds.set(key, (id = letterIds.size + 1));
      x |= id;
      if ((li >> 5) & 7) x |= F_TONED;
      if (k !== CLS_LETTER) x |= F_VOWEL;
    }
  } else if (k === CLS_LOOKALIKE) x = F_WORD | F_ODD;
  else if (k === CLS_MARK) x = F_WORD | F_ODD | F_MARK;
  else if (k === CLS_FIX || k === CLS_HIGH || k === CLS_LOW) x = F_SPECIAL;
  return (info[c] = x);
}

/** Longest written syllable (nghiêng). */
const MAX_SYLLABLE = 7;
const SET_BITS = 15;
const SET_MASK = (1 << SET_BITS) - 1;

/** Open-addressing hash set of keys (lo, hi); lo = -1 marks an empty slot. */
interface KeySet {
  lo: Int32Array;
  hi: Int32Array;
}

function slot(lo: number, hi: number): number {
  return Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b) >>> (32 - SET_BITS);
}

function has(set: KeySet, lo: number, hi: number): boolean {
  for (let s = slot(lo, hi); ; s = (s + 1) & SET_MASK) {
    const l = set.lo[s]!;
    if (l === lo && set.hi[s] === hi) return true;
    if (l === -1) return false;
  }
}

function insert(set: KeySet, lo: number, hi: number): void {
  let s = slot(lo, hi);
  while (set.lo[s] !== -1) {
    if (set.lo[s] === lo && set.hi[s] === hi) return;
    s = (s + 1) & SET_MASK;
  }
  set.lo[s] = lo;
  set.hi[s] = hi;
}

/** Letter id of a code unit (0 when it is not a Vietnamese letter). */
function idOf(c: number): number {
  let x = info[c]!;
  if (x < 0) x = fillInfo(c);
  return x & 127;
}

/** Packs a word's letters (from `info`) into (lo, hi): the key the scan in retoneText computes. */
function keyOf(word: string): [number, number] {
  let lo = 0;
  let hi = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    let x = info[c]!;
    if (x < 0) x = fillInfo(c);
    hi = (hi << 7) | (lo >>> 21);
    lo = ((lo << 7) | (x & 127)) & 0x0fffffff;
  }
  return [lo, hi];
}

const wellMarked = new Map<ToneStyle, KeySet>();

/** Every toned inventory syllable marked as `style` wants ("preserve": as either style wants). */
function wellMarkedSet(style: ToneStyle): KeySet {
  const hit = wellMarked.get(style);
  if (hit) return hit;
  const set: KeySet = { lo: new Int32Array(1 << SET_BITS).fill(-1), hi: new Int32Array(1 << SET_BITS) };
  const styles: PlacementStyle[] = style === "preserve" ? ["old", "new"] : [style];
  const ids: number[] = [];
  for (const onset of ONSETS) {
    for (const [written, rhyme] of writtenRhymes(onset)) {
      const word = onset + written;
      if (word.length > MAX_SYLLABLE) continue;
      ids.length = 0;
      for (let i = 0; i < word.length; i++) ids.push(idOf(word.charCodeAt(i)));
      for (const st of styles) {
        const at = word.length - rhyme.length + rhymeToneIndex(splitRhyme(rhyme), st);
        const letter = (letterInfo(word.charCodeAt(at)) & 31) - 1;
        for (let t = 1; t < 6; t++) {
          let lo = 0;
          let hi = 0;
          for (let i = 0; i < ids.length; i++) {
            const id = i === at ? idOf(composeLetter(letter, t, false).charCodeAt(0)) : ids[i]!;
            hi = (hi << 7) | (lo >>> 21);
            lo = ((lo << 7) | id) & 0x0fffffff;
          }
          insert(set, lo, hi);
        }
      }
    }
  }
  wellMarked.set(style, set);
  return set;
}

/**
 * Whether the fast scan accepts the word as already well marked in the style without looking further
 * (exported for tests: every accepted word must be one {@link placeTone} leaves unchanged).
 *
 * @example
 * ```ts
 * isWellMarked("hòa", "old"); // true
 * isWellMarked("hoà", "old"); // false
 * ```
 */
export function isWellMarked(word: string, style: ToneStyle): boolean {
  if (word.length > MAX_SYLLABLE) return false;
  const [lo, hi] = keyOf(word);
  return has(wellMarkedSet(style), lo, hi);
}

/** Replaces Ð ð Ɖ ɖ with Đ đ when that makes the word a Vietnamese syllable, then places its tone mark. */
function fixWord(word: string, style: ToneStyle): string {
  let w = word;
  let swapped = "";
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    swapped += LOOKALIKE_UPPER.has(c) ? "Đ" : LOOKALIKE_LOWER.has(c) ? "đ" : word[i];
  }
  if (swapped !== word && parseSyllable(swapped)) w = swapped;
  return placeTone(w, style);
}

/**
 * Places the tone mark of every word of `text` in the given style and replaces Ð/ð look-alikes in Vietnamese
 * words. Length-preserving (offsets do not move). With `strict`, returns null as soon as it meets anything
 * the character pass must handle first (controls, invisible characters, odd spaces, combining marks or other
 * NFC-unstable characters, lone surrogates); clean text is scanned without building any string.
 *
 * @example
 * ```ts
 * retoneText("hiệu qủa, hoà bình", "old", false); // "hiệu quả, hòa bình"
 * retoneText("a\u200bb", "old", true); // null
 * ```
 */
export function retoneText(text: string, style: ToneStyle, strict: boolean): string | null {
  const set = wellMarkedSet(style);
  const tab = info; // local aliases: the hot loop then needs no module-scope or property load per character
  const setLo = set.lo;
  const setHi = set.hi;
  const n = text.length;
  let parts: string[] | null = null;
  let from = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let x = tab[c]!;
    if (x < 0) x = fillInfo(c);
    if ((x & F_WORD) === 0) {
      if (x & F_SPECIAL) {
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
          const d = text.charCodeAt(i + 1);
          if (d >= 0xdc00 && d <= 0xdfff) {
            if (strict && astralNeedsNfc((c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000)) return null;
            i += 2;
            continue;
          }
        }
        if (strict) return null;
      }
      i++;
      continue;
    }
    // a word: OR its flags, and note whether two vowels stand side by side anywhere in it
    const a = i;
    let flags = 0;
    let pair = 0;
    let prev = 0;
    do {
      flags |= x;
      pair |= prev & x;
      prev = x;
      if (++i >= n) break;
      const d = text.charCodeAt(i);
      x = tab[d]!;
      if (x < 0) x = fillInfo(d);
    } while (x & F_WORD);
    if ((flags & (F_TONED | F_ODD)) === 0) continue;
    if (flags & F_MARK && strict) return null;
    if ((flags & F_ODD) === 0) {
      // A syllable's vowels are one run: with no two vowels side by side the mark is on the only vowel, where it
      // belongs. Longer than any syllable: placeTone would not touch it either.
      if ((pair & F_VOWEL) === 0 || i - a > MAX_SYLLABLE) continue;
      let lo = 0;
      let hi = 0;
      for (let j = a; j < i; j++) {
        hi = (hi << 7) | (lo >>> 21);
        lo = ((lo << 7) | (tab[text.charCodeAt(j)]! & 127)) & 0x0fffffff;
      }
      // the hash-set lookup of has(), inlined
      let found = false;
      for (let s = slot(lo, hi); ; s = (s + 1) & SET_MASK) {
        const l = setLo[s]!;
        if (l === lo && setHi[s] === hi) {
          found = true;
          break;
        }
        if (l === -1) break;
      }
      if (found) continue;
    }
    const w = text.slice(a, i);
    const r = fixWord(w, style);
    if (r !== w) {
      (parts ??= []).push(text.slice(from, a), r);
      from = i;
    }
  }
  if (!parts) return text;
  parts.push(text.slice(from));
  return parts.join("");
}
