/**
 * Refiners over date cores: attach the words around a core (part of day, weekday, clock time,
 * "ngày", "Từ"/"đến", "(tối thứ năm)"), drop cores that needed a cue and have none, merge
 * "A đến B" into ranges, and drop cores inside longer ones. Pure functions; nothing is mutated.
 */
import type { PartOfDay } from "../../schema.js";
import type { DateAtom } from "./parsers.js";
import { hasMonthLead } from "./parsers.js";
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
  endingMatch,
  wordBefore,
  clockPattern,
} from "./patterns.js";
import {
  DAY_NUMBER_PREFIXES,
  DAY_WORDS,
  HOUR_UNITS,
  RANGE_END_WORDS,
  RANGE_START_WORDS,
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
const COMPOUND_HEADS: ReadonlySet<string> = new Set(PART_OF_DAY_COMPOUND_HEADS);
const ORDINALS: ReadonlySet<string> = new Set(ORDINAL_HEADS);
/** Same-line spacing (a clock on a posting line must not reach a part of day on the next line). */
const INLINE = "[ \\t\\u00a0,]{1,4}";

/**
 * The words before a date core, matched at a token start and running to the end of the look-back
 * window (see `endingMatch`). All parts are optional; their order is the order they are written in.
 */
const PREFIX = new RegExp(
  `(?:(?<pod>(?:buổi\\s{1,3})?${PART_OF_DAY})(?:\\s{1,3}${TODAY})?(?![\\p{L}])[\\s,]{0,4})?` +
    `(?:(?<today>${TODAY_ALONE})[\\s,]{0,4})?` +
    `(?:(?<wd>${WEEKDAY})[\\s,]{0,4})?` +
    `(?:${CLOCK_LEAD}(?<clock>${clockPattern("p")})(?:\\s{0,3}${TIME_RANGE}\\s{0,3}${clockPattern("q")})?(?:${INLINE}(?<pod2>${PART_OF_DAY})(?![\\p{L}])(?:\\s{1,3}${TODAY})?)?[\\s,]{0,4})?` +
    `(?:(?<from>${RANGE_START})\\s{1,3}|(?<until>${RANGE_END})\\s{1,3})?` +
    `(?<ngay>(?:${DAY_WORD}\\s{1,3}){1,2}(?:${DAY_NUMBER_PREFIX}\\s{1,3})?)?` +
    "(?<paren>\\(\\s{0,2})?$",
  "diuy",
);

/**
 * Last syllables a prefix can end with (before the trailing spaces and commas): the nearest word to
 * the date is always one of these, a digit (a clock), a clock mark or "(". Anything else means no prefix,
 * which spares the full look-back match for most numbers in a text.
 */
const PREFIX_LAST_WORDS: ReadonlySet<string> = new Set(
  [
    ...Object.keys(PART_OF_DAY_WORDS),
    ...TODAY_ALONE_WORDS,
    "nay",
    "qua",
    ...Object.keys(WEEKDAYS),
    ...RANGE_START_WORDS,
    ...RANGE_END_WORDS,
    ...DAY_WORDS,
    ...DAY_NUMBER_PREFIXES,
    ...HOUR_UNITS,
    "phút",
  ].map((w) => w.split(" ").pop()!),
);
const PREFIX_TAIL = /(?:(?<![\p{L}])([\p{L}]+)|[\d’'′(])[\s,]{0,8}$/u;

/**
 * Words a PREFIX match can start with, lower case, by first character: every group of PREFIX opens with one of
 * these ("buổi" or a part of day, "hôm nay", a weekday, a clock's lead word, "từ"/"đến", "ngày"), a digit (a
 * clock) or "(". A token start without one of them cannot begin a match, so PREFIX is not tried there.
 */
const PREFIX_FIRST_WORDS: ReadonlyMap<string, readonly string[]> = (() => {
  const words = new Set(
    ["buổi", ...Object.keys(PART_OF_DAY_WORDS), ...TODAY_ALONE_WORDS, ...Object.keys(WEEKDAYS), ...TIME_LEAD_WORDS, ...RANGE_START_WORDS, ...RANGE_END_WORDS, ...DAY_WORDS].map(
      (w) => w.trim().split(/\s+/)[0]!.toLowerCase(),
    ),
  );
  const byChar = new Map<string, string[]>();
  for (const w of words) byChar.set(w.charAt(0), [...(byChar.get(w.charAt(0)) ?? []), w]);
  return byChar;
})();

/**
 * Where in `window` a PREFIX match may start (see PREFIX_FIRST_WORDS), or null when lower case cannot tell
 * (it changes the window's length, or the window holds "ſ", which matches "s" case-insensitively).
 */
function prefixStarts(window: string): ((p: number) => boolean) | null {
  const low = window.toLowerCase();
  if (low.length !== window.length || low.includes("ſ")) return null;
  return (p) => {
    const c = low.charCodeAt(p);
    if (c === 0x28 || (c >= 0x30 && c <= 0x39)) return true;
    const words = PREFIX_FIRST_WORDS.get(low.charAt(p));
    if (!words) return false;
    for (const w of words) if (low.startsWith(w, p)) return true;
    return false;
  };
}

/** True when the text before a core ends in a word a prefix can end with (see PREFIX_LAST_WORDS). */
function mayHavePrefix(before: string): boolean {
  const m = PREFIX_TAIL.exec(before.slice(-24));
  if (!m) return false;
  return m[1] === undefined || PREFIX_LAST_WORDS.has(m[1].toLowerCase());
}

/** Rejects a prefix that starts with a compound ("chiếu sáng") or an ordinal ("Kỳ họp thứ 7"). */
function acceptPrefix(window: string, m: RegExpExecArray): boolean {
  const idx = m.indices?.groups ?? {};
  const startsWith = (k: string) => idx[k]?.[0] === m.index;
  if (startsWith("pod") && COMPOUND_HEADS.has(wordBefore(window, m.index))) return false;
  if (startsWith("wd") && ORDINALS.has(wordBefore(window, m.index))) return false;
  return true;
}

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
  const pm = mayHavePrefix(before) ? endingMatch(PREFIX, before, (m) => acceptPrefix(before, m), prefixStarts(before)) : null;
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
  if (atom.needs === "month-lead" && !hasMonthLead(before) && !atSentenceStart(text, atom.start)) return null;

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
  // Fields written out (an object spread followed by more fields is an order of magnitude slower in V8).
  return {
    rule: atom.rule,
    start: atom.start,
    end: atom.end,
    first: atom.first,
    last: atom.last,
    needs: atom.needs,
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

/** True when `pos` starts a line or sentence (only spaces, quotes and "(" between it and ". " / a line break). */
function atSentenceStart(text: string, pos: number): boolean {
  let p = pos;
  while (p > 0 && pos - p < 6 && /[\s"“(]/u.test(text[p - 1]!)) p--;
  if (p === 0) return true;
  const ch = text[p - 1]!;
  return ch === "\n" || ((ch === "." || ch === "!" || ch === "?") && p < pos);
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
          rule: `${a.rule}+${b.rule}`,
          start: a.start,
          end: b.end,
          first: { ...a.first, year },
          last: b.first,
          needs: "none",
          spanStart: a.spanStart,
          spanEnd: b.spanEnd,
          partOfDay: a.partOfDay ?? b.partOfDay,
          time: a.time ?? b.time,
          weekday: a.weekday,
          dayWord: a.dayWord,
          rangeWord: a.rangeWord,
          parenAfterPartOfDay: a.parenAfterPartOfDay,
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
