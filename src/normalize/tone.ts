/**
 * Tone-mark placement, one syllable at a time, driven by the syllable model (no substring rules).
 */
import { BASE_LETTERS, composeLetter, letterInfo } from "./letters.js";
import { isStyleVariant, parseSyllable, toneIndex } from "./syllable.js";

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

/** Whether a UTF-16 code is a Vietnamese vowel letter carrying a tone mark (any case). */
export function isTonedVowel(code: number): boolean {
  return ((letterInfo(code) >> 5) & 7) !== 0;
}

export { BASE_LETTERS };
