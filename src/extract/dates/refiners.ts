/**
 * Refiners over date cores: attach the words around a core (part of day, weekday, clock time,
 * "ngày", "Từ"/"đến", "(tối thứ năm)"), drop cores that needed a cue and have none, merge
 * "A đến B" into ranges, and drop cores inside longer ones. Pure functions; nothing is mutated.
 */
import type { PartOfDay } from "../../schema.js";
import type { DateAtom } from "./parsers.js";
import { MONTH_LEAD } from "./parsers.js";
import {
  DAY_NUMBER_PREFIX,
  DAY_WORD,
  PART_OF_DAY,
  RANGE_END,
  RANGE_START,
  TODAY,
  WEEKDAY,
  alternation,
  clockFromGroups,
  clockPattern,
} from "./patterns.js";
import {
  ORDINAL_HEADS,
  PART_OF_DAY_COMPOUND_HEADS,
  PART_OF_DAY_WORDS,
  TIME_LEAD_WORDS,
  TIME_RANGE_WORDS,
  TODAY_ALONE_WORDS,
  WEEKDAYS,
} from "../lexicon/dates.js";
const TODAY_ALONE = alternation(TODAY_ALONE_WORDS);
const TIME_RANGE = alternation(TIME_RANGE_WORDS);

/** A date core with the words around it. `start`/`end` of the atom stay the core; `spanStart`/`spanEnd` cover the phrase. */
export interface DateCandidate extends DateAtom {
  readonly spanStart: number;
  readonly spanEnd: number;
  readonly partOfDay: PartOfDay | null;
  readonly time: string | null;
  /** 2 (Monday) ... 8 (Sunday) when a weekday is written. */
  readonly weekday: number | null;
  /** "ngày"/"hôm" written right before the core. */
  readonly dayWord: boolean;
  /** "từ" (from) or "đến"/"tới" (until) right before the core. */
  readonly rangeWord: "từ" | "đến" | null;
  /** The core stands in parentheses after a part of day ("Sáng nay (11/7)"). */
  readonly parenAfterPartOfDay: boolean;
  /** True for a range merged from two dates ("Từ ngày 07/01/2026 đến ngày 09/01/2026"). */
  readonly merged: boolean;
}

/** How far before a core the prefix may reach, in UTF-16 units (bounds the backward match). */
const PREFIX_WINDOW = 100;
const SUFFIX_WINDOW = 80;

const CLOCK_LEAD = `(?:${alternation(TIME_LEAD_WORDS)}\\s{1,3})?`;
const NOT_COMPOUND = `(?<!${alternation(PART_OF_DAY_COMPOUND_HEADS)}\\s{1,3})`;
const NOT_ORDINAL = `(?<!${alternation(ORDINAL_HEADS)}\\s{1,3})`;
/** Same-line spacing (a clock on a posting line must not reach a part of day on the next line). */
const INLINE = "[ \\t\\u00a0,]{1,4}";

const PREFIX = new RegExp(
  "(?<![\\p{L}\\p{N}])" +
    `(?:${NOT_COMPOUND}(?<pod>(?:buổi\\s{1,3})?${PART_OF_DAY})(?:\\s{1,3}${TODAY})?(?![\\p{L}])[\\s,]{0,4})?` +
    `(?:(?<today>${TODAY_ALONE})[\\s,]{0,4})?` +
    `(?:${NOT_ORDINAL}(?<wd>${WEEKDAY})[\\s,]{0,4})?` +
    `(?:${CLOCK_LEAD}(?<clock>${clockPattern("p")})(?:\\s{0,3}${TIME_RANGE}\\s{0,3}${clockPattern("q")})?(?:${INLINE}(?<pod2>${PART_OF_DAY})(?![\\p{L}])(?:\\s{1,3}${TODAY})?)?[\\s,]{0,4})?` +
    `(?:(?<from>${RANGE_START})\\s{1,3}|(?<until>${RANGE_END})\\s{1,3})?` +
    `(?<ngay>(?:${DAY_WORD}\\s{1,3}){1,2}(?:${DAY_NUMBER_PREFIX}\\s{1,3})?)?` +
    "(?<paren>\\(\\s{0,2})?$",
  "diu",
);

const SUFFIX = new RegExp(
  `^(?:\\s{0,3}\\(\\s{0,2}(?:(?<spod>${PART_OF_DAY})(?:\\s{1,3}(?<swd>${WEEKDAY}))?|(?<swd2>${WEEKDAY}))\\s{0,2}\\))?` +
    `(?:[\\s,]{0,4}(?:vào\\s{1,3})?(?:lúc|từ|hồi)\\s{1,3}(?<clock>${clockPattern("s")})(?:${INLINE}(?<spod2>${PART_OF_DAY})(?![\\p{L}]))?)?`,
  "iu",
);

const lowerKey = (s: string) => s.toLowerCase().replace(/\s+/g, " ").replace(/^buổi /, "");
const partOfDayOf = (s: string | undefined): PartOfDay | null => (s ? PART_OF_DAY_WORDS[lowerKey(s)] ?? null : null);
const weekdayOf = (s: string | undefined): number | null => (s ? WEEKDAYS[lowerKey(s)] ?? null : null);

/**
 * Reads the words before and after one core and returns the candidate, or null when the core
 * needed a cue word and has none ("3/2" in "tỷ lệ 3/2").
 *
 * @example
 * ```ts
 * const text = "Chiều ngày ngày 28/12/2023, tại ...";
 * const [atom] = parseAtoms(text);
 * attachContext(text, atom!)?.partOfDay; // "chiều"
 * ```
 */
