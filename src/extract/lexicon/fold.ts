/**
 * Folding for lexicon look-ups: no diacritics, đ/Đ (and the look-alikes ð/Ð) to d, lower case.
 *
 * Tone-mark placement does not matter after folding ("Đảng uỷ" and "Đảng ủy" fold alike), so the
 * lexicons match text in either style. Kept here (browser-safe, no imports) so every lexicon file and
 * the officials extractor fold the same way.
 */

const MARKS = /[\u0300-\u036f]/g;
const D_LIKE = /[đĐðÐ]/g;

/**
 * Folds a string to its look-up key: NFD, marks dropped, đ to d, lower case.
 *
 * @example
 * ```ts
 * foldKey("Đảng uỷ"); // "dang uy"
 * foldKey("Ðinh");    // "dinh"  (Latin eth look-alike)
 * ```
 */
export function foldKey(s: string): string {
  return s.normalize("NFD").replace(MARKS, "").replace(D_LIKE, "d").toLowerCase();
}

/**
 * Folds a phrase to space-separated word keys, dropping punctuation: what two wordings of one
 * phrase share ("UB. MTTQ" and "UB MTTQ" both give "ub mttq").
 *
 * @example
 * ```ts
 * foldWords("Phó Bí thư, Đảng uỷ"); // "pho bi thu dang uy"
 * ```
 */
export function foldWords(s: string): string {
  return foldKey(s)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * True when the word starts with an upper-case letter ("Nguyễn", "Đ", "H’Linh").
 *
 * @example
 * ```ts
 * isCapitalized("Nguyễn"); // true
 * isCapitalized("chủ");    // false
 * ```
 */
export function isCapitalized(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/**
 * True when the word has letters and none of them is lower case ("UBND", "HĐND", "P"); digits allowed.
 *
 * @example
 * ```ts
 * isAllCaps("HĐND"); // true
 * isAllCaps("Hội");  // false
 * ```
 */
export function isAllCaps(word: string): boolean {
  return /\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word);
}
