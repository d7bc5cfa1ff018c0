/**
 * UTF-8 bytes that were read as Windows-1252 (or Latin-1) and saved again: "Há»™i nghá»‹" -> "Hội nghị".
 * Each character is turned back into its byte and only complete, valid UTF-8 sequences that decode to
 * a character Vietnamese text uses are replaced; everything else is left as it is.
 */
import { BYTE_OF_CHAR } from "./tables.js";

/**
 * The byte a character stands for in byte-as-character text (Windows-1252 or Latin-1 reading), or -1.
 *
 * @example
 * ```ts
 * byteOf("€".charCodeAt(0)); // 0x80
 * byteOf("Ã".charCodeAt(0)); // 0xc3
 * byteOf("ộ".charCodeAt(0)); // -1
 * ```
 */
export function byteOf(c: number): number {
  return c < BYTE_OF_CHAR.length ? BYTE_OF_CHAR[c]! : -1;
}

function isCont(c: number): boolean {
  const b = byteOf(c);
  return b >= 0x80 && b <= 0xbf;
}

/**
 * Code points a repaired sequence may produce: what Vietnamese pages hold (Latin-1, Latin Extended-A,
 * Ơ ơ Ư ư, the combining marks Vietnamese uses, U+1EA0-U+1EF9, general punctuation, ₫ € ™, BOM, emoji,
 * and the rest of Windows-1252's characters so that mojibake of mojibake peels off one layer at a time).
 * Narrow on purpose: a clean "XÃ”" must not read as "XÔ" through some exotic code point.
 */
function allowed(cp: number): boolean {
  if (cp < 0x250) return cp >= 0xa0 && (cp <= 0x17f || cp === 0x1a0 || cp === 0x1a1 || cp === 0x1af || cp === 0x1b0 || cp === 0x192);
  if (cp === 0x2c6 || cp === 0x2dc) return true; // ˆ ˜ of Windows-1252, for mojibake of mojibake
  if (cp < 0x2000) return (cp >= 0x1ea0 && cp <= 0x1ef9) || cp === 0x300 || cp === 0x301 || cp === 0x302 || cp === 0x303 || cp === 0x306 || cp === 0x309 || cp === 0x31b || cp === 0x323;
  return cp <= 0x206f || cp === 0x20ab || cp === 0x20ac || cp === 0x2122 || cp === 0xfeff || (cp >= 0x1f300 && cp <= 0x1faff) || (cp >= 0x2600 && cp <= 0x27bf);
}

/** Characters that also stand in clean text right after a letter: a sequence made of a Vietnamese letter and these is weak evidence. */
const CLEAN_FOLLOWERS = new Set([0x2018, 0x2019, 0x201c, 0x201d, 0x2013, 0x2014, 0x2026, 0x2022, 0xa0, 0xab, 0xbb, 0xb7, 0xb0]);
const VIETNAMESE_LEADS = new Set([..."ÂÃÈÉÊÌÍÒÓÔÕÙÚàáâãèéêìíòóôõùú"].map((c) => c.charCodeAt(0)));

function isWeak(s: string, i: number, len: number): boolean {
  if (!VIETNAMESE_LEADS.has(s.charCodeAt(i))) return false;
  for (let k = 1; k < len; k++) if (!CLEAN_FOLLOWERS.has(s.charCodeAt(i + k))) return false;
  return true;
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
 * Replaces every mojibake sequence in `s`; returns the text, how many sequences were replaced, and how
 * many of them are strong evidence (not a Vietnamese letter followed by quotes, dashes or a no-break space
 * that clean text could hold: "XÃ”" is weak, "á»™" and "Ä‘" are strong).
 *
 * @example
 * ```ts
 * fixMojibake("Há»™i nghá»‹"); // { text: "Hội nghị", count: 2, strong: 2 }
 * fixMojibake("Café"); // { text: "Café", count: 0, strong: 0 }
 * ```
 */
export function fixMojibake(s: string): { text: string; count: number; strong: number } {
  let out = "";
  let count = 0;
  let strong = 0;
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const hit = utf8At(s, i);
    if (!hit) continue;
    out += s.slice(last, i) + String.fromCodePoint(hit[0]);
    count++;
    if (!isWeak(s, i, hit[1])) strong++;
    i += hit[1] - 1;
    last = i + 1;
  }
  return count ? { text: out + s.slice(last), count, strong } : { text: s, count, strong };
}
