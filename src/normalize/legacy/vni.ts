/**
 * VNI text pasted as Latin-1 characters -> Unicode, one word at a time.
 */
import { VNI_DECODE } from "./tables.js";

/** Latin-1 letters that VNI uses as themselves (í ì are the same code in VNI and Latin-1). */
const VNI_SAME = new Set(["í", "ì", "Í", "Ì"]);

/**
 * True for a character that can occur in VNI text outside ASCII.
 *
 * @example
 * ```ts
 * isVniChar("ä"); // true (the mark of ộ in "oä")
 * isVniChar("ộ"); // false
 * ```
 */
export function isVniChar(ch: string): boolean {
  return VNI_SAME.has(ch) || VNI_CHARS.has(ch);
}
const VNI_CHARS = new Set([...VNI_DECODE.keys()].flatMap((k) => [...k]).filter((c) => c.charCodeAt(0) >= 0x80));
/** The second characters of two-character spellings (the marks), both cases. */
const VNI_MARKS = new Set([...VNI_DECODE.keys()].filter((k) => k.length === 2).flatMap((k) => [k[1]!, k[1]!.toLowerCase(), k[1]!.toUpperCase()]));

function lookup(base: string, mark: string): string | undefined {
  const exact = VNI_DECODE.get(base + mark);
  if (exact !== undefined) return exact;
  // upper-case base with a lower-case mark or the reverse ("Aù" for "Á"): the base decides the case
  const isUpper = base !== base.toLowerCase();
  const found = VNI_DECODE.get(base.toLowerCase() + mark.toLowerCase());
  return found === undefined ? undefined : isUpper ? found.toUpperCase() : found;
}

/**
 * Decodes one word of VNI text, or returns null when the word holds a character VNI text cannot
 * (a Unicode Vietnamese letter, or a VNI mark that follows no vowel).
 *
 * @example
 * ```ts
 * decodeVniWord("Hoäi"); // "Hội"
 * decodeVniWord("ñöôøng"); // "đường"
 * decodeVniWord("Hội"); // null
 * ```
 */
export function decodeVniWord(word: string): string | null {
  let out = "";
  let mapped = false;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    const next = word[i + 1];
    if (next !== undefined && VNI_MARKS.has(next)) {
      const two = lookup(ch, next);
      if (two !== undefined) {
        out += two;
        mapped = true;
        i++;
        continue;
      }
    }
    if (ch.charCodeAt(0) < 0x80) {
      out += ch;
      continue;
    }
    const one = VNI_DECODE.get(ch);
    if (one !== undefined) {
      out += one;
      mapped = true;
    } else if (VNI_SAME.has(ch)) out += ch;
    else return null;
  }
  return mapped ? out : word;
}
