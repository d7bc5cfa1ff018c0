/**
 * What the index stores for one article: its search fields (title, venue, officials, body) and the
 * values its filters use (ward/commune, year, event type, award kind, official). Built from an
 * {@link ArticleRecord} or from a plain document; this is also exactly what `export()` writes.
 */
import * as z from "zod/mini";
import { ensureZodMessages } from "../zod.js";
import type { ArticleRecord } from "../schema.js";
import { InvalidOptionError, VnWardNewsError } from "../errors.js";
import { exactKey, foldKey, hasMarks, prepareText, tokenize } from "./keys.js";

ensureZodMessages(); // zod/mini has no messages of its own

/** The filter keys `search(query, { filter })` understands. */
export const FILTER_KEYS = ["ward", "year", "type", "award", "official"] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Filter values per key: several values of one key match any of them; different keys must all match. */
export type SearchFilter = Partial<Record<FilterKey, string | number | ReadonlyArray<string | number>>>;

/** An official given to a plain document: a name, or a name with the offices held. */
export type PlainOfficial = string | { name: string; titles?: ReadonlyArray<string | { text: string }> };

/**
 * A document that is not a parsed record: `id` and `body` are required, the rest is optional.
 * `ward` is found in the text ("phường X", "xã X", "thị trấn X") when not given.
 */
export interface PlainSearchDocument {
  id: string;
  title?: string | null;
  body: string;
  venue?: string | null;
  officials?: ReadonlyArray<PlainOfficial>;
  ward?: string | ReadonlyArray<string>;
  year?: string | number | null;
  type?: string | null;
  awards?: ReadonlyArray<string>;
}

/** What `add` accepts: a parsed record with an `id`, or a plain document. */
export type SearchInput = ArticleRecord | PlainSearchDocument;

/** The filter values of one stored document. */
export interface StoredTags {
  ward: string[];
  year: string[];
  type: string[];
  award: string[];
  official: string[];
}

/** One stored document: the search fields as normalized text, and the filter values. */
export interface StoredDocument {
  id: string;
  title: string;
  venue: string;
  /** One line per official: "Name – office, office". */
  officials: string[];
  body: string;
  tags: StoredTags;
}

/** The text fields, in the order they are indexed (earlier fields score higher within a tier). */
export const TEXT_FIELDS = ["title", "venue", "officials", "body"] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

const WARD_RE =
  /(?:^|[^\p{L}\p{M}])(?:[Pp]hường|PHƯỜNG|[Xx]ã|XÃ|[Tt]hị trấn|THỊ TRẤN|P\.|X\.)[ \u00a0]{0,3}((?:\p{Lu}[\p{Ll}\p{M}]{0,10}|\d{1,3})(?:[ \u00a0]\p{Lu}[\p{Ll}\p{M}]{0,10}){0,3})(?![\p{L}\p{M}\d])/gu;

/**
 * Ward, commune and town names written as "phường X", "xã X", "thị trấn X", "P.X" (X in title case
 * or a number), without the prefix, first occurrence order, no duplicates (compared by exact key).
 *
 * @example
 * ```ts
 * extractWards("Hội trường UBND phường Tân Giang, xã Hồng Phong và Phường 7; các phường, xã");
 * // ["Tân Giang", "Hồng Phong", "7"]
 * ```
 */
export function extractWards(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  WARD_RE.lastIndex = 0;
  for (let m = WARD_RE.exec(text); m; m = WARD_RE.exec(text)) {
    const name = m[1]!.replace(/\u00a0/g, " ");
    const key = exactSequence(name);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(name);
    }
  }
  return out;
}

/**
 * Exact keys of a phrase's tokens, joined by spaces.
 *
 * @example
 * ```ts
 * exactSequence("Uỷ ban") === exactSequence("ủy ban"); // true
 * ```
 */
export function exactSequence(text: string): string {
  return tokenize(text)
    .map((t) => exactKey(t.text))
    .join(" ");
}

/**
 * Folded keys of a phrase's tokens, joined by spaces.
 *
 * @example
 * ```ts
 * foldedSequence("phường Tân Giang"); // "phuong tan giang"
 * ```
 */
export function foldedSequence(text: string): string {
  return tokenize(text)
    .map((t) => foldKey(t.text))
    .join(" ");
}

const WARD_PREFIX_RE = /^(?:phường|xã|thị trấn|phuong|xa|thi tran|p\.|x\.)\s*/iu;

function isRecord(input: SearchInput): input is ArticleRecord {
  return (input as ArticleRecord).schemaVersion !== undefined && typeof (input as ArticleRecord).text === "string";
}

