/**
 * Shortcomings ("tồn tại, hạn chế") the article lists, each with its span.
 *
 * Two readers propose item lists, sentence by sentence:
 * - `list`: a shortcoming noun followed by ":", "như" or "là" ("vẫn còn có những tồn tại: A; B; C",
 *   "một số hạn chế như: A; B", "chỉ ra hạn chế là A, B"); the items run to the sentence end, or to the
 *   bullets of the following paragraphs when the cue ends its sentence.
 * - `prose`: a contrast ("Tuy nhiên", "Tuy vậy", "Bên cạnh đó") with an assessment verb and negative
 *   findings ("Tuy vậy, Đại hội cũng thẳng thắn nhìn nhận A chưa kịp thời, B còn nhiều khó khăn").
 * Items split on ";" when there is one, else on "," between clauses that each state a negative finding.
 * Not shortcomings: "tồn tại" as a verb ("vẫn còn tồn tại tình trạng ..."), noun mentions without items
 * ("những tồn tại, hạn chế"), and task lists ("đề ra nhiệm vụ, giải pháp ...: ...").
 */
import type { Span, TextSpan } from "../../schema.js";
import type { ExtractContext } from "../context.js";
import {
  ASSESSMENT_VERBS,
  CONTRAST_OPENERS,
  EXISTENCE_OBJECTS,
  LIST_INTRODUCERS,
  NEGATIVE_MARKERS,
  PREDICATE_CONTINUATIONS,
  SHORTCOMING_NOUNS,
  TASK_WORDS,
} from "../lexicon/shortcomings.js";
import { bounded, phraseScanner, phraseSource, phraseSpotter, sentenceUnits, trimSpan, type Unit } from "./event-text.js";

/** A proposed list of items with the rule that found it. */
export interface ShortcomingCandidate {
  items: TextSpan[];
  rule: "list" | "prose";
}

const NOUNS = phraseSource(SHORTCOMING_NOUNS);
/** A shortcoming noun (or several) followed by ":", "như" or "là"; tried only where a noun's first words stand. */
const scanListCues = phraseScanner(
  SHORTCOMING_NOUNS,
  (nouns) => `${bounded(nouns)}(?:\\s*,\\s*${NOUNS}){0,3}(?:(?:\\s+${phraseSource(LIST_INTRODUCERS)})?\\s*:|\\s+(?:như|là|đó là)\\s+)`,
  "iu",
);
const mayNameShortcoming = phraseSpotter(SHORTCOMING_NOUNS);
const OPENER_RE = new RegExp(`^\\s*${phraseSource(CONTRAST_OPENERS)}(?![\\p{L}])\\s*(?:,\\s*)?`, "iu");
const ASSESS_RE = new RegExp(`${bounded(phraseSource([...ASSESSMENT_VERBS, "nhận thấy"]))}(?:\\s+(?:rằng|là))?\\s+`, "iu");
const NOUN_MENTION_RE = new RegExp(`^(?:(?:những|một số|các|nhiều)\\s+)?${NOUNS}(?![\\p{L}])`, "iu");
const NEGATIVE_RE = new RegExp(bounded(phraseSource(NEGATIVE_MARKERS)), "iu");
const PROSE_NEGATIVE_RE = /(?<![\p{L}])(?:chưa|còn)(?![\p{L}])/iu;
const CONTINUATION_RE = new RegExp(`^\\s*${phraseSource(PREDICATE_CONTINUATIONS)}(?![\\p{L}])`, "iu");
const EXISTENCE_VERB_RE = new RegExp(`tồn tại\\s+${phraseSource(EXISTENCE_OBJECTS)}(?![\\p{L}])`, "iu");
const TASKS_BEFORE_RE = new RegExp(`${bounded(phraseSource(TASK_WORDS))}[^:;.]{0,80}$`, "iu");
const BULLET_RE = /^\s*(?:[-+•*–]|\p{Extended_Pictographic}|\?|\d{1,2}[.)])\s*/u;

/** Item spans of a region: split on ";" when there is one, else between negative clauses on ",". */
function splitItems(text: string, start: number, end: number): Span[] {
  const region = text.slice(start, end);
  const parts: Span[] = [];
  if (region.includes(";")) {
    let s = start;
    for (let i = start; i <= end; i++) {
      if (i === end || text[i] === ";") {
        parts.push({ start: s, end: i });
        s = i + 1;
      }
    }
  } else {
    parts.push(...splitClauses(text, start, end));
  }
  return parts.map((p) => cleanItem(text, p)).filter((p) => p.end > p.start);
}

/** Commas between clauses that each state a negative finding; commas inside a clause stay. */
function splitClauses(text: string, start: number, end: number): Span[] {
  const pieces: Span[] = [];
  let s = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text[i] === ",") {
      pieces.push({ start: s, end: i });
      s = i + 1;
    }
  }
  const out: Span[] = [];
  let cur: Span | null = null;
  let curNegative = false;
  for (const p of pieces) {
    const piece = text.slice(p.start, p.end);
    const negative = NEGATIVE_RE.test(piece);
    if (cur && curNegative && negative && !CONTINUATION_RE.test(piece)) {
      out.push(cur);
      cur = null;
    }
    if (!cur) {
      cur = { ...p };
      curNegative = negative;
    } else {
      cur.end = p.end;
      curNegative ||= negative;
    }
  }
  if (cur) {
    const last = out[out.length - 1];
    if (last && !curNegative) last.end = cur.end;
    else out.push(cur);
  }
  return out;
}

/** Trims an item: whitespace, bullets, and trailing ";", ".", "…". */
function cleanItem(text: string, p: Span): Span {
  let { start, end } = trimSpan(text, p.start, p.end, ";.…,:");
  const bullet = BULLET_RE.exec(text.slice(start, end));
  if (bullet && bullet[0].length) start += bullet[0].length;
  return trimSpan(text, start, end, ";.…,:");
}

