/**
 * The ranking tiers, checked on a document's syllable ids:
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
 *
 * Speed: a per-document Bloom filter of folded and exact syllable pairs and exact syllables answers
 * "not adjacent" and "not present exactly" for most candidates without reading their syllables;
 * only candidates it cannot rule out are scanned.
 */
import type { QueryTerm } from "./query.js";
import type { TokenIds, Vocabulary } from "./vocabulary.js";

export type Tier = 1 | 2 | 3 | 4 | 5;

/** A document's syllables as the tiers read them. */
export interface TokenData {
  /** Exact-key ids, 0 between fields and at clause punctuation (folded ids come from the vocabulary's `foldOf`). */
  ids: TokenIds;
  /** Bloom filter of folded pairs and exact syllables (every check says "maybe" when absent), maybe followed by other data. */
  bloom?: Uint32Array;
  /** How many words of `bloom` are the filter; default all of them. */
  bloomWords?: number;
}

/** A query alternative resolved to vocabulary ids. */
export interface ResolvedTerms {
  terms: QueryTerm[];
  /** Folded id per syllable (-1: not in the index). */
  folded: Int32Array;
  /** Exact id per syllable (-1: not in the index); ignored where `foldedOnly`. */
  exact: Int32Array;
  foldedOnly: boolean[];
  /** Bloom hashes of the query's folded pairs, exact pairs (folded where a syllable is folded-only) and exact syllables. */
  hashes: { folded: Uint32Array; exact: Uint32Array; syllables: Uint32Array };
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
  const folded = Int32Array.from(terms, (t) => vocab.foldedId(t.folded));
  const exact = Int32Array.from(terms, (t) => vocab.exactId(t.exact));
  const foldedOnly = terms.map((t) => t.foldedOnly);
  const pairs = Math.max(0, terms.length - 1);
  const hashes = { folded: new Uint32Array(pairs), exact: new Uint32Array(pairs), syllables: Uint32Array.from(exact, (e) => exactHash(e)) };
  for (let j = 0; j < pairs; j++) {
    hashes.folded[j] = pairHash(folded[j]!, folded[j + 1]!);
    hashes.exact[j] = !foldedOnly[j] && !foldedOnly[j + 1] ? exactPairHash(exact[j]!, exact[j + 1]!) : hashes.folded[j]!;
  }
  return { terms, folded, exact, foldedOnly, hashes };
}

// ---- Bloom filter -------------------------------------------------------------------------------

function mix(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return (x ^ (x >>> 16)) >>> 0;
}
const pairHash = (a: number, b: number) => mix(Math.imul(a, 0x9e3779b1) ^ mix(b ^ 0x5bd1e995));
const exactPairHash = (a: number, b: number) => mix(Math.imul(a, 0x85ebca77) ^ mix(b ^ 0x165667b1));
const exactHash = (e: number) => mix(e ^ 0x27d4eb2d);

// Probe positions from the top 24 bits of a hash: small integers, so the remainder stays integer arithmetic.
function setBits(bloom: Uint32Array, bits: number, h: number): void {
  const a = (h >>> 8) % bits;
  const b = (mix(h) >>> 8) % bits;
  bloom[a >>> 5]! |= 1 << (a & 31);
  bloom[b >>> 5]! |= 1 << (b & 31);
}
function hasBits(d: TokenData, h: number): boolean {
  const bloom = d.bloom!;
  const bits = (d.bloomWords ?? bloom.length) * 32;
  const a = (h >>> 8) % bits;
  const b = (mix(h) >>> 8) % bits;
  return (bloom[a >>> 5]! & (1 << (a & 31))) !== 0 && (bloom[b >>> 5]! & (1 << (b & 31))) !== 0;
}

/**
 * Words of a Bloom filter for `n` syllables: about 6 bits per syllable (three entries each: about
 * 25% false "maybe" per check).
 *
 * @example
 * ```ts
 * bloomWordsFor(400); // 75
 * ```
 */
export function bloomWordsFor(n: number): number {
  return Math.max(2, Math.ceil((n * 6) / 32));
}

/**
 * Fills a document's Bloom filter (the first `words` words of `into`): every exact syllable, and
 * every adjacent pair, folded and exact; two probes each.
 *
 * @example
 * ```ts
 * const bloom = new Uint32Array(bloomWordsFor(ids.length));
 * fillBloom(bloom, bloom.length, ids, vocabulary.foldOf);
 * ```
 */
export function fillBloom(into: Uint32Array, words: number, ids: ArrayLike<number>, foldOf: Int32Array): void {
  const bits = words * 32;
  for (let p = 0; p < ids.length; p++) {
    const e = ids[p]!;
    if (!e) continue;
    setBits(into, bits, exactHash(e));
    const next = ids[p + 1];
    if (next) {
      setBits(into, bits, pairHash(foldOf[e]!, foldOf[next]!));
      setBits(into, bits, exactPairHash(e, next));
    }
  }
}

