/**
 * The Vietnamese syllable, as written: onsets, rhymes, tones and the spelling rules that join them.
 *
 * A written syllable is `onset + rhyme`, a rhyme is `[glide] nucleus [coda]` and the tone mark sits on one
 * vowel letter of the rhyme. Everything in src/normalize/ that needs to know what Vietnamese allows
 * (the parser, tone placement, the inventory the tests run over) reads it from here.
 *
 * The data is deliberately written out as plain lists so that it can be checked by eye.
 */

/** The six tones, in the usual order. `ngang` is the unmarked (level) tone. */
export const TONES = ["ngang", "huyen", "sac", "hoi", "nga", "nang"] as const;
/** A tone name (ASCII, without diacritics). */
export type Tone = (typeof TONES)[number];

/** The combining mark of each tone, indexed like {@link TONES} (ngang has none). */
export const TONE_MARKS = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"] as const;

/** Written onsets (initial consonants). "" is the empty onset; "qu" and "gi" are treated specially. */
export const ONSETS = [
  "", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n",
  "ng", "ngh", "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x",
] as const;

/**
 * Written rhymes after every onset except "qu" (which has its own list), in their "iê" spelling
 * (an empty onset writes iê as yê: yên, yêu). Grouped by nucleus; the glide rhymes (medial o/u) last.
 */
export const RHYMES: readonly string[] = [
  // a, ă, â
  "a", "ac", "ach", "ai", "am", "an", "ang", "anh", "ao", "ap", "at", "au", "ay",
  "ăc", "ăm", "ăn", "ăng", "ăp", "ăt",
  "âc", "âm", "ân", "âng", "âp", "ât", "âu", "ây",
  // e, ê
  "e", "ec", "em", "en", "eng", "eo", "ep", "et",
  "ê", "êch", "êm", "ên", "ênh", "êp", "êt", "êu",
  // i (and the bare y of lý, kỳ, ý)
  "i", "ich", "im", "in", "inh", "ip", "it", "iu",
  "y",
  // o (and the long oo of xoong, moóc), ô, ơ
  "o", "oc", "oi", "om", "on", "ong", "op", "ot", "ooc", "oong",
  "ô", "ôc", "ôi", "ôm", "ôn", "ông", "ôp", "ôt",
  "ơ", "ơi", "ơm", "ơn", "ơp", "ơt",
  // u, ư
  "u", "uc", "ui", "um", "un", "ung", "up", "ut",
  "ư", "ưc", "ưi", "ưng", "ưt", "ưu",
  // diphthongs: iê (ia when open), uô (ua), ươ (ưa)
  "ia", "iêc", "iêm", "iên", "iêng", "iêp", "iêt", "iêu",
  "ua", "uôc", "uôi", "uôm", "uôn", "uông", "uôt",
  "ưa", "ươc", "ươi", "ươm", "ươn", "ương", "ươp", "ươt", "ươu",
  // glide o: oa, oă, oe
  "oa", "oac", "oach", "oai", "oam", "oan", "oang", "oanh", "oap", "oat", "oay",
  "oăc", "oăm", "oăn", "oăng", "oăt",
  "oe", "oen", "oeo", "oet",
  // glide u: uâ, uê, uy, uyê (uya when open), uơ
  "uân", "uâng", "uât", "uây",
  "uê", "uêch", "uênh",
  "uy", "uych", "uynh", "uyp", "uyt", "uyu",
  "uya", "uyên", "uyêt",
  "uơ",
];

/** Rhymes written after "qu" (the u of qu is the glide: quả = qu + a, quý = qu + y, quốc = qu + ôc). */
export const QU_RHYMES: readonly string[] = [
  "a", "ac", "ach", "ai", "an", "ang", "anh", "at", "ay",
  "ăc", "ăm", "ăn", "ăng", "ăt",
  "ân", "âng", "ât", "ây",
  "e", "en", "eo", "et",
  "ê", "êch", "ên", "ênh", "êt",
  "y", "i", "ych", "ynh", "yt", "yên", "yêt",
  "ơ",
  "ôc",
];

