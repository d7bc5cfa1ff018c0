import type { Command } from "../command.js";
import { UsageError, progress } from "../io.js";
import { parseArticle } from "../../parse.js";
import { expandInputs, readTextFile } from "../../node/files.js";
import { saveSearchIndex } from "../../node/index-file.js";
import { createSearchIndex } from "../../search/index.js";
import type { ArticleRecord } from "../../schema.js";
import { parseTone } from "./normalize.js";

/**
 * Reads `--db` or `--out`/`--index`: exactly one of them.
 *
 * @example
 * ```ts
 * target({ out: "a.json" }, "out"); // { file: "a.json" }
 * ```
 */
export function target(values: Record<string, unknown>, fileOption: "out" | "index"): { file: string } | { db: string } {
  const file = values[fileOption];
  const db = values.db;
  if (file !== undefined && db !== undefined) throw new UsageError(`--${fileOption} and --db cannot be used together`);
  if (typeof db === "string") {
    if (!db) throw new UsageError("--db needs a connection string (postgres://user:password@host/database)");
    return { db };
  }
  if (typeof file !== "string" || !file) throw new UsageError(`${fileOption === "out" ? "index" : "search"} needs --${fileOption} <index file> (or --db <connection string>)`);
  return { file };
}

export const indexCommand: Command = {
  name: "index",
  summary: "build a search index from articles (a JSON index file, or PostgreSQL with --db)",
  usage:
    "index <file... | folder...> --out <index file> [--tone old|new|preserve]\nindex <file... | folder...> --db <postgres connection string>\nindex --db <postgres connection string> --reindex [<file... | folder...>]",
  examples: [
    "vn-ward-news index fixtures --out articles.index.json",
    "vn-ward-news index news/2024/ news/2025/ --out news.index.json --quiet",
    "vn-ward-news index articles/ --db postgres://localhost/news",
    "vn-ward-news index --db postgres://localhost/news --reindex",
  ],
  options: {
    out: { type: "string", short: "o" },
    db: { type: "string" },
    tone: { type: "string" },
    reindex: { type: "boolean" },
  },
  help: {
    out: "the index file to write (written atomically: a temporary file, then renamed)",
    db: "a PostgreSQL connection string: add or update the articles there instead of writing a file",
    tone: "tone style of the indexed text: old (default), new, preserve (search ignores tone style either way)",
    reindex: "with --db: first recompute the ranking data of every stored article (needed after an upgrade changed the search code; searches refuse until then)",
  },
  async run(values, positionals, io) {
    const where = target(values, "out");
    const tone = parseTone(values.tone);
    const reindex = Boolean(values.reindex);
    if (reindex && !("db" in where)) throw new UsageError("--reindex works with --db (an index file is rebuilt by running index again)");
    if (!positionals.length && !reindex) throw new UsageError("index needs files or folders of articles");
    if (positionals.includes("-")) throw new UsageError("index reads files and folders, not stdin (the file path is each article's id)");
    const files = positionals.length ? await expandInputs(positionals) : [];
    const records: ArticleRecord[] = [];
    const bar = progress(io, files.length, { quiet: Boolean(values.quiet), label: "indexing" });
    const index = "file" in where ? createSearchIndex() : null;
    try {
      for (const f of files) {
        const record = parseArticle(await readTextFile(f), { tone, id: f });
        if (index) index.update(record);
        else records.push(record);
        bar.tick(f);
      }
    } finally {
      bar.stop();
    }
    let summary: string;
    if (index && "file" in where) {
      const bytes = await saveSearchIndex(index, where.file);
      summary = `indexed ${index.size} article${index.size === 1 ? "" : "s"} into ${where.file} (${(bytes / 1e6).toFixed(1)} MB)`;
    } else {
      const { createPgSearchIndex } = await import("../../node/db/index.js");
      const db = await createPgSearchIndex({ connection: (where as { db: string }).db });
      try {
        const recomputed = reindex ? await db.reindex() : 0;
        if (records.length) await db.updateMany(records);
        const added = `indexed ${records.length} article${records.length === 1 ? "" : "s"} into the database (${await db.size()} in all)`;
        summary = reindex ? `reindexed ${recomputed} article${recomputed === 1 ? "" : "s"}${records.length ? `; ${added}` : ""}` : added;
      } finally {
        await db.close();
      }
    }
    if (!values.quiet) io.stderr.write(`${summary}\n`);
    return 0;
  },
};
