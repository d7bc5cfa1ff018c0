/**
 * UTF-8 bytes that were read as Windows-1252 (or Latin-1) and saved again: "Há»™i nghá»‹" -> "Hội nghị".
 * Each character is turned back into its byte and only complete, valid UTF-8 sequences that decode to
 * a character Vietnamese text uses are replaced; everything else is left as it is.
 */
import { BYTE_OF_CHAR } from "./tables.js";

/** The byte a character stands for in byte-as-character text, or -1. */
export function byteOf(c: number): number {
  return c < BYTE_OF_CHAR.length ? BYTE_OF_CHAR[c]! : -1;
}

function isCont(c: number): boolean {
  const b = byteOf(c);
  return b >= 0x80 && b <= 0xbf;
}

/** Code points a repaired sequence may produce: Latin, Vietnamese, combining marks, punctuation, symbols, emoji. */
function allowed(cp: number): boolean {
  return (
    (cp >= 0xa0 && cp <= 0x24f) ||
    (cp >= 0x300 && cp <= 0x36f) ||
    (cp >= 0x1e00 && cp <= 0x1eff) ||
    (cp >= 0x2000 && cp <= 0x2bff) ||
    cp === 0xfeff ||
    (cp >= 0x1f000 && cp <= 0x1faff)
  );
}

/**
 * Decodes the UTF-8 sequence starting at `i`, if the characters there are one: returns [code point, length in characters].
 *
 * @example
 * ```ts
 * utf8At("á»™", 0); // [0x1ed9, 3]
 * utf8At("ab", 0); // null
 * ```
 */
export function utf8At(s: string, i: number): [number, number] | null {
  const b0 = byteOf(s.charCodeAt(i));
  if (b0 < 0xc2 || b0 > 0xf4) return null;
  const need = b0 < 0xe0 ? 1 : b0 < 0xf0 ? 2 : 3;
  if (i + need >= s.length) return null;
  let cp = b0 & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
  for (let k = 1; k <= need; k++) {
    const c = s.charCodeAt(i + k);
    if (!isCont(c)) return null;
    cp = (cp << 6) | (byteOf(c) & 0x3f);
  }
  // overlong, surrogate and out-of-range forms are not UTF-8
  if ((need === 2 && cp < 0x800) || (need === 3 && cp < 0x10000) || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return null;
  if (!allowed(cp)) return null;
  return [cp, need + 1];
}

/**
 * Replaces every mojibake sequence in `s`; returns the text and how many sequences were replaced.
 *
 * @example
 * ```ts
 * fixMojibake("Há»™i nghá»‹"); // { text: "Hội nghị", count: 2 }
 * fixMojibake("Café"); // { text: "Café", count: 0 }
 * ```
 */
export function fixMojibake(s: string): { text: string; count: number } {
  let out = "";
  let count = 0;
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const hit = utf8At(s, i);
    if (!hit) continue;
    out += s.slice(last, i) + String.fromCodePoint(hit[0]);
    count++;
    i += hit[1] - 1;
    last = i + 1;
  }
  return count ? { text: out + s.slice(last), count } : { text: s, count };
}
