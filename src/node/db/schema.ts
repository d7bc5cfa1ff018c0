/**
 * The tables of the PostgreSQL-backed index, created on first use inside one schema (default `vwn`):
 *
 * - `articles`: one row per article. `stored` is the search index's own stored document (search
 *   fields and filter values, exactly what the in-memory index keeps and exports); `record` is the
 *   parsed {@link ArticleRecord} when one was given (null for plain documents); `tags` are the
 *   filter values alone, `tagkeys` the same as the in-memory filters compare them (read for
 *   filtered searches); `seq` is the insertion order (renewed by
 *   update, as the in-memory index re-adds at the end); `ntokens` is the length of the syllable
 *   sequence the tiers compare; `ward`, `wards`, `year`, `event_type`, `event_iso`, `event_date`
 *   and `published_at` are plain columns for portals that filter or list without parsing JSON.
 * - `postings`: one row per article and distinct folded syllable key, with the flexsearch slot the
 *   in-memory index gave the key in that article and the positions of each written form of it
 *   (`forms`, JSON text: `{"tân": [3, 40], "tấn": [88]}`; text, not jsonb, because parsing a
 *   jsonb array made inserts 4 to 5 times slower); `exact` holds the key's exact forms with their
 *   slots in the in-memory index's exact-key index (`tân 0 tấn 4`); `slot`, `forms` and `ntokens` are null when the
 *   fast ranking path is unavailable (ranking.ts). A search reads only the postings of its keys.
 *   No foreign key: its per-row check doubled the ingest time; every write that deletes or replaces
 *   an article deletes its postings in the same transaction.
 * - `meta`: the format versions, checked on open so an index built by an incompatible version is
 *   refused with a clear message instead of answering wrongly, and the fingerprint of the ranking
 *   code that computed the postings (a different one means: run `reindex()`).
 *
 * Creation runs under a transaction-scoped advisory lock: two processes opening a fresh database at
 * once would otherwise race on `CREATE TABLE IF NOT EXISTS` (PostgreSQL then fails one of them
 * with a duplicate `pg_type` key; flexsearch's own adapter shows exactly that).
 */
import { VnWardNewsError } from "../../errors.js";
import { SEARCH_FORMAT_VERSION } from "../../search/index.js";
import type { PgDatabase, PgQueryable } from "./connection.js";

/** Version of the table layout; bumped when the tables change in an incompatible way. */
export const DB_LAYOUT_VERSION = 1;

/** Default schema name. */
export const DEFAULT_SCHEMA = "vwn";

const IDENT_RE = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Checks a schema name (it is put into SQL as an identifier, so only lower-case letters, digits and `_`).
 *
 * @example
 * ```ts
 * checkSchemaName("vwn"); // "vwn"
 * checkSchemaName("a;drop"); // throws INVALID_OPTION
 * ```
 */
export function checkSchemaName(name: string): string {
  if (typeof name !== "string" || !IDENT_RE.test(name)) {
    throw new VnWardNewsError("INVALID_OPTION", `schema must be a lower-case SQL identifier (a-z, 0-9, _; at most 63 characters), got ${JSON.stringify(name)}`);
  }
  return name;
}

