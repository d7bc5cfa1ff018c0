/**
 * Running the in-memory index's own search over candidates read from PostgreSQL, cheaply.
 *
 * Building a full in-memory index over the candidates of every query (`importSearchIndex`) gives the
 * in-memory results by construction, but costs the full indexing price per candidate (about 4 ms
 * for a 1,600-character article with the search code of this version): seconds for a common word
 * in 10,000 articles. So the work that depends only on an article is done once, at ingest, by the
 * in-memory index itself (a one-article index), and kept in the row (`fmap`, `ntokens`):
 *
 * - for each distinct folded key: the flexsearch score slot the in-memory index gave it (title 0,
 *   venue and officials 1, body 2..8 by position), and where each written form of it stands in the
 *   article's syllable sequence (the sequence the tiers compare, field and clause separators included);
 * - the length of that sequence.
 *
 * At query time a `SearchIndex` is created and, instead of its own flexsearch index and entries, it
 * gets a small flexsearch index holding each candidate's query keys at their stored slots (so
 * flexsearch itself intersects and orders them, as it would in the full index) and entries whose
 * syllable sequence has the query's syllables at their true positions and a placeholder, equal to
 * no query syllable, everywhere else (the tiers only ever compare a position with the query's
 * syllables). Then its own `search` runs: planning, abbreviation alternatives, tiers, filters,
 * ordering and snippets are the in-memory code. Only the hits' documents are read.
 *
 * This reaches into three private members of `SearchIndex` (`flex`, `entries`, `vocab`) and into
 * flexsearch's `map`. {@link rankingSupported} checks they are there; when they are not, the
 * database index falls back to the slow rebuild, which uses the public API only. A public hook in
 * vn-ward-news/search would remove this coupling (asked for in the PR).
 */
import { createHash } from "node:crypto";
import { Index } from "flexsearch";
import {
  createSearchIndex,
  importSearchIndex,
  planQuery,
  SEARCH_FORMAT_VERSION,
  SEARCH_INDEX_KIND,
  type AbbreviationEntry,
  type SearchHit,
  type SearchIndexOptions,
  type SearchOptions,
  type StoredDocument,
} from "../../search/index.js";
import { tagKeys, type StoredTags, type TagKeys } from "../../search/document.js";

/** Where one folded key stands in an article: its flexsearch slot, and the positions of each written form. */
export interface KeyPlaces {
  /** Flexsearch slot. */
  s: number;
  /** Written form (lower case, as the vocabulary keeps it) -> positions in the syllable sequence. */
  v: Record<string, number[]>;
}

/** What is precomputed for one article. */
export interface RankingData {
  /** Length of the syllable sequence the tiers compare (separators included). */
  ntokens: number;
  /** Each distinct folded key of the article. */
  fmap: Record<string, KeyPlaces>;
}

interface Entry {
  doc: StoredDocument;
  ids: Uint16Array | Uint32Array;
  keys: TagKeys;
}

interface FlexInternals {
  map: Map<string, Array<Array<number> | undefined>>;
  resolution: number;
  encoder: unknown;
  search(query: string, options: object): unknown;
  add(id: number, content: string): unknown;
}

interface VocabInternals {
  idOf(surface: string): number;
  display: string[];
  foldOf: Int32Array;
  foldedKeys: string[];
}

interface IndexInternals {
  flex: FlexInternals;
  vocab: VocabInternals;
  entries: Array<Entry | undefined>;
  addStored(doc: StoredDocument): void;
}

function internals(index: unknown): IndexInternals | null {
  const i = index as Partial<IndexInternals> | null;
  if (!i || typeof i.addStored !== "function" || !Array.isArray(i.entries)) return null;
  const flex = i.flex as Partial<FlexInternals> | undefined;
  if (!flex || !(flex.map instanceof Map) || typeof flex.resolution !== "number" || typeof flex.search !== "function") return null;
  const vocab = i.vocab as Partial<VocabInternals> | undefined;
  if (!vocab || typeof vocab.idOf !== "function" || !Array.isArray(vocab.display) || !(vocab.foldOf instanceof Int32Array) || !Array.isArray(vocab.foldedKeys)) return null;
  return i as IndexInternals;
}

