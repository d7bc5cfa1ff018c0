/**
 * vn-ward-news: the browser-safe core. Functions and types only; no Node built-ins.
 */
export { parseArticle, DEFAULT_MAX_INPUT_LENGTH, type ParseOptions } from "./parse.js";
export { normalize, normalizeWithMap, fold, type NormalizeOptions, type ToneStyle, type OffsetMap, type Normalized } from "./normalize/index.js";
export { parseSyllable, isVietnameseSyllable, placeTone, type Syllable, type Tone } from "./normalize/index.js";
export { syllableTokens, isWordChar, type Token } from "./segment/tokens.js";
export { repair, type RepairResult, type DetectedEncoding } from "./normalize/legacy/index.js";
export * from "./schema.js";
export * from "./errors.js";
export { VERSION } from "./version.js";