/**
 * Whether the query may occur as a phrase in the document, folded (`exact` false) or exactly
 * (`exact` true: pairs of exact syllables where both must match exactly). False is certain.
 *
 * @example
 * ```ts
 * mayHavePhrase(entryOf("phường Tấn Giang"), resolved("Tân Giang"), true); // false
 * ```
 */
export function mayHavePhrase(d: TokenData, q: ResolvedTerms, exact = false): boolean {
  if (!d.bloom) return true;
  if (q.folded.length === 1) return !exact || q.foldedOnly[0]! || (q.exact[0]! > 0 && hasBits(d, q.hashes.syllables[0]!));
  const hs = exact ? q.hashes.exact : q.hashes.folded;
  for (let j = 0; j < hs.length; j++) if (!hasBits(d, hs[j]!)) return false;
  return true;
}

function exactAt(tok: number, j: number, q: ResolvedTerms, foldOf: Int32Array): boolean {
  return q.foldedOnly[j] ? foldOf[tok] === q.folded[j] : tok === q.exact[j];
}

/** Whether syllable j of the query occurs exactly anywhere in the document. */
function hasExactTerm(d: TokenData, j: number, q: ResolvedTerms): boolean {
  const e = q.exact[j]!;
  return e > 0 && (!d.bloom || hasBits(d, q.hashes.syllables[j]!)) && d.ids.indexOf(e) >= 0;
}

/**
 * Whether any syllable of the query must match exactly (it was typed with diacritics).
 *
 * @example
 * ```ts
 * isExactQuery(resolveTerms(planQuery("tan giang").alternatives[0]!, vocabulary)); // false
 * ```
 */
export function isExactQuery(q: ResolvedTerms): boolean {
  return q.foldedOnly.some((x) => !x);
}

/**
 * Tier 1 or 2 when the query's syllables occur adjacent and in order (exactly, or folded), else 0.
 * A one-syllable query counts as adjacent wherever it occurs.
 *
 * @example
 * ```ts
 * phraseTier(entryOf("phường Tấn Giang"), resolveTerms(planQuery("Tân Giang").alternatives[0]!, v), v.foldOf); // 2
 * ```
 */
export function phraseTier(d: TokenData, q: ResolvedTerms, foldOf: Int32Array): 0 | 1 | 2 {
  const k = q.folded.length;
  if (k === 1) return !isExactQuery(q) || hasExactTerm(d, 0, q) ? 1 : 2;
  if (!mayHavePhrase(d, q)) return 0;
  const ids = d.ids;
  const f0 = q.folded[0]!;
  let adjFolded = false;
  for (let p = 0; p + k <= ids.length; p++) {
    if (foldOf[ids[p]!] !== f0) continue;
    let j = 1;
    while (j < k && foldOf[ids[p + j]!] === q.folded[j]) j++;
    if (j < k) continue;
    adjFolded = true;
    let exact = true;
    for (let x = 0; x < k && exact; x++) exact = exactAt(ids[p + x]!, x, q, foldOf);
    if (exact) return 1;
  }
  return adjFolded ? 2 : 0;
}

/**
 * Tier 3 or 4 for a document whose syllables are not adjacent: 3 when every syllable occurs
 * exactly somewhere (always, for a query typed without diacritics), else 4.
 *
 * @example
 * ```ts
 * presenceTier(entryOf("Tân Phú, Bắc Giang"), resolveTerms(planQuery("Tân Giang").alternatives[0]!, v)); // 3
 * ```
 */
export function presenceTier(d: TokenData, q: ResolvedTerms): 3 | 4 {
  for (let j = 0; j < q.folded.length; j++) if (!q.foldedOnly[j] && !hasExactTerm(d, j, q)) return 4;
  return 3;
}

/**
 * The tier (1 to 4) of a document that contains every syllable of the query folded, as
 * flexsearch's AND guarantees.
 *
 * @example
 * ```ts
 * tierOf(entry, resolveTerms(planQuery("Tân Giang").alternatives[0]!, v), v.foldOf); // 1
 * ```
 */
export function tierOf(d: TokenData, q: ResolvedTerms, foldOf: Int32Array): Tier {
  return phraseTier(d, q, foldOf) || presenceTier(d, q);
}

/**
 * How many of the query's syllables a document contains (folded), for the partial tier.
 *
 * @example
 * ```ts
 * matchedCount(entryOf("phường Tân Phú"), resolveTerms(planQuery("tan giang").alternatives[0]!, v), v.foldOf); // 1
 * ```
 */
export function matchedCount(d: TokenData, q: ResolvedTerms, foldOf: Int32Array): number {
  const k = q.folded.length;
  const seen = new Uint8Array(k);
  let count = 0;
  const ids = d.ids;
  for (let p = 0; p < ids.length && count < k; p++) {
    const f = foldOf[ids[p]!];
    for (let j = 0; j < k; j++) {
      if (!seen[j] && q.folded[j] === f) {
        seen[j] = 1;
        count++;
      }
    }
  }
  return count;
}
