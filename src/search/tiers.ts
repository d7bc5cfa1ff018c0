/**
 * The ranking tiers, checked on a document's token ids:
 *
 * 1. the query's syllables adjacent, in order, and exact;
 * 2. adjacent and in order, folded;
 * 3. all present, exact;
 * 4. all present, folded;
 * 5. partial: more than half of the query's syllables present (folded).
 *
 * "Exact" compares exact keys (tone style aside), except for syllables marked `foldedOnly` (all of a
 * query typed without diacritics, and abbreviations), where the folded match is the exact one, so
 * such a query only produces tiers 1, 3 and 5.
 */
import type { QueryTerm } from "./query.js";
import type { TokenIds, Vocabulary } from "./vocabulary.js";

export type Tier = 1 | 2 | 3 | 4 | 5;

/** A query alternative resolved to vocabulary ids. */
export interface ResolvedTerms {
  terms: QueryTerm[];
  /** Folded id per syllable (-1: not in the index). */
  folded: Int32Array;
  /** Exact id per syllable (-1: not in the index); ignored where `foldedOnly`. */
  exact: Int32Array;
  foldedOnly: boolean[];
}

/**
 * Looks a query alternative up in the vocabulary.
 *
 * @example
 * ```ts
 * const r = resolveTerms(planQuery("Tân Giang").alternatives[0]!, vocabulary);
 * r.folded.length; // 2
 * ```
 */
export function resolveTerms(terms: QueryTerm[], vocab: Vocabulary): ResolvedTerms {
  return {
    terms,
    folded: Int32Array.from(terms, (t) => vocab.foldedId(t.folded)),
    exact: Int32Array.from(terms, (t) => vocab.exactId(t.exact)),
    foldedOnly: terms.map((t) => t.foldedOnly),
  };
}

function exactAt(tok: number, j: number, q: ResolvedTerms, foldOf: Int32Array): boolean {
  return q.foldedOnly[j] ? foldOf[tok] === q.folded[j] : tok === q.exact[j];
}

/**
 * The tier of a document that contains every syllable of the query (folded), or null when it does
 * not contain them all.
 *
 * @example
 * ```ts
 * tierOf(tokenIdsOf("phường Tân Giang"), resolveTerms(planQuery("Tân Giang").alternatives[0]!, v), v.foldOf); // 1
 * ```
 */
export function tierOf(ids: TokenIds, q: ResolvedTerms, foldOf: Int32Array): Tier | null {
  const k = q.folded.length;
  const f0 = q.folded[0]!;
  const n = ids.length;
  let adjFolded = false;
  for (let p = 0; p + k <= n; p++) {
    if (foldOf[ids[p]!] !== f0) continue;
    let j = 1;
    while (j < k && foldOf[ids[p + j]!] === q.folded[j]) j++;
    if (j < k) continue;
    adjFolded = true;
    let exact = true;
    for (let x = 0; x < k && exact; x++) exact = exactAt(ids[p + x]!, x, q, foldOf);
    if (exact) return 1;
  }
  if (adjFolded) return 2;
  // not adjacent: which syllables are present, exactly or folded
  let allExact = true;
  for (let j = 0; j < k; j++) {
    let found = false;
    let foundExact = false;
    for (let p = 0; p < n && !foundExact; p++) {
      const t = ids[p]!;
      if (foldOf[t] !== q.folded[j]) continue;
      found = true;
      foundExact = exactAt(t, j, q, foldOf);
    }
    if (!found) return null;
    if (!foundExact) allExact = false;
  }
  return allExact ? 3 : 4;
}

/**
 * How many distinct query syllables a document contains (folded), for the partial tier.
 *
 * @example
 * ```ts
 * matchedCount(tokenIdsOf("phường Tân Phú"), resolveTerms(planQuery("tan giang").alternatives[0]!, v), v.foldOf); // 1
 * ```
 */
export function matchedCount(ids: TokenIds, q: ResolvedTerms, foldOf: Int32Array): number {
  const k = q.folded.length;
  const found = new Uint8Array(k);
  let count = 0;
  for (let p = 0; p < ids.length && count < k; p++) {
    const f = foldOf[ids[p]!];
    for (let j = 0; j < k; j++) {
      if (!found[j] && q.folded[j] === f) {
        found[j] = 1;
        count++;
      }
    }
  }
  // a syllable repeated in the query counts once per occurrence found above; the share is what matters
  return count;
}
