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

/** The rewrites of one table, looked up by the folded words they start from (built once per table and mode). */
interface RewriteTable {
  all: Rewrite[];
  /** Folded short -> the rewrites with that short. */
  byShort: Map<string, Rewrite[]>;
  /** Folded first word of an expansion -> the rewrites, longest expansion first. */
  byFirstWord: Map<string, Rewrite[]>;
  /** Folded short -> the shorts of larger bodies whose expansion contains its expansion. */
  wider: Map<string, Rewrite[]>;
  shorts: Set<string>;
}

/** Rewrite tables per abbreviation table, for queries typed without and with diacritics. */
const REWRITES = new WeakMap<readonly AbbreviationEntry[], [RewriteTable | null, RewriteTable | null]>();

function rewritesOf(table: readonly AbbreviationEntry[], marked: boolean): RewriteTable {
  let cached = REWRITES.get(table);
  if (!cached) REWRITES.set(table, (cached = [null, null]));
  return (cached[marked ? 1 : 0] ??= buildRewrites(table, marked));
}

function buildRewrites(table: readonly AbbreviationEntry[], marked: boolean): RewriteTable {
  const all: Rewrite[] = table
    .map((a) => {
      const long = tokenize(a.expansion).map((t) => ({ text: t.text, exact: exactKey(t.text), folded: foldKey(t.text), foldedOnly: !marked }));
      return {
        short: { text: a.short, exact: exactKey(a.short), folded: foldKey(a.short), foldedOnly: true },
        long,
        longFolded: long.map((t) => t.folded).join(" "),
      };
    })
    .filter((r) => r.long.length > 0 && r.short.folded !== "");
  const push = (m: Map<string, Rewrite[]>, k: string, r: Rewrite) => (m.get(k) ?? m.set(k, []).get(k)!).push(r);
  const byShort = new Map<string, Rewrite[]>();
  const byFirstWord = new Map<string, Rewrite[]>();
  const wider = new Map<string, Rewrite[]>();
  for (const r of all) {
    push(byShort, r.short.folded, r);
    push(byFirstWord, r.long[0]!.folded, r);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.long.length - a.long.length);
  for (const r of all) {
    for (const w of all) {
      if (w.short.folded !== r.short.folded && ` ${w.longFolded} `.includes(` ${r.longFolded} `)) push(wider, r.short.folded, w);
    }
  }
  return { all, byShort, byFirstWord, wider, shorts: new Set(byShort.keys()) };
}

function signature(terms: readonly QueryTerm[]): string {
  return terms.map((t) => `${t.foldedOnly ? t.folded : t.exact}`).join(" ");
}

/**
 * Every one-step rewrite of a sequence: expand a short; contract an expansion (longest first); and,
 * from the query as typed only, widen a short to the larger bodies whose names contain it
 * ("MTTQ" also finds "UBMTTQ").
 */
function neighbours(terms: QueryTerm[], table: RewriteTable, widen: boolean): QueryTerm[][] {
  const out: QueryTerm[][] = [];
  const folded = terms.map((t) => t.folded);
  for (let i = 0; i < terms.length; i++) {
    for (const r of table.byShort.get(folded[i]!) ?? []) out.push([...terms.slice(0, i), ...r.long, ...terms.slice(i + 1)]);
  }
  for (let i = 0; i < terms.length; i++) {
    for (const r of table.byFirstWord.get(folded[i]!) ?? []) {
      const n = r.long.length;
      if (i + n <= terms.length && folded.slice(i, i + n).join(" ") === r.longFolded) out.push([...terms.slice(0, i), r.short, ...terms.slice(i + n)]);
    }
  }
  if (widen) {
    for (let i = 0; i < terms.length; i++) {
      for (const w of table.wider.get(folded[i]!) ?? []) out.push([...terms.slice(0, i), w.short, ...terms.slice(i + 1)]);
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
  const shorts = rewrites.shorts;
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
