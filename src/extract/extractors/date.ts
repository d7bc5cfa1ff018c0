/**
 * Event date, part of day and clock time; posting dates.
 *
 * The shape of chrono-node with our own small grammar (src/extract/dates/):
 *   parsers (date cores) -> attachContext (part of day, weekday, clock, "ngày", "(tối thứ năm)")
 *   -> dropContained -> mergeRanges -> judgeCandidate (years, calendar, traps) -> pickEventDate.
 */
import type { EventDate } from "../../schema.js";
import type { ExtractContext } from "../context.js";
import { yearMonthOf } from "../dates/calendar.js";
import { parseAtoms } from "../dates/parsers.js";
import { attachContext, dropContained, mergeRanges, type DateCandidate } from "../dates/refiners.js";
import { judgeCandidate, spanOf, type JudgedDate } from "../dates/judge.js";
import { alternation } from "../dates/patterns.js";
import { VAGUE_TIME_CUES, VAGUE_TIME_EXCEPTIONS } from "../lexicon/dates.js";

export { parsePostingDate, looksLikePostingLine, type PostingDate } from "../dates/posting.js";

/**
 * Every date phrase of the text, judged: resolved ISO strings, traps and soft signs, in text order.
 * Exposed for tests and for tools that want more than the one event date.
 *
 * @example
 * ```ts
 * const all = findDates(ctx);
 * all.filter((d) => d.traps.length === 0).map((d) => d.iso);
 * ```
 */
export function findDates(ctx: ExtractContext): JudgedDate[] {
  const text = ctx.text;
  const posted = yearMonthOf(ctx.publishedAt?.iso);
  const candidates = parseAtoms(text)
    .map((a) => attachContext(text, a))
    .filter((c): c is DateCandidate => c !== null);
  const merged = mergeRanges(text, dropContained(candidates));
  return merged.map((c) => judgeCandidate(ctx, c, posted)).filter((j): j is JudgedDate => j !== null);
}

const VAGUE = new RegExp(
  `(?<![\\p{L}])(?<!(?:${VAGUE_TIME_EXCEPTIONS.join("|")})\\s)${alternation(VAGUE_TIME_CUES)}(?![\\p{L}])`,
  "iu",
);

/**
 * The event date among judged dates: the first in text order of the best tier (body prose, then
 * captions and headings, then month-only dates) with no trap and no soft sign; failing that, a
 * date introduced as "the same day" ("Cũng trong ngày 10/01"), which still dates the event.
 *
 * @example
 * ```ts
 * pickEventDate(findDates(ctx))?.iso;
 * ```
 */
export function pickEventDate(judged: readonly JudgedDate[]): JudgedDate | null {
  const firstOfBestTier = (ok: (j: JudgedDate) => boolean): JudgedDate | null => {
    let best: JudgedDate | null = null;
    for (const j of judged) if (ok(j) && (!best || j.tier < best.tier)) best = j;
    return best;
  };
  const clean = (j: JudgedDate) => j.traps.length === 0 && j.soft.length === 0;
  const sameDay = (j: JudgedDate) => j.traps.length === 0 && j.soft.every((s) => s === "same-day-event");
  return firstOfBestTier(clean) ?? firstOfBestTier(sameDay);
}

/**
 * Reads when the event happened: the date (or range) with its part of day and clock time, the
 * year from the posting date when the body omits it, never a posting line, a document date, an
 * award batch or an anniversary range. Null when the article gives no date ("vừa qua").
 *
 * @example
 * ```ts
 * const text = "Chiều ngày 07/01/2021 tại hội trường UBND phường Tân Giang đã diễn ra hội nghị.";
 * extractEventDate({ text, blocks: [{ start: 0, end: text.length, kind: "paragraph" }], sentences: [{ start: 0, end: text.length }], title: null, publishedAt: null });
 * // { iso: "2021-01-07", endIso: null, partOfDay: "chiều", time: null, yearInferred: false, span: { start: 0, end: 21 } }
 * ```
 */
export function extractEventDate(ctx: ExtractContext): EventDate | null {
  const best = pickEventDate(findDates(ctx));
  if (!best) return null;
  const vague = VAGUE.exec(ctx.text);
  if (vague && vague.index < best.candidate.spanStart) {
    const between = ctx.text.slice(vague.index, best.candidate.spanStart);
    if (/[.!?]\s|\n/u.test(between)) return null;
  }
  const c = best.candidate;
  return {
    iso: best.iso,
    endIso: best.endIso,
    partOfDay: c.partOfDay,
    time: c.time,
    yearInferred: best.yearInferred,
    span: spanOf(best),
  };
}
