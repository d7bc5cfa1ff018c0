/**
 * Character classes the legacy detectors share.
 */

/** Letters Vietnamese writes with Latin-1 code points (À Á Â Ã È É Ê Ì Í Ò Ó Ô Õ Ù Ú Ý, lower and upper). */
export const VIETNAMESE_LATIN1 = "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý";

/**
 * True for a letter or combining mark (any script), by a table for Latin and a Unicode class test
 * for the rest.
 *
 * @example
 * ```ts
 * isLetterOrMark("ộ".charCodeAt(0)); // true
 * isLetterOrMark("·".charCodeAt(0)); // false
 * ```
 */
export function isLetterOrMark(c: number): boolean {
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c < 0x250) return c !== 0xd7 && c !== 0xf7;
  if (c >= 0x300 && c <= 0x36f) return true;
  if (c >= 0x1e00 && c <= 0x1eff) return true;
  return LETTER.test(String.fromCharCode(c));
}
const LETTER = /[\p{L}\p{M}]/u;

/**
 * True for letters only Unicode Vietnamese has (ă đ ĩ ũ ơ ư and U+1EA0-U+1EF9, both cases): a word
 * holding one cannot be TCVN3, VNI, VIQR or mojibake.
 *
 * @example
 * ```ts
 * isVietnameseUnicode("ộ".charCodeAt(0)); // true
 * isVietnameseUnicode("é".charCodeAt(0)); // false
 * ```
 */
export function isVietnameseUnicode(c: number): boolean {
  if (c >= 0x1ea0 && c <= 0x1ef9) return true;
  return c === 0x102 || c === 0x103 || c === 0x110 || c === 0x111 || c === 0x128 || c === 0x129 || c === 0x168 || c === 0x169 || c === 0x1a0 || c === 0x1a1 || c === 0x1af || c === 0x1b0;
}

/**
 * The word core a syllable test sees: leading and trailing punctuation (ASCII, general punctuation,
 * no-break space) removed; null when what is left holds a non-letter ("T©n", "¸i") or nothing.
 * Latin-1 symbols are not stripped: in TCVN3 and VNI text they are letters; nor are the characters in
 * `keep` (VIQR keeps ^ ( + ` ~, which are marks there, never sentence punctuation).
 *
 * @example
 * ```ts
 * wordCore("“Hội,"); // "Hội"
 * wordCore("T©n"); // null
 * ```
 */
export function wordCore(word: string, keep = ""): string | null {
  let a = 0;
  let b = word.length;
  while (a < b && isStrippable(word.charCodeAt(a)) && !keep.includes(word[a]!)) a++;
  while (b > a && isStrippable(word.charCodeAt(b - 1)) && !keep.includes(word[b - 1]!)) b--;
  if (a === b) return null;
  for (let i = a; i < b; i++) if (!isLetterOrMark(word.charCodeAt(i))) return null;
  return word.slice(a, b);
}

function isStrippable(c: number): boolean {
  if (c < 0x80) return !isLetterOrMark(c);
  return c === 0xa0 || (c >= 0x2000 && c <= 0x206f);
}