/**
 * The precomputed ranking data of one stored document, made by a one-document in-memory index;
 * null when the in-memory index does not have the expected shape.
 *
 * @example
 * ```ts
 * rankingData(toStoredDocument({ id: "a", title: "Tân Giang", body: "hội nghị" }))?.fmap.tan; // { s: 0, v: { "tân": [0] } }
 * ```
 */
export function rankingData(doc: StoredDocument): RankingData | null {
  const index = createSearchIndex({ partial: false });
  const i = internals(index);
  if (!i) return null;
  i.addStored(doc);
  const entry = i.entries[0];
  if (!entry) return null;
  const { display, foldOf, foldedKeys } = i.vocab;
  const fmap: Record<string, KeyPlaces> = Object.create(null) as Record<string, KeyPlaces>;
  for (const [key, slots] of i.flex.map) {
    const y = slots.findIndex((ids) => ids !== undefined && ids.includes(0));
    if (y < 0) return null;
    fmap[key] = { s: y, v: {} };
  }
  for (let p = 0; p < entry.ids.length; p++) {
    const id = entry.ids[p]!;
    if (id === 0) continue;
    const places = fmap[foldedKeys[foldOf[id]!]!];
    if (!places) return null; // a syllable flexsearch did not index: the shapes no longer agree
    (places.v[display[id]!] ??= []).push(p);
  }
  return { ntokens: entry.ids.length, fmap };
}

/** Whether the in-memory index has the shape the fast path needs. */
export function rankingSupported(): boolean {
  return signatureOf() !== null;
}

// Exercises what changes ranking data: tone styles, đ and its look-alike, abbreviations, numbers,
// clause punctuation, repeated and consecutive syllables, every field.
const SAMPLE: StoredDocument = {
  id: "sample",
  title: "Hội nghị tổng kết UBND phường Tân Giang năm 2021",
  venue: "hội trường UBND phường Tân Giang (số 7, đường Hà Huy Tập)",
  officials: ["Tống Thị Quỳnh Hoa – Ủy viên Ban Thường vụ Thành ủy, Trưởng ban Tổ chức", "Đ/c Lê Tấn Giang – Chủ tịch HĐND"],
  body: "Sáng ngày 07/01/2021, tại hội trường UBND phường Tân Giang đã diễn ra hội nghị. Hoà, hòa; uỷ, ủy: đảng viên, Ðảng bộ. Xã Tân Phú, tỉnh Bắc Giang. hội hội nghị nghị 2021 2021.",
  tags: { ward: ["Tân Giang"], year: ["2021"], type: ["hội nghị tổng kết"], award: [], official: ["Tống Thị Quỳnh Hoa"] },
};

let signatureCache: string | null | undefined;

/**
 * A fingerprint of the ranking code: the search format version and the ranking data of a fixed
 * sample article. Stored with the index; when the library's search code changes what it computes,
 * the fingerprint changes and the stored data must be recomputed (`reindex`).
 *
 * @example
 * ```ts
 * signatureOf(); // "1:3f2a…"
 * ```
 */
export function signatureOf(): string | null {
  if (signatureCache !== undefined) return signatureCache;
  const data = rankingData(SAMPLE);
  signatureCache = data ? `${SEARCH_FORMAT_VERSION}:${createHash("sha256").update(JSON.stringify(data)).digest("hex").slice(0, 16)}` : null;
  return signatureCache;
}

/** A candidate of one search (candidates come in insertion order). */
export interface Candidate {
  id: string;
  /** Length of its syllable sequence. */
  ntokens: number;
  tags: StoredTags;
  /** Its query keys with their places. */
  places: Map<string, KeyPlaces>;
}

export interface RankOptions {
  partial: NonNullable<SearchIndexOptions["partial"]>;
  abbreviations: readonly AbbreviationEntry[];
}

/** Stands for every syllable that is none of the query's: no query key folds to it. */
const PLACEHOLDER = "\u0000";

/**
 * Ranks candidates with the in-memory index's own search, reading the hits' stored documents
 * through `loadDocs` (one call).
 *
 * @example
 * ```ts
 * const hits = await rankCandidates(candidates, "tân giang", {}, { partial: true, abbreviations }, loadDocs);
 * ```
 */