export function attachContext(text: string, atom: DateAtom): DateCandidate | null {
  const winStart = Math.max(0, atom.start - PREFIX_WINDOW);
  const before = text.slice(winStart, atom.start);
  const pm = PREFIX.exec(before);
  // "(" belongs to the phrase only after a part of day ("Sáng nay (11/7)"); any other "(" cuts the
  // date off from the words before it, and the date is judged parenthetical.
  const cut = !!pm?.groups?.paren && !(pm.groups.pod || pm.groups.pod2 || pm.groups.today);
  const g = (cut ? undefined : pm?.groups) ?? {};
  const idx = (cut ? undefined : pm?.indices?.groups) ?? {};
  let partOfDay = partOfDayOf(g.pod) ?? partOfDayOf(g.pod2);
  let time = g.clock ? clockFromGroups(g, "p") : null;
  let weekday = weekdayOf(g.wd);
  const dayWord = !!g.ngay;
  const rangeWord: DateCandidate["rangeWord"] = g.from ? "từ" : g.until ? "đến" : null;
  const paren = !!g.paren;
  const firstGroupStart = ["pod", "today", "wd", "clock", "from", "until", "ngay", "paren"]
    .map((k) => idx[k]?.[0])
    .filter((v): v is number => v !== undefined)
    .reduce((a, b) => Math.min(a, b), before.length);
  const spanStart = winStart + firstGroupStart;

  const cue = !!(g.pod || g.today || g.wd || g.clock || g.from || g.until || g.ngay);
  if (atom.needs === "any" && !cue) return null;
  if (atom.needs === "day-word" && !dayWord) return null;
  if (atom.needs === "month-lead" && !MONTH_LEAD.test(before) && !atSentenceStart(before)) return null;

  let spanEnd = atom.end;
  if (paren) {
    const close = /^\s{0,2}\)/u.exec(text.slice(atom.end, atom.end + 4));
    if (!close) return null;
    spanEnd += close[0].length;
  }
  const sm = SUFFIX.exec(text.slice(spanEnd, spanEnd + SUFFIX_WINDOW));
  const s = sm?.groups ?? {};
  if (sm && sm[0].length > 0 && (s.spod || s.swd || s.swd2 || s.clock)) {
    spanEnd += sm[0].length;
    partOfDay ??= partOfDayOf(s.spod) ?? partOfDayOf(s.spod2);
    weekday ??= weekdayOf(s.swd ?? s.swd2);
    time ??= s.clock ? clockFromGroups(s, "s") : null;
  }
  return {
    ...atom,
    spanStart: atom.needs === "month-lead" ? atom.start : spanStart,
    spanEnd,
    partOfDay,
    time,
    weekday,
    dayWord,
    rangeWord,
    parenAfterPartOfDay: paren,
    merged: false,
  };
}

/** True when `before` ends at the start of a line or sentence (only spaces and quotes after it). */
function atSentenceStart(before: string): boolean {
  return /(?:^|[.!?\n]["”’)]?)[\s"“(]{0,4}$/u.test(before);
}

const RANGE_GAP = /^\s{0,3}(?:[-–—]|đến|tới)?\s{0,3}$/iu;

/**
 * Merges "A đến B", "A – B" into one range candidate: A's start, B's end, part of day and time of A
 * (or B). A takes B's month and year where it lacks them ("Từ ngày 15 đến ngày 18/11/2020").
 *
 * @example
 * ```ts
 * // "Từ ngày 07/01/2026 đến ngày 09/01/2026" -> one candidate from 07/01/2026 to 09/01/2026
 * ```
 */
export function mergeRanges(text: string, cands: readonly DateCandidate[]): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const a = cands[i]!;
    const b = cands[i + 1];
    if (b && !a.last && !b.last && a.first.day !== null && b.first.day !== null && a.spanEnd <= b.spanStart) {
      const gap = text.slice(a.spanEnd, b.spanStart);
      const hasConnector = /[-–—]|đến|tới/iu.test(gap) || b.rangeWord === "đến";
      if (gap.length <= 12 && RANGE_GAP.test(gap) && hasConnector) {
        const year = a.first.year ?? (b.first.year !== null && a.first.month > b.first.month ? b.first.year - 1 : b.first.year);
        out.push({
          ...a,
          rule: `${a.rule}+${b.rule}`,
          end: b.end,
          spanEnd: b.spanEnd,
          first: { ...a.first, year },
          last: b.first,
          partOfDay: a.partOfDay ?? b.partOfDay,
          time: a.time ?? b.time,
          needs: "none",
          merged: true,
        });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/**
 * Drops candidates whose core lies inside another candidate's core (a longer reading wins:
 * "5-8/7/2020" over "8/7/2020"), keeping text order.
 *
 * @example
 * ```ts
 * // [day-list 5-8/7/2020, numeric 8/7/2020] -> [day-list 5-8/7/2020]
 * ```
 */
export function dropContained<T extends { start: number; end: number }>(cands: readonly T[]): T[] {
  // Sweep in order of start (longer first on ties); a candidate is dropped when an earlier-starting
  // kept one reaches at least as far. Linear after the sort.
  const order = cands.map((c, i) => ({ c, i })).sort((a, b) => a.c.start - b.c.start || b.c.end - a.c.end || a.i - b.i);
  const keep = new Set<number>();
  let reach = -1;
  for (const { c, i } of order) {
    if (c.end <= reach) continue;
    keep.add(i);
    reach = c.end;
  }
  return cands.filter((_, i) => keep.has(i));
}
