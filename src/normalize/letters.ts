/**
 * The Vietnamese letters as a lookup table: every letter of the alphabet, both cases, every tone on the vowels,
 * from its UTF-16 code (NFC) to (base letter, tone, case). Built once, on first use.
 */
import { withTone } from "./phonology.js";

/** The 29 letters of the Vietnamese alphabet (lower case), plus q. Index + 1 is the letter's id in {@link letterInfo}. */
export const BASE_LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxy";
const VOWELS = "aăâeêioôơuưy";

/** Highest code point of a Vietnamese letter (ỹ U+1EF9). */
const MAX = 0x1ef9;

let info: Uint16Array | undefined;
let composed: string[] | undefined;

function build(): void {
  info = new Uint16Array(MAX + 1);
  composed = new Array<string>(BASE_LETTERS.length * 12);
  for (let b = 0; b < BASE_LETTERS.length; b++) {
    const lower = BASE_LETTERS[b]!;
    const tones = VOWELS.includes(lower) ? 6 : 1;
    for (let upper = 0; upper < 2; upper++) {
      const letter = upper ? lower.toUpperCase() : lower;
      for (let t = 0; t < tones; t++) {
        const ch = withTone(letter, t);
        info[ch.charCodeAt(0)] = (b + 1) | (t << 5) | (upper << 8);
        composed[b * 12 + t * 2 + upper] = ch;
      }
    }
  }
}

/**
 * Packed information on a UTF-16 code unit: 0 when it is not a Vietnamese letter, else
 * `(letterIndex + 1) | tone << 5 | upper << 8` (letterIndex into {@link BASE_LETTERS}, tone into TONES).
 *
 * @example
 * ```ts
 * const i = letterInfo("Ớ".charCodeAt(0));
 * BASE_LETTERS[(i & 31) - 1]; // "ơ"
 * (i >> 5) & 7; // 2 (sắc)
 * (i >> 8) & 1; // 1 (upper case)
 * ```
 */
export function letterInfo(code: number): number {
  if (code > MAX) return 0;
  if (!info) build();
  return info![code]!;
}

/**
 * The letter `BASE_LETTERS[letterIndex]` with tone `tone`, upper case when `upper`.
 *
 * @example
 * ```ts
 * composeLetter(BASE_LETTERS.indexOf("u"), 3, true); // "Ủ"
 * ```
 */
export function composeLetter(letterIndex: number, tone: number, upper: boolean): string {
  if (!composed) build();
  return composed![letterIndex * 12 + tone * 2 + (upper ? 1 : 0)] ?? "";
}
