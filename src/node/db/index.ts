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
 * filter columns) and one posting per distinct folded syllable key of it, with the ranking data the
 * in-memory index computed for that key at ingest (its flexsearch slot and the positions of its
 * written forms; see schema.ts and ranking.ts). A search:
 * 1. plans the query with the in-memory index's own `planQuery` (syllables, exact and folded keys,
 *    abbreviation alternatives) and reads the postings of those keys only;
 * 2. keeps as candidates the articles holding every folded key of at least one alternative, in
 *    insertion order; when partial matches may be wanted (the full tiers do not fill the page),
 *    also every article holding any key of an alternative of two or more syllables. Unfiltered, it
 *    reads a prefix of each alternative's candidates in the order the search walks them, with a
 *    sentinel after it (reaching it means: read more, run again); filtered and partial searches read
 *    every candidate's slots, and positions only for those the search reaches (ranking.ts);
 * 3. runs the in-memory index's own `search` over those candidates (ranking.ts): tiers, flexsearch
 *    ordering, filters and highlights are the in-memory code, not a second implementation. Only the
 *    hits' documents are read.
 *
 * This gives the same hits in the same order because an in-memory search only ever looks at
 * documents holding the query's folded keys (flexsearch indexes exactly those keys), and flexsearch's
 * per-document scores depend only on the document, with ties in insertion order, which the candidate
 * order keeps (flexsearch's result for an alternative over the candidates is its result over all
 * articles, in the same order, so even positions in it agree). The fast path checks itself against
 * the in-memory index once per process and, should they ever disagree, searches rebuild an in-memory
 * index over the candidates instead (ranking.ts): slower, never different.
 */
import { InvalidOptionError, VnWardNewsError } from "../../errors.js";
import type { ArticleRecord } from "../../schema.js";
import {
  SEARCH_ABBREVIATIONS,
  createSearchIndex,
  type AbbreviationEntry,
  type SearchHit,
  type SearchInput,
  type SearchIndexOptions,
  type SearchOptions,
  type StoredDocument,
  type StoredTags,
} from "../../search/index.js";
import { DEFAULT_CONNECT_TIMEOUT_MS, openDatabase, toDatabaseError, type PgConnection, type PgDatabase, type PgQueryable } from "./connection.js";
import { foldedKeysOf, toRow, type ArticleRow } from "./rows.js";
import { tagKeys, type TagKeys } from "../../search/document.js";
import { DEFAULT_SCHEMA, checkSchemaName, ensureSchema, setRankingSignature } from "./schema.js";
import { fastPathAgrees, lazyForms, rankingData, searchCandidates, signatureOf, type CandidateSource, type StoredCandidate } from "./ranking.js";

export { DEFAULT_CONNECT_TIMEOUT_MS, describeConnection, type PgConnection, type PgDatabase } from "./connection.js";
export { DEFAULT_SCHEMA, DB_LAYOUT_VERSION } from "./schema.js";
export { foldedKeysOf, toRow, type ArticleRow } from "./rows.js";

export interface PgSearchIndexOptions {
  /** A connection string (`postgres://user:password@host:port/database`), pg connection options, or a pg-promise database you own. */
  connection: PgConnection;
  /** Schema holding the tables; created when missing. Default `vwn`. Lower-case letters, digits and `_`. */
  schema?: string;
  /** Time allowed to open a connection before DATABASE_UNAVAILABLE; default PGCONNECT_TIMEOUT (seconds) when set, else 5000 ms. */
  connectTimeoutMs?: number;
  /** Partial matches (tier 5): the in-memory index's option, with its default. */
  partial?: SearchIndexOptions["partial"];
  /** Abbreviations for query expansion; default the in-memory index's table. */
  abbreviations?: readonly AbbreviationEntry[];
}

/** Rows written per INSERT statement inside an ingest transaction. */
const BATCH = 500;

/** The largest `limit + offset` a search accepts (as in memory). */

interface CandidateRow {
  stored: StoredDocument;
}

