/**
 * The syllable inventory: every onset × rhyme × tone that Vietnamese spelling allows, generated from the
 * lists in ./phonology.ts. Tests (here and in src/normalize/legacy/) run over all of it.
 */
import {
  ONSETS,
  TONES,
  rhymeToneIndex,
  splitRhyme,
  toneAllowed,
  withTone,
  writtenRhymes,
  type PlacementStyle,
  type Tone,
} from "./phonology.js";

/** One inventory entry, with the parts it was built from. */
export interface SyllableParts {
  /** The syllable, lower case, NFC, tone mark in the requested style. */
  text: string;
  /** Onset as written ("" for none; "gi" also for the fused gì, gìn). */
  onset: string;
  /** "o" | "u" | "" (after "qu" the u belongs to the onset). */
  glide: string;
  nucleus: string;
  coda: string;
  tone: Tone;
}

/**
 * Places tone `tone` on the toneless lower-case `word` = onset + written rhyme.
 * `rhyme` is the rhyme the placement is computed on (see writtenRhymes: "in" for the written "n" of gìn).
 */
function compose(word: string, rhyme: string, tone: number, style: PlacementStyle): string {
  if (tone === 0) return word;
  const at = word.length - rhyme.length + rhymeToneIndex(splitRhyme(rhyme), style);
  return word.slice(0, at) + withTone(word[at]!, tone) + word.slice(at + 1);
}

const cache = new Map<PlacementStyle, SyllableParts[]>();

/**
 * Every syllable of the inventory with its parts, lower case NFC, in the given tone style (default "old").
 * Generated once per style and cached; do not mutate the result.
 *
 * @example
 * ```ts
 * syllableParts().find((s) => s.text === "hòa"); // { text: "hòa", onset: "h", glide: "o", nucleus: "a", coda: "", tone: "huyen" }
 * ```
 */
export function syllableParts(style: PlacementStyle = "old"): readonly SyllableParts[] {
  const hit = cache.get(style);
  if (hit) return hit;
  const seen = new Set<string>();
  const out: SyllableParts[] = [];
  for (const onset of ONSETS) {
    for (const [written, rhyme] of writtenRhymes(onset)) {
      const parts = splitRhyme(rhyme);
      for (let t = 0; t < TONES.length; t++) {
        if (!toneAllowed(parts.coda, t)) continue;
        const text = compose(onset + written, rhyme, t, style);
        if (seen.has(text)) continue;
        seen.add(text);
        out.push({ text, onset, glide: parts.glide, nucleus: parts.nucleus, coda: parts.coda, tone: TONES[t]! });
      }
    }
  }
  cache.set(style, out);
  return out;
}

/**
 * Every syllable Vietnamese spelling allows (onset × rhyme × tone), lower case, NFC, old tone style
 * (hòa, thủy), without duplicates. About twenty thousand strings.
 *
 * @example
 * ```ts
 * const all = allSyllables();
 * all.includes("quý"); // true
 * all.includes("ce"); // false (c before e is spelled k)
 * ```
 */
export function allSyllables(style: PlacementStyle = "old"): string[] {
  return syllableParts(style).map((s) => s.text);
}
