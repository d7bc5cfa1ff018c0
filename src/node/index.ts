/**
 * vn-ward-news/node: Node-only helpers (files, byte encodings, the PostgreSQL-backed index).
 */
export { readTextFile, expandInputs, decodeText, ARTICLE_EXTENSIONS } from "./files.js";
