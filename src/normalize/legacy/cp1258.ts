/**
 * Windows-1258 text after decoding: a base letter (plain, or one of the precomposed Ă Â Ê Ô Ơ Ư Đ,
 * à á è é ...) followed by a combining tone mark. Composed to NFC.
 */

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/;
/** Combining vowel marks: their presence means decomposed (NFD) text, which is not Windows-1258. */
const VOWEL_MARKS = /[\u0302\u0306\u031B]/;

/**
 * True when `text` is decomposed Unicode (NFD) rather than Windows-1258: it has combining circumflex,
 * breve or horn, which Windows-1258 always writes precomposed.
 *
 * @example
 * ```ts
 * looksDecomposed("Ho\u0302\u0323i"); // true
 * looksDecomposed("Hô\u0323i"); // false
 * ```
 */
export function looksDecomposed(text: string): boolean {
  return VOWEL_MARKS.test(text);
}

/**
 * Composes one word written the Windows-1258 way; the word itself when it has no combining tone mark.
 *
 * @example
 * ```ts
 * composeCp1258Word("Hô\u0323i"); // "Hội"
 * ```
 */
export function composeCp1258Word(word: string): string {
  return TONE_MARKS.test(word) ? word.normalize("NFC") : word;
}
