/**
 * The search index over PostgreSQL: same results as the in-memory index of `vn-ward-news/search`,
 * for portals that run several Node processes or hold more articles than one process should keep.
 *
 * ## Why not flexsearch's own PostgreSQL adapter (`flexsearch/db/postgres`)
 * Tried with flexsearch 0.8.212 and pg-promise 12 against PostgreSQL 15 (see docs/postgres.md):
 * - its search ranks multi-word queries by `SUM(res)` in SQL, which is not the order the in-memory
 *   intersection produces, and it has no notion of our tiers, so results would differ;
 * - it keeps one module-level connection: a second index with another connection silently used
 *   the first one's database;
 * - an update committed new terms without deleting the old ones (a search for the old words still
 *   found the updated article), and with two processes adding 50 distinct articles each, 100 rows
 *   reached the term table but only 97 the registry;
 * - two processes opening a fresh database raced on `CREATE TABLE IF NOT EXISTS` and one crashed.
 *
 * ## How this one works
 * PostgreSQL stores each article once (`articles`: the index's stored document, the parsed record,
 * filter columns) plus its distinct folded syllable keys in a GIN-indexed array. A search:
 * 1. plans the query with the in-memory index's own `planQuery` (syllables, exact and folded keys,
 *    abbreviation alternatives);
 * 2. asks PostgreSQL for the candidates: articles holding every folded key of at least one
 *    alternative (`fkeys @> ...`), in insertion order; when the full tiers do not fill the page and
 *    partial matches are on, also articles holding at least half of an alternative's syllables;
 * 3. loads those stored documents into a fresh in-memory index (`importSearchIndex`, in the same
 *    order) and runs its `search`: tiers, flexsearch scores, filters and highlights are the
 *    in-memory code itself, not a second implementation.
 *
 * This gives the same hits in the same order because an in-memory search only ever looks at
 * documents holding the query's folded keys (flexsearch indexes exactly those keys), and flexsearch's
 * per-document scores depend only on the document, with ties in insertion order, which the candidate
 * index keeps. The one documented difference: the in-memory partial tier stops after scanning 5,000
 * candidates; here the candidates of the partial tier are pre-selected, so with more than 5,000
 * partial candidates the two may pick different partial hits. The cost of a search grows with the
 * number of candidates (measured in bench/db.bench.mjs).
 */
import { InvalidOptionError, VnWardNewsError } from "../../errors.js";
import type { ArticleRecord } from "../../schema.js";
import {
  SEARCH_ABBREVIATIONS,
  SEARCH_FORMAT_VERSION,
  SEARCH_INDEX_KIND,
  createSearchIndex,
  importSearchIndex,
  planQuery,
  type AbbreviationEntry,
  type SearchHit,
  type SearchInput,
  type SearchOptions,
  type StoredDocument,
} from "../../search/index.js";
import { DEFAULT_CONNECT_TIMEOUT_MS, openDatabase, toDatabaseError, type PgConnection, type PgDatabase, type PgQueryable } from "./connection.js";
import { toRow, type ArticleRow } from "./rows.js";
import { DEFAULT_SCHEMA, checkSchemaName, ensureSchema } from "./schema.js";

export { DEFAULT_CONNECT_TIMEOUT_MS, describeConnection, type PgConnection, type PgDatabase } from "./connection.js";
export { DEFAULT_SCHEMA, DB_LAYOUT_VERSION } from "./schema.js";
export { foldedKeysOf, toRow, type ArticleRow } from "./rows.js";

export interface PgSearchIndexOptions {
  /** A connection string (`postgres://user:password@host:port/database`), pg connection options, or a pg-promise database you own. */
  connection: PgConnection;
  /** Schema holding the tables; created when missing. Default `vwn`. Lower-case letters, digits and `_`. */
  schema?: string;
  /** Time allowed to open a connection before DATABASE_UNAVAILABLE; default 5000 ms. */
  connectTimeoutMs?: number;
  /** Partial matches (tier 5) when the full tiers do not fill the page; default true, as in memory. */
  partial?: boolean;
  /** Abbreviations for query expansion; default the in-memory index's table. */
  abbreviations?: readonly AbbreviationEntry[];
}

