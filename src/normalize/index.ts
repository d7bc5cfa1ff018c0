/**
 * Vietnamese text normalization: the public face of src/normalize/.
 *
 *   input -> characters (invisible, spaces, controls, lone surrogates) -> NFC -> words (Ð look-alikes, tone marks)
 *
 * Clean input (already NFC, nothing odd, every tone mark where the style wants it) is returned as is after
 * one scan that builds no string.
 */
import { IdentityMap, type OffsetMap } from "./offsets.js";
import { retoneText, type ToneStyle } from "./tone.js";
import { unicodeClean } from "./unicode.js";

export type { ToneStyle } from "./tone.js";
export type { OffsetMap } from "./offsets.js";
export { placeTone } from "./tone.js";
export { parseSyllable, isVietnameseSyllable, isStyleVariant, toneIndex, type Syllable } from "./syllable.js";
export { TONES, type Tone } from "./phonology.js";
export { allSyllables, syllableParts, type SyllableParts } from "./inventory.js";
export { fold } from "./fold.js";

export interface NormalizeOptions {
  /** Tone-mark placement: "old" (hòa, ủy; default), "new" (hoà, uỷ) or "preserve" (repair misplaced marks only). */
  tone?: ToneStyle;
}

/** Normalized text and the map from its offsets back to the input's. */
export interface Normalized {
  text: string;
  map: OffsetMap;
}

function styleOf(options: NormalizeOptions | undefined): ToneStyle {
  const t = options?.tone;
  return t === "new" || t === "preserve" ? t : "old";
}

/**
 * Normalizes Vietnamese text and returns a map from offsets in the result back to offsets in `input`:
 * NFC (Windows-1258-style "letter + combining tone" composed), zero-width characters removed, non-breaking and
 * odd spaces to " ", control characters other than \t \n \r dropped (vertical tab, form feed, NEL to "\n"),
 * lone surrogates to U+FFFD, Ð/ð/Ɖ/ɖ to Đ/đ in Vietnamese words, tone marks placed in the chosen style and
 * misplaced marks repaired (qủa -> quả). Line breaks are kept. Never throws; the result is NFC and
 * `normalize(normalize(x)) === normalize(x)`.
 *
 * @example
 * ```ts
 * const { text, map } = normalizeWithMap("\u200bHoà\u00a0bình");
 * text; // "Hòa bình"
 * map.toOriginal(0); // 1
 * map.toOriginal(text.length); // 9
 * ```
 */
export function normalizeWithMap(input: string, options: NormalizeOptions = {}): Normalized {
  const src = typeof input === "string" ? input : String(input ?? "");
  const style = styleOf(options);
  const fast = retoneText(src, style, true);
  if (fast !== null) return { text: fast, map: new IdentityMap(src.length) };
  const u = unicodeClean(src);
  // words never change length, so the character pass's map is the whole map
  return { text: retoneText(u.text, style, false) ?? u.text, map: u.map };
}

/**
 * Normalizes Vietnamese text (see {@link normalizeWithMap}); returns the input itself when it is already clean.
 *
 * @example
 * ```ts
 * normalize("Uỷ ban nhân dân, hiệu qủa"); // "Ủy ban nhân dân, hiệu quả"
 * normalize("hòa bình", { tone: "new" }); // "hoà bình"
 * normalize("Ðà Nẵng"); // "Đà Nẵng"
 * ```
 */
export function normalize(input: string, options: NormalizeOptions = {}): string {
  return normalizeWithMap(input, options).text;
}
