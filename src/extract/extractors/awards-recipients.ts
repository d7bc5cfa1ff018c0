/**
 * Reads who receives an award: "02 tập thể và 03 cá nhân", "40 tập thể, cá nhân" (one merged count),
 * "Hai cá nhân", "các tập thể, cá nhân", "20 hộ nghèo, hộ cận nghèo", "Ủy ban MTTQ xã" (one named
 * recipient), "07 đảng viên, trong đó: ..." (the total; the breakdown is not read).
 */
import type { Recipient, Span } from "../../schema.js";
import { BREAKDOWN_MARKERS, PERSON_MARKERS, RECIPIENT_DETERMINERS, RECIPIENT_NOUNS } from "../lexicon/awards.js";
import { STRONG_SURNAMES } from "../lexicon/surnames.js";
import { COUNT_SOURCE, parseCount } from "../lexicon/numbers.js";
import { phraseSource } from "./event-text.js";

type RecipientType = Recipient["type"];

const TYPE_BY_NOUN = new Map<string, RecipientType>();
for (const [type, nouns] of Object.entries(RECIPIENT_NOUNS) as [RecipientType, readonly string[]][]) {
  for (const n of nouns) TYPE_BY_NOUN.set(n.toLowerCase(), type);
}
const NOUN_SOURCE = phraseSource([...TYPE_BY_NOUN.keys(), "ubnd", "ubmttq", "hđnd"]);
const ITEM_SOURCE = `(?:(${COUNT_SOURCE})\\s+)?(?:(${RECIPIENT_DETERMINERS.join("|")})\\s+)?(${NOUN_SOURCE})(?![\\p{L}\\p{N}])`;
const ITEM_AT_RE = new RegExp(ITEM_SOURCE, "iuy");
const ITEM_ANYWHERE_RE = new RegExp(`(?<![\\p{L}\\p{N}/])${ITEM_SOURCE}`, "iu");
const PERSON_AT_RE = new RegExp(`(?:${phraseSource(PERSON_MARKERS)})\\s+\\p{Lu}`, "iuy");
/** A name after a collective noun: a number, a capitalized word, or a place noun with one ("Chi bộ khu phố 3"). */
const NAMED_AFTER_RE = /\s+(?:(?:số|khu phố|tổ dân phố|khu dân cư|thôn|ấp|xóm|bản|khóm|tổ|xã|phường)\s+)?(?:số\s+)?(?:\d+|\p{Lu}[\p{L}.]*)/uy;
const SURNAME_AFTER_RE = new RegExp(`\\s+(?:${phraseSource(STRONG_SURNAMES)})\\s+\\p{Lu}`, "uy");
const BREAKDOWN_RE = new RegExp(`^\\s*(?::|(?:,\\s*)?(?:${phraseSource(BREAKDOWN_MARKERS)})(?![\\p{L}]))`, "iu");
const AND_RE = /^\s*(?:,|và|cùng|với)\s*(?:và\s+)?/iu;
/** Longest stretch of modifiers read after a recipient noun ("có thành tích xuất sắc năm 2023"). */
const MAX_MODIFIERS = 120;

/** One recipient phrase as read, before folding ("40 tập thể" then "cá nhân"). */
export interface RecipientItem {
  type: RecipientType;
  count: number | null;
  counted: boolean;
}

/** The recipients read, where they were read, and whether a breakdown follows the total. */
export interface RecipientReading {
  recipients: Recipient[];
  span: Span | null;
  breakdown: boolean;
}

/** Reads one recipient item at `pos` (sticky), or null. */
function readItem(text: string, pos: number): { item: RecipientItem; end: number } | null {
  ITEM_AT_RE.lastIndex = pos;
  const m = ITEM_AT_RE.exec(text);
  if (m) {
    const noun = m[3]!.toLowerCase().replace(/\s+/g, " ");
    const type: RecipientType = TYPE_BY_NOUN.get(noun) ?? "collective";
    const end = pos + m[0].length;
    if (m[1]) {
      const count = parseCount(m[1]);
      if (count !== null) return { item: { type, count, counted: true }, end };
    }
    if (!m[2] && isNamed(text, end, type)) return { item: { type, count: 1, counted: true }, end };
    return { item: { type, count: null, counted: false }, end };
  }
  PERSON_AT_RE.lastIndex = pos;
  if (PERSON_AT_RE.test(text)) return { item: { type: "individual", count: 1, counted: true }, end: PERSON_AT_RE.lastIndex };
  return null;
}