/** Rows written per INSERT statement inside an ingest transaction. */
const BATCH = 500;

/** The largest `limit + offset` a search accepts (as in memory). */
const MAX_NEED = 1_010_000;

interface CandidateRow {
  stored: StoredDocument;
}

function intOr(value: unknown, fallback: number): number {
  return typeof value === "number" && Number.isInteger(value) ? value : fallback;
}

/**
 * A search index stored in PostgreSQL. Create it with {@link createPgSearchIndex}; every method is async.
 * Every write is one transaction: it is all there once the promise resolves, and nothing of it is
 * there when it rejects.
 */
export class PgSearchIndex {
  /** The schema holding the tables. */
  readonly schema: string;
  private readonly db: PgDatabase;
  private readonly where: string;
  private readonly closeDb: () => Promise<void>;
  private readonly partial: boolean;
  private readonly abbreviations: readonly AbbreviationEntry[];
  /** An empty in-memory index: validates search options with the in-memory rules and messages. */
  private readonly validator;
  private closed = false;

  /** Use {@link createPgSearchIndex}. */
  constructor(db: PgDatabase, where: string, close: () => Promise<void>, schema: string, options: Pick<PgSearchIndexOptions, "partial" | "abbreviations">) {
    this.db = db;
    this.where = where;
    this.closeDb = close;
    this.schema = schema;
    this.partial = options.partial ?? true;
    this.abbreviations = options.abbreviations ?? SEARCH_ABBREVIATIONS;
    this.validator = createSearchIndex({ partial: this.partial, abbreviations: this.abbreviations });
  }

  private async run<T>(doing: string, fn: (db: PgDatabase) => Promise<T>): Promise<T> {
    if (this.closed) throw new VnWardNewsError("DATABASE_ERROR", `the PostgreSQL index was closed (while ${doing})`);
    try {
      return await fn(this.db);
    } catch (e) {
      throw toDatabaseError(e, this.where, doing);
    }
  }

  /**
   * Adds one article: a parsed record with an `id`, or a plain document `{ id, body, ... }`.
   * Throws INVALID_INPUT when the id is already stored (use `update`), as the in-memory index does.
   *
   * @example
   * ```ts
   * await index.add(parseArticle(text, { id: "articles/a.txt" }));
   * ```
   */
  async add(input: SearchInput): Promise<void> {
    await this.addMany([input]);
  }

  /**
   * Adds several articles in one transaction: all of them, or (on any error) none. Returns how many were added.
   * Throws INVALID_INPUT for an invalid document, an id given twice, or an id already stored.
   *
   * @example
   * ```ts
   * await index.addMany(records); // 1 transaction
   * ```
   */
  async addMany(inputs: Iterable<SearchInput>): Promise<number> {
    const rows = [...inputs].map(toRow);
    const seen = new Set<string>();
    for (const r of rows) {
      if (seen.has(r.id)) throw new VnWardNewsError("INVALID_INPUT", `document "${r.id}" is given twice`);
      seen.add(r.id);
    }
    if (!rows.length) return 0;
    try {
      await this.run("adding articles", (db) => db.tx((t) => this.write(t, rows, false)));
    } catch (e) {
      const cause = e instanceof VnWardNewsError ? (e.cause as { code?: string; detail?: string } | undefined) : undefined;
      if (cause?.code === "23505") {
        const id = /\(id\)=\((.*)\) already exists/s.exec(cause.detail ?? "")?.[1];
        throw new VnWardNewsError("INVALID_INPUT", `document ${id !== undefined ? `"${id}" ` : ""}is already in the index (use update)`, { cause: e });
      }
      throw e;
    }
    return rows.length;
  }

