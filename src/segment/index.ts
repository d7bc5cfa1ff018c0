/**
 * Segmentation over the normalized body: sentences (and, from tokens.ts, syllable tokens) as spans, no copies.
 */
export { splitSentences, SENTENCE_ABBREVIATIONS } from "./sentences.js";