/** "ấp 4", "Ủy ban MTTQ xã", "cá nhân Nguyễn Văn A": a bare noun followed by a name is one recipient. */
function isNamed(text: string, end: number, type: RecipientType): boolean {
  if (type === "individual") {
    SURNAME_AFTER_RE.lastIndex = end;
    return SURNAME_AFTER_RE.test(text);
  }
  NAMED_AFTER_RE.lastIndex = end;
  return NAMED_AFTER_RE.test(text);
}

/** End of the modifiers after an item: the next ",", ";", ":", sentence end or "và" (bounded). */
function nextSeparator(text: string, from: number, limit: number): number {
  const stop = Math.min(limit, from + MAX_MODIFIERS);
  for (let i = from; i < stop; i++) {
    const c = text[i]!;
    if (c === "," || c === ";" || c === ":" || c === "(" ) return i;
    if (c === "." && (i + 1 >= limit || /\s/u.test(text[i + 1]!))) return i;
    if (c === "\n" && text[i + 1] === "\n") return i;
    if ((c === "v" || c === "c") && /\s/u.test(text[i - 1] ?? "") && /^(?:và|cùng)(?![\p{L}])/u.test(text.slice(i, i + 5))) return i;
  }
  return stop;
}

/**
 * Folds items into recipients: a counted item followed by an uncounted item of another type is one
 * merged count (both null: "40 tập thể, cá nhân"); an uncounted item of the same type after a counted
 * one adds nothing ("20 hộ nghèo, hộ cận nghèo"); counts of one type add up.
 *
 * @example
 * ```ts
 * foldItems([{ type: "collective", count: 40, counted: true }, { type: "individual", count: null, counted: false }]);
 * // [{ type: "collective", count: null }, { type: "individual", count: null }]
 * ```
 */
export function foldItems(items: readonly RecipientItem[]): Recipient[] {
  const adjusted: RecipientItem[] = [];
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    const prev = adjusted[adjusted.length - 1];
    if (prev && !it.counted && prev.counted && prev.type === it.type) continue;
    if (prev && !it.counted && prev.counted && prev.type !== it.type && prev.count !== null) {
      prev.count = null;
      adjusted.push({ ...it });
      continue;
    }
    adjusted.push({ ...it });
  }
  const out: Recipient[] = [];
  for (const it of adjusted) {
    const same = out.find((r) => r.type === it.type);
    if (!same) out.push({ type: it.type, count: it.count });
    else if (same.count !== null && it.count !== null) same.count += it.count;
    else same.count = same.count ?? it.count;
  }
  return out;
}

/**
 * Reads a recipient list starting at `from` (after "cho", or after "khen thưởng"), up to `limit`.
 * Null when no recipient starts there.
 *
 * @example
 * ```ts
 * const t = "cho 11 tập thể, 25 cá nhân có thành tích xuất sắc năm 2023 và công nhận ...";
 * readRecipients(t, 4, t.length)?.recipients; // [{ type: "collective", count: 11 }, { type: "individual", count: 25 }]
 * ```
 */
export function readRecipients(text: string, from: number, limit: number): RecipientReading | null {
  let pos = from;
  while (pos < limit && /\s/u.test(text[pos]!)) pos++;
  const items: RecipientItem[] = [];
  let end = pos;
  let breakdown = false;
  for (let guard = 0; guard < 12; guard++) {
    const r = readItem(text, pos);
    if (!r || r.end > limit) break;
    items.push(r.item);
    const sep = nextSeparator(text, r.end, limit);
    end = sep;
    const after = text.slice(sep, Math.min(limit, sep + 40));
    if (BREAKDOWN_RE.test(after)) {
      breakdown = true;
      break;
    }
    const join = AND_RE.exec(after);
    if (!join) break;
    const nextPos = sep + join[0].length;
    const peek = readItem(text, nextPos);
    if (!peek || peek.end > limit) break;
    pos = nextPos;
  }
  if (!items.length) return null;
  while (end > from && /\s/u.test(text[end - 1]!)) end--;
  return { recipients: foldItems(items), span: { start: from, end }, breakdown };
}

/**
 * Finds the first recipient list anywhere in a stretch ("Hai cá nhân được ...", "có 15 tập thể, cá nhân được ...").
 *
 * @example
 * ```ts
 * const t = "Dịp này, Hai cá nhân được";
 * findRecipients(t, 0, t.length)?.recipients; // [{ type: "individual", count: 2 }]
 * ```
 */
export function findRecipients(text: string, from: number, limit: number): RecipientReading | null {
  const m = ITEM_ANYWHERE_RE.exec(text.slice(from, limit));
  if (!m) return null;
  return readRecipients(text, from + m.index, limit);
}