  /**
   * Replaces an article, or adds it when its id is new (it then ranks as the newest, as in memory).
   *
   * @example
   * ```ts
   * await index.update({ id: "a", body: "nội dung mới" });
   * ```
   */
  async update(input: SearchInput): Promise<void> {
    await this.updateMany([input]);
  }

  /**
   * Replaces or adds several articles in one transaction (an id given twice: the last one wins). Returns how many were written.
   *
   * @example
   * ```ts
   * await index.updateMany(records);
   * ```
   */
  async updateMany(inputs: Iterable<SearchInput>): Promise<number> {
    const last = new Map<string, ArticleRow>();
    for (const r of [...inputs].map(toRow)) {
      last.delete(r.id); // re-insert so the map's order is the order of the last occurrences
      last.set(r.id, r);
    }
    const rows = [...last.values()];
    if (!rows.length) return 0;
    await this.run("updating articles", (db) => db.tx((t) => this.write(t, rows, true)));
    return rows.length;
  }

  private async write(t: PgQueryable, rows: ArticleRow[], upsert: boolean): Promise<void> {
    const s = this.schema;
    // Sequence numbers in input order (ascending; other writers may take numbers in between).
    const seqs = (await t.any<{ v: string }>(`SELECT nextval('${s}.article_seq') AS v FROM generate_series(1, $1) ORDER BY 1`, [rows.length])).map((r) => r.v);
    for (let i = 0; i < rows.length; i += BATCH) {
      const part = rows.slice(i, i + BATCH);
      const cols = {
        id: part.map((r) => r.id),
        seq: seqs.slice(i, i + part.length),
        stored: part.map((r) => JSON.stringify(r.stored)),
        record: part.map((r) => (r.record ? JSON.stringify(r.record) : null)),
        // folded keys hold only letters and digits: a space-joined string is unambiguous
        fkeys: part.map((r) => r.fkeys.join(" ")),
        ward: part.map((r) => r.ward),
        wards: part.map((r) => JSON.stringify(r.wards)),
        year: part.map((r) => r.year),
        eventType: part.map((r) => r.eventType),
        eventIso: part.map((r) => r.eventIso),
        eventDate: part.map((r) => r.eventDate),
        publishedAt: part.map((r) => r.publishedAt),
      };
      await t.none(
        `INSERT INTO ${s}.articles (id, seq, stored, record, fkeys, ward, wards, year, event_type, event_iso, event_date, published_at)
         SELECT u.id, u.seq, u.stored::jsonb, u.record::jsonb, string_to_array(u.fkeys, ' '), u.ward,
                ARRAY(SELECT jsonb_array_elements_text(u.wards::jsonb)), u.year, u.event_type, u.event_iso, u.event_date::date, u.published_at::date
         FROM unnest($1::text[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int[], $9::text[], $10::text[], $11::text[], $12::text[])
              AS u(id, seq, stored, record, fkeys, ward, wards, year, event_type, event_iso, event_date, published_at)
         ${
           upsert
             ? `ON CONFLICT (id) DO UPDATE SET seq = EXCLUDED.seq, stored = EXCLUDED.stored, record = EXCLUDED.record, fkeys = EXCLUDED.fkeys,
                ward = EXCLUDED.ward, wards = EXCLUDED.wards, year = EXCLUDED.year, event_type = EXCLUDED.event_type, event_iso = EXCLUDED.event_iso,
                event_date = EXCLUDED.event_date, published_at = EXCLUDED.published_at, updated_at = now()`
             : ""
         }`,
        [cols.id, cols.seq, cols.stored, cols.record, cols.fkeys, cols.ward, cols.wards, cols.year, cols.eventType, cols.eventIso, cols.eventDate, cols.publishedAt],
      );
    }
  }

  /**
   * Removes an article; returns whether it was there.
   *
   * @example
   * ```ts
   * await index.remove("articles/a.txt"); // true
   * ```
   */
  async remove(id: string): Promise<boolean> {
    return (await this.removeMany([id])) === 1;
  }