// The parts of an input the index reads, checked before reading them (JavaScript callers have no
// type checker): a wrong shape is INVALID_INPUT naming the field, never a TypeError from inside.
const nullableText = z.optional(z.nullable(z.string()));
const RecordShape = z.looseObject({
  title: nullableText,
  text: z.string(),
  publishedAt: z.optional(z.nullable(z.looseObject({ iso: z.string() }))),
  event: z.looseObject({
    type: nullableText,
    date: z.optional(z.nullable(z.looseObject({ iso: z.string() }))),
    venue: z.optional(z.nullable(z.looseObject({ text: z.string() }))),
  }),
  officials: z.array(z.looseObject({ name: z.string(), titles: z.array(z.looseObject({ text: z.string() })) })),
  awards: z.array(z.looseObject({ kind: z.string() })),
});
const PlainShape = z.looseObject({
  title: nullableText,
  body: z.string(),
  venue: nullableText,
  officials: z.optional(
    z.array(z.union([z.string(), z.looseObject({ name: z.string(), titles: z.optional(z.array(z.union([z.string(), z.looseObject({ text: z.string() })]))) })])),
  ),
  ward: z.optional(z.union([z.string(), z.array(z.string())])),
  year: z.optional(z.union([z.string(), z.number(), z.null()])),
  type: nullableText,
  awards: z.optional(z.array(z.string())),
});

function checkShape(schema: z.ZodMiniType, input: unknown, id: string, what: string): void {
  // jitless: zod would otherwise compile each object schema with `new Function`, which strict CSPs forbid
  const r = schema.safeParse(input, { jitless: true });
  if (r.success) return;
  const issue = r.error.issues[0];
  const where = issue?.path.length ? issue.path.join(".") : "(document)";
  throw new VnWardNewsError("INVALID_INPUT", `${what} "${id}": ${where}: ${issue?.message ?? "wrong shape"}`);
}

/** One shared empty list for the many empty filter lists (fewer objects per document). */
const NONE: string[] = Object.freeze([]) as unknown as string[];

function uniq(values: Iterable<string>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values) {
    const t = v.trim();
    const k = exactSequence(t);
    if (t && k && !seen.has(k)) {
      seen.add(k);
      out.push(t);
    }
  }
  return out.length ? out : NONE;
}

function officialLine(name: string, titles: readonly string[]): string {
  return titles.length ? `${name} – ${titles.join(", ")}` : name;
}

function yearOf(iso: string | null | undefined): string[] {
  const m = iso ? /^(\d{4})/.exec(iso) : null;
  return m ? [m[1]!] : NONE;
}

function asList(v: string | ReadonlyArray<string> | undefined): string[] {
  return v === undefined ? [] : typeof v === "string" ? [v] : [...v];
}

/**
 * Turns a parsed record (with an `id`) or a plain document into what the index stores.
 * Throws a VnWardNewsError (INVALID_INPUT) when there is no usable id or body, or a field the
 * index reads has the wrong type (officials not a list, a ward that is a number, ...).
 *
 * @example
 * ```ts
 * const doc = toStoredDocument({ id: "a", title: "Hội nghị", body: "tại hội trường UBND phường Tân Giang" });
 * doc.tags.ward; // ["Tân Giang"]
 * ```
 */
export function toStoredDocument(input: SearchInput): StoredDocument {
  if (input === null || typeof input !== "object") throw new VnWardNewsError("INVALID_INPUT", "a search document must be an object");
  const id = (input as { id?: unknown }).id;
  if (typeof id !== "string" || id === "") throw new VnWardNewsError("INVALID_INPUT", "a search document needs a non-empty string id");
  if (isRecord(input)) {
    checkShape(RecordShape, input, id, "record");
    const title = prepareText(input.title ?? "");
    const venue = prepareText(input.event.venue?.text ?? "");
    const body = prepareText(input.text);
    const officials = input.officials.map((o) => prepareText(officialLine(o.name, o.titles.map((t) => t.text))));
    const date = input.event.date?.iso ?? null;
    return {
      id,
      title,
      venue,
      officials,
      body,
      tags: {
        ward: uniq(extractWards(`${title}\n${venue}\n${body}`)),
        year: yearOf(date && /^\d{4}/.test(date) ? date : input.publishedAt?.iso),
        type: input.event.type ? [prepareText(input.event.type)] : NONE,
        award: uniq(input.awards.map((a) => a.kind)),
        official: uniq(input.officials.map((o) => prepareText(o.name))),
      },
    };
  }
  const plain = input as PlainSearchDocument;
  if (typeof plain.body !== "string") throw new VnWardNewsError("INVALID_INPUT", `search document "${id}" needs a string body`);
  checkShape(PlainShape, input, id, "search document");
  const title = prepareText(plain.title ?? "");
  const venue = prepareText(plain.venue ?? "");
  const body = prepareText(plain.body);
  const people = (plain.officials ?? []).map((o) =>
    typeof o === "string" ? { name: o, titles: [] as string[] } : { name: o.name, titles: (o.titles ?? []).map((t) => (typeof t === "string" ? t : t.text)) },
  );
  const wards = plain.ward !== undefined ? asList(plain.ward).map((w) => w.replace(WARD_PREFIX_RE, "")) : extractWards(`${title}\n${venue}\n${body}`);
  return {
    id,
    title,
    venue,
    officials: people.map((p) => prepareText(officialLine(p.name, p.titles))),
    body,
    tags: {
      ward: uniq(wards.map(prepareText)),
      year: plain.year === undefined || plain.year === null ? NONE : yearOf(String(plain.year)),
      type: plain.type ? [prepareText(plain.type)] : NONE,
      award: uniq((plain.awards ?? []).map(prepareText)),
      official: uniq(people.map((p) => prepareText(p.name))),
    },
  };
}

