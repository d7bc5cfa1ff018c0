/**
 * vn-ward-news/node: Node-only helpers (files, byte encodings, the PostgreSQL-backed index).
 */
export { readTextFile, readFileBytes, expandInputs, decodeText, ARTICLE_EXTENSIONS, DEFAULT_MAX_FILE_BYTES, type ReadFileOptions } from "./files.js";
export { createPgSearchIndex, PgSearchIndex, DEFAULT_SCHEMA, DEFAULT_CONNECT_TIMEOUT_MS, type PgSearchIndexOptions, type PgConnection, type PgDatabase } from "./db/index.js";
export { decodeBytes, detectByteEncoding, byteEncodingName, readEncodedTextFile, type ByteEncoding } from "./encoding.js";
export { saveSearchIndex, loadSearchIndex, MAX_INDEX_FILE_BYTES, MAX_INDEX_STREAM_BYTES } from "./index-file.js";
