/**
 * From a query string to what the ranker checks: syllables with their exact and folded keys, the
 * query's mode (typed with or without diacritics), and its abbreviation alternatives
 * ("UBND phường" also as "Ủy ban nhân dân phường", and the reverse).
 */
import { SEARCH_ABBREVIATIONS, type AbbreviationEntry } from "./abbreviations.js";
import { exactKey, foldKey, hasMarks, tokenize } from "./keys.js";

/** One query syllable. */
export interface QueryTerm {
  /** As typed (or as written in the abbreviation table). */
  text: string;
  exact: string;
  folded: string;
  /**
   * True when a folded match counts as exact: every syllable of a query typed without diacritics,
   * and abbreviations ("HDND" typed for "HĐND").
   */
  foldedOnly: boolean;
}

/** A parsed query. */
export interface QueryPlan {
  /** True when any syllable was typed with a diacritic: exact matches then rank first. */
  marked: boolean;
  /** The query's syllables first, then its abbreviation rewrites; never empty unless the query has no syllables. */
  alternatives: QueryTerm[][];
}

/** Longest query, in syllables; the rest is ignored. */
export const MAX_QUERY_SYLLABLES = 32;
/** Most alternatives tried per query. */
export const MAX_ALTERNATIVES = 8;

interface Rewrite {
  short: QueryTerm;
  long: QueryTerm[];
  longFolded: string;
}

/** Rewrites per abbreviation table, for queries typed without and with diacritics (built once). */
const REWRITES = new WeakMap<readonly AbbreviationEntry[], [Rewrite[] | null, Rewrite[] | null]>();

function rewritesOf(table: readonly AbbreviationEntry[], marked: boolean): Rewrite[] {
  let cached = REWRITES.get(table);
  if (!cached) REWRITES.set(table, (cached = [null, null]));
  return (cached[marked ? 1 : 0] ??= buildRewrites(table, marked));
}

function buildRewrites(table: readonly AbbreviationEntry[], marked: boolean): Rewrite[] {
  return table.map((a) => {
    const long = tokenize(a.expansion).map((t) => ({ text: t.text, exact: exactKey(t.text), folded: foldKey(t.text), foldedOnly: !marked }));
    return {
      short: { text: a.short, exact: exactKey(a.short), folded: foldKey(a.short), foldedOnly: true },
      long,
      longFolded: long.map((t) => t.folded).join(" "),
    };
  });
}

function signature(terms: readonly QueryTerm[]): string {
  return terms.map((t) => `${t.foldedOnly ? t.folded : t.exact}`).join(" ");
}

/**
 * Every one-step rewrite of a sequence: expand a short; contract an expansion (longest first); and,
 * from the query as typed only, widen a short to the larger bodies whose names contain it
 * ("MTTQ" also finds "UBMTTQ").
 */
function neighbours(terms: QueryTerm[], rewrites: readonly Rewrite[], widen: boolean): QueryTerm[][] {
  const out: QueryTerm[][] = [];
  const folded = terms.map((t) => t.folded);
  for (const r of rewrites) {
    for (let i = 0; i < terms.length; i++) {
      if (folded[i] === r.short.folded) out.push([...terms.slice(0, i), ...r.long, ...terms.slice(i + 1)]);
    }
  }
  for (const r of [...rewrites].sort((a, b) => b.long.length - a.long.length)) {
    const n = r.long.length;
    for (let i = 0; i + n <= terms.length; i++) {
      if (folded.slice(i, i + n).join(" ") === r.longFolded) out.push([...terms.slice(0, i), r.short, ...terms.slice(i + n)]);
    }
  }
  if (widen) {
    for (const r of rewrites) {
      for (let i = 0; i < terms.length; i++) {
        if (folded[i] !== r.short.folded) continue;
        for (const wider of rewrites) {
          if (wider.short.folded !== r.short.folded && ` ${wider.longFolded} `.includes(` ${r.longFolded} `)) {
            out.push([...terms.slice(0, i), wider.short, ...terms.slice(i + 1)]);
          }
        }
      }
    }
  }
  return out;
}

/**
 * Parses a query: its syllables (at most {@link MAX_QUERY_SYLLABLES}), whether it was typed with
 * diacritics, and up to {@link MAX_ALTERNATIVES} abbreviation alternatives, breadth first.
 *
 * @example
 * ```ts
 * const plan = planQuery("UBND phường Tân Giang");
 * plan.marked; // true
 * plan.alternatives.map((a) => a.map((t) => t.text).join(" "));
 * // ["UBND phường Tân Giang", "Ủy ban nhân dân phường Tân Giang"]
 * ```
 */
export function planQuery(query: string, abbreviations: readonly AbbreviationEntry[] = SEARCH_ABBREVIATIONS): QueryPlan {
  const toks = tokenize(query.normalize("NFC")).slice(0, MAX_QUERY_SYLLABLES);
  const marked = toks.some((t) => hasMarks(t.text));
  if (!toks.length) return { marked, alternatives: [] };
  const rewrites = rewritesOf(abbreviations, marked);
  const shorts = new Set(rewrites.map((r) => r.short.folded));
  // a typed abbreviation matches folded: "HDND" finds "HĐND" even in a query with diacritics
  const first = toks.map((t) => ({ text: t.text, exact: exactKey(t.text), folded: foldKey(t.text), foldedOnly: !marked || shorts.has(foldKey(t.text)) }));
  const alternatives: QueryTerm[][] = [first];
  const seen = new Set([signature(first)]);
  for (let i = 0; i < alternatives.length && alternatives.length < MAX_ALTERNATIVES; i++) {
    for (const next of neighbours(alternatives[i]!, rewrites, i === 0)) {
      const sig = signature(next);
      if (seen.has(sig) || next.length > MAX_QUERY_SYLLABLES) continue;
      seen.add(sig);
      alternatives.push(next);
      if (alternatives.length >= MAX_ALTERNATIVES) break;
    }
  }
  return { marked, alternatives };
}
