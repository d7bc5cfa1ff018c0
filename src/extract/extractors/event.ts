/**
 * The event frame: what kind of event (type), where (venue) and who organized it (organizer).
 *
 * Shape (after chrono-node): small readers propose candidates with a span and the rule that produced
 * them; the frame keeps the best. Everything is read from the event's own sentence, the one that says
 * "X tổ chức hội nghị ..." or "đã diễn ra hội nghị ...", not from later mentions; the headline is
 * the fallback for the type.
 */
import type { Event, Span, TextSpan } from "../../schema.js";
import type { ExtractContext } from "../context.js";
import {
  ADDRESS_WORDS,
  EVENT_CUES,
  EVENT_TYPES,
  LEADING_TIME_WORDS,
  ORGANIZATION_HEADS,
  PLACE_WORDS,
  SUBJECT_TRAILING_ADVERBS,
  VENUE_BLOCKING_VERBS,
  VENUE_HEADS,
  VENUE_STOPS,
} from "../lexicon/events.js";
import { bounded, closingParen, phraseScanner, phraseSource, sentenceUnits, trailingMatchLength, trimSpan, type Unit } from "./event-text.js";

/** A proposal from one reader: a value, where it was read, and which rule read it. */
export interface Candidate<T> {
  value: T;
  span: Span;
  rule: string;
}

type Frame = Pick<Event, "type" | "typeSpan" | "venue" | "organizer">;

/** How many of the article's first sentences may hold the event sentence. */
const EVENT_SENTENCE_WINDOW = 12;
/** Longest venue read, in characters. */
const MAX_VENUE = 220;

