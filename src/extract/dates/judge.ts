/**
 * Judging date candidates: resolve their years, check them against the calendar, name the traps
 * that make a date "not the event" (document dates, award batches, anniversaries, posting lines,
 * dates in parentheses, lunar dates, other years) and the softer signs (a later event, a plan).
 */
import type { Span } from "../../schema.js";
import type { ExtractContext } from "../context.js";
import { inferYear, isValidDate, toIso, type DateParts, type YearMonth } from "./calendar.js";
import { alternation, endingMatch, WORD_START } from "./patterns.js";
import type { DateCandidate } from "./refiners.js";
import { looksLikePostingLine } from "./posting.js";
import {
  BATCH_WORDS,
  COMMEMORATION_WORDS,
  DOCUMENT_WORDS,
  LUNAR_AFTER_WORDS,
  LUNAR_BEFORE_WORDS,
  NON_EVENT_CUES,
  SAME_DAY_CUES,
  SECOND_EVENT_CUES,
} from "../lexicon/dates.js";

/** Why a candidate can never be the event date. */
export type TrapKind = "posting-line" | "parenthetical" | "document" | "batch" | "commemoration" | "lunar" | "anniversary" | "other-year";
/** Why a candidate is probably not the event date (another event, a plan, a cut-off). */
export type SoftKind = "same-day-event" | "second-event" | "not-event" | "open-until";

/** A candidate with resolved ISO strings and the verdicts on it. */
export interface JudgedDate {
  readonly candidate: DateCandidate;
  readonly iso: string;
  readonly endIso: string | null;
  readonly yearInferred: boolean;
  readonly traps: readonly TrapKind[];
  readonly soft: readonly SoftKind[];
  /** 0: body prose with a day; 1: caption or heading; 2: month only. Lower is preferred. */
  readonly tier: 0 | 1 | 2;
}

interface Resolved {
  first: DateParts;
  last: DateParts | null;
  inferred: boolean;
}

/**
 * Fills the missing years of a candidate from the posting date (see `inferYear`); a range's first
 * day takes the year of its last day. Null when a day is not on the calendar (31/02).
 *
 * @example
 * ```ts
 * // "Chiều 29-12", posted 2024-01-02 -> first 2023-12-29, inferred
 * ```
 */
export function resolveYears(c: DateCandidate, posted: YearMonth | null): Resolved | null {
  let inferred = false;
  let last: DateParts | null = null;
  if (c.last) {
    let year = c.last.year;
    if (year === null) {
      year = inferYear(c.last.month, posted);
      inferred = year !== null;
    }
    last = { ...c.last, year };
  }
  let firstYear = c.first.year;
  if (firstYear === null) {
    if (last && last.year !== null) firstYear = c.first.month > last.month ? last.year - 1 : last.year;
    else {
      firstYear = inferYear(c.first.month, posted);
      inferred ||= firstYear !== null;
    }
  }
  const first = { ...c.first, year: firstYear };
  if (!isValidDate(first) || (last && !isValidDate(last))) return null;
  if (last && first.year !== null && last.year !== null && dayNumber(first) >= dayNumber(last)) return null;
  return { first, last, inferred };
}

/** A sortable day number (year, month, day) for ordering the ends of a range. */
const dayNumber = (p: DateParts) => ((p.year ?? 0) * 13 + p.month) * 32 + (p.day ?? 0);

const LOOKBACK = 80;
const DOC_NUMBER = "(?:\\d[\\p{L}\\d.\\-]{0,20}\\/[\\p{L}\\d.\\-/]{1,30}|số\\s{1,3}[\\p{L}\\d.\\-/…]{1,30})";
/** Look-back patterns: sticky, ending at the date phrase, tried at token starts by `endingMatch`. */
const DOCUMENT_BEFORE = new RegExp(
  `(?:${DOC_NUMBER}[\\s,]{0,4}|${alternation(DOCUMENT_WORDS)}\\s{1,3})(?:(?:ký|ban\\s{1,3}hành)\\s{1,3})?$`,
  "iuy",
);
const BATCH_BEFORE = new RegExp(`${alternation(BATCH_WORDS)}\\s{1,3}$`, "iuy");
const COMMEMORATION_BEFORE = new RegExp(`${alternation(COMMEMORATION_WORDS)}\\s{1,3}(?:\\d{1,3}\\s{1,3}năm\\s{1,3})?$`, "iuy");
const LUNAR_BEFORE = new RegExp(`${alternation(LUNAR_BEFORE_WORDS)}[\\s(]{1,4}$`, "iuy");
const endsWith = (re: RegExp, window: string) => endingMatch(re, window) !== null;
const LUNAR_AFTER = new RegExp(`^[\\s,(]{0,4}${alternation(LUNAR_AFTER_WORDS)}(?![\\p{L}])`, "iu");
const opener = (words: readonly string[]) => new RegExp(`^[\\s"“(\\-–]{0,4}${alternation(words)}(?![\\p{L}])`, "iu");
const SECOND_EVENT_OPENER = opener(SECOND_EVENT_CUES);
const SAME_DAY_OPENER = opener(SAME_DAY_CUES);
const NON_EVENT_BEFORE = new RegExp(`${WORD_START}${alternation(NON_EVENT_CUES)}(?![\\p{L}])`, "iu");

/** The span of a sorted, non-overlapping list that holds `pos` (binary search), else undefined. */
function spanAt<T extends Span>(spans: readonly T[], pos: number): T | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