/** The SQL statements that create the tables of one schema (idempotent). */
export function createStatements(schema: string): string[] {
  const s = checkSchemaName(schema);
  return [
    `CREATE SCHEMA IF NOT EXISTS ${s}`,
    `CREATE TABLE IF NOT EXISTS ${s}.meta (key text PRIMARY KEY, value text NOT NULL)`,
    `CREATE SEQUENCE IF NOT EXISTS ${s}.article_seq`,
    `CREATE TABLE IF NOT EXISTS ${s}.articles (
      id           text PRIMARY KEY,
      seq          bigint NOT NULL,
      stored       jsonb NOT NULL,
      record       jsonb,
      tags         jsonb NOT NULL,
      tagkeys      jsonb NOT NULL,
      ntokens      integer,
      ward         text,
      wards        text[] NOT NULL DEFAULT '{}',
      year         integer,
      event_type   text,
      event_iso    text,
      event_date   date,
      published_at date,
      updated_at   timestamptz NOT NULL DEFAULT now()
    )`,
    `CREATE INDEX IF NOT EXISTS articles_seq ON ${s}.articles (seq)`,
    `CREATE INDEX IF NOT EXISTS articles_ward ON ${s}.articles (ward)`,
    `CREATE INDEX IF NOT EXISTS articles_event_date ON ${s}.articles (event_date)`,
    `CREATE INDEX IF NOT EXISTS articles_event_type ON ${s}.articles (event_type)`,
    `CREATE TABLE IF NOT EXISTS ${s}.postings (
      fkey    text NOT NULL,
      id      text NOT NULL,
      seq     bigint NOT NULL,
      ntokens integer,
      slot    smallint,
      forms   text,
      exact   text
    )`,
    // a search groups the postings of its keys from this index alone (slot and seq included: an
    // index-only scan, no visit to the wide rows), then reads its candidates' rows by (id, fkey)
    `CREATE INDEX IF NOT EXISTS postings_key ON ${s}.postings (fkey, id) INCLUDE (seq, slot)`,
    `CREATE INDEX IF NOT EXISTS postings_article ON ${s}.postings (id, fkey)`,
    // the indexes of layout 1 before these replaced them (same table: schemas made then are upgraded in place)
    `DROP INDEX IF EXISTS ${s}.postings_fkey`,
    `DROP INDEX IF EXISTS ${s}.postings_id`,
  ];
}

/**
 * Creates the tables when missing and checks the format versions of existing ones.
 * Throws DATABASE_ERROR when the schema was made by an incompatible version of the library.
 *
 * @example
 * ```ts
 * await ensureSchema(db, "vwn");
 * ```
 */
export async function ensureSchema(db: PgDatabase, schema: string, rankingSignature: string): Promise<{ storedSignature: string }> {
  const s = checkSchemaName(schema);
  const want: Record<string, string> = { layout: String(DB_LAYOUT_VERSION), search_format: String(SEARCH_FORMAT_VERSION) };
  return db.tx(async (t) => {
    // hashtext gives an int4; a second key keeps us apart from other users of advisory locks.
    await t.any("SELECT pg_advisory_xact_lock(7610, hashtext($1))", [s]);
    for (const sql of createStatements(s)) await t.none(sql);
    const rows = await t.any<{ key: string; value: string }>(`SELECT key, value FROM ${s}.meta`);
    const have = new Map(rows.map((r) => [r.key, r.value]));
    for (const [key, value] of Object.entries(want)) {
      const got = have.get(key);
      if (got === undefined) await t.none(`INSERT INTO ${s}.meta (key, value) VALUES ($1, $2)`, [key, value]);
      else if (got !== value) {
        throw new VnWardNewsError(
          "DATABASE_ERROR",
          `schema "${s}" was built with ${key} version ${got}, this library uses ${value} (rebuild it into a new schema, or drop it)`,
        );
      }
    }
    const sig = have.get("ranking");
    if (sig === undefined) await t.none(`INSERT INTO ${s}.meta (key, value) VALUES ('ranking', $1)`, [rankingSignature]);
    return { storedSignature: sig ?? rankingSignature };
  });
}

/**
 * Records the fingerprint of the ranking code after a `reindex`.
 *
 * @example
 * ```ts
 * await setRankingSignature(db, "vwn", signatureOf() ?? "none");
 * ```
 */
export async function setRankingSignature(db: PgQueryable, schema: string, signature: string): Promise<void> {
  const s = checkSchemaName(schema);
  await db.none(`INSERT INTO ${s}.meta (key, value) VALUES ('ranking', $1) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`, [signature]);
}
