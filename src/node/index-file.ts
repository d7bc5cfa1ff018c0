/**
 * Search index files (Node only): `export()` as JSON, written atomically, and read back with
 * every check of `importSearchIndex`.
 */
import { randomBytes } from "node:crypto";
import { rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { InputTooLargeError, InvalidIndexFileError, VnWardNewsError } from "../errors.js";
import { readFileBytes } from "./files.js";
import { importSearchIndex, type SearchIndex, type SearchIndexOptions } from "../search/index.js";

/**
 * Largest index file read, in bytes: V8 cannot hold a longer string (about 2^29 code units), so a
 * larger file could not be parsed anyway.
 */
export const MAX_INDEX_FILE_BYTES = 500_000_000;
/** Largest index read from a pipe or a device (`--index /dev/stdin`), whose size is not known before reading. */
export const MAX_INDEX_STREAM_BYTES = 64_000_000;

/**
 * Writes an index to a JSON file atomically: into a temporary file beside it, then renamed over
 * it, so a reader never sees half a file and a failed write leaves the old file in place.
 * Returns the number of bytes written.
 *
 * @example
 * ```ts
 * await saveSearchIndex(index, "articles.index.json"); // 123456
 * ```
 */
export async function saveSearchIndex(index: SearchIndex, path: string): Promise<number> {
  const json = JSON.stringify(index.export());
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await writeFile(tmp, json, "utf8");
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => {});
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new VnWardNewsError("INPUT_NOT_FOUND", `${path}: its folder does not exist`, { cause: e });
    if (code === "EISDIR") throw new VnWardNewsError("INPUT_IS_DIRECTORY", `${path}: is a folder, expected a file`, { cause: e });
    throw new VnWardNewsError("INVALID_INPUT", `${path}: cannot write the index (${code ?? (e as Error).message})`, { cause: e });
  }
  return Buffer.byteLength(json, "utf8");
}

/**
 * Reads an index file written by {@link saveSearchIndex}. A missing file or a folder is a
 * VnWardNewsError (INPUT_NOT_FOUND, INPUT_IS_DIRECTORY); anything that is not an intact index
 * of this format version (not JSON, truncated, another kind, another version) is an
 * InvalidIndexFileError (INVALID_INDEX_FILE).
 *
 * @example
 * ```ts
 * const index = await loadSearchIndex("articles.index.json");
 * index.search("tan giang");
 * ```
 */
export async function loadSearchIndex(path: string, options: Omit<SearchIndexOptions, "partial"> = {}): Promise<SearchIndex> {
  let st;
  try {
    st = await stat(path);
  } catch {
    throw new VnWardNewsError("INPUT_NOT_FOUND", `${path}: no such index file`);
  }
  if (st.isDirectory()) throw new VnWardNewsError("INPUT_IS_DIRECTORY", `${path}: is a folder, expected an index file`);
  if (st.size > MAX_INDEX_FILE_BYTES) throw new InvalidIndexFileError(`${path}: ${st.size} bytes is too large for an index file`);
  let bytes: Uint8Array;
  try {
    // a device or a pipe (/dev/zero) is read up to a limit, never to the end of memory
    bytes = await readFileBytes(path, { maxBytes: st.isFile() ? MAX_INDEX_FILE_BYTES : MAX_INDEX_STREAM_BYTES });
  } catch (e) {
    if (e instanceof InputTooLargeError) throw new InvalidIndexFileError(`${path}: more than ${e.limit} bytes, too large for an index file`, { cause: e });
    throw e;
  }
  let text = new TextDecoder().decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new InvalidIndexFileError(`${path}: not JSON${text.length ? " (truncated or not an index file?)" : " (empty file)"}`, { cause: e });
  }
  try {
    return importSearchIndex(data, options);
  } catch (e) {
    if (e instanceof InvalidIndexFileError) throw new InvalidIndexFileError(`${path}: ${e.message.replace(/^vn-ward-news: invalid index file: /, "")}`, { cause: e });
    throw e;
  }
}
