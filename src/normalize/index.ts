/**
 * Vietnamese text normalization: the public face of src/normalize/.
 * TEMPORARY SKELETON: the normalize helper replaces these bodies with the syllable-aware versions.
 */
export type ToneStyle = "old" | "new" | "preserve";

export interface NormalizeOptions {
  /** Tone-mark placement: "old" (hòa, ủy; default), "new" (hoà, uỷ) or "preserve". */
  tone?: ToneStyle;
}

/** Maps offsets in normalized text back to offsets in the input it came from. */
export interface OffsetMap {
  /** Offset in the input for an offset in the normalized text (0..text.length). */
  toOriginal(offset: number): number;
}

export interface Normalized {
  text: string;
  map: OffsetMap;
}

export function normalizeWithMap(input: string, _options: NormalizeOptions = {}): Normalized {
  const text = input.normalize("NFC");
  return { text, map: { toOriginal: (o) => o } };
}

export function normalize(input: string, options: NormalizeOptions = {}): string {
  return normalizeWithMap(input, options).text;
}

export function fold(input: string): string {
  return input.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase();
}
