/**
 * Awards: kind, name, giver (the issuing authority) and recipients with counts.
 *
 * Readers work clause by clause (a sentence split on ";"), on every mention of an award kind:
 * - the verb that governs it: a giving verb before it ("UBND phường tặng giấy khen"), a receiving verb
 *   ("phường Đông Ngàn vinh dự đón nhận Cờ thi đua"), a passive after it ("Kỷ niệm chương ... được trao
 *   cho"), the kind itself ("khen thưởng 08 đoàn viên"), or the verb of the previous mention in the
 *   clause ("tặng giấy khen cho ... và bằng khen cho ..."). No verb, no award ("đạt danh hiệu ...").
 * - the giver, strongest first: "của X" after the award ("Huân chương ... của Chủ tịch nước"), a
 *   delegation ("thừa ủy quyền của X"), the agent of a passive ("Hai cá nhân được X tặng Bằng khen"),
 *   the clause's subject when it is an authority, not a person handing the award over.
 * - the recipients after "cho" (or after "khen thưởng"), before "được" in a passive, or the subject of a
 *   receiving verb; a stated total stops the reading of its breakdown.
 * Kinds listed together share verb, giver and recipients ("trao bằng khen, giấy khen cho ...", prizes
 * "01 giải Nhất, 02 giải Nhì ... cho 10 đội"). The refiners (../refiners/awards-merge.ts) then drop
 * caption repeats and restatements and merge per kind and giver.
 */
import type { Award, AwardKind, Recipient, Span, TextSpan } from "../../schema.js";
import type { ExtractContext } from "../context.js";
import {
  AWARD_KINDS_LEXICON,
  AWARD_UNITS,
  DELEGATION_MARKERS,
  GIVING_VERBS,
  NOT_AN_ACT_BEFORE,
  PARTY_CONTEXT,
  PERSON_MARKERS,
  RECEIVING_VERBS,
  RECIPIENT_DETERMINERS,
  ROLE_WORDS,
  SUBJECT_TRAILING_WORDS,
} from "../lexicon/awards.js";
import { STRONG_SURNAMES } from "../lexicon/surnames.js";
import { COUNT_SOURCE, parseCount } from "../lexicon/numbers.js";
import { refineAwards, type AwardCandidate } from "../refiners/awards-merge.js";
import { findRecipients, readRecipients, type RecipientReading } from "./awards-recipients.js";
import { bounded, phraseScanner, phraseSource, phraseSpotter, sentenceUnits, trailingMatchLength, trimSpan, type Unit } from "./event-text.js";

/** One mention of an award kind in a clause. */
interface Mention {
  kind: AwardKind;
  start: number;
  /** End of the kind phrase and its name, if any. */
  end: number;
  name: string | null;
  selfVerb: boolean;
}

/** The verb governing a group of mentions. */
interface Verb {
  kind: "give" | "receive" | "self" | "passive-after";
  start: number;
  end: number;
  /** A count written between the verb and the award with a unit ("trao 15 suất học bổng"). */
  unitCount: number | null;
}

