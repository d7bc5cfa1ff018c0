/**
 * The export format: one JSON-serializable object holding a kind marker, a format version, the
 * index options and every stored document in insertion order. Import validates it with zod and
 * the index is rebuilt from the documents, so an imported index answers exactly like the one
 * exported (same documents, same order, same flexsearch state).
 *
 * Why documents and not flexsearch's own export: the documents are needed anyway (snippets,
 * filters, suggestions), flexsearch's export would add its maps on top (a larger file), and a
 * rebuild cannot be inconsistent with the documents. The cost is re-tokenizing on import,
 * measured in bench/search.bench.mjs ("import (rebuild)").
 */
import * as z from "zod/mini";
import { ensureZodMessages } from "../zod.js";
import { InvalidIndexFileError } from "../errors.js";
import type { StoredDocument } from "./document.js";

ensureZodMessages(); // zod/mini has no messages of its own

/** The `kind` marker of an exported index. */
export const SEARCH_INDEX_KIND = "vn-ward-news/search-index" as const;
/** The version of the export format; import refuses any other. */
export const SEARCH_FORMAT_VERSION = 1 as const;

// No size bounds: whatever `add` accepted must import again (the data is already parsed JSON in
// memory by now, so a bound would protect nothing and lose documents).
const text = z.string();
const list = z.array(z.string());

const StoredDocumentSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  title: text,
  venue: text,
  officials: list,
  body: text,
  tags: z.strictObject({ ward: list, year: list, type: list, award: list, official: list }),
});

/** Index options that are saved with the index. */
export const SavedOptionsSchema = z.strictObject({
  /** When partial matches (tier 5) are returned: "fallback", "always", or false (true is read as "always"). */
  partial: z.union([z.literal(false), z.literal(true), z.literal("fallback"), z.literal("always")]),
});
export type SavedOptions = z.infer<typeof SavedOptionsSchema>;

const ExportSchema = z.strictObject({
  kind: z.literal(SEARCH_INDEX_KIND),
  version: z.literal(SEARCH_FORMAT_VERSION),
  options: SavedOptionsSchema,
  documents: z.array(StoredDocumentSchema),
});

/** What `export()` returns and `import()` accepts. */
export interface SearchIndexExport {
  kind: typeof SEARCH_INDEX_KIND;
  version: typeof SEARCH_FORMAT_VERSION;
  options: SavedOptions;
  documents: StoredDocument[];
}

/**
 * Validates an exported index, throwing {@link InvalidIndexFileError} (code INVALID_INDEX_FILE) for
 * anything that is not one: another kind of object, another format version, a missing or
 * mistyped field, unknown keys, duplicate ids. Returns fresh objects (never the input's), so keys
 * like `__proto__` in the data cannot reach any prototype.
 *
 * @example
 * ```ts
 * parseExport(JSON.parse(fileText)).documents.length;
 * parseExport({ kind: "something else" }); // throws InvalidIndexFileError
 * ```
 */
export function parseExport(data: unknown): SearchIndexExport {
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    throw new InvalidIndexFileError(`expected an object, got ${data === null ? "null" : Array.isArray(data) ? "an array" : typeof data}`);
  }
  const head = data as Record<string, unknown>;
  if (!Object.prototype.hasOwnProperty.call(head, "kind") || head.kind !== SEARCH_INDEX_KIND) {
    throw new InvalidIndexFileError(`not a vn-ward-news search index (kind is ${JSON.stringify(head.kind) ?? "missing"})`);
  }
  if (head.version !== SEARCH_FORMAT_VERSION) {
    throw new InvalidIndexFileError(`unsupported format version ${JSON.stringify(head.version) ?? "(missing)"}, this library reads version ${SEARCH_FORMAT_VERSION} (rebuild the index)`);
  }
  // jitless: zod would otherwise compile each object schema with `new Function`, which strict CSPs forbid
  const parsed = ExportSchema.safeParse(data, { jitless: true });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join(".") : "(top)";
    throw new InvalidIndexFileError(`${where}: ${issue?.message ?? "does not match the format"}`, { cause: parsed.error });
  }
  const ids = new Set<string>();
  for (const d of parsed.data.documents) {
    if (ids.has(d.id)) throw new InvalidIndexFileError(`duplicate document id ${JSON.stringify(d.id)}`);
    ids.add(d.id);
  }
  return parsed.data;
}