  /**
   * Removes several articles in one transaction; returns how many were there.
   *
   * @example
   * ```ts
   * await index.removeMany(["a", "b"]); // 2
   * ```
   */
  async removeMany(ids: Iterable<string>): Promise<number> {
    const list = [...ids];
    if (list.some((id) => typeof id !== "string")) throw new InvalidOptionError("ids must be strings");
    if (!list.length) return 0;
    const rows = await this.run("removing articles", (db) => db.any(`DELETE FROM ${this.schema}.articles WHERE id = ANY($1::text[]) RETURNING id`, [list]));
    return rows.length;
  }

  /**
   * Number of articles.
   *
   * @example
   * ```ts
   * await index.size(); // 10000
   * ```
   */
  async size(): Promise<number> {
    const r = await this.run("counting articles", (db) => db.one<{ n: string }>(`SELECT count(*) AS n FROM ${this.schema}.articles`));
    return Number(r.n);
  }

  /**
   * Whether an article id is stored.
   *
   * @example
   * ```ts
   * await index.has("articles/a.txt"); // true
   * ```
   */
  async has(id: string): Promise<boolean> {
    const r = await this.run("reading an article", (db) => db.oneOrNone(`SELECT 1 FROM ${this.schema}.articles WHERE id = $1`, [id]));
    return r !== null;
  }

  /**
   * The stored search document of an id (search fields and filter values), or null; as `get` in memory.
   *
   * @example
   * ```ts
   * (await index.get("fixtures/seed.txt"))?.tags.ward; // ["Tân Giang"]
   * ```
   */
  async get(id: string): Promise<StoredDocument | null> {
    const r = await this.run("reading an article", (db) => db.oneOrNone<CandidateRow>(`SELECT stored FROM ${this.schema}.articles WHERE id = $1`, [id]));
    return r ? r.stored : null;
  }

  /**
   * The parsed record stored with an id (null for a plain document or an unknown id), so a portal
   * can show results without parsing again.
   *
   * @example
   * ```ts
   * (await index.getRecord("fixtures/seed.txt"))?.event.date?.iso; // "2021-01-07"
   * ```
   */
  async getRecord(id: string): Promise<ArticleRecord | null> {
    const r = await this.run("reading an article", (db) => db.oneOrNone<{ record: ArticleRecord | null }>(`SELECT record FROM ${this.schema}.articles WHERE id = $1`, [id]));
    return r?.record ?? null;
  }

  /**
   * Searches, with the in-memory index's rules and result shape: hits ranked by tier, then
   * flexsearch's score; filters (`ward`, `year`, `type`, `award`, `official`); highlighted snippets.
   * Throws InvalidOptionError for a bad limit, offset or filter key, as in memory.
   *
   * @example
   * ```ts
   * const hits = await index.search("UBND tan giang", { limit: 5, filter: { year: 2021 } });
   * hits[0]?.snippets[0]; // "…hội trường «UBND» phường «Tân Giang»…"
   * ```
   */
  async search(query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
    // Same validation, same messages as in memory (an empty index answers [] after checking).
    this.validator.search(query, { ...options, snippets: false });
    const plan = planQuery(query, this.abbreviations);
    if (!plan.alternatives.length) return [];
    const limit = intOr(options.limit, 10);
    const need = Math.min(MAX_NEED, intOr(options.offset, 0) + limit);
    const alternatives = plan.alternatives.map((a) => a.map((t) => t.folded));
    const full = alternatives.map((keys) => [...new Set(keys)]);

    // Full tiers: documents holding every folded key of some alternative.
    const fullWhere = full.map((_, i) => `fkeys @> $${i + 1}::text[]`).join(" OR ");
    const first = await this.candidates(`(${fullWhere})`, full);
    const hits = this.rank(first, false, query, options);
    if (!this.partial || hits.length >= limit) return hits;

    // Partial tier: also documents holding at least half of the syllables of an alternative of two or more.
    const multi = alternatives.filter((keys) => keys.length >= 2);
    if (!multi.length) return hits;
    const params: unknown[] = [...full];
    const half = multi.map((keys) => {
      params.push(keys);
      const p = params.length;
      return `(SELECT count(*) FROM unnest($${p}::text[]) AS q(k) WHERE q.k = ANY(fkeys)) * 2 >= ${keys.length}`;
    });
    params.push([...new Set(multi.flat())]);
    const any = params.length;
    const second = await this.candidates(`(${fullWhere}) OR (fkeys && $${any}::text[] AND (${half.join(" OR ")}))`, params);
    return this.rank(second, true, query, options);
  }

