/**
 * The syllable test the detectors score candidate decodings with: the shared syllable model, made
 * tolerant of decomposed input (detectors see text before normalization).
 */
import { isVietnameseSyllable } from "../syllable.js";

/**
 * True when `word` (any case, NFC or not) is one Vietnamese syllable.
 *
 * @example
 * ```ts
 * isSyllable("Hội"); // true
 * isSyllable("Café"); // false
 * ```
 */
export function isSyllable(word: string): boolean {
  if (isVietnameseSyllable(word)) return true;
  const nfc = word.normalize("NFC");
  return nfc !== word && isVietnameseSyllable(nfc);
}