/** Rhymes beginning with i that fuse with "gi" (gì = gi + i, gìn = gi + in, giếng = gi + iêng). */
export const GI_I_RHYMES: readonly string[] = ["i", "ich", "im", "in", "inh", "ip", "it", "iêc", "iêm", "iên", "iêng", "iêp", "iêt", "iêu"];

/** Onsets before the glide o (hoa, khoe, ngoan, góa). Labials, c/k/q, gh, ngh and gi take none. */
export const O_GLIDE_ONSETS: ReadonlySet<string> = new Set(["", "ch", "d", "đ", "g", "h", "kh", "l", "n", "ng", "nh", "r", "s", "t", "th", "tr", "x"]);
/** Onsets before the glide u (huy, thuế, nguyên, nhuận). */
export const U_GLIDE_ONSETS: ReadonlySet<string> = new Set(["", "ch", "d", "h", "kh", "l", "n", "ng", "nh", "r", "s", "t", "th", "tr", "x"]);
/** Onsets before the rare open rhyme uơ (thuở, huơ; quơ is qu + ơ). */
export const UO_ONSETS: ReadonlySet<string> = new Set(["h", "kh", "th"]);
/** Onsets written with a bare y for the vowel i (ý, hy, kỳ, lý, mỹ, sỹ, tỷ, thy, vy, dy, ny). */
export const Y_ONSETS: ReadonlySet<string> = new Set(["", "d", "h", "k", "l", "m", "n", "s", "t", "th", "v"]);

/** Codas that are stops: a syllable ending in one takes only sắc or nặng. */
export const STOP_CODAS: ReadonlySet<string> = new Set(["c", "ch", "p", "t"]);

/** Two-letter nuclei (diphthongs, and the long oo). */
const DIPHTHONGS: ReadonlySet<string> = new Set(["iê", "yê", "ia", "ya", "uô", "ua", "ươ", "ưa", "oo"]);

/** The parts of a written rhyme. */
export interface RhymeParts {
  /** "o" or "u" (the medial of hoa, huy), or "". */
  glide: "" | "o" | "u";
  /** One or two vowel letters (a, ê, iê, ia, yê, ya, uô, ua, ươ, ưa, oo ...). */
  nucleus: string;
  /** Final consonant (c ch m n ng nh p t) or semivowel (i y o u), or "". */
  coda: string;
}

/**
 * Splits a written, toneless, lower-case rhyme into glide, nucleus and coda. Does not check that the rhyme exists.
 *
 * @example
 * ```ts
 * splitRhyme("oai"); // { glide: "o", nucleus: "a", coda: "i" }
 * splitRhyme("ương"); // { glide: "", nucleus: "ươ", coda: "ng" }
 * ```
 */
export function splitRhyme(rhyme: string): RhymeParts {
  let glide: RhymeParts["glide"] = "";
  let p = 0;
  const c0 = rhyme[0];
  const c1 = rhyme[1];
  if (c0 === "o" && c1 !== undefined && "aăe".includes(c1)) glide = "o";
  else if (c0 === "u" && c1 !== undefined && "âêyơ".includes(c1)) glide = "u";
  if (glide) p = 1;
  const two = rhyme.slice(p, p + 2);
  const nucleus = DIPHTHONGS.has(two) ? two : rhyme.slice(p, p + 1);
  return { glide, nucleus, coda: rhyme.slice(p + nucleus.length) };
}

/** Tone-mark placement style: "old" puts the mark on the glide of open oa/oe/uy (hòa, thủy); "new" on the nucleus (hoà, thuỷ). */
export type PlacementStyle = "old" | "new";

/**
 * Index, inside the written rhyme, of the vowel letter that carries the tone mark.
 * With a coda: the last vowel of the nucleus (toán, người, khuỷu). Open diphthongs: the first (mía, của, mưa, khuya).
 * Open glide + a/e/y: the glide in the old style (hòa, khỏe, thủy), the nucleus in the new (hoà, khoẻ, thuỷ).
 *
 * @example
 * ```ts
 * rhymeToneIndex(splitRhyme("oa"), "old"); // 0 (hòa)
 * rhymeToneIndex(splitRhyme("oa"), "new"); // 1 (hoà)
 * rhymeToneIndex(splitRhyme("uôi"), "old"); // 1 (tuổi)
 * ```
 */