/**
 * The "list" reader on one sentence: the item region after a cue, or null.
 *
 * @example
 * ```ts
 * const t = "Hội nghị chỉ ra một số hạn chế như: A còn chậm; B chưa đạt.";
 * const r = listRegion(t, { start: 0, end: t.length });
 * r && t.slice(r.start, r.end); // "A còn chậm; B chưa đạt."
 * ```
 */
export function listRegion(text: string, unit: Span): Span | null {
  if (!mayNameShortcoming(text, unit.start, unit.end)) return null;
  const s = text.slice(unit.start, unit.end);
  for (const m of scanListCues(s)) {
    if (TASKS_BEFORE_RE.test(s.slice(Math.max(0, m.index - 120), m.index))) continue;
    let start = unit.start + m.index + m[0].length;
    while (start < unit.end && /\s/u.test(text[start]!)) start++;
    return { start, end: unit.end };
  }
  return null;
}

/**
 * The "prose" reader on one sentence: after a contrast opener and an assessment verb, the clauses
 * with negative findings; null when the sentence is not one.
 *
 * @example
 * ```ts
 * const t = "Tuy vậy, Đại hội cũng thẳng thắn nhìn nhận công tác A có lúc chưa kịp thời, việc B còn nhiều khó khăn.";
 * const r = proseRegion(t, { start: 0, end: t.length });
 * r && t.slice(r.start, r.end); // "công tác A có lúc chưa kịp thời, việc B còn nhiều khó khăn."
 * ```
 */
export function proseRegion(text: string, unit: Span): Span | null {
  const s = text.slice(unit.start, unit.end);
  const opener = OPENER_RE.exec(s);
  if (!opener) return null;
  let from = opener[0].length;
  const assess = ASSESS_RE.exec(s.slice(from));
  if (assess) from += assess.index + assess[0].length;
  const content = s.slice(from);
  if (!PROSE_NEGATIVE_RE.test(content) || NOUN_MENTION_RE.test(content) || EXISTENCE_VERB_RE.test(content)) return null;
  if (/^(?:do|vì|nhờ|để|trong|với|theo)(?![\p{L}])/iu.test(content)) return null;
  return { start: unit.start + from, end: unit.end };
}

/** Bulleted paragraphs after a cue that ends its sentence ("... hạn chế sau:" then "- A;" "- B."). */
function bulletRegions(text: string, units: readonly Unit[], after: number): Span[] {
  const out: Span[] = [];
  for (const u of units.slice(after + 1, after + 16)) {
    const s = text.slice(u.start, u.end);
    if (u.kind !== "paragraph" || !(BULLET_RE.test(s) && BULLET_RE.exec(s)![0].trim()) ) break;
    out.push({ start: u.start, end: u.end });
  }
  return out;
}

/**
 * Candidates from every body sentence, in order.
 *
 * @example
 * ```ts
 * const text = "Tuy nhiên, vẫn còn có những tồn tại: A chưa sâu; B chưa thường xuyên...";
 * shortcomingCandidates({ text, title: null, publishedAt: null,
 *   blocks: [{ start: 0, end: text.length, kind: "paragraph" }], sentences: [{ start: 0, end: text.length }] })[0]?.items.map((i) => i.text); // ["A chưa sâu", "B chưa thường xuyên"]
 * ```
 */
export function shortcomingCandidates(ctx: ExtractContext): ShortcomingCandidate[] {
  const units = sentenceUnits(ctx);
  const out: ShortcomingCandidate[] = [];
  const toItems = (spans: Span[]): TextSpan[] => spans.map((sp) => ({ text: ctx.text.slice(sp.start, sp.end), span: sp }));
  units.forEach((u, i) => {
    if (u.kind !== "paragraph") return;
    const list = listRegion(ctx.text, u);
    if (list) {
      const regions = ctx.text.slice(list.start, list.end).trim() ? [list] : bulletRegions(ctx.text, units, i);
      const items = regions.flatMap((r) => (regions.length > 1 ? [cleanItem(ctx.text, r)] : splitItems(ctx.text, r.start, r.end)));
      if (items.length) out.push({ items: toItems(items.filter((p) => p.end > p.start)), rule: "list" });
      return;
    }
    const prose = proseRegion(ctx.text, u);
    if (prose) {
      const items = splitItems(ctx.text, prose.start, prose.end).filter((p) => NEGATIVE_RE.test(ctx.text.slice(p.start, p.end)));
      if (items.length) out.push({ items: toItems(items), rule: "prose" });
    }
  });
  return out;
}

/**
 * The shortcomings of an article: every item of every list, without trailing ";", "." or "...".
 *
 * @example
 * ```ts
 * const text = "Kỳ họp cũng chỉ rõ một số hạn chế như: tiến độ xây dựng còn chậm; tỷ lệ thu Quỹ phòng, chống thiên tai chưa đạt kế hoạch.";
 * extractShortcomings({ text, title: null, publishedAt: null,
 *   blocks: [{ start: 0, end: text.length, kind: "paragraph" }], sentences: [{ start: 0, end: text.length }] }).map((s) => s.text);
 * // ["tiến độ xây dựng còn chậm", "tỷ lệ thu Quỹ phòng, chống thiên tai chưa đạt kế hoạch"]
 * ```
 */
export function extractShortcomings(ctx: ExtractContext): TextSpan[] {
  const seen = new Set<string>();
  const out: TextSpan[] = [];
  for (const c of shortcomingCandidates(ctx)) {
    for (const item of c.items) {
      const key = `${item.span.start}:${item.span.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(item);
    }
  }
  return out;
}
