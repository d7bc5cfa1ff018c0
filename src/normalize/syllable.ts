/**
 * The syllable model: a written word -> onset, glide, nucleus, coda, tone; or null when it is not a
 * Vietnamese syllable (Café, email, Zalo, Facebook, online, COVID).
 */
import { BASE_LETTERS, letterInfo } from "./letters.js";
import {
  ONSETS,
  TONES,
  rhymeToneIndex,
  splitRhyme,
  toneAllowed,
  writtenRhymes,
  type PlacementStyle,
  type Tone,
} from "./phonology.js";

/** A parsed Vietnamese syllable. Letters are lower case and without the tone mark. */
export interface Syllable {
  /** Onset as written: "", "b", ..., "qu", "gi", "ngh" (for gì and gìn the onset is "gi" and the nucleus "i"). */
  onset: string;
  /** Medial "o" or "u" (hoa, huy), or "". After "qu" the u is part of the onset, so the glide is "". */
  glide: "" | "o" | "u";
  /** Vowel nucleus: one letter, or a diphthong (iê ia yê ya uô ua ươ ưa) or the long oo. */
  nucleus: string;
  /** Final consonant (c ch m n ng nh p t) or semivowel (i y o u), or "". */
  coda: string;
  tone: Tone;
  /** The rhyme glide + nucleus + coda (for the fused gì, gìn: "i", "in"). */
  rhyme: string;
  /** The whole word, lower case, without the tone mark. */
  base: string;
  /** Index in the word of the letter carrying the tone mark as written, or -1 (tone ngang). */
  markAt: number;
}

/** Written rhymes accepted after each onset, to the rhyme used for parts and tone placement. */
let rhymeTables: Map<string, Map<string, string>> | undefined;

function tables(): Map<string, Map<string, string>> {
  if (rhymeTables) return rhymeTables;
  rhymeTables = new Map();
  for (const onset of ONSETS) {
    const m = new Map<string, string>();
    for (const [written, rhyme] of writtenRhymes(onset)) if (!m.has(written)) m.set(written, rhyme);
    rhymeTables.set(onset, m);
  }
  return rhymeTables;
}

const MULTI_ONSETS = ["ngh", "ch", "gh", "kh", "ng", "nh", "ph", "th", "tr"];

/** The longest onset the toneless lower-case word starts with ("qu" and "gi" included). */
function onsetOf(base: string): string {
  if (base.startsWith("qu")) return "qu";
  if (base.startsWith("gi")) return "gi";
  for (const o of MULTI_ONSETS) if (base.startsWith(o)) return o;
  const c = base[0] ?? "";
  return "bcdđghklmnprstvx".includes(c) ? c : "";
}

/** Longest written syllable: nghiêng. */
const MAX_LENGTH = 7;

/**
 * Parses one written word as a Vietnamese syllable. Accepts any letter case and a tone mark on any vowel
 * (misplaced marks like qủa, cuả, gía are parsed: `markAt` says where the mark is). Returns null for anything
 * Vietnamese spelling does not allow: foreign letters (f j w z), impossible onset/rhyme pairs (ce, ngi),
 * a stop coda with a tone other than sắc/nặng (màt), two tone marks, or a non-NFC word.
 *
 * @example
 * ```ts
 * parseSyllable("quý"); // { onset: "qu", glide: "", nucleus: "y", coda: "", tone: "sac", ... }
 * parseSyllable("gì"); // { onset: "gi", nucleus: "i", tone: "huyen", ... }
 * parseSyllable("Hoà")?.glide; // "o"
 * parseSyllable("Café"); // null
 * ```
 */
export function parseSyllable(word: string): Syllable | null {
  if (typeof word !== "string") return null;
  const n = word.length;
  if (n === 0 || n > MAX_LENGTH) return null;
  let base = "";
  let tone = 0;
  let markAt = -1;
  for (let i = 0; i < n; i++) {
    const inf = letterInfo(word.charCodeAt(i));
    if (inf === 0) return null;
    const t = (inf >> 5) & 7;
    if (t) {
      if (markAt >= 0) return null;
      markAt = i;
      tone = t;
    }
    base += BASE_LETTERS[(inf & 31) - 1];
  }
  const onset = onsetOf(base);
  // "qu" and "gi" are always onsets when a word starts with them: q is nothing alone, and g never stands before i
  const rhyme = tables().get(onset)?.get(base.slice(onset.length));
  if (rhyme === undefined) return null;
  const parts = splitRhyme(rhyme);
  if (!toneAllowed(parts.coda, tone)) return null;
  return {
    onset,
    glide: parts.glide,
    nucleus: parts.nucleus,
    coda: parts.coda,
    tone: TONES[tone]!,
    rhyme,
    base,
    markAt,
  };
}

/**
 * Whether the word is one Vietnamese syllable (any case, tone mark anywhere on its vowels).
 *
 * @example
 * ```ts
 * isVietnameseSyllable("Nguyễn"); // true
 * isVietnameseSyllable("Zalo"); // false
 * ```
 */
export function isVietnameseSyllable(word: string): boolean {
  return parseSyllable(word) !== null;
}

/**
 * Whether the syllable is written differently in the old and new tone styles: an open oa, oe or uy
 * not after qu, with a tone (hòa/hoà, khỏe/khoẻ, thủy/thuỷ, ủy/uỷ).
 *
 * @example
 * ```ts
 * isStyleVariant(parseSyllable("hòa")!); // true
 * isStyleVariant(parseSyllable("hoàn")!); // false
 * ```
 */
export function isStyleVariant(s: Syllable): boolean {
  return s.tone !== "ngang" && s.glide !== "" && s.coda === "" && (s.nucleus === "a" || s.nucleus === "e" || s.nucleus === "y");
}

/**
 * Index in the word of the letter that should carry the tone mark in the given style.
 *
 * @example
 * ```ts
 * toneIndex(parseSyllable("qủa")!, "old"); // 2 (quả)
 * toneIndex(parseSyllable("hoà")!, "old"); // 1 (hòa)
 * ```
 */
export function toneIndex(s: Syllable, style: PlacementStyle): number {
  return s.base.length - s.rhyme.length + rhymeToneIndex(splitRhyme(s.rhyme), style);
}
