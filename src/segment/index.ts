/**
 * Segmentation over the normalized body: sentences (sentences.ts) and syllable tokens (tokens.ts) as spans, no copies.
 */
export { splitSentences, SENTENCE_ABBREVIATIONS, ROMAN_CONTEXT } from "./sentences.js";
export { syllableTokens, isWordChar, type Token } from "./tokens.js";
