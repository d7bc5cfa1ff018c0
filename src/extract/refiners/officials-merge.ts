/**
 * From mentions to officials: one person named several times is one official (same folded name),
 * titles merged from every mention (captions included), honorific from the first mention that has one,
 * mentions = every place the name is written. A person with no title anywhere is not an official
 * (voters, bylines, residents), nor one only ever named as a recipient (honorees).
 */
import type { Honorific, Official, Span } from "../../schema.js";
import { foldWords, isCapitalized } from "../lexicon/fold.js";
import { mergeTitles, type RawTitle } from "./officials-titles.js";

/** One place a person is named, with what was read around it. */
export interface Mention {
  /** The name as written here. */
  readonly name: string;
  readonly span: Span;
  /** The honorific this mention gives (null for none, "anh", or a rank). */
  readonly honorific: Honorific | null;
  /** True when an honorific was written (or given by a "các đồng chí:" list). */
  readonly hasHonorific: boolean;
  /** True when the person is named as a recipient ("tặng giấy khen cho ông X"). */
  readonly honoree?: boolean;
  /** True when the name was the whole capitalized run after "phường", "xã" ... ("Chủ tịch UBND phường Võ Thị Bích Hạnh"). */
  readonly afterAdmin?: boolean;
  /** Titles read at this mention, in order. */
  readonly titles: RawTitle[];
}

/** True when every syllable of the name starts with a capital ("Tôn Nữ Minh Thư", not "Tôn Nữ minh Thư"). */
function wellCapitalized(name: string): boolean {
  return name.split(/\s+/).every((w) => isCapitalized(w));
}

const isWordChar = (c: string | undefined) => !!c && /[\p{L}\p{M}\p{N}]/u.test(c);

/**
 * Every place `name` is written in `text` as whole words.
 *
 * @example
 * ```ts
 * nameSpans("ông Trần Long. Trần Long nói", "Trần Long"); // [{ start: 4, end: 13 }, { start: 15, end: 24 }]
 * ```
 */
export function nameSpans(text: string, name: string): Span[] {
  const out: Span[] = [];
  if (!name) return out;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (isWordChar(text[at - 1]) || isWordChar(text[at + name.length])) continue;
    out.push({ start: at, end: at + name.length });
  }
  return out;
}

const PLACE_BEFORE = /(?:^|[^\p{L}])(?:xã|phường|thị trấn|thị xã|huyện|quận|thành phố|tỉnh|thôn|ấp|khu phố|đường|phố|TP\.?|P\.)\s*$/iu;

/** True when `name` is also written, outside these mentions, right after a word for a place ("UBND xã Trần Văn Thời tổ chức"). */
function namesPlaceElsewhere(text: string, name: string, mentions: readonly Mention[]): boolean {
  return nameSpans(text, name).some((s) => !mentions.some((m) => m.span.start === s.start) && PLACE_BEFORE.test(text.slice(Math.max(0, s.start - 16), s.start)));
}

/** The titles of a group's mentions, in order (a loop: flatMap was 0.4% of parse time here). */
function allTitles(group: readonly Mention[]): Mention["titles"][number][] {
  const out: Mention["titles"][number][] = [];
  for (const m of group) for (const t of m.titles) out.push(t);
  return out;
}

/**
 * Groups mentions by folded name and builds the officials, in order of first mention.
 *
 * @example
 * ```ts
 * mergeOfficials(text, [
 *   { name: "Lê Thị Thu Hằng", span: s1, honorific: null, hasHonorific: false, titles: [{ text: "Phó Chủ tịch UBND thành phố Từ Sơn", span: t1 }] },
 *   { name: "Lê Thị Thu Hằng", span: s2, honorific: "bà", hasHonorific: true, titles: [] },
 * ]); // [{ name: "Lê Thị Thu Hằng", honorific: "bà", titles: [...1 title], mentions: [s1, s2] }]
 * ```
 */
export function mergeOfficials(text: string, mentions: readonly Mention[]): Official[] {
  const groups = new Map<string, Mention[]>();
  for (const m of [...mentions].sort((a, b) => a.span.start - b.span.start)) {
    const key = foldWords(m.name);
    const g = groups.get(key);
    if (g) g.push(m);
    else groups.set(key, [m]);
  }
  const officials: Official[] = [];
  for (const group of groups.values()) {
    const titles = mergeTitles(allTitles(group));
    // No title anywhere (voters, residents, bylines), or only ever named as a recipient (honorees).
    if (!titles.length || group.every((m) => m.honoree)) continue;
    const name = (group.find((m) => wellCapitalized(m.name)) ?? group[0]!).name;
    // Only ever read right after "xã", "phường" ..., and written after one elsewhere too: a place ("xã Trần Văn Thời").
    if (group.every((m) => m.afterAdmin) && namesPlaceElsewhere(text, name, group)) continue;
    const honorific = group.find((m) => m.hasHonorific)?.honorific ?? null;
    const spans = nameSpans(text, name);
    officials.push({ name, honorific, titles, mentions: spans.length ? spans : group.map((m) => m.span) });
  }
  // A name inside another official's mention ("Võ Lan" in "Võ Lan Anh") is not a mention of its own;
  // a name left with no mention of its own is a piece of another official's name, not an official.
  return officials
    .map((o) => ({
      name: o.name,
      honorific: o.honorific,
      titles: o.titles,
      mentions: o.mentions.filter((s) => !officials.some((p) => p !== o && p.mentions.some((q) => q.start <= s.start && q.end >= s.end && q.end - q.start > s.end - s.start))),
    }))
    .filter((o) => o.mentions.length > 0);
}
