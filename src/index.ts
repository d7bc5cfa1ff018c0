/**
 * vn-ward-news: the browser-safe core. Functions and types only; no Node built-ins.
 */
export { parseArticle, DEFAULT_MAX_INPUT_LENGTH, type ParseOptions } from "./parse.js";
export { normalize, normalizeWithMap, fold, type NormalizeOptions, type ToneStyle, type OffsetMap, type Normalized } from "./normalize/index.js";
export { repair, type RepairResult, type DetectedEncoding } from "./normalize/legacy/index.js";
export * from "./schema.js";
export * from "./errors.js";
export { VERSION } from "./version.js";