const KIND_BY_PHRASE = new Map<string, (typeof AWARD_KINDS_LEXICON)[number]>();
for (const e of AWARD_KINDS_LEXICON) for (const p of e.phrases) KIND_BY_PHRASE.set(p.toLowerCase(), e);
/** Every award-kind phrase between word boundaries, case-insensitive; tried only where a kind's first words stand. */
const scanKinds = phraseScanner(AWARD_KINDS_LEXICON.flatMap((e) => e.phrases), bounded, "iu");
const mayMentionKind = phraseSpotter(AWARD_KINDS_LEXICON.flatMap((e) => e.phrases));
const DETERMINERS = RECIPIENT_DETERMINERS.join("|");
const FILLER = `(?:\\s+(?:${DETERMINERS}))?(?:\\s+(${COUNT_SOURCE})(?:\\s+(${AWARD_UNITS.join("|")}))?)?\\s+$`;
const GIVE_TAIL_RE = new RegExp(`(?<![\\p{L}])(${phraseSource(GIVING_VERBS)})${FILLER}`, "iu");
const RECEIVE_TAIL_RE = new RegExp(`(?<![\\p{L}])(?<!(?:công|ghi|tiếp|xác|thừa|nhìn)\\s)(${phraseSource(RECEIVING_VERBS)})${FILLER}`, "iu");
const NOT_ACT_RE = new RegExp(`${bounded(phraseSource(NOT_AN_ACT_BEFORE))}\\s*$`, "iu");
const PASSIVE_AFTER_RE = new RegExp(`^\\s*(?:đã\\s+|sẽ\\s+)?được\\s+(?:${phraseSource(GIVING_VERBS)})(?![\\p{L}])`, "iu");
const OF_GIVER_RE = /^\s*của\s+/iu;
const GIVER_END_RE = /(?<!\s)\s+(?:cho|vì|về|trong|tới|đến|nhân|tại|đã|được|năm)(?![\p{L}])|[,;.:(]|$/u;
const FOR_RE = /^\s*(?:(?:đã\s+)?được\s+\S+(?:\s+tặng)?\s+)?(?:(?:tới|đến)\s*)?cho\s+/iu;
/** "cho" after a short gap without a sentence end or ";" ("." only inside numbers: "500.000"). */
const FOR_AFTER_GAP_RE = /^(?:[^;.]|\.(?=\d)){0,70}?(?<![\p{L}])cho\s+/iu;
/** A gap that holds another act or award is not a gap: the "cho" belongs to something else. */
const GAP_ACT_RE = new RegExp(`${bounded(phraseSource([...GIVING_VERBS, ...RECEIVING_VERBS, ...AWARD_KINDS_LEXICON.flatMap((e) => e.phrases), "và"]))}[^]{0,120}cho\\s+$`, "iu");
const DELEGATION_RE = new RegExp(`${bounded(phraseSource(DELEGATION_MARKERS))}\\s{1,5}([^,;]{2,100}),`, "giu");
const PASSIVE_BEFORE_RE = /(?<![\p{L}])được(?![\p{L}])/gu;
const PERSON_START_RE = new RegExp(`^(?:${phraseSource(PERSON_MARKERS)})(?![\\p{L}])`, "iu");
const ROLE_START_RE = new RegExp(`^(?:${phraseSource(ROLE_WORDS)})(?![\\p{L}])`, "iu");
const NAME_TAIL_RE = new RegExp(`(?<![\\p{L}])(?:${phraseSource(STRONG_SURNAMES)})(?:\\s+\\p{Lu}[\\p{L}’']*){1,4}\\s*$`, "u");
/** Trailing adverbs; "tổ chức" only as a verb, not in "Ban Tổ chức". */
const TRAILING_WORDS_RE = new RegExp(`(?:\\s+(?:(?<!(?:^|\\s)(?:[Bb]an|BTC)\\s{1,3})(?=tổ chức)|(?!tổ chức))${phraseSource(SUBJECT_TRAILING_WORDS)})+\\s*$`, "iu");
const LEADING_ADVERBIAL_RE =
  /^(?:(?:nhân|trong|cũng)\s+)?(?:dịp|dịp này|nhân dịp này|tại (?:buổi lễ|hội nghị|đại hội|kỳ họp|buổi|ngày hội|lễ)[^,]{0,40}|kết thúc [^,]{0,40}|cũng tại [^,]{0,40})\s*,?\s*/iu;
const LEADING_AND_RE = /^(?:và|đồng thời|cùng|,)\s+/iu;
const QUOTED_NAME_RE = /^\s*[“"]\s{0,5}[^”"]{1,100}[”"]/u;
const VI_NAME_RE = /^\s+vì\s+(?=\S)[^,;.“”"]{1,100}?(?=\s{1,10}(?:cho|của)(?![\p{L}])|[,;.]|$)/iu;
const PROPER_NAME_RE = /^\s{1,5}\p{Lu}[^,;.]{0,60}?(?=\s{1,10}(?:của|cho|vì)(?![\p{L}])|[,;.]|$)/u;
const PARTY_YEARS_RE = /^\s+(?:đảng\s+)?\d{1,2}\s+năm\s+tuổi\s+đảng(?![\p{L}])/iu;
/** How far back from a mention its verb may be, in characters. */
const VERB_WINDOW = 50;

/** Reads the award's own name after the kind phrase, returning its end. */
function nameEnd(text: string, kind: AwardKind, phraseEnd: number, limit: number): number {
  const rest = text.slice(phraseEnd, Math.min(limit, phraseEnd + 120));
  const quoted = QUOTED_NAME_RE.exec(rest);
  if (quoted && (kind === "danh hiệu" || kind === "kỷ niệm chương" || kind === "huân chương" || kind === "huy chương" || kind === "cờ thi đua" || kind === "giải thưởng")) {
    return phraseEnd + quoted[0].length;
  }
  if (kind === "kỷ niệm chương") {
    const vi = VI_NAME_RE.exec(rest);
    if (vi) return phraseEnd + vi[0].length;
  }
  if (kind === "huy hiệu đảng") {
    const years = PARTY_YEARS_RE.exec(rest);
    if (years) return phraseEnd + years[0].length;
  }
  if (kind === "huân chương" || kind === "huy chương") {
    const proper = PROPER_NAME_RE.exec(rest);
    if (proper) return phraseEnd + proper[0].length;
  }
  return phraseEnd;
}

/** Mentions of award kinds in a clause. */
function findMentions(text: string, clause: Span): Mention[] {
  const out: Mention[] = [];
  if (!mayMentionKind(text, clause.start, clause.end)) return out;
  const s = text.slice(clause.start, clause.end);
  for (const m of scanKinds(s)) {
    const entry = KIND_BY_PHRASE.get(m[0].toLowerCase().replace(/\s+/g, " "));
    if (!entry) continue;
    if (entry.kind === "huy hiệu đảng" && !PARTY_CONTEXT.test(s)) continue;
    const start = clause.start + m.index;
    const phraseEnd = start + m[0].length;
    const end = nameEnd(text, entry.kind, phraseEnd, clause.end);
    const named = end > phraseEnd ? text.slice(start, end) : null;
    out.push({ kind: entry.kind, start, end, name: named, selfVerb: !!entry.selfVerb });
  }
  // a later match inside an earlier one's name ("danh hiệu “Cờ thi đua”") is part of that name
  const kept: Mention[] = [];
  for (const m of out) if (!kept.length || m.start >= kept[kept.length - 1]!.end) kept.push(m);
  return kept;
}

const MENTION_JOINER_RE = new RegExp(`^\\s*(?:(?:,|và|hoặc|cùng)\\s*)?(?:(?:và|hoặc)\\s+)?(?:(?:${COUNT_SOURCE})\\s+(?:(?:${AWARD_UNITS.join("|")})\\s+)?)?$`, "iu");

/** Groups mentions listed together ("bằng khen, giấy khen", "01 giải Nhất, 02 giải Nhì và 04 giải Khuyến khích"). */
function groupMentions(text: string, mentions: readonly Mention[]): Mention[][] {
  const groups: Mention[][] = [];
  const joiner = MENTION_JOINER_RE;
  for (const m of mentions) {
    const last = groups[groups.length - 1];
    const prev = last?.[last.length - 1];
    if (last && prev && !m.selfVerb && !prev.selfVerb && joiner.test(text.slice(prev.end, m.start))) last.push(m);
    else groups.push([m]);
  }
  return groups;
}

/** The verb right before a mention (within a short window), or null. */
function verbBefore(text: string, from: number, at: number, self: boolean): Verb | null {
  if (self) return { kind: "self", start: at, end: at, unitCount: null };
  const s = Math.max(from, at - VERB_WINDOW);
  const tail = text.slice(s, at);
  for (const [re, kind] of [[GIVE_TAIL_RE, "give"], [RECEIVE_TAIL_RE, "receive"]] as const) {
    const m = re.exec(tail);
    if (!m) continue;
    const start = s + m.index;
    const unitCount = m[2] && m[3] ? parseCount(m[2]) : null;
    return { kind, start, end: start + m[1]!.length, unitCount };
  }
  return null;
}

/** Text of a stretch without its leading adverbials and trailing adverbs, as a span; null if empty. */
function subjectSpan(text: string, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  let body = text.slice(s, e);
  const lead = LEADING_ADVERBIAL_RE.exec(body.trimStart());
  if (lead && lead[0].length) {
    s += body.length - body.trimStart().length + lead[0].length;
    body = text.slice(s, e);
  }
  const and = LEADING_AND_RE.exec(body.trimStart());
  if (and) {
    s += body.length - body.trimStart().length + and[0].length;
    body = text.slice(s, e);
  }
  e -= trailingMatchLength(TRAILING_WORDS_RE, body);
  const span = trimSpan(text, s, e, ",;:–-");
  return span.end > span.start ? span : null;
}

/** The stretch after the last comma (outside parentheses) before `end`, starting no earlier than `from`. */
function afterLastComma(text: string, from: number, end: number): number {
  let depth = 0;
  for (let i = end - 1; i >= from; i--) {
    const c = text[i];
    if (c === ")") depth++;
    else if (c === "(") depth = Math.max(0, depth - 1);
    else if (c === "," && depth === 0) return i + 1;
  }
  return from;
}

/**
 * True when a subject names a person handing something over rather than an authority:
 * an honorific or rank first ("Đ/c Vũ Đức Thắng", "Thiếu tá ..."), or an office followed by a
 * personal name ("Chủ tịch UBND xã Thạnh Phú Nguyễn Thị Ngọc Mai").
 *
 * @example
 * ```ts
 * isPerson("Đ/c Vũ Đức Thắng -"); // true
 * isPerson("Chủ tịch UBND xã Thạnh Phú Nguyễn Thị Ngọc Mai"); // true
 * isPerson("Chủ tịch UBND phường"); // false
 * isPerson("Hội LHPN thành phố Huế"); // false
 * ```
 */
export function isPerson(subject: string): boolean {
  const s = subject.trim().replace(/(?<![\s\-–,])[\s\-–,]+$/u, "");
  if (PERSON_START_RE.test(s)) return true;
  return ROLE_START_RE.test(s) && trailingMatchLength(NAME_TAIL_RE, s) > 0;
}

/** A subject that can issue an award: not a person, a name-like phrase of reasonable length. */
function isAuthority(subject: string): boolean {
  const s = subject.trim();
  if (!s || s.length > 110 || isPerson(s)) return false;
  if (/^(?:có|các|những|nhiều|trong|với|để|và)(?![\p{L}])/iu.test(s)) return false;
  return /^(?:\p{Lu}|phường|xã|thị trấn|ban|hội|chi|đoàn)/u.test(s);
}

/** "của X" right after the award: the issuing authority. */
function giverOf(text: string, from: number, limit: number): TextSpan | null {
  const rest = text.slice(from, Math.min(limit, from + 140));
  const m = OF_GIVER_RE.exec(rest);
  if (!m) return null;
  const after = rest.slice(m[0].length);
  const stop = GIVER_END_RE.exec(after);
  const len = stop ? stop.index : after.length;
  const start = from + m[0].length;
  const span = trimSpan(text, start, start + len, ",;:–-");
  if (span.end <= span.start) return null;
  return { text: text.slice(span.start, span.end), span };
}

/** "thừa ủy quyền của X," / "thay mặt X," before the verb. */
function delegatedGiver(text: string, from: number, to: number): TextSpan | null {
  const s = text.slice(from, to);
  let found: TextSpan | null = null;
  DELEGATION_RE.lastIndex = 0;
  for (const m of s.matchAll(DELEGATION_RE)) {
    const g = m[1]!;
    const start = from + m.index + m[0].length - 1 - g.length;
    const span = trimSpan(text, start, start + g.length);
    if (span.end > span.start) found = { text: text.slice(span.start, span.end), span };
  }
  return found;
}

const textSpan = (text: string, span: Span): TextSpan => ({ text: text.slice(span.start, span.end), span });

/** The last "được" standing as a word in `region`, or undefined (no regex run when the letters are absent). */
function lastPassive(region: string): RegExpExecArray | undefined {
  if (!region.includes("được")) return undefined;
  let last: RegExpExecArray | undefined;
  PASSIVE_BEFORE_RE.lastIndex = 0;
  for (let m = PASSIVE_BEFORE_RE.exec(region); m; m = PASSIVE_BEFORE_RE.exec(region)) last = m;
  return last;
}

/** Splits a sentence into clauses on ";". */
function clausesOf(text: string, unit: Span): Span[] {
  if (unit.start > unit.end) return [];
  // indexOf on the sentence alone (a slice shares the text's characters): never past its end
  const sentence = text.slice(unit.start, unit.end);
  const out: Span[] = [];
  let s = 0;
  for (let i = sentence.indexOf(";"); i >= 0; i = sentence.indexOf(";", s)) {
    out.push({ start: unit.start + s, end: unit.start + i });
    s = i + 1;
  }
  out.push({ start: unit.start + s, end: unit.end });
  return out;
}

/**
 * Recipients after the award (or its "của X"): "cho ..." right after it, or after a short gap that
 * names no other act ("Huy hiệu Đảng đợt 2/9/2023 cho ...", "50 suất quà, mỗi suất trị giá 500.000 đồng
 * cho ..."); directly after "khen thưởng".
 */
function recipientsAfter(text: string, from: number, limit: number, direct: boolean): RecipientReading | null {
  const rest = text.slice(from, Math.min(limit, from + 100));
  const cho = FOR_RE.exec(rest) ?? FOR_AFTER_GAP_RE.exec(rest);
  if (cho && !GAP_ACT_RE.test(cho[0])) return readRecipients(text, from + cho[0].length, limit);
  return direct ? readRecipients(text, from, limit) : null;
}

/**
 * Award candidates of one sentence (a paragraph sentence or a caption).
 *
 * @example
 * ```ts
 * const t = "Dịp này, Hội CCB thành phố tặng giấy khen cho 02 tập thể và 04 cá nhân.";
 * const c = sentenceAwards(t, { start: 0, end: t.length, kind: "paragraph", block: 0 });
 * c[0]?.giver?.text; // "Hội CCB thành phố"
 * c[0]?.recipients; // [{ type: "collective", count: 2 }, { type: "individual", count: 4 }]
 * ```
 */
export function sentenceAwards(text: string, unit: Unit): AwardCandidate[] {
  const out: AwardCandidate[] = [];
  const source = unit.kind === "caption" ? "caption" : "body";
  for (const clause of clausesOf(text, unit)) {
    const groups = groupMentions(text, findMentions(text, clause));
    let cursor = clause.start;
    let clauseGiver: TextSpan | null = null;
    let prevVerb = null as Verb | null;
    for (const group of groups) {
      const first = group[0]!;
      const last = group[group.length - 1]!;
      let verb = verbBefore(text, cursor, first.start, first.selfVerb);
      let passiveAfter = false;
      let afterEnd = last.end;
      const ofGiver = giverOf(text, last.end, clause.end);
      if (ofGiver) afterEnd = ofGiver.span.end;
      if (!verb) {
        const pa = PASSIVE_AFTER_RE.exec(text.slice(afterEnd, clause.end));
        if (pa) {
          verb = { kind: "passive-after", start: afterEnd, end: afterEnd + pa[0].length, unitCount: null };
          passiveAfter = true;
        } else if (prevVerb && prevVerb.kind === "give") {
          verb = { ...prevVerb, unitCount: null, start: first.start, end: first.start };
        }
      }
      if (!verb) {
        cursor = Math.max(cursor, last.end);
        continue;
      }
      if (!passiveAfter && verb.kind !== "self" && NOT_ACT_RE.test(text.slice(Math.max(clause.start, verb.start - 20), verb.start))) {
        cursor = Math.max(cursor, last.end);
        continue;
      }
      if (verb.kind === "self" && /thi đua\s*(?:[-–,]\s*)?$/iu.test(text.slice(Math.max(clause.start, first.start - 15), first.start))) {
        cursor = Math.max(cursor, last.end);
        continue;
      }

      // before the verb: subject, passive agent, delegation
      const verbAt = passiveAfter ? first.start : verb.start;
      const regionStart = afterLastComma(text, cursor, verbAt);
      let subject: Span | null = null;
      let agent: Span | null = null;
      let subjectRecipients: RecipientReading | null = null;
      const region = text.slice(regionStart, verbAt);
      const passive = lastPassive(region);
      if (!passiveAfter && passive && verb.kind !== "receive") {
        const p = regionStart + passive.index;
        agent = subjectSpan(text, p + passive[0].length, verbAt);
        subjectRecipients = recipientsBefore(text, cursor, p);
      } else {
        subject = subjectSpan(text, regionStart, verbAt);
      }
      const subjectText = subject ? text.slice(subject.start, subject.end) : "";

      // giver
      let giver: TextSpan | null = ofGiver ?? delegatedGiver(text, cursor, verbAt);
      if (!giver && agent && isAuthority(text.slice(agent.start, agent.end))) giver = textSpan(text, agent);
      if (!giver && subject && verb.kind !== "receive" && !passiveAfter && isAuthority(subjectText)) giver = textSpan(text, subject);
      if (verb.kind !== "receive" && !passiveAfter && !passive) {
        if (subject && isAuthority(subjectText)) clauseGiver = textSpan(text, subject);
        else if (!subject && !giver) giver = clauseGiver;
      }

      // recipients
      let reading: RecipientReading | null = null;
      if (verb.kind === "receive" || passiveAfter) {
        if (verb.kind === "receive" && subject) reading = subjectReading(text, subject);
        if (passiveAfter) reading = recipientsAfter(text, verb.end, clause.end, false) ?? findRecipients(text, regionStart, first.start);
      } else {
        reading = recipientsAfter(text, afterEnd, clause.end, verb.kind === "self") ?? subjectRecipients;
      }
      if (verb.kind === "self" && !reading && !passive) {
        cursor = Math.max(cursor, last.end);
        continue;
      }
      let recipients: Recipient[] = reading?.recipients ?? [];
      if (verb.unitCount !== null && recipients.length === 1 && recipients[0]!.count === null) recipients = [{ ...recipients[0]!, count: verb.unitCount }];

      const spanStart = Math.min(subject?.start ?? verb.start, agent ? regionStart : verb.start, first.start, reading?.span?.start ?? first.start);
      const spanEnd = Math.max(last.end, afterEnd, reading?.span && reading.span.start >= first.start ? reading.span.end : 0);
      const span = trimSpan(text, spanStart, spanEnd, ",;:");
      const rule = verb.kind === "self" ? "self" : passiveAfter ? "passive-after" : passive ? "passive" : verb.kind === "receive" ? "receive" : "active";
      const kinds = new Set<AwardKind>();
      for (const m of group) {
        if (kinds.has(m.kind)) continue;
        kinds.add(m.kind);
        out.push({ kind: m.kind, name: m.name, giver, recipients: recipients.map((r) => ({ ...r })), span, rule, source });
      }
      prevVerb = verb.kind === "give" || verb.kind === "self" ? { ...verb, kind: "give" } : null;
      cursor = Math.max(cursor, spanEnd);
      if (reading?.breakdown) return out;
    }
  }
  return out;
}

/**
 * The recipient list that ends right before `end` ("Dịp này, 15 tập thể, cá nhân được ..."): the first
 * list found after `from` that reads through to `end`, else the last one found.
 */
function recipientsBefore(text: string, from: number, end: number): RecipientReading | null {
  let best: RecipientReading | null = null;
  let pos = from;
  for (let guard = 0; guard < 6 && pos < end; guard++) {
    const r = findRecipients(text, pos, end);
    if (!r || !r.span) break;
    best = r;
    if (!text.slice(r.span.end, end).trim()) break;
    pos = Math.max(r.span.end, pos + 1);
  }
  return best;
}

/** The subject of a receiving verb as recipients: a list, or one named body or person. */
function subjectReading(text: string, subject: Span): RecipientReading | null {
  const found = findRecipients(text, subject.start, subject.end);
  if (found) return found;
  const s = text.slice(subject.start, subject.end);
  if (isPerson(s)) return { recipients: [{ type: "individual", count: 1 }], span: subject, breakdown: false };
  if (/^\p{Lu}/u.test(s)) return { recipients: [{ type: "collective", count: 1 }], span: subject, breakdown: false };
  return null;
}

/**
 * Every award candidate of an article, body sentences and captions, before refining.
 *
 * @example
 * ```ts
 * const text = "Dịp này, BCH Đoàn xã khen thưởng 08 đoàn viên tiêu biểu.";
 * awardCandidates({ text, title: null, publishedAt: null,
 *   blocks: [{ start: 0, end: text.length, kind: "paragraph" }], sentences: [{ start: 0, end: text.length }] })[0]?.kind; // "khen thưởng"
 * ```
 */
export function awardCandidates(ctx: ExtractContext): AwardCandidate[] {
  return sentenceUnits(ctx)
    .filter((u) => u.kind !== "heading")
    .flatMap((u) => sentenceAwards(ctx.text, u));
}

/**
 * The awards of an article: one entry per award kind and giver.
 *
 * @example
 * ```ts
 * const text = "Dịp này, Chủ tịch UBND thành phố tặng giấy khen cho 02 tập thể và 03 cá nhân; Chủ tịch UBND phường tặng giấy khen cho 11 tập thể, 25 cá nhân.";
 * extractAwards({ text, title: null, publishedAt: null,
 *   blocks: [{ start: 0, end: text.length, kind: "paragraph" }], sentences: [{ start: 0, end: text.length }] }).map((a) => a.giver);
 * // ["Chủ tịch UBND thành phố", "Chủ tịch UBND phường"]
 * ```
 */
export function extractAwards(ctx: ExtractContext): Award[] {
  return refineAwards(awardCandidates(ctx));
}
