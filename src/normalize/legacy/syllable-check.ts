/**
 * The syllable test the detectors score candidate decodings with: the shared syllable model, made
 * tolerant of decomposed input (detectors see text before normalization) and strict about where the
 * tone mark sits. A decoding puts each mark where the writer put it, so a mark on the wrong vowel
 * ("aỷ", "eõ") is the sign of a wrong decoding, not of a typo to forgive.
 */
import { parseSyllable, toneIndex } from "../syllable.js";

const COMBINING = /[\u0300-\u036f]/;

/**
 * True when `word` (any case, NFC or not) is one Vietnamese syllable with its tone mark, if any, where
 * the old or the new style puts it.
 *
 * @example
 * ```ts
 * isSyllable("Hội"); // true
 * isSyllable("hoà"); // true
 * isSyllable("aỷ"); // false (the mark belongs on the a)
 * isSyllable("Café"); // false
 * ```
 */
export function isSyllable(word: string): boolean {
  let s = parseSyllable(word);
  if (s === null) {
    if (!COMBINING.test(word)) return false;
    s = parseSyllable(word.normalize("NFC"));
    if (s === null) return false;
  }
  return s.markAt < 0 || s.markAt === toneIndex(s, "old") || s.markAt === toneIndex(s, "new");
}