const TYPE_BY_PHRASE = new Map<string, string>();
for (const e of EVENT_TYPES) for (const p of e.phrases) TYPE_BY_PHRASE.set(p.toLowerCase(), e.type);
/** Every event-type phrase between word boundaries, case-insensitive; tried only where a type's first words stand. */
const scanTypes = phraseScanner(EVENT_TYPES.flatMap((e) => e.phrases), bounded, "iu");
const CUE_RE = new RegExp(bounded(phraseSource(EVENT_CUES)), "gu");
const TAI_RE = /(?<![\p{L}\p{N}])[Tt]ại(?![\p{L}\p{N}])\s+/gu;
const STRONG_HEAD_RE = new RegExp(`^(?:(?:các|những)\\s+)?${bounded(phraseSource(VENUE_HEADS.strong))}`, "iu");
const WEAK_HEAD_RE = new RegExp(`^(?:(?:các|những)\\s+)?${bounded(phraseSource(VENUE_HEADS.weak))}`, "iu");
const BLOCKING_RE = new RegExp(`${bounded(phraseSource(VENUE_BLOCKING_VERBS))}\\s*$`, "iu");
const ADDRESS_RE = new RegExp(`^${phraseSource(ADDRESS_WORDS)}(?![\\p{L}])`, "iu");
const STOP_RE = new RegExp(`${phraseSource(VENUE_STOPS)}(?![\\p{L}\\p{N}])`, "uy");
const DATE_START_RE = /(?:(?:ngày|sáng|chiều|tối|trưa)\s+(?:ngày\s+)?\d|\d{1,2}\s*[/\-.]\s*\d{1,2}(?![\d]))/uy;
const placeAlternatives = PLACE_WORDS.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]);
const SUBJECT_AFTER_PLACE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${placeAlternatives.join("|")})\\s+(?:(?:\\p{Lu}\\p{L}*|\\d+)\\s+){1,4}(?=${phraseSource(ORGANIZATION_HEADS)}(?![\\p{L}\\p{N}]))`,
  "gu",
);
const LEADING_TIME_RE = new RegExp(
  `^(?:(?:${LEADING_TIME_WORDS.join("|")})\\s+){0,3}(?:\\d{1,2}\\s*[/\\-.]\\s*\\d{1,2}(?:\\s*[/\\-.]\\s*\\d{2,4})?)?\\s*(?:,\\s*)?`,
  "iu",
);
const TRAILING_ADVERB_RE = new RegExp(`(?:\\s+${phraseSource(SUBJECT_TRAILING_ADVERBS)})+\\s*$`, "u");
const ORGANIZER_START_RE = new RegExp(`^(?:${phraseSource(ORGANIZATION_HEADS)}|${placeAlternatives.join("|")}|\\p{Lu})`, "u");

/** Normal form of a matched phrase: lower case, single spaces. */
const normalForm = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();

/**
 * Event-type candidates in a stretch of text, earliest first (the longest phrase wins at a position).
 *
 * @example
 * ```ts
 * typeCandidates("UBND phường tổ chức Hội nghị tổng kết công tác năm 2023", 0)[0]?.value; // "hội nghị tổng kết"
 * ```
 */
export function typeCandidates(text: string, offset: number): Candidate<string>[] {
  const out: Candidate<string>[] = [];
  for (const m of scanTypes(text)) {
    const type = TYPE_BY_PHRASE.get(normalForm(m[0]));
    if (type) out.push({ value: type, span: { start: offset + m.index, end: offset + m.index + m[0].length }, rule: "type:lexicon" });
  }
  return out;
}

/** First main-verb cue in a sentence ("tổ chức", "diễn ra"), as an offset into the sentence. */
function firstCue(sentence: string): number {
  CUE_RE.lastIndex = 0;
  const m = CUE_RE.exec(sentence);
  return m ? m.index : -1;
}

/** A written date or time ("28/12/2023", "16-2", "21.1", "ngày 02 tháng 02", "14 giờ 30", "19h30"). */
const DATED_RE = /\d{1,2}\s*[/\-.]\s*\d{1,2}(?!\d)|(?<![\p{L}])ngày\s+\d|\d{1,2}\s*(?:giờ|h)(?![\p{L}])/iu;

/**
 * The event's own sentence among the first sentences of the body: one with a type phrase, a main-verb
 * cue and a date beats one with a type and a cue (a headline glued into the body has no date), which
 * beats one with a type only.
 */
function findEventUnit(ctx: ExtractContext, units: readonly Unit[]): Unit | null {
  const body = units.filter((u) => u.kind === "paragraph").slice(0, EVENT_SENTENCE_WINDOW);
  let typedWithCue: Unit | null = null;
  let typed: Unit | null = null;
  for (const u of body) {
    const s = ctx.text.slice(u.start, u.end);
    if (!typeCandidates(s, 0).length) continue;
    const cue = firstCue(s) >= 0;
    if (cue && DATED_RE.test(s)) return u;
    if (cue && !typedWithCue) typedWithCue = u;
    if (!typed) typed = u;
  }
  return typedWithCue ?? typed;
}

/** The event type of the event sentence: the first type after its main verb, else the first at all. */
function pickType(ctx: ExtractContext, unit: Unit): Candidate<string> | null {
  const s = ctx.text.slice(unit.start, unit.end);
  const types = typeCandidates(s, unit.start);
  if (!types.length) return null;
  const cue = firstCue(s);
  return (cue >= 0 ? types.find((t) => t.span.start >= unit.start + cue) : undefined) ?? types[0]!;
}

/**
 * Reads a venue starting right after "tại " at `start`, up to the main verb, a time, a clause that is
 * not an address, or the sentence end. Parentheses (addresses) are kept whole. Null when what follows
 * "tại" is not a place.
 *
 * @example
 * ```ts
 * const t = "Chiều 16/04, tại Phòng họp tầng 2, trụ sở Đảng ủy – HĐND xã Tân Tiến, Thường trực HĐND xã tổ chức hội nghị.";
 * const v = readVenue(t, t.indexOf("Phòng"), t.length);
 * v && t.slice(v.span.start, v.span.end); // "Phòng họp tầng 2, trụ sở Đảng ủy – HĐND xã Tân Tiến"
 * ```
 */
export function readVenue(text: string, start: number, sentenceEnd: number): Candidate<string> | null {
  const head = text.slice(start, Math.min(sentenceEnd, start + 60));
  const strong = STRONG_HEAD_RE.test(head);
  if (!strong && !WEAK_HEAD_RE.test(head)) return null;
  const limit = Math.min(sentenceEnd, start + MAX_VENUE);
  let end = limit;
  for (let i = start; i < limit; i++) {
    const c = text[i]!;
    if (c === "(") {
      const close = closingParen(text, i);
      if (close > 0 && close < limit) {
        i = close;
        continue;
      }
      end = i;
      break;
    }
    if (c === ";" || c === "\n" && text[i + 1] === "\n") {
      end = i;
      break;
    }
    if (c === "." && (i + 1 >= limit || /\s/u.test(text[i + 1]!)) && !/(?:^|\s)(?:TP|Tp|P|Q|TX|TT)$/u.test(text.slice(Math.max(start, i - 4), i))) {
      end = i;
      break;
    }
    if (c === ",") {
      if (!continuesAddress(text, i + 1, limit)) {
        end = i;
        break;
      }
      continue;
    }
    if (i > start && /\s/u.test(text[i - 1]!)) {
      STOP_RE.lastIndex = i;
      DATE_START_RE.lastIndex = i;
      if (STOP_RE.test(text) || DATE_START_RE.test(text)) {
        end = i;
        break;
      }
    }
  }
  end = cutSubjectAfterPlace(text, start, end);
  const span = trimSpan(text, start, end, ",.;:–-");
  if (span.end <= span.start) return null;
  return { value: text.slice(span.start, span.end), span, rule: strong ? "venue:tai-strong" : "venue:tai-weak" };
}

/** After a comma: does the venue go on (an address such as "trụ sở ...", "xã ...") or does a new clause start? */
function continuesAddress(text: string, from: number, limit: number): boolean {
  let s = from;
  while (s < limit && /\s/u.test(text[s]!)) s++;
  if (!ADDRESS_RE.test(text.slice(s, Math.min(limit, s + 20)))) return false;
  // an address segment holds no main verb; a segment that does is the subject's clause
  let e = s;
  while (e < limit && text[e] !== ",") e++;
  const segment = text.slice(s, e);
  CUE_RE.lastIndex = 0;
  return !CUE_RE.test(segment) && !/(?<![\p{L}])đã(?![\p{L}])/u.test(segment);
}

/** "Hội trường UBND phường Trần Lãm UBND phường ...": the subject starts at the second body name. */
function cutSubjectAfterPlace(text: string, start: number, end: number): number {
  const slice = text.slice(start, end);
  SUBJECT_AFTER_PLACE_RE.lastIndex = 0;
  const m = SUBJECT_AFTER_PLACE_RE.exec(slice);
  return m ? start + m.index + m[0].length : end;
}

/**
 * Venue candidates of one sentence: every "tại" followed by a place, except where a verb makes it
 * someone's act ("phát biểu tại ...").
 *
 * @example
 * ```ts
 * const t = "Sáng 5/7, tại hội trường UBND xã đã diễn ra hội nghị.";
 * venueCandidates(t, { start: 0, end: t.length })[0]?.value; // "hội trường UBND xã"
 * ```
 */
export function venueCandidates(text: string, unit: Span): Candidate<string>[] {
  const out: Candidate<string>[] = [];
  const sentence = text.slice(unit.start, unit.end);
  TAI_RE.lastIndex = 0;
  for (const m of sentence.matchAll(TAI_RE)) {
    const before = sentence.slice(Math.max(0, m.index - 30), m.index);
    if (BLOCKING_RE.test(before)) continue;
    const c = readVenue(text, unit.start + m.index + m[0].length, unit.end);
    if (c) out.push(c);
  }
  return out;
}

/** The event's venue: in the event sentence, else in a following sentence about the same event. */
function pickVenue(ctx: ExtractContext, units: readonly Unit[], eventUnit: Unit): Candidate<string> | null {
  const i = units.indexOf(eventUnit);
  const pool: Candidate<string>[][] = [venueCandidates(ctx.text, eventUnit)];
  for (const u of units.slice(i + 1, i + 3)) {
    if (u.kind !== "paragraph" || u.block !== eventUnit.block) break;
    const s = ctx.text.slice(u.start, u.end);
    const aboutEvent = firstCue(s) >= 0 || typeCandidates(s.slice(0, 30), 0).some((t) => t.span.start === 0);
    if (aboutEvent) pool.push(venueCandidates(ctx.text, u));
  }
  for (const cands of pool) {
    const best = cands.find((c) => c.rule === "venue:tai-strong") ?? cands[0];
    if (best) return best;
  }
  return null;
}

/**
 * Reads the organizer: the subject of the event sentence's main verb ("Ban Thường trực Ủy ban MTTQ
 * Việt Nam phường tổ chức ..."), or "của X" after the type when the sentence says "đã diễn ra".
 *
 * @example
 * ```ts
 * const t = "Chiều 29-12, UBND phường Đông Ngàn (thành phố Từ Sơn) tổ chức hội nghị tổng kết.";
 * organizerCandidate(t, { start: 0, end: t.length }, null, null)?.value; // "UBND phường Đông Ngàn (thành phố Từ Sơn)"
 * ```
 */
export function organizerCandidate(text: string, unit: Span, venue: Span | null, type: Span | null): Candidate<string> | null {
  const sentence = text.slice(unit.start, unit.end);
  const verb = /(?<![\p{L}])tổ chức(?![\p{L}])/u.exec(sentence);
  if (verb) {
    let regionStart = unit.start;
    const verbAt = unit.start + verb.index;
    if (venue && venue.end <= verbAt && venue.start >= unit.start) regionStart = venue.end;
    const c = subjectBefore(text, regionStart, verbAt);
    if (c) return c;
  }
  if (type && /diễn ra/u.test(sentence)) {
    const after = text.slice(type.end, unit.end);
    const m = /^[^,.;]{0,80}?(?<![\p{L}])của\s+(?=\S)([^,.;]{1,80}?)(?=\s{1,10}(?:năm|nhiệm kỳ|giai đoạn|trong|khóa)(?![\p{L}])|[,.;]|$)/u.exec(after);
    if (m?.[1]) {
      const s = type.end + m.index + m[0].length - m[1].length;
      const span = trimSpan(text, s, s + m[1].length);
      if (span.end > span.start) return { value: text.slice(span.start, span.end), span, rule: "organizer:cua-after-type" };
    }
  }
  return null;
}

/** The subject right before a verb: the last comma-free stretch, widened over a comma inside an address. */
function subjectBefore(text: string, regionStart: number, verbAt: number): Candidate<string> | null {
  const region = text.slice(regionStart, verbAt);
  // commas outside parentheses
  const commas: number[] = [];
  let depth = 0;
  for (let i = 0; i < region.length; i++) {
    const c = region[i];
    if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    else if (c === "," && depth === 0) commas.push(i);
  }
  let k = commas.length - 1;
  let from = k >= 0 ? commas[k]! + 1 : 0;
  while (k >= 0 && /^\s*(?:phường|xã|thị trấn|quận|huyện|thị xã|thành phố|tỉnh|nhiệm kỳ|khóa|TP\.?)(?![\p{L}])/iu.test(region.slice(from))) {
    k--;
    from = k >= 0 ? commas[k]! + 1 : 0;
  }
  let s = regionStart + from;
  while (s < verbAt && /\s/u.test(text[s]!)) s++;
  let rest = text.slice(s, verbAt);
  const lead = LEADING_TIME_RE.exec(rest);
  if (lead && lead[0].length) {
    s += lead[0].length;
    rest = rest.slice(lead[0].length);
  }
  const e = s + rest.length - trailingMatchLength(TRAILING_ADVERB_RE, rest);
  const span = trimSpan(text, s, e, ",;:–-");
  const value = text.slice(span.start, span.end);
  if (!value || value.length > 140 || /^[Tt]ại(?![\p{L}])/u.test(value) || !ORGANIZER_START_RE.test(value)) return null;
  return { value, span, rule: "organizer:subject" };
}

const asTextSpan = (c: Candidate<string> | null): TextSpan | null => (c ? { text: c.value, span: c.span } : null);

/**
 * Event type, venue and organizer of an article.
 *
 * @example
 * ```ts
 * const text = "Chiều ngày 07/01/2021 tại hội trường UBND phường Tân Giang đã diễn ra hội nghị tổng kết công tác của UBMTTQ và các đoàn thể năm 2020.";
 * const f = extractEventFrame({ text, title: null, publishedAt: null,
 *   blocks: [{ start: 0, end: text.length, kind: "paragraph" }], sentences: [{ start: 0, end: text.length }] });
 * f.type; // "hội nghị tổng kết"
 * f.venue?.text; // "hội trường UBND phường Tân Giang"
 * f.organizer?.text; // "UBMTTQ và các đoàn thể"
 * ```
 */
export function extractEventFrame(ctx: ExtractContext): Frame {
  const units = sentenceUnits(ctx);
  const eventUnit = findEventUnit(ctx, units);
  let type: Candidate<string> | null = eventUnit ? pickType(ctx, eventUnit) : null;
  let typeFromTitle: string | null = null;
  if (!type && ctx.title) typeFromTitle = typeCandidates(ctx.title, 0)[0]?.value ?? null;
  const venue = eventUnit ? pickVenue(ctx, units, eventUnit) : null;
  const organizer = eventUnit ? organizerCandidate(ctx.text, eventUnit, venue?.span ?? null, type?.span ?? null) : null;
  if (!type && !typeFromTitle) type = null;
  return {
    type: type?.value ?? typeFromTitle,
    typeSpan: type?.span ?? null,
    venue: asTextSpan(venue),
    organizer: asTextSpan(organizer),
  };
}