/** How searches rank: "fast" (precomputed ranking data, see ranking.ts) or "rebuild" (an in-memory index over the candidates; slow, public API only). */
export type RankingMode = "fast" | "rebuild";


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
  private readonly partial: SearchIndexOptions["partial"];
  private readonly abbreviations: readonly AbbreviationEntry[];
  /** An empty in-memory index: validates search options with the in-memory rules and messages. */
  private readonly validator;
  private closed = false;
  /** Fingerprint of the ranking code that wrote the stored ranking data. */
  private storedSignature: string;
  private readonly signature: string;
  /** How searches rank; "rebuild" when the in-memory index does not offer what the fast path needs. */
  ranking: RankingMode;
  /**
   * Candidates read first per query alternative (default: from the page size). Tests set it to 1 or 2
   * so that searches run into the end of the prefix and read more; results never depend on it.
   * @internal
   */
  searchPrefix: number | undefined;

  /** Use {@link createPgSearchIndex}. */
  constructor(
    db: PgDatabase,
    where: string,
    close: () => Promise<void>,
    schema: string,
    options: Pick<PgSearchIndexOptions, "partial" | "abbreviations">,
    storedSignature: string,
  ) {
    this.db = db;
    this.signature = signatureOf() ?? "none";
    this.storedSignature = storedSignature;
    this.ranking = this.signature === "none" ? "rebuild" : "fast";
    this.where = where;
    this.closeDb = close;
    this.schema = schema;
    this.partial = options.partial;
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
      const partSeqs = seqs.slice(i, i + part.length);
      await t.none({
        text: `INSERT INTO ${s}.articles (id, seq, stored, record, tags, tagkeys, ntokens, ward, wards, year, event_type, event_iso, event_date, published_at)
         SELECT u.id, u.seq, u.stored::jsonb, u.record::jsonb, u.tags::jsonb, u.tagkeys::jsonb, u.ntokens, u.ward,
                ARRAY(SELECT jsonb_array_elements_text(u.wards::jsonb)), u.year, u.event_type, u.event_iso, u.event_date::date, u.published_at::date
         FROM unnest($1::text[], $2::bigint[], $3::text[], $4::text[], $5::text[], $14::text[], $6::int[], $7::text[], $8::text[], $9::int[], $10::text[], $11::text[], $12::text[], $13::text[])
              AS u(id, seq, stored, record, tags, tagkeys, ntokens, ward, wards, year, event_type, event_iso, event_date, published_at)
         ${
           upsert
             ? `ON CONFLICT (id) DO UPDATE SET seq = EXCLUDED.seq, stored = EXCLUDED.stored, record = EXCLUDED.record, tags = EXCLUDED.tags, tagkeys = EXCLUDED.tagkeys,
                ntokens = EXCLUDED.ntokens, ward = EXCLUDED.ward, wards = EXCLUDED.wards, year = EXCLUDED.year, event_type = EXCLUDED.event_type,
                event_iso = EXCLUDED.event_iso, event_date = EXCLUDED.event_date, published_at = EXCLUDED.published_at, updated_at = now()`
             : ""
         }`,
        values: [
          part.map((r) => r.id),
          partSeqs,
          part.map((r) => JSON.stringify(r.stored)),
          part.map((r) => (r.record ? JSON.stringify(r.record) : null)),
          part.map((r) => JSON.stringify(r.stored.tags)),
          part.map((r) => r.ranking?.ntokens ?? null),
          part.map((r) => r.ward),
          part.map((r) => JSON.stringify(r.wards)),
          part.map((r) => r.year),
          part.map((r) => r.eventType),
          part.map((r) => r.eventIso),
          part.map((r) => r.eventDate),
          part.map((r) => r.publishedAt),
          part.map((r) => JSON.stringify(tagKeys(r.stored.tags))),
        ],
      });
      if (upsert) await t.none(`DELETE FROM ${s}.postings WHERE id = ANY($1::text[])`, [part.map((r) => r.id)]);
      await this.writePostings(t, part, partSeqs);
    }
  }

  private async writePostings(t: PgQueryable, rows: ArticleRow[], seqs: string[]): Promise<void> {
    const cols = {
      fkey: [] as string[],
      id: [] as string[],
      seq: [] as string[],
      ntokens: [] as Array<number | null>,
      slot: [] as Array<number | null>,
      forms: [] as Array<string | null>,
      exact: [] as Array<string | null>,
    };
    const flush = async () => {
      if (!cols.fkey.length) return;
      await t.none(
        // a parameterized query: the arrays travel as parameters, not as a 4 MB SQL text to format and parse
        {
          text: `INSERT INTO ${this.schema}.postings (fkey, id, seq, ntokens, slot, forms, exact)
                 SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[], $4::int[], $5::smallint[], $6::text[], $7::text[])`,
          values: [cols.fkey, cols.id, cols.seq, cols.ntokens, cols.slot, cols.forms, cols.exact],
        },
      );
      for (const a of Object.values(cols)) a.length = 0;
    };
    for (let j = 0; j < rows.length; j++) {
      const r = rows[j]!;
      for (const key of r.fkeys) {
        const places = r.ranking?.fmap[key];
        cols.fkey.push(key);
        cols.id.push(r.id);
        cols.seq.push(seqs[j]!);
        cols.ntokens.push(r.ranking?.ntokens ?? null);
        cols.slot.push(places ? places.s : null);
        cols.forms.push(places ? JSON.stringify(places.v) : null);
        cols.exact.push(places?.e ? Object.entries(places.e).map(([ek, y]) => `${ek} ${y}`).join(" ") : null);
      }
      if (cols.fkey.length >= 20_000) await flush();
    }
    await flush();
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
    const rows = await this.run("removing articles", (db) =>
      db.tx(async (t) => {
        await t.none(`DELETE FROM ${this.schema}.postings WHERE id = ANY($1::text[])`, [list]);
        return t.any(`DELETE FROM ${this.schema}.articles WHERE id = ANY($1::text[]) RETURNING id`, [list]);
      }),
    );
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
    this.checkFresh();
    const fast = this.ranking === "fast" && (await fastPathAgrees());
    return searchCandidates(query, options, { partial: this.partial, abbreviations: this.abbreviations, fast, prefix: this.searchPrefix }, this.source);
  }

  /** The candidates of a search, read from PostgreSQL. */
  private readonly source: CandidateSource = {
    candidates: async (keys, alternatives, withTags, prefix) => {
      // One statement: the candidates (for each alternative, the articles holding all its keys, the
      // first `prefix` in the search's order when a prefix is asked for; or those holding any key),
      // one row each, with each query key's slot, exact forms' slots and positions (parsed only if looked at).
      const s = this.schema;
      const params: unknown[] = [keys];
      const param = (v: unknown) => {
        params.push(v);
        return `$${params.length}`;
      };
      // Each alternative: the articles holding all its keys, grouped from the keys' postings (covering
      // index), in the search's order (worst slot, then insertion order) and cut when a prefix is asked
      // for, with how many there are in all. Then the query keys' ranking data of those articles.
      const ctes = (prefix !== undefined ? (alternatives ?? []) : []).map((alt, a) => {
        const distinct = [...new Set(alt)];
        const keysParam = param(distinct);
        const order = prefix !== undefined ? ` ORDER BY max(k.slot), min(k.seq) LIMIT ${param(prefix + 1)}` : "";
        return `a${a} AS (SELECT k.id, count(*) OVER () AS n FROM ${s}.postings AS k WHERE k.fkey = ANY(${keysParam}::text[])
                GROUP BY k.id HAVING count(*) = ${distinct.length}${order})`;
      });
      const counts = alternatives && prefix !== undefined ? `, ARRAY[${alternatives.map((_, a) => `(SELECT coalesce(max(n), 0) FROM a${a})`).join(", ")}]::int[] AS counts` : "";
      let grouped: string;
      if (alternatives && prefix !== undefined) {
        // a prefix: the candidates' ranking data, positions included (the search usually looks at most of them)
        const cols = `p.id, min(p.seq) AS seq, min(p.ntokens) AS ntokens, bool_and(p.slot IS NOT NULL AND p.forms IS NOT NULL AND p.ntokens IS NOT NULL) AS ok,
                  string_agg(p.fkey || ' ' || coalesce(p.slot, 0), ' ') AS ks, string_agg(p.exact, ' ') AS es,
                  string_agg(p.fkey || ' ' || coalesce(p.forms, '{}'), E'\\n') AS fs${counts}`;
        grouped = `WITH ${ctes.join(", ")}, c AS (${alternatives.map((_, a) => `SELECT id FROM a${a}`).join(" UNION ")})
           SELECT ${cols} FROM c JOIN ${s}.postings AS p ON p.id = c.id AND p.fkey = ANY($1::text[]) GROUP BY p.id`;
      } else {
        // every candidate (a filter skips most of them; partial matches need them all): slots only, from
        // the covering index; positions are read for those the search reaches (`positions`)
        const having = alternatives
          ? "HAVING " + alternatives.map((alt) => `count(*) FILTER (WHERE p.fkey = ANY(${param([...new Set(alt)])}::text[])) = ${new Set(alt).size}`).join(" OR ")
          : "";
        grouped = `SELECT p.id, min(p.seq) AS seq, NULL::int AS ntokens, bool_and(p.slot IS NOT NULL) AS ok, string_agg(p.fkey || ' ' || coalesce(p.slot, 0), ' ') AS ks,
                          NULL::text AS es, NULL::text AS fs
                   FROM ${s}.postings AS p WHERE p.fkey = ANY($1::text[]) GROUP BY p.id ${having}`;
      }
      const sql = withTags
        ? `SELECT g.*, a.tags FROM (${grouped}) AS g JOIN ${s}.articles AS a USING (id) ORDER BY g.seq`
        : `SELECT g.* FROM (${grouped}) AS g ORDER BY g.seq`;
      const rows = await this.run("searching", (db) =>
        db.any<{ id: string; seq: string; ntokens: number | null; ok: boolean; ks: string; es: string | null; fs: string | null; tags?: StoredTags; tagkeys?: TagKeys; counts?: number[] }>(
          sql,
          params,
        ),
      );
      const pairs = (text: string | null): Map<string, number> | undefined => {
        if (text === null) return undefined;
        const parts = text.split(" ");
        const m = new Map<string, number>();
        for (let j = 0; j + 1 < parts.length; j += 2) m.set(parts[j]!, Number(parts[j + 1]));
        return m;
      };
      const list = rows.map((r): StoredCandidate => {
        const exactSlots = pairs(r.es);
        let forms: Map<string, Record<string, number[]>> | undefined;
        return {
          id: r.id,
          ntokens: r.ntokens ?? 0,
          slots: pairs(r.ks)!,
          ...(exactSlots ? { exactSlots } : {}),
          ...(r.tags ? { tags: r.tags } : {}),
          complete: r.ok,
          // a filter skips most candidates: their positions are read when the search reaches them
          ...(r.fs === null ? lazyForms() : { forms: () => (forms ??= parseForms(r.fs!)) }),
        };
      });
      // an alternative is cut when more of its articles exist than the prefix took
      const counted = rows[0]?.counts;
      const cuts = (alternatives ?? []).map((_, a) => (prefix !== undefined && counted && counted[a]! > prefix ? prefix : null));
      return { list, cuts };
    },
    positions: async (ids, keys) => {
      const got = await this.run("searching", (db) =>
        db.any<{ id: string; ntokens: number; fs: string }>(
          `SELECT id, min(ntokens) AS ntokens, string_agg(fkey || ' ' || coalesce(forms, '{}'), E'\\n') AS fs
           FROM ${this.schema}.postings WHERE id = ANY($1::text[]) AND fkey = ANY($2::text[]) GROUP BY id`,
          [ids, keys],
        ),
      );
      return new Map(got.map((r) => [r.id, { ntokens: r.ntokens, forms: parseForms(r.fs) }]));
    },
    docs: async (ids) => {
      const got = await this.run("searching", (db) => db.any<{ id: string; stored: StoredDocument }>(`SELECT id, stored FROM ${this.schema}.articles WHERE id = ANY($1::text[])`, [ids]));
      return new Map(got.map((r) => [r.id, r.stored]));
    },
  };

  private checkFresh(): void {
    if (this.storedSignature !== this.signature) {
      throw new VnWardNewsError(
        "DATABASE_ERROR",
        `schema "${this.schema}" was indexed by another version of the search code (${this.storedSignature}, this one is ${this.signature}); run reindex() on it (createPgSearchIndex(...).reindex(), or vn-ward-news index --db <url> --reindex)`,
      );
    }
  }

  /**
   * Recomputes the ranking data of every article from its stored document (after an upgrade of the
   * library changed the search code; searches refuse to run until then). Batches of 500 articles, one
   * transaction each; returns how many were recomputed.
   *
   * @example
   * ```ts
   * await index.reindex(); // 10000
   * ```
   */
  async reindex(): Promise<number> {
    const s = this.schema;
    let done = 0;
    let after = "";
    for (;;) {
      const rows = await this.run("reindexing", (db) => db.any<{ id: string; stored: StoredDocument }>(`SELECT id, stored FROM ${s}.articles WHERE id > $1 ORDER BY id LIMIT 500`, [after]));
      if (!rows.length) break;
      const data: ArticleRow[] = rows.map((r) => {
        const ranking = rankingData(r.stored);
        return { ...toRow({ id: r.id, body: "" }), id: r.id, stored: r.stored, fkeys: ranking ? Object.keys(ranking.fmap) : foldedKeysOf(r.stored), ranking };
      });
      await this.run("reindexing", (db) =>
        db.tx(async (t) => {
          const ids = data.map((d) => d.id);
          const seqs = await t.any<{ id: string; seq: string }>(`SELECT id, seq FROM ${s}.articles WHERE id = ANY($1::text[]) FOR UPDATE`, [ids]);
          const seqOf = new Map(seqs.map((r) => [r.id, r.seq]));
          const present = data.filter((d) => seqOf.has(d.id));
          await t.none(`DELETE FROM ${s}.postings WHERE id = ANY($1::text[])`, [ids]);
          await t.none(`UPDATE ${s}.articles AS a SET ntokens = u.n, tagkeys = u.k::jsonb FROM unnest($1::text[], $2::int[], $3::text[]) AS u(id, n, k) WHERE a.id = u.id`, [
            present.map((d) => d.id),
            present.map((d) => d.ranking?.ntokens ?? null),
            present.map((d) => JSON.stringify(tagKeys(d.stored.tags))),
          ]);
          await this.writePostings(t, present, present.map((d) => seqOf.get(d.id)!));
        }),
      );
      done += rows.length;
      after = rows[rows.length - 1]!.id;
    }
    await this.run("reindexing", (db) => setRankingSignature(db, s, this.signature));
    this.storedSignature = this.signature;
    return done;
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
    await this.run("clearing the index", (db) => db.none(`TRUNCATE ${this.schema}.postings, ${this.schema}.articles`));
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

/** The positions of a candidate's query keys as the statements give them: one line per key, `key {"form": [positions]}`. */
function parseForms(text: string): Map<string, Record<string, number[]>> {
  const forms = new Map<string, Record<string, number[]>>();
  for (const line of text.split("\n")) {
    const at = line.indexOf(" ");
    if (at > 0) forms.set(line.slice(0, at), JSON.parse(line.slice(at + 1)) as Record<string, number[]>);
  }
  return forms;
}

/** PGCONNECT_TIMEOUT (seconds, as libpq reads it), when set to a positive whole number. */
function envConnectTimeoutMs(): number | undefined {
  const raw = typeof process !== "undefined" ? process.env.PGCONNECT_TIMEOUT : undefined;
  return raw && /^\d{1,6}$/.test(raw.trim()) && Number(raw) > 0 ? Number(raw) * 1000 : undefined;
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
  const timeout = options.connectTimeoutMs ?? envConnectTimeoutMs() ?? DEFAULT_CONNECT_TIMEOUT_MS;
  if (!Number.isInteger(timeout) || timeout < 1 || timeout > 600_000) throw new InvalidOptionError(`connectTimeoutMs must be an integer from 1 to 600000, got ${String(timeout)}`);
  // the in-memory index checks partial and abbreviations with its own rules and messages
  createSearchIndex({ partial: options.partial, abbreviations: options.abbreviations });
  const { db, where, close } = await openDatabase(options.connection, timeout);
  let stored: string;
  try {
    stored = (await ensureSchema(db, schema, signatureOf() ?? "none")).storedSignature;
  } catch (e) {
    await close().catch(() => {});
    throw toDatabaseError(e, where, `preparing schema "${schema}"`);
  }
  return new PgSearchIndex(db, where, close, schema, options, stored);
}