/** The filter values of one document as space-padded key sequences (" tan giang "). */
export type TagKeys = Record<FilterKey, { exact: string[]; folded: string[] }>;

/**
 * Precomputes the key sequences a compiled filter compares against.
 *
 * @example
 * ```ts
 * tagKeys({ ward: ["Tân Giang"], year: [], type: [], award: [], official: [] }).ward.folded; // [" tan giang "]
 * ```
 */
export function tagKeys(tags: StoredTags): TagKeys {
  const out = {} as TagKeys;
  for (const k of FILTER_KEYS) {
    out[k] = { exact: tags[k].map((v) => ` ${exactSequence(v)} `), folded: tags[k].map((v) => ` ${foldedSequence(v)} `) };
  }
  return out;
}

/** A filter compiled to key sequences, ready to test documents' filter values. */
export interface CompiledFilter {
  test(tags: StoredTags): boolean;
}

/** Key sequences of filter values, shared by every document (values repeat: wards, years, kinds). */
const KEY_CACHE = new Map<string, { exact: string; folded: string }>();
function keysOfValue(v: string): { exact: string; folded: string } {
  let k = KEY_CACHE.get(v);
  if (!k) {
    if (KEY_CACHE.size >= 50_000) KEY_CACHE.clear();
    k = { exact: ` ${exactSequence(v)} `, folded: ` ${foldedSequence(v)} ` };
    KEY_CACHE.set(v, k);
  }
  return k;
}

interface ValueMatcher {
  /** Exact keys (value typed with diacritics) or folded keys, space-padded (" tan giang "). */
  seq: string;
  exact: boolean;
}

/** How a filter value matches a stored value: the whole value, or a run of its syllables. */
const MATCH_MODE: Record<FilterKey, "equal" | "contains"> = {
  ward: "equal",
  year: "equal",
  type: "contains",
  award: "contains",
  official: "equal",
};

function valueMatcher(key: FilterKey, raw: string | number): ValueMatcher {
  let text = String(raw).trim();
  if (key === "ward") text = text.replace(WARD_PREFIX_RE, "");
  const exact = hasMarks(text);
  return { seq: ` ${exact ? exactSequence(text) : foldedSequence(text)} `, exact };
}

/**
 * Compiles a filter: a value typed with diacritics matches exactly (tone style aside), a value
 * typed without matches every diacritic variant. `type` and `award` match a run of syllables
 * ("hội nghị" matches "hội nghị tổng kết"); `ward`, `official` and `year` match the whole value.
 * A value with no letters or digits matches nothing. Returns null for an empty filter; throws
 * InvalidOptionError (INVALID_OPTION) for an unknown key.
 *
 * @example
 * ```ts
 * const f = compileFilter({ ward: "tan giang" })!;
 * f.test({ ward: ["Tân Giang"], year: [], type: [], award: [], official: [] }); // true
 * ```
 */
export function compileFilter(filter: SearchFilter | undefined | null): CompiledFilter | null {
  if (!filter) return null;
  if (typeof filter !== "object" || Array.isArray(filter)) throw new InvalidOptionError(`filter must be an object like { ward: "Tân Giang" }, got ${Array.isArray(filter) ? "an array" : typeof filter}`);
  const checks: Array<{ key: FilterKey; values: ValueMatcher[] }> = [];
  for (const key of Object.keys(filter)) {
    if (!(FILTER_KEYS as readonly string[]).includes(key)) {
      throw new InvalidOptionError(`unknown filter "${key}" (known: ${FILTER_KEYS.join(", ")})`);
    }
    const k = key as FilterKey;
    const raw = filter[k];
    if (raw === undefined) continue;
    const list: unknown[] = typeof raw === "string" || typeof raw === "number" ? [raw] : Array.isArray(raw) ? raw : [raw];
    for (const v of list) {
      if (typeof v !== "string" && typeof v !== "number") throw new InvalidOptionError(`filter "${key}" takes text or numbers, got ${v === null ? "null" : typeof v}`);
    }
    checks.push({ key: k, values: (list as Array<string | number>).map((v) => valueMatcher(k, v)) });
  }
  if (!checks.length) return null;
  return {
    test(tags) {
      return checks.every(({ key, values }) =>
        values.some((v) => {
          if (v.seq.trim() === "") return false;
          return tags[key].some((stored) => {
            const k = keysOfValue(stored);
            const hay = v.exact ? k.exact : k.folded;
            return MATCH_MODE[key] === "equal" ? hay === v.seq : hay.includes(v.seq);
          });
        }),
      );
    },
  };
}
