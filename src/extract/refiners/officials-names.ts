/**
 * Where a person's name is inside a run of capitalized words that follows a title
 * ("Phó Chủ tịch UBND thị xã | Điện Bàn **Phan Công Nhựt**"), and whether a run is a namesake
 * (a street, school or commune named after someone: "Hồ Chí Minh", "Lê Lợi").
 */
import type { OfficialsLexicon } from "../lexicon/matchers.js";
import type { Token } from "../lexicon/tokens.js";

/** A name as token indexes [from, to). */
export interface NameRange {
  readonly from: number;
  readonly to: number;
}

/**
 * True for a word that can be part of a name: capitalized, not an abbreviation (one capital letter is fine).
 *
 * @example
 * ```ts
 * tokenize("Nguyễn UBND văn").map(isNameWord); // [true, false, false]
 * ```
 */
export function isNameWord(t: Token | undefined): boolean {
  return !!t && t.kind === "word" && t.upper && !t.caps;
}

/**
 * True when tokens [from, to) are exactly a namesake ("Hồ Chí Minh", "Lê Quý Đôn").
 *
 * @example
 * ```ts
 * isNamesake(officialsLexicon(), tokenize("Hồ Chí Minh"), 0, 3); // true
 * ```
 */
export function isNamesake(lex: OfficialsLexicon, tokens: readonly Token[], from: number, to: number): boolean {
  const m = lex.namesakes.matchAt(tokens, from);
  return !!m && m.to === to;
}

/**
 * Tokens the surname at `i` takes (compound surnames take several), or 0.
 *
 * @example
 * ```ts
 * surnameLength(officialsLexicon(), tokenize("Tôn Nữ Minh Thư"), 0); // 2
 * surnameLength(officialsLexicon(), tokenize("Trưởng ban"), 0);      // 0
 * ```
 */
export function surnameLength(lex: OfficialsLexicon, tokens: readonly Token[], i: number): number {
  const m = lex.surnames.matchAt(tokens, i);
  if (!m) return 0;
  for (let k = m.from; k < m.to; k++) if (!isNameWord(tokens[k])) return 0;
  return m.to - m.from;
}

/**
 * True when a place cue ("đường", "Trường", "THCS", "Công ty TNHH") ends right before token s.
 *
 * @example
 * ```ts
 * placeCueBefore(officialsLexicon(), tokenize("đường Lê Lợi"), 1); // true
 * ```
 */
export function placeCueBefore(lex: OfficialsLexicon, tokens: readonly Token[], s: number): boolean {
  for (let k = s - 1; k >= 0 && k >= s - 4; k--) {
    const m = lex.placeCues.matchAt(tokens, k);
    if (m && m.to === s) return true;
  }
  return false;
}

/**
 * The person's name at the end of a capitalized run [from, to) that follows a title, or null when the
 * run is only a place or organization name. Candidates start at a surname and run to the end of the run;
 * a frequent surname, a middle name right after it ("Văn", "Thị") and three or four syllables make a
 * candidate likelier. A run wholly after an administrative word needs a middle name ("phường Lê Lợi"
 * is a ward; "phường Võ Thị Bích Hạnh" is not); a candidate right after a place cue ("Công ty TNHH",
 * "đường", "Trường THCS", as `cueBefore` tells) is a namesake, never a person.
 *
 * @example
 * ```ts
 * // tokens of "Điện Bàn Phan Công Nhựt": the name starts at index 2
 * pickNameInRun(lex, tokenize("Điện Bàn Phan Công Nhựt"), 0, 5, true); // { from: 2, to: 5 }
 * ```
 */
export function pickNameInRun(
  lex: OfficialsLexicon,
  tokens: readonly Token[],
  from: number,
  to: number,
  afterAdmin: boolean,
): NameRange | null {
  let best: { range: NameRange; score: number } | null = null;
  // After a place cue the run names that place ("Công ty TNHH Nguyễn Hoàng Phát"): a person can only
  // follow a namesake that ends it ("Trường THCS Nguyễn Du Trần Văn An").
  let minStart = from;
  for (let s = from; s < to; s++) {
    if ((s === from && afterAdmin) || s < minStart || !placeCueBefore(lex, tokens, s)) continue;
    const cue = lex.placeCues.matchAt(tokens, s);
    if (cue) {
      s = cue.to - 1; // cues in a row: "Trường THCS"
      continue;
    }
    const namesake = lex.namesakes.matchAt(tokens, s);
    minStart = namesake && namesake.to <= to ? namesake.to : to;
  }
  for (let s = minStart; s < to; s++) {
    const sl = surnameLength(lex, tokens, s);
    if (!sl) continue;
    const len = to - s;
    if (len < 2 || len > 6 || len <= sl) continue;
    let ok = true;
    for (let k = s; k < to; k++) if (!isNameWord(tokens[k])) ok = false;
    if (!ok || isNamesake(lex, tokens, s, to)) continue;
    // A run that is wholly the name right after "phường", "xã" ... needs a middle name ("phường Võ Thị
    // Bích Hạnh", not "xã Phan Sào Nam"); right after "đường", "Trường THCS", "Công ty TNHH" it is a namesake.
    const middle = len >= 3 && lex.middleNames.has(tokens[s + sl]!.key);
    if (s === from && afterAdmin && !middle) continue;
    let score = 0;
    if (lex.strongSurnames.has(tokens.slice(s, s + sl).map((t) => t.key).join(" "))) score += 2;
    if (len === 3 || len === 4) score += 1;
    if (middle) score += 2;
    if (!(score >= 3 || (score >= 2 && s > from))) continue;
    if (!best || score > best.score) best = { range: { from: s, to }, score };
  }
  return best?.range ?? null;
}
