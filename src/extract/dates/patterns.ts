/**
 * Regular-expression pieces built from the date lexicon. Every piece is linear: alternations of
 * fixed words, bounded repetitions, and lookbehinds of at most a few characters.
 */
import {
  DAY_NUMBER_PREFIXES,
  DAY_WORDS,
  HOUR_UNITS,
  MINUTE_UNITS,
  PART_OF_DAY_WORDS,
  RANGE_END_WORDS,
  RANGE_START_WORDS,
  TODAY_WORDS,
  WEEKDAYS,
} from "../lexicon/dates.js";

/**
 * Escapes a word for a pattern and lets its inner spaces match any run of whitespace (line breaks included).
 *
 * @example
 * ```ts
 * wordPattern("chủ nhật"); // "chủ\\s{1,4}nhật"
 * ```
 */
export function wordPattern(word: string): string {
  return word
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"))
    .join("\\s{1,4}");
}

/**
 * One alternation of words, longest first so "thứ bảy" wins over "thứ".
 *
 * @example
 * ```ts
 * alternation(["lúc", "vào lúc"]); // "(?:vào\\s{1,4}lúc|lúc)"
 * ```
 */
export function alternation(words: readonly string[]): string {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
  return `(?:${sorted.map(wordPattern).join("|")})`;
}

/** Not inside a word or a number: nothing alphanumeric right before. */
export const WORD_START = "(?<![\\p{L}\\p{N}])";
/** Not followed by a letter or digit. */
export const WORD_END = "(?![\\p{L}\\p{N}])";
/** A number not glued to another number ("77.629", "0236.3822"): no digit, and no digit+separator before. */
export const NUM_START = "(?<![\\p{L}\\d])(?<!\\d[./\\-])";
export const NUM_END = "(?!\\d)(?![./\\-]\\d)";

export const PART_OF_DAY = alternation(Object.keys(PART_OF_DAY_WORDS));
export const TODAY = alternation(TODAY_WORDS);
export const WEEKDAY = `${alternation(Object.keys(WEEKDAYS))}${WORD_END}`;
export const DAY_WORD = alternation(DAY_WORDS);
export const DAY_NUMBER_PREFIX = alternation(DAY_NUMBER_PREFIXES);
export const RANGE_START = alternation(RANGE_START_WORDS);
export const RANGE_END = alternation(RANGE_END_WORDS);
const HOUR_UNIT = alternation(HOUR_UNITS);
const MINUTE_UNIT = alternation(MINUTE_UNITS);

/**
 * A clock time: "14 giờ 30", "14 giờ 30 phút", "19h30’", "8h", "7 giờ", "14:30".
 * Named groups carry `tag` so one regex can hold several clocks: `${tag}h`, `${tag}m` (minutes, optional).
 *
 * @example
 * ```ts
 * new RegExp(clockPattern("t"), "u").exec("lúc 19h30’")?.groups; // { th: "19", tm: "30", ... }
 * ```
 */
export function clockPattern(tag: string): string {
  return `(?<![\\p{L}\\d:])(?:(?<${tag}h>\\d{1,2})\\s{0,2}${HOUR_UNIT}(?:\\s{0,2}(?<${tag}m>\\d{1,2})(?:\\s{0,2}${MINUTE_UNIT})?)?(?![\\p{L}\\d])|(?<${tag}hc>\\d{1,2}):(?<${tag}mc>\\d{2})(?![\\d:]))`;
}

/**
 * Reads the clock groups of {@link clockPattern} into "HH:MM"; null when absent or out of range.
 *
 * @example
 * ```ts
 * clockFromGroups({ th: "8" }, "t"); // "08:00"
 * ```
 */
export function clockFromGroups(groups: Readonly<Record<string, string | undefined>>, tag: string): string | null {
  const h = groups[`${tag}h`] ?? groups[`${tag}hc`];
  if (h === undefined) return null;
  const m = groups[`${tag}m`] ?? groups[`${tag}mc`] ?? "0";
  return formatClock(Number(h), Number(m));
}

/**
 * "HH:MM" for an hour and minute, or null when they are not a clock time.
 *
 * @example
 * ```ts
 * formatClock(7, 5); // "07:05"
 * formatClock(25, 0); // null
 * ```
 */
export function formatClock(hour: number, minute: number): string | null {
  if (!Number.isInteger(hour) || !Number.isInteger(minute) || hour < 0 || hour > 23 || minute < 0 || minute > 59) return null;
  return `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}

/**
 * Fast letter-or-digit test on a UTF-16 code unit: ASCII letters and digits, and everything from
 * U+00C0 up except general punctuation, quotes, dashes and spaces. Good enough for Vietnamese text,
 * and much cheaper than a Unicode property regex per character.
 */
function isWordUnit(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  if (c < 0xc0) return false;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false;
  if (c >= 0x3000 && c <= 0x303f) return false;
  if (c === 0xfeff) return false;
  return true;
}

/**
 * The leftmost match of `sticky` (a regex with the "y" flag whose pattern ends in `$`) that starts
 * at a token start of `window` (a letter, digit or "(" not preceded by a letter or digit) and runs
 * to the end of `window`. Trying token starts only, instead of letting the engine try every offset
 * with a lookbehind, keeps look-back patterns cheap; the window bounds the work. `mayStart`, when given,
 * says which token starts can begin a match at all (a cheap test; the pattern is not tried elsewhere).
 *
 * @example
 * ```ts
 * endingMatch(/(?:sáng|chiều)\s+ngày\s+$/uy, "tổ chức vào sáng ngày ")?.index; // 12
 * endingMatch(/sáng\s+$/uy, "chiếu sáng ", (m) => m.index === 0); // null
 * ```
 */
export function endingMatch(
  sticky: RegExp,
  window: string,
  accept: (m: RegExpExecArray) => boolean = () => true,
  mayStart: ((p: number) => boolean) | null = null,
): RegExpExecArray | null {
  for (let p = 0; p < window.length; p++) {
    const c = window.charCodeAt(p);
    if (c !== 0x28 /* ( */ && (!isWordUnit(c) || (p > 0 && isWordUnit(window.charCodeAt(p - 1))))) continue;
    if (mayStart && !mayStart(p)) continue;
    sticky.lastIndex = p;
    const m = sticky.exec(window);
    if (m && accept(m)) return m;
  }
  return null;
}

/**
 * The word (letters only) that ends right before `pos` in `text`, skipping up to three spaces; lower case.
 *
 * @example
 * ```ts
 * wordBefore("hệ thống chiếu sáng", 15); // "chiếu"
 * ```
 */
export function wordBefore(text: string, pos: number): string {
  let e = pos;
  let spaces = 0;
  while (e > 0 && /\s/u.test(text[e - 1]!) && spaces < 3) {
    e--;
    spaces++;
  }
  let s = e;
  while (s > 0 && e - s < 20 && /[\p{L}\p{M}]/u.test(text[s - 1]!)) s--;
  return text.slice(s, e).toLowerCase();
}
