/**
 * vn-ward-news/node: Node-only helpers (files, byte encodings, the PostgreSQL-backed index).
 */
export { readTextFile, expandInputs, decodeText, ARTICLE_EXTENSIONS } from "./files.js";
export { createPgSearchIndex, PgSearchIndex, DEFAULT_SCHEMA, DEFAULT_CONNECT_TIMEOUT_MS, type PgSearchIndexOptions, type PgConnection, type PgDatabase } from "./db/index.js";
export { decodeBytes, detectByteEncoding, byteEncodingName, readEncodedTextFile, type ByteEncoding } from "./encoding.js";
export { saveSearchIndex, loadSearchIndex, MAX_INDEX_FILE_BYTES } from "./index-file.js";