export async function rankCandidates(
  candidates: Candidate[],
  query: string,
  options: SearchOptions,
  rank: RankOptions,
  loadDocs: (ids: string[]) => Promise<Map<string, StoredDocument>>,
): Promise<SearchHit[]> {
  if (!candidates.length) return [];
  const index = createSearchIndex({ partial: rank.partial, abbreviations: rank.abbreviations });
  const i = internals(index);
  if (!i) throw new Error("vn-ward-news: internal: the in-memory index changed shape (use the rebuild path)");

  // Flexsearch over the candidates' query keys at their stored slots: its own intersection and order.
  let current = new Map<string, KeyPlaces>();
  const flex = new Index({
    tokenize: "strict",
    resolution: i.flex.resolution,
    encoder: i.flex.encoder as never,
    fastupdate: false,
    cache: false,
    score: (_content: string[], term: string) => current.get(term)?.s ?? 0,
  });
  candidates.forEach((c, n) => {
    current = c.places;
    flex.add(n, [...c.places.keys()].join(" "));
  });
  i.flex = flex as unknown as FlexInternals;

  // Register the query's syllables that the candidates hold before the search resolves the query,
  // as the full index would know them (it knows every syllable of every article).
  const vocab = i.vocab;
  const present = new Set<string>();
  for (const c of candidates) for (const k of c.places.keys()) present.add(k);
  for (const alt of planQuery(query, rank.abbreviations).alternatives) for (const t of alt) if (present.has(t.folded)) vocab.idOf(t.text);
  const placeholder = vocab.idOf(PLACEHOLDER);

  const docs = new Map<number, StoredDocument>();
  const built: Array<Entry | undefined> = new Array(candidates.length);
  let withDocs = false;
  const entry = (n: number): Entry | undefined => {
    const c = candidates[n];
    if (!c) return undefined;
    let e = built[n];
    if (!e) {
      const ids = new Uint32Array(c.ntokens).fill(placeholder);
      for (const places of c.places.values()) {
        for (const [form, positions] of Object.entries(places.v)) {
          const id = vocab.idOf(form);
          for (const p of positions) if (p < ids.length) ids[p] = id;
        }
      }
      const doc: StoredDocument = { id: c.id, title: "", venue: "", officials: [], body: "", tags: c.tags };
      e = built[n] = { doc, ids, keys: tagKeys(c.tags) };
    }
    if (withDocs) e.doc = docs.get(n) ?? e.doc;
    return e;
  };
  i.entries = new Proxy([] as Array<Entry | undefined>, {
    get(target, prop, receiver) {
      if (typeof prop === "string" && /^\d+$/.test(prop)) return entry(Number(prop));
      if (prop === "length") return candidates.length;
      return Reflect.get(target, prop, receiver);
    },
  });

  // Pass 1 ranks (ranking reads syllables and tags only); pass 2, with the hits' documents, gives titles and snippets.
  const ranked = index.search(query, { ...options, snippets: false });
  if (!ranked.length) return ranked;
  const byId = new Map(candidates.map((c, n) => [c.id, n]));
  const loaded = await loadDocs(ranked.map((h) => h.id));
  for (const h of ranked) {
    const d = loaded.get(h.id);
    if (!d) throw new Error(`vn-ward-news: article "${h.id}" disappeared during the search`);
    docs.set(byId.get(h.id)!, d);
  }
  withDocs = true;
  return index.search(query, options);
}

/**
 * The slow, simple path: an in-memory index over the candidates' stored documents (public API only).
 *
 * @example
 * ```ts
 * rebuildAndSearch(storedDocs, "tân giang", {}, { partial: true, abbreviations });
 * ```
 */
export function rebuildAndSearch(documents: StoredDocument[], query: string, options: SearchOptions, rank: RankOptions): SearchHit[] {
  if (!documents.length) return [];
  const index = importSearchIndex({ kind: SEARCH_INDEX_KIND, version: SEARCH_FORMAT_VERSION, options: { partial: rank.partial }, documents }, { abbreviations: rank.abbreviations });
  return index.search(query, options);
}
