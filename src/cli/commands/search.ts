import type { Command } from "../command.js";
import { UsageError, markSnippet, paint } from "../io.js";
import { loadSearchIndex } from "../../node/index-file.js";
import { FILTER_KEYS, type FilterKey, type SearchFilter, type SearchHit } from "../../search/index.js";
import { target } from "./index-cmd.js";

/**
 * Parses repeated `--filter key=value` options into a search filter (a key given twice matches either value).
 *
 * @example
 * ```ts
 * parseFilters(["ward=Tân Giang", "year=2021", "year=2022"]); // { ward: ["Tân Giang"], year: ["2021", "2022"] }
 * ```
 */
export function parseFilters(raw: unknown): SearchFilter | undefined {
  if (raw === undefined) return undefined;
  const list = Array.isArray(raw) ? raw : [raw];
  const filter: Partial<Record<FilterKey, string[]>> = {};
  for (const item of list) {
    const m = typeof item === "string" ? /^\s*([a-z]+)\s*=(.*)$/s.exec(item) : null;
    if (!m) throw new UsageError(`--filter expects key=value (keys: ${FILTER_KEYS.join(", ")}), got "${String(item)}"`);
    const key = m[1] as FilterKey;
    if (!(FILTER_KEYS as readonly string[]).includes(key)) throw new UsageError(`unknown filter "${key}" (keys: ${FILTER_KEYS.join(", ")})`);
    const value = m[2]!.trim();
    if (!value) throw new UsageError(`--filter ${key}= needs a value`);
    (filter[key] ??= []).push(value);
  }
  return filter;
}

/**
 * Reads --limit: a whole number from 1 to 10000 (default 10).
 *
 * @example
 * ```ts
 * parseLimit("20"); // 20
 * ```
 */
export function parseLimit(raw: unknown): number {
  if (raw === undefined) return 10;
  const n = typeof raw === "string" && /^\d{1,5}$/.test(raw.trim()) ? Number(raw) : NaN;
  if (!(n >= 1 && n <= 10_000)) throw new UsageError(`--limit must be a whole number from 1 to 10000, got "${String(raw)}"`);
  return n;
}

/** The CLI's JSON for one hit (see the record spec's CLI section). */
function jsonHit(h: SearchHit): { id: string; score: number; tier: number; title: string | null; snippets: string[] } {
  return { id: h.id, score: h.score, tier: h.tier, title: h.title, snippets: h.snippets };
}

export const searchCommand: Command = {
  name: "search",
  summary: "search an index: ranked hits with highlighted snippets (exact matches first, diacritics optional)",
  usage: 'search --index <index file> "<query>" [--json] [--limit N] [--filter key=value]...\nsearch --db <postgres connection string> "<query>" [...]',
  examples: [
    'vn-ward-news search --index articles.index.json "tan giang"',
    'vn-ward-news search --index articles.index.json "Tống Thị Quỳnh Hoa" --json',
    'vn-ward-news search --index articles.index.json "hội nghị" --filter ward=tan giang --filter year=2021 --limit 5',
    'vn-ward-news search --index articles.index.json "UBND"              # also finds "Ủy ban nhân dân"',
  ],
  options: {
    index: { type: "string", short: "i" },
    db: { type: "string" },
    json: { type: "boolean" },
    limit: { type: "string", short: "n" },
    filter: { type: "string", multiple: true, short: "f" },
  },
  help: {
    index: "the index file written by 'vn-ward-news index'",
    db: "a PostgreSQL connection string: search the index there instead of a file",
    json: 'print { "hits": [ { "id", "score", "tier", "title", "snippets": [...] } ] }, best first',
    limit: "most hits to print (default 10)",
    filter: `keep hits whose key=value matches; keys: ${FILTER_KEYS.join(", ")}; repeat for more`,
  },
  async run(values, positionals, io) {
    const where = target(values, "index");
    const query = positionals.join(" ").trim();
    if (!query) throw new UsageError('search needs a query: vn-ward-news search --index <file> "<query>"');
    const limit = parseLimit(values.limit);
    const filter = parseFilters(values.filter);
    const options = { limit, ...(filter ? { filter } : {}) };
    let hits: SearchHit[];
    let didYouMean: string | null = null;
    if ("file" in where) {
      const index = await loadSearchIndex(where.file);
      hits = index.search(query, options);
      if (!hits.length || hits.every((h) => h.tier > 1)) didYouMean = index.didYouMean(query);
    } else {
      const { createPgSearchIndex } = await import("../../node/db/index.js");
      const db = await createPgSearchIndex({ connection: where.db });
      try {
        hits = await db.search(query, options);
      } finally {
        await db.close();
      }
    }
    if (values.json) {
      io.stdout.write(JSON.stringify({ hits: hits.map(jsonHit), ...(didYouMean ? { didYouMean } : {}) }, null, 2) + "\n");
      return 0;
    }
    const p = paint(io);
    if (!hits.length) io.stdout.write(`no hits for "${query}"\n`);
    hits.forEach((h, i) => {
      io.stdout.write(`${p.dim(`${String(i + 1).padStart(2)}.`)} ${p.bold(h.id)}${h.title ? `: ${h.title}` : ""} ${p.dim(`[tier ${h.tier}, ${h.score.toFixed(3)}]`)}\n`);
      for (const s of h.snippets) io.stdout.write(`    ${markSnippet(s, p)}\n`);
    });
    if (didYouMean && !values.quiet) io.stderr.write(`did you mean: ${didYouMean}\n`);
    return 0;
  },
};