export function rhymeToneIndex(parts: RhymeParts, style: PlacementStyle): number {
  const g = parts.glide.length;
  const n = parts.nucleus.length;
  if (parts.coda) return g + n - 1;
  if (n === 2) return g;
  if (g && style === "old" && (parts.nucleus === "a" || parts.nucleus === "e" || parts.nucleus === "y")) return 0;
  return g;
}

/**
 * Whether an onset and a written rhyme (not after "qu": see {@link QU_RHYMES}) may stand together:
 * c/k, g/gh, ng/ngh by the following vowel, which onsets take a glide, iê spelled yê without onset, bare y.
 *
 * @example
 * ```ts
 * onsetAllowsRhyme("k", "e"); // true (ke)
 * onsetAllowsRhyme("c", "e"); // false (*ce)
 * onsetAllowsRhyme("h", "oa"); // true (hoa)
 * ```
 */
export function onsetAllowsRhyme(onset: string, rhyme: string): boolean {
  if (onset === "qu") return QU_RHYMES.includes(rhyme);
  const parts = splitRhyme(rhyme);
  const first = rhyme[0] ?? "";
  const front = first === "i" || first === "y" || first === "e" || first === "ê";
  if (parts.glide === "o" && !O_GLIDE_ONSETS.has(onset)) return false;
  if (parts.glide === "u" && !(parts.nucleus === "ơ" ? UO_ONSETS : U_GLIDE_ONSETS).has(onset)) return false;
  if (rhyme.startsWith("yê")) return onset === "";
  if (rhyme.startsWith("iê") && onset === "") return false;
  if (rhyme === "y" && !Y_ONSETS.has(onset)) return false;
  switch (onset) {
    case "c":
    case "ng":
      return !front;
    case "g":
      return !front && parts.glide !== "u";
    case "k":
    case "gh":
    case "ngh":
      return front && !parts.glide;
    case "gi":
      // gi + i... fuses (GI_I_RHYMES, spelled without the second i); gi never takes a glide
      return !parts.glide && first !== "i" && first !== "y";
    default:
      return true;
  }
}

/**
 * Whether a tone may stand on a rhyme: stop codas (c ch p t) take only sắc and nặng.
 *
 * @example
 * ```ts
 * toneAllowed("t", 2); // true (mát)
 * toneAllowed("t", 1); // false (*màt)
 * ```
 */
export function toneAllowed(coda: string, tone: number): boolean {
  return !STOP_CODAS.has(coda) || tone === 2 || tone === 5;
}

/**
 * The rhymes written after `onset` as [written rhyme, rhyme used for parts and tone]: the same string except
 * for the fused gi + i (written "n" after "gi" for gìn, parts from "in") and iê spelled yê after no onset.
 *
 * @example
 * ```ts
 * writtenRhymes("gi").find(([w]) => w === "n"); // ["n", "in"] (gìn)
 * writtenRhymes("").some(([w]) => w === "yên"); // true
 * ```
 */
export function writtenRhymes(onset: string): Array<[written: string, rhyme: string]> {
  if (onset === "qu") return QU_RHYMES.map((r) => [r, r]);
  const out: Array<[string, string]> = [];
  for (const r of RHYMES) {
    if (onset === "" && r.startsWith("iê")) {
      out.push(["yê" + r.slice(2), "yê" + r.slice(2)]);
      continue;
    }
    if (onsetAllowsRhyme(onset, r)) out.push([r, r]);
  }
  if (onset === "gi") for (const r of GI_I_RHYMES) out.push([r.slice(1), r]);
  return out;
}

/**
 * Puts tone `tone` (index into {@link TONES}) on a lower- or upper-case vowel letter; NFC.
 *
 * @example
 * ```ts
 * withTone("ơ", 2); // "ớ"
 * withTone("A", 5); // "Ạ"
 * ```
 */
export function withTone(letter: string, tone: number): string {
  return (letter + (TONE_MARKS[tone] ?? "")).normalize("NFC");
}
