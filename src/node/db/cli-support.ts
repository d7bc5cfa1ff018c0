/**
 * What the CLI's `index --db` and `search --db` need, in one call each, so the commands only branch
 * on `--db`: open, do the work in one transaction (or one search), close, with one-line errors.
 */
import type { SearchHit, SearchInput, SearchOptions } from "../../search/index.js";
import { createPgSearchIndex } from "./index.js";

export interface DatabaseTarget {
  /** postgres:// connection string. */
  url: string;
  /** Schema; default `vwn`. */
  schema?: string;
  /** Default 5000 ms. */
  connectTimeoutMs?: number;
}

/**
 * Adds or replaces articles in one transaction (re-running on the same files updates them), after
 * they have all been read: a file that cannot be read or parsed fails the run before anything is
 * written. Returns how many were written.
 *
 * @example
 * ```ts
 * await indexIntoDatabase({ url }, records); // 17
 * ```
 */
export async function indexIntoDatabase(target: DatabaseTarget, inputs: Iterable<SearchInput>): Promise<number> {
  const index = await createPgSearchIndex({ connection: target.url, schema: target.schema, connectTimeoutMs: target.connectTimeoutMs });
  try {
    return await index.updateMany(inputs);
  } finally {
    await index.close();
  }
}

/**
 * Recomputes the ranking data after an upgrade of the library (`vn-ward-news index --db <url> --reindex`).
 *
 * @example
 * ```ts
 * await reindexDatabase({ url }); // 10000
 * ```
 */
export async function reindexDatabase(target: DatabaseTarget): Promise<number> {
  const index = await createPgSearchIndex({ connection: target.url, schema: target.schema, connectTimeoutMs: target.connectTimeoutMs });
  try {
    return await index.reindex();
  } finally {
    await index.close();
  }
}

/**
 * One search against the database, with the in-memory index's options and result shape.
 *
 * @example
 * ```ts
 * const hits = await searchDatabase({ url }, "tan giang", { limit: 5 });
 * ```
 */
export async function searchDatabase(target: DatabaseTarget, query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
  const index = await createPgSearchIndex({ connection: target.url, schema: target.schema, connectTimeoutMs: target.connectTimeoutMs });
  try {
    return await index.search(query, options);
  } finally {
    await index.close();
  }
}
