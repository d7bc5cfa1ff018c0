/**
 * Abbreviations for query expansion ("UBND" finds "Ủy ban nhân dân" and the reverse), taken from
 * the shared lexicon (src/extract/lexicon/abbreviations.ts) and narrowed to the entries that are
 * safe to expand without context.
 */
import { ABBREVIATIONS } from "../extract/lexicon/abbreviations.js";
import { isVietnameseSyllable } from "../normalize/index.js";

/** One abbreviation and its expansion, as written in ward news. */
export interface AbbreviationEntry {
  short: string;
  expansion: string;
}

const ONE_WORD = /^[\p{L}\p{N}]+$/u;

/**
 * Whether a written short form can be expanded in a query without its context: one word of three
 * letters or more that is not itself a Vietnamese syllable ("CA" is also "ca hát", "TU" is "tu").
 *
 * @example
 * ```ts
 * isSafeShort("UBND"); // true
 * isSafeShort("CA"); // false
 * ```
 */
export function isSafeShort(short: string): boolean {
  return ONE_WORD.test(short) && [...short].length >= 3 && !isVietnameseSyllable(short.toLowerCase());
}

function fromLexicon(): AbbreviationEntry[] {
  const out: AbbreviationEntry[] = [];
  const seen = new Set<string>();
  for (const e of ABBREVIATIONS) {
    if (e.documentOnly || e.glued || (e.kind !== "body" && e.kind !== "role")) continue;
    for (const short of [e.short, ...(e.variants ?? [])]) {
      if (!isSafeShort(short) || seen.has(short)) continue;
      seen.add(short);
      // an entry whose expansion depends on context (BCH: Ban Chấp hành / Ban Chỉ huy) expands to its default only
      out.push({ short, expansion: e.expansion });
    }
  }
  return out;
}

/**
 * The abbreviations a query is expanded with: the lexicon's bodies and roles with a safe short
 * form (see {@link isSafeShort}), one entry per written form ("UBMTTQ", "BCHQS").
 */
export const SEARCH_ABBREVIATIONS: readonly AbbreviationEntry[] = fromLexicon();