const LINE_LIMIT = 250;

/** Start of the line holding `pos`, looking back at most LINE_LIMIT units (-1 when the line is longer). */
function lineStartNear(text: string, pos: number): number {
  const from = Math.max(0, pos - LINE_LIMIT);
  const i = text.slice(from, pos).lastIndexOf("\n");
  if (i >= 0) return from + i + 1;
  return from === 0 ? 0 : -1;
}

/** Start of the sentence holding `pos` (from ctx.sentences, else the line), at most 200 units back. */
function sentenceStart(ctx: ExtractContext, pos: number): number {
  const s = spanAt(ctx.sentences, pos);
  return Math.max(s ? s.start : lineStartNear(ctx.text, pos), pos - 200, 0);
}

/** The line holding `pos`, or null when it is longer than LINE_LIMIT either way (prose, not a posting line). */
function lineAround(text: string, pos: number): string | null {
  const a = lineStartNear(text, pos);
  if (a < 0) return null;
  const tail = text.slice(pos, pos + LINE_LIMIT);
  const b = tail.indexOf("\n");
  if (b < 0 && pos + LINE_LIMIT < text.length) return null;
  return text.slice(a, b < 0 ? text.length : pos + b);
}

function blockKind(ctx: ExtractContext, pos: number): "paragraph" | "caption" | "heading" {
  return spanAt(ctx.blocks, pos)?.kind ?? "paragraph";
}

/** True when `pos` is in the first paragraph block (or the first 400 units when there are no blocks). */
function inLead(ctx: ExtractContext, pos: number): boolean {
  const first = ctx.blocks.find((b) => b.kind === "paragraph");
  return first ? pos < first.end : pos < 400;
}

/** True when `pos` sits inside an open parenthesis of the preceding text (bounded look-back). */
function insideParens(text: string, pos: number): boolean {
  const before = text.slice(Math.max(0, pos - LOOKBACK), pos);
  return before.lastIndexOf("(") > before.lastIndexOf(")");
}

/**
 * Names the traps and soft signs of one candidate.
 *
 * @example
 * ```ts
 * // "Quyết định số 596/QĐ-BTV ngày 27/6/2025" -> traps ["document"]
 * ```
 */
export function judgeCandidate(ctx: ExtractContext, c: DateCandidate, posted: YearMonth | null): JudgedDate | null {
  const r = resolveYears(c, posted);
  if (!r) return null;
  const iso = toIso(r.first);
  const endIso = r.last ? toIso(r.last) : null;
  if (!iso) return null;
  const text = ctx.text;
  const traps: TrapKind[] = [];
  const soft: SoftKind[] = [];
  const onlyDayWord = !c.partOfDay && !c.time && c.weekday === null;
  const lead = text.slice(Math.max(0, c.spanStart - LOOKBACK), c.spanStart);

  const line = lineAround(text, c.start);
  if (line !== null && looksLikePostingLine(line)) traps.push("posting-line");
  if (!c.parenAfterPartOfDay && insideParens(text, c.spanStart)) traps.push("parenthetical");
  if (onlyDayWord && endsWith(DOCUMENT_BEFORE, lead)) traps.push("document");
  if (endsWith(BATCH_BEFORE, lead.slice(-12))) traps.push("batch");
  if (onlyDayWord && endsWith(COMMEMORATION_BEFORE, lead.slice(-40))) traps.push("commemoration");
  if (endsWith(LUNAR_BEFORE, lead.slice(-12)) || LUNAR_AFTER.test(text.slice(c.spanEnd, c.spanEnd + 20))) traps.push("lunar");
  if (r.last && r.first.year !== null && r.last.year !== null) {
    const years = r.last.year - r.first.year;
    const sameDay = r.first.month === r.last.month && r.first.day === r.last.day;
    if (years >= 2 || (years >= 1 && sameDay) || years < 0) traps.push("anniversary");
  }
  if (posted && !r.inferred) {
    const written = [c.first.year, c.last?.year].filter((y): y is number => y !== null);
    if (written.some((y) => Math.abs(y - posted.year) > 1)) traps.push("other-year");
  }

  const sentence = text.slice(sentenceStart(ctx, c.spanStart), c.spanStart);
  if (SECOND_EVENT_OPENER.test(sentence)) soft.push("second-event");
  else if (SAME_DAY_OPENER.test(sentence)) soft.push("same-day-event");
  if (NON_EVENT_BEFORE.test(sentence.slice(-LOOKBACK))) soft.push("not-event");
  if (c.rangeWord === "đến" && !c.merged) soft.push("open-until");

  const kind = blockKind(ctx, c.start);
  // A month alone dates the event only in the lead ("Trong tháng 4 năm 2023, Hội ..."); later it is a statistic.
  if (r.first.day === null && !inLead(ctx, c.start)) soft.push("not-event");
  const tier = r.first.day === null ? 2 : kind === "paragraph" ? 0 : 1;
  return { candidate: c, iso, endIso, yearInferred: r.inferred, traps, soft, tier };
}

/**
 * The span of a judged date's phrase (part of day, clock and "ngày" included).
 *
 * @example
 * ```ts
 * // "Chiều ngày 07/01/2021 tại ..." -> { start: 0, end: 21 }
 * ```
 */
export function spanOf(j: JudgedDate): Span {
  return { start: j.candidate.spanStart, end: j.candidate.spanEnd };
}
