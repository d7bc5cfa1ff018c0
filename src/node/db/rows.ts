/**
 * From what `add` receives to one row of the `articles` table. The stored document and the folded
 * keys come from the search index's own functions (`toStoredDocument`, `tokenize`, `foldKey`), so
 * the database holds exactly what the in-memory index would hold.
 */
import type { ArticleRecord } from "../../schema.js";
import { VnWardNewsError } from "../../errors.js";
import { foldKey, tokenize, toStoredDocument, type SearchInput, type StoredDocument } from "../../search/index.js";
import { rankingData, type RankingData } from "./ranking.js";

/** One row to write. */
export interface ArticleRow {
  id: string;
  stored: StoredDocument;
  record: ArticleRecord | null;
  /** Distinct folded syllable keys of the title, venue, officials and body (one posting each). */
  fkeys: string[];
  /** Ranking data precomputed by the in-memory index (null when the fast path is unavailable). */
  ranking: RankingData | null;
  ward: string | null;
  wards: string[];
  year: number | null;
  eventType: string | null;
  eventIso: string | null;
  /** `YYYY-MM-DD` when the event date is a full date, else null. */
  eventDate: string | null;
  publishedAt: string | null;
}

function isRecord(input: SearchInput): input is ArticleRecord {
  return (input as ArticleRecord).schemaVersion !== undefined && typeof (input as ArticleRecord).text === "string";
}

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether any string in a JSON-like value holds U+0000 (PostgreSQL text and jsonb refuse it). */
function hasNul(value: unknown): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (Array.isArray(value)) return value.some(hasNul);
  if (value && typeof value === "object") return Object.entries(value).some(([k, v]) => k.includes("\u0000") || hasNul(v));
  return false;
}

function fullDate(iso: string | null | undefined): string | null {
  if (!iso || !FULL_DATE.test(iso)) return null;
  // PostgreSQL rejects impossible dates (2021-02-30); keep those only in the record and event_iso.
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : null;
}

/**
 * The distinct folded keys of a stored document, in first-occurrence order: a superset test on
 * these finds every document flexsearch could return for a query (it indexes the same keys).
 *
 * @example
 * ```ts
 * foldedKeysOf({ id: "a", title: "Tân Giang", venue: "", officials: [], body: "tân giang", tags }); // ["tan", "giang"]
 * ```
 */
export function foldedKeysOf(doc: StoredDocument): string[] {
  const seen = new Set<string>();
  for (const text of [doc.title, doc.venue, ...doc.officials, doc.body]) {
    for (const t of tokenize(text)) seen.add(foldKey(t.text));
  }
  seen.delete("");
  return [...seen];
}

/**
 * Builds the row for a parsed record (with an id) or a plain document. Throws what
 * `toStoredDocument` throws (INVALID_INPUT) for a document without id or body.
 *
 * @example
 * ```ts
 * toRow({ id: "a", body: "UBND phường Tân Giang", year: 2021 }).ward; // "Tân Giang"
 * ```
 */
export function toRow(input: SearchInput): ArticleRow {
  const stored = toStoredDocument(input);
  if (hasNul(stored) || (isRecord(input) && hasNul(input))) {
    throw new VnWardNewsError("INVALID_INPUT", `document ${JSON.stringify(stored.id).replace(/\\u0000/g, "\\0")} contains a NUL character, which PostgreSQL cannot store`);
  }
  const record = isRecord(input) ? input : null;
  const year = stored.tags.year[0];
  const eventIso = record ? (record.event.date?.iso ?? null) : null;
  const ranking = rankingData(stored);
  return {
    id: stored.id,
    stored,
    record,
    fkeys: ranking ? Object.keys(ranking.fmap) : foldedKeysOf(stored),
    ranking,
    ward: stored.tags.ward[0] ?? null,
    wards: stored.tags.ward,
    year: year !== undefined && /^\d{4}$/.test(year) ? Number(year) : null,
    eventType: stored.tags.type[0] ?? null,
    eventIso,
    eventDate: fullDate(eventIso),
    publishedAt: record ? fullDate(record.publishedAt?.iso) : null,
  };
}