  private async candidates(where: string, params: unknown[]): Promise<StoredDocument[]> {
    const rows = await this.run("searching", (db) => db.any<CandidateRow>(`SELECT stored FROM ${this.schema}.articles WHERE ${where} ORDER BY seq`, params));
    return rows.map((r) => r.stored);
  }

  /** Runs the in-memory search over the candidates, loaded in insertion order. */
  private rank(documents: StoredDocument[], partial: boolean, query: string, options: SearchOptions): SearchHit[] {
    if (!documents.length) return [];
    const index = importSearchIndex({ kind: SEARCH_INDEX_KIND, version: SEARCH_FORMAT_VERSION, options: { partial }, documents }, { abbreviations: this.abbreviations });
    return index.search(query, options);
  }

  /**
   * Deletes every article (the tables stay).
   *
   * @example
   * ```ts
   * await index.clear();
   * ```
   */
  async clear(): Promise<void> {
    await this.run("clearing the index", (db) => db.none(`TRUNCATE ${this.schema}.articles`));
  }

  /**
   * Drops the schema with its tables and closes the index.
   *
   * @example
   * ```ts
   * await index.drop();
   * ```
   */
  async drop(): Promise<void> {
    await this.run("dropping the index", (db) => db.none(`DROP SCHEMA IF EXISTS ${this.schema} CASCADE`));
    await this.close();
  }

  /**
   * Closes the connection pool (when the index opened it). Further calls fail with DATABASE_ERROR.
   *
   * @example
   * ```ts
   * await index.close();
   * ```
   */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.closeDb();
  }
}

/**
 * Opens (and on first use creates) a PostgreSQL-backed search index. Fails within
 * `connectTimeoutMs` with a one-line VnWardNewsError (DATABASE_UNAVAILABLE) when the server cannot
 * be reached, and with DATABASE_ERROR when the schema was built by an incompatible version.
 *
 * @example
 * ```ts
 * import { createPgSearchIndex } from "vn-ward-news/node";
 * const index = await createPgSearchIndex({ connection: process.env.DATABASE_URL! });
 * await index.addMany(records);
 * const hits = await index.search("hội nghị tổng kết", { filter: { ward: "Tân Giang" } });
 * await index.close();
 * ```
 */
export async function createPgSearchIndex(options: PgSearchIndexOptions): Promise<PgSearchIndex> {
  if (options === null || typeof options !== "object") throw new InvalidOptionError("createPgSearchIndex needs an options object with a connection");
  if (options.connection === undefined || options.connection === null || options.connection === "") {
    throw new InvalidOptionError("createPgSearchIndex needs a connection (a postgres:// connection string)");
  }
  const schema = checkSchemaName(options.schema ?? DEFAULT_SCHEMA);
  const timeout = options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
  if (!Number.isInteger(timeout) || timeout < 1 || timeout > 600_000) throw new InvalidOptionError(`connectTimeoutMs must be an integer from 1 to 600000, got ${String(timeout)}`);
  if (options.partial !== undefined && typeof options.partial !== "boolean") throw new InvalidOptionError("partial must be true or false");
  const { db, where, close } = await openDatabase(options.connection, timeout);
  try {
    await ensureSchema(db, schema);
  } catch (e) {
    await close().catch(() => {});
    throw toDatabaseError(e, where, `preparing schema "${schema}"`);
  }
  return new PgSearchIndex(db, where, close, schema, options);
}
