/**
 * Counts as written in ward news: digits ("03", "1.043") and Vietnamese number words
 * ("Hai cá nhân", "mười lăm hộ", "hai mươi mốt đoàn viên").
 *
 * Readable data first, then two small pure readers. Number words are only read where the caller
 * knows a count is expected (before a recipient noun), because "năm" is also "year" and "ba" also "third".
 */

/** Units 1-9 and the forms they take after "mươi" ("mốt" 1, "tư" 4, "lăm"/"nhăm" 5). */
export const UNIT_WORDS: Readonly<Record<string, number>> = {
  "một": 1,
  "mốt": 1,
  "hai": 2,
  "ba": 3,
  "bốn": 4,
  "tư": 4,
  "năm": 5,
  "lăm": 5,
  "nhăm": 5,
  "sáu": 6,
  "bảy": 7,
  "bẩy": 7,
  "tám": 8,
  "chín": 9,
};

/** Multipliers and joiners: "mười" 10, "mươi" ×10, "trăm" ×100, "linh"/"lẻ" (zero tens). */
export const SCALE_WORDS = {
  ten: "mười",
  tens: "mươi",
  hundred: "trăm",
  zeroTens: ["linh", "lẻ"],
} as const;

/** Every word that can be part of a spelled-out count, for building patterns. */
export const NUMBER_WORDS: readonly string[] = [
  ...Object.keys(UNIT_WORDS),
  SCALE_WORDS.ten,
  SCALE_WORDS.tens,
  SCALE_WORDS.hundred,
  ...SCALE_WORDS.zeroTens,
];

/** Regex source for a count: digits (zero-padded, "1.043") or one to five number words. */
export const COUNT_SOURCE = `(?:\\d{1,3}(?:\\.\\d{3})+|\\d{1,6}|(?:${NUMBER_WORDS.join("|")})(?:\\s+(?:${NUMBER_WORDS.join("|")})){0,4})`;

/**
 * Reads spelled-out Vietnamese numbers from 1 to 999; null when the words are not a number.
 *
 * @example
 * ```ts
 * parseNumberWords("Hai"); // 2
 * parseNumberWords("mười lăm"); // 15
 * parseNumberWords("hai mươi mốt"); // 21
 * parseNumberWords("một trăm linh năm"); // 105
 * parseNumberWords("hội"); // null
 * ```
 */
export function parseNumberWords(words: string): number | null {
  const parts = words.toLowerCase().trim().split(/\s+/).filter(Boolean);
  if (!parts.length) return null;
  let i = 0;
  let total = 0;
  const unit = (w: string | undefined): number | undefined => (w === undefined ? undefined : UNIT_WORDS[w]);
  // hundreds
  if (unit(parts[0]) !== undefined && parts[1] === SCALE_WORDS.hundred) {
    total += unit(parts[0])! * 100;
    i = 2;
    if ((SCALE_WORDS.zeroTens as readonly string[]).includes(parts[i] ?? "")) {
      const u = unit(parts[i + 1]);
      if (u === undefined) return null;
      return i + 2 === parts.length ? total + u : null;
    }
  }
  // tens
  if (parts[i] === SCALE_WORDS.ten) {
    total += 10;
    i++;
  } else if (unit(parts[i]) !== undefined && parts[i + 1] === SCALE_WORDS.tens) {
    total += unit(parts[i])! * 10;
    i += 2;
  }
  // units
  if (i < parts.length) {
    const u = unit(parts[i]);
    if (u === undefined) return null;
    total += u;
    i++;
  }
  return i === parts.length && total > 0 ? total : null;
}

/**
 * Reads a written count: digits (leading zeros and "." thousands allowed) or number words.
 *
 * @example
 * ```ts
 * parseCount("03"); // 3
 * parseCount("1.043"); // 1043
 * parseCount("Hai"); // 2
 * parseCount("các"); // null
 * ```
 */
export function parseCount(written: string): number | null {
  const s = written.trim();
  if (/^\d{1,3}(?:\.\d{3})+$/.test(s)) return Number(s.replace(/\./g, ""));
  if (/^\d{1,6}$/.test(s)) return Number(s);
  return parseNumberWords(s);
}
