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
 * syllable sequence is the query's syllables in their order, with one placeholder (equal to no query
 * syllable) wherever other syllables stood between them: the tiers read adjacency and presence only. Then its own `search` runs: planning, abbreviation alternatives, tiers, filters,
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
  SEARCH_ABBREVIATIONS,
  SEARCH_FORMAT_VERSION,
  SEARCH_INDEX_KIND,
  type AbbreviationEntry,
  type SearchHit,
  toStoredDocument,
  type PlainSearchDocument,
  type SearchIndexOptions,
  type SearchOptions,
  type StoredDocument,
} from "../../search/index.js";
import { compileFilter, tagKeys, type StoredTags, type TagKeys } from "../../search/document.js";

/** Where one folded key stands in an article: its flexsearch slot, and the positions of each written form. */
export interface KeyPlaces {
  /** Flexsearch slot. */
  s: number;
  /** Written form (lower case, as the vocabulary keeps it) -> positions in the syllable sequence. */
  v: Record<string, number[]>;
  /** Exact key -> its slot in the in-memory index's exact-key flexsearch index (when it has one). */
  e?: Record<string, number>;
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
  /** Folded ids position for position (newer in-memory indexes read them; older ones ignore them). */
  fids?: Uint16Array | Uint32Array;
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
  exactKeys?: string[];
}

interface IndexInternals {
  flex: FlexInternals;
  /** Flexsearch over exact keys, for queries typed with diacritics (newer in-memory indexes). */
  exactFlex?: FlexInternals;
  /** The folded index the in-memory index made; it uses `exactFlex` only while `flex` is this one. */
  ownFlex?: FlexInternals;
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
  const exactMap = i.exactFlex?.map;
  const exactKeys = i.vocab.exactKeys;
  if (exactMap && !exactKeys) return null;
  for (let p = 0; p < entry.ids.length; p++) {
    const id = entry.ids[p]!;
    if (id === 0) continue;
    const places = fmap[foldedKeys[foldOf[id]!]!];
    if (!places) return null; // a syllable flexsearch did not index: the shapes no longer agree
    (places.v[display[id]!] ??= []).push(p);
    if (exactMap) {
      const ek = exactKeys![id]!;
      const y = exactMap.get(ek)?.findIndex((ids) => ids !== undefined && ids.includes(0)) ?? -1;
      if (y < 0) return null;
      (places.e ??= {})[ek] = y;
    }
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
  const hashed = JSON.stringify([data, tagKeys(SAMPLE.tags)]);
  signatureCache = data ? `${SEARCH_FORMAT_VERSION}:${createHash("sha256").update(hashed).digest("hex").slice(0, 16)}` : null;
  return signatureCache;
}

/** A candidate of one search (candidates come in insertion order). */
export interface Candidate {
  id: string;
  /** Length of its syllable sequence. */
  ntokens: number;
  /** Its query keys with their flexsearch slots. */
  slots: Map<string, number>;
  /** The exact keys of its query keys with their slots in the exact-key index (when there is one). */
  exactSlots?: Map<string, number>;
  /** Where its query keys stand: folded key -> written form -> positions (read only if the search looks at it). */
  forms(): Map<string, Record<string, number[]>>;
  /** Its filter values (only needed, and only given, when the search has a filter). */
  tags?: StoredTags;
  /** The same as the in-memory index compares them (`tagKeys(tags)`), precomputed at ingest. */
  tagKeys?: TagKeys;
  /** Stands where a fetched prefix of an alternative's candidates ends: the search reaching it needs more of them. */
  sentinel?: true;
}

/** Thrown (and caught by {@link searchCandidates}) when a search walks past a fetched prefix. */
export const NEED_MORE: unique symbol = Symbol("vn-ward-news: more candidates needed");

/** Thrown by a candidate's `forms()` (and caught by {@link searchCandidates}) when its positions were not read yet. */
export const NEED_POSITIONS: unique symbol = Symbol("vn-ward-news: positions needed");

export interface RankOptions {
  partial: NonNullable<SearchIndexOptions["partial"]>;
  abbreviations: readonly AbbreviationEntry[];
}

/** Stands for every syllable that is none of the query's: no query key folds to it. */
const PLACEHOLDER = "\u0000";

/**
 * Ranks candidates with the in-memory index's own search. The search looks at candidates in
 * flexsearch's order and usually stops early: a candidate's positions are read when it looks at it,
 * and the hits' stored documents at the end (`loadDocs`, one call).
 *
 * @example
 * ```ts
 * const hits = await rankCandidates(candidates, "tân giang", {}, { partial: "fallback", abbreviations }, loadDocs);
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
  const tiny = (slotsOf: (c: Candidate) => Map<string, number> | undefined, like: FlexInternals): FlexInternals => {
    let current = new Map<string, number>();
    const flex = new Index({
      tokenize: "strict",
      resolution: like.resolution,
      encoder: like.encoder as never,
      fastupdate: false,
      cache: false,
      score: (_content: string[], term: string) => current.get(term) ?? 0,
    });
    candidates.forEach((c, n) => {
      current = slotsOf(c) ?? new Map();
      if (current.size) flex.add(n, [...current.keys()].join(" "));
    });
    return flex as unknown as FlexInternals;
  };
  const flex = tiny((c) => c.slots, i.flex);
  if (i.exactFlex) {
    // the in-memory index ranks queries typed with diacritics from its exact-key index, while `flex` is its own
    // (candidates read without them, for filtered and partial searches, end the fast path at the self-check)
    if (!candidates.every((c) => c.exactSlots || c.sentinel)) throw new Error("vn-ward-news: internal: exact-key slots missing (reindex)");
    // prefixes are cut in folded-slot order; an exact-key index orders by other slots: take every candidate
    if (candidates.some((c) => c.sentinel)) throw NEED_MORE;
    i.exactFlex = tiny((c) => c.exactSlots, i.exactFlex);
    i.ownFlex = flex;
  }
  i.flex = flex;

  // Register the query's syllables that the candidates hold before the search resolves the query,
  // as the full index would know them (it knows every syllable of every article).
  const vocab = i.vocab;
  const present = new Set<string>();
  for (const c of candidates) for (const k of c.slots.keys()) present.add(k);
  const plan = planQuery(query, rank.abbreviations);
  for (const alt of plan.alternatives) for (const t of alt) if (present.has(t.folded)) vocab.idOf(t.text);
  const placeholder = vocab.idOf(PLACEHOLDER);

  const docs = new Map<number, StoredDocument>();
  const built: Array<Entry | undefined> = new Array(candidates.length);
  let withDocs = false;
  const entry = (n: number): Entry | undefined => {
    const c = candidates[n];
    if (!c) return undefined;
    if (c.sentinel) throw NEED_MORE;
    let e = built[n];
    if (!e) {
      // Built lazily, part by part: a filter reads only the tag keys, the tiers only the ids.
      let ids: Uint16Array | Uint32Array | undefined;
      let fids: Uint16Array | Uint32Array | undefined;
      let keys: TagKeys | undefined = c.tagKeys;
      const build = () => {
        // The query's syllables in order of position, one placeholder for each gap between them:
        // adjacency and presence, all the tiers read, are those of the full sequence.
        const at: Array<[number, number]> = [];
        for (const forms of c.forms().values()) {
          for (const [form, positions] of Object.entries(forms)) {
            const id = vocab.idOf(form);
            for (const p of positions) at.push([p, id]);
          }
        }
        at.sort((x, y) => x[0] - y[0]);
        const a: number[] = [];
        let last = -2;
        for (const [p, id] of at) {
          if (p !== last + 1) a.push(placeholder);
          a.push(id);
          last = p;
        }
        if (last !== c.ntokens - 1) a.push(placeholder);
        ids = Uint32Array.from(a);
        fids ??= Uint32Array.from(a, (id) => vocab.foldOf[id]!);
      };
      const tags = c.tags ?? { ward: [], year: [], type: [], award: [], official: [] };
      e = built[n] = {
        doc: { id: c.id, title: "", venue: "", officials: [], body: "", tags },
        get ids() {
          if (!ids) build();
          return ids!;
        },
        set ids(v) {
          ids = v;
        },
        // folded ids given (the tiers would compute them from the ids)
        get fids() {
          if (!ids) build();
          return fids;
        },
        set fids(v) {
          fids = v;
        },
        get keys() {
          return (keys ??= tagKeys(tags));
        },
        set keys(v) {
          keys = v;
        },
      };
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

  // Pass 1 ranks (it reads positions and tags only); pass 2, with the hits' documents, gives titles and snippets.
  const ranked = index.search(query, { ...options, snippets: false });
  if (!ranked.length) return ranked;
  // Pass 2, with the hits' documents: titles and snippets.
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

/** A candidate as the store returns it (`complete`: it has ranking data; else the rebuild path ranks). */
export interface StoredCandidate extends Candidate {
  ntokens: number;
  complete: boolean;
  /** Present while the positions are not read: gives them (then `forms()` returns them). */
  loadPositions?: (forms: Map<string, Record<string, number[]>>) => void;
}

/**
 * A candidate's `forms` and `loadPositions` when its positions are read later.
 *
 * @example
 * ```ts
 * const lazy = lazyForms(); // lazy.forms() throws NEED_POSITIONS until lazy.loadPositions(map)
 * ```
 */
export function lazyForms(): Pick<StoredCandidate, "forms" | "loadPositions"> {
  let forms: Map<string, Record<string, number[]>> | undefined;
  return {
    forms: () => {
      if (!forms) throw NEED_POSITIONS;
      return forms;
    },
    loadPositions: (f) => {
      forms = f;
    },
  };
}

/** What a candidate source returns: candidates in insertion order, and where each alternative's prefix was cut. */
export interface CandidateList {
  list: StoredCandidate[];
  /**
   * Per alternative (when a prefix was asked for): null when every article holding all its keys is
   * in `list`, else how many of them, the first in the search's order, were taken (`list` may hold
   * more of them, taken for other alternatives; those come later in that order).
   */
  cuts: Array<number | null>;
}

/** A candidate's positions, read when the search reaches it, with the length of its syllable sequence. */
export interface ReadPositions {
  ntokens: number;
  forms: Map<string, Record<string, number[]>>;
}

/** Where a search reads candidates from: PostgreSQL, or (for the self-check) memory. */
export interface CandidateSource {
  /**
   * Articles with postings for `keys`: holding all keys of some alternative, or (`alternatives` null)
   * any; in insertion order; with their filter values when `withTags`. With `prefix`, for each
   * alternative only the first `prefix` articles (at least) in the search's order: by the worst
   * stored slot of the alternative's keys, then in insertion order (flexsearch's order for them).
   */
  candidates(keys: string[], alternatives: string[][] | null, withTags: boolean, prefix?: number): Promise<CandidateList>;
  /**
   * Where the query keys stand in some articles (folded key -> written form -> positions). A source
   * may leave them out of `candidates` when `withTags` (a filter skips most of them; their `forms()`
   * then throws {@link NEED_POSITIONS}) and give them here, for the articles the search reaches.
   */
  positions(ids: string[], keys: string[]): Promise<Map<string, ReadPositions>>;
  /** Stored documents by id. */
  docs(ids: string[]): Promise<Map<string, StoredDocument>>;
}

export interface SearchSettings {
  /** The in-memory index's `partial` option as given (undefined: its default). */
  partial: SearchIndexOptions["partial"];
  abbreviations: readonly AbbreviationEntry[];
  /** Use the precomputed ranking data (else rebuild an in-memory index over the candidates). */
  fast: boolean;
  /** First prefix of candidates to read per alternative (default: from the page size); tests use small ones. */
  prefix?: number;
}

/** Beyond this prefix, read every candidate. */
const PREFIX_CAP = 4000;

/** The worst stored slot of an alternative's keys in a candidate (its bucket in flexsearch's order), or -1 when it lacks one. */
function worstSlot(c: Candidate, keys: readonly string[]): number {
  let worst = 0;
  for (const k of keys) {
    const y = c.slots.get(k);
    if (y === undefined) return -1;
    if (y > worst) worst = y;
  }
  return worst;
}

/**
 * The candidates with a sentinel after the last taken article of each cut alternative, where the
 * in-memory search, walking that alternative's articles in its order, would reach the first one not read.
 */
export function withSentinels(got: CandidateList, alternatives: string[][]): Candidate[] {
  const after = new Map<number, Candidate[]>();
  got.cuts.forEach((cut, a) => {
    if (cut === null) return;
    const keys = [...new Set(alternatives[a]!)];
    const holders: Array<[number, number]> = [];
    got.list.forEach((c, n) => {
      const w = worstSlot(c, keys);
      if (w >= 0) holders.push([w, n]);
    });
    holders.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
    const last = holders[Math.min(cut, holders.length) - 1];
    if (!last) return;
    const slots = new Map(keys.map((k) => [k, last[0]]));
    const sentinel: Candidate = { id: "\u0000sentinel", ntokens: 0, slots, forms: () => new Map(), sentinel: true };
    const at = after.get(last[1]);
    if (at) at.push(sentinel);
    else after.set(last[1], [sentinel]);
  });
  if (!after.size) return got.list;
  const out: Candidate[] = [];
  got.list.forEach((c, n) => {
    out.push(c);
    const s = after.get(n);
    if (s) out.push(...s);
  });
  return out;
}

/**
 * Reads the positions of the next `batch` candidates the search may look at (those its filter keeps,
 * in about the order it walks them: best worst-slot over the alternatives, then insertion order).
 * A candidate with `loadPositions` gets them (and loses `loadPositions`); its `forms()` throws {@link NEED_POSITIONS} until then.
 */
async function readPositions(list: StoredCandidate[], alternatives: string[][], options: SearchOptions, keys: string[], batch: number, source: CandidateSource): Promise<void> {
  const filter = compileFilter(options.filter);
  const distinct = alternatives.map((alt) => [...new Set(alt)]);
  const order: Array<[number, number]> = [];
  list.forEach((c, n) => {
    if (!c.loadPositions || (filter && c.tags && !filter.test(c.tags))) return;
    let best = Infinity;
    for (const alt of distinct) {
      const w = worstSlot(c, alt);
      if (w >= 0 && w < best) best = w;
    }
    order.push([best, n]);
  });
  order.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const take = order.slice(0, batch).map(([, n]) => list[n]!);
  if (!take.length) throw new Error("vn-ward-news: internal: positions asked for, none left to read");
  const got = await source.positions(take.map((c) => c.id), keys);
  for (const c of take) {
    const read = got.get(c.id);
    if (!read) throw new Error(`vn-ward-news: article "${c.id}" disappeared during the search`);
    c.ntokens = read.ntokens;
    c.loadPositions!(read.forms);
    delete c.loadPositions;
  }
}

/**
 * One search over a candidate source, with the in-memory index's results: full tiers over the
 * articles holding every key of an alternative, then, when partial hits may be wanted, over every
 * article holding any query key.
 *
 * Full tiers read a prefix of each alternative's candidates first (in flexsearch's order, a few
 * times the page): the in-memory search walks them in that order and usually fills the page early.
 * A sentinel stands after each prefix; a search that reaches one reads a prefix eight times longer
 * (at last all of them) and runs again. The articles it looked at are the same, at the same ranks.
 *
 * @example
 * ```ts
 * const hits = await searchCandidates("tân giang", { limit: 5 }, settings, source);
 * ```
 */
export async function searchCandidates(query: string, options: SearchOptions, settings: SearchSettings, source: CandidateSource): Promise<SearchHit[]> {
  const plan = planQuery(query, settings.abbreviations);
  if (!plan.alternatives.length) return [];
  const limit = typeof options.limit === "number" ? options.limit : 10;
  const offset = typeof options.offset === "number" ? options.offset : 0;
  const alternatives = plan.alternatives.map((a) => a.map((t) => t.folded));
  const keys = [...new Set(alternatives.flat())];
  // positions read at once: a page's worth first, more when a prefix already showed the search walks far
  let batch = 32 + 4 * (offset + limit);
  const rank = async (got: CandidateList, partial: NonNullable<SearchIndexOptions["partial"]>, cut: boolean): Promise<SearchHit[]> => {
    const list = got.list;
    if (!list.length) return [];
    const opts = { partial, abbreviations: settings.abbreviations };
    if (settings.fast && list.every((c) => c.complete)) {
      const ranked = cut ? withSentinels(got, alternatives) : list;
      for (; ; batch *= 8) {
        try {
          return await rankCandidates(ranked, query, options, opts, (ids) => source.docs(ids));
        } catch (e) {
          if (e !== NEED_POSITIONS) throw e;
          await readPositions(list, alternatives, options, keys, batch, source);
        }
      }
    }
    if (cut) throw NEED_MORE; // the rebuild path ranks every candidate
    const docs = await source.docs(list.map((c) => c.id));
    return rebuildAndSearch(list.map((c) => docs.get(c.id)!).filter(Boolean), query, options, opts);
  };

  // Full tiers: articles holding every folded key of some alternative; a prefix of them first.
  const withTags = options.filter !== undefined && Object.keys(options.filter).length > 0;
  // (a filtered search reads every candidate, without positions: the filter may skip most of them)
  let prefix: number | undefined = settings.fast && !withTags ? (settings.prefix ?? 32 + 4 * (offset + limit)) : undefined;
  let hits: SearchHit[];
  for (;;) {
    const got = await source.candidates(keys, alternatives, withTags, prefix);
    try {
      hits = await rank(got, false, got.cuts.some((c) => c !== null));
      break;
    } catch (e) {
      if (e !== NEED_MORE || prefix === undefined) throw e;
      prefix = prefix * 8 > PREFIX_CAP ? undefined : prefix * 8;
      // past the longest prefix: the search walks (nearly) every candidate, read all their positions at once
      batch = prefix ?? Infinity;
    }
  }
  // Partial hits (tier 5) rank after every full hit, so a full page needs no more. Mirrors the
  // documented modes of the in-memory option: false never, "fallback" (the default) only when
  // nothing matches every syllable, "always" (or true) whenever the page is not full.
  const mode = settings.partial === true ? "always" : (settings.partial ?? "fallback");
  if (mode === false || hits.length >= limit || (mode === "fallback" && hits.length > 0)) return hits;
  // Partial tier: the in-memory index takes flexsearch's suggest list, which holds every article
  // with any of an alternative's keys; give it all of those (alternatives of one syllable have no
  // partial hits, and their articles hold all of it), so its cut-offs fall where they do in memory.
  if (!alternatives.some((alt) => alt.length >= 2)) return hits;
  return rank(await source.candidates(keys, null, withTags), settings.partial ?? "fallback", false);
}

/**
 * A candidate source over documents in memory, computed the way the database stores them (the
 * self-check, and tests, use it).
 *
 * @example
 * ```ts
 * const source = memorySource(storedDocs);
 * ```
 */
export function memorySource(documents: StoredDocument[]): CandidateSource {
  const rows = documents.map((doc) => ({ doc, ranking: rankingData(doc) }));
  const byId = new Map(rows.map((r) => [r.doc.id, r]));
  return {
    async candidates(keys, alternatives, withTags, prefix) {
      const all: StoredCandidate[] = [];
      for (const { doc, ranking } of rows) {
        if (!ranking) continue;
        const has = (k: string) => ranking.fmap[k] !== undefined;
        const take = alternatives ? alternatives.some((alt) => alt.every(has)) : keys.some(has);
        if (!take) continue;
        const slots = new Map<string, number>();
        const forms = new Map<string, Record<string, number[]>>();
        let exactSlots: Map<string, number> | undefined;
        for (const k of keys) {
          const places = ranking.fmap[k];
          if (!places) continue;
          slots.set(k, places.s);
          forms.set(k, places.v);
          if (places.e) for (const [ek, y] of Object.entries(places.e)) (exactSlots ??= new Map()).set(ek, y);
        }
        const tagged = withTags ? { tags: doc.tags, tagKeys: tagKeys(doc.tags) } : {};
        // as the database does: for filtered and partial searches, positions (and the sequence length,
        // and the exact keys' slots) are read when the search reaches a candidate
        const lazy = withTags || !alternatives;
        const places = lazy ? lazyForms() : { forms: () => forms };
        all.push({ id: doc.id, ntokens: lazy ? 0 : ranking.ntokens, slots, ...(exactSlots && !lazy ? { exactSlots } : {}), ...places, ...tagged, complete: true });
      }
      if (prefix === undefined || !alternatives) return { list: all, cuts: (alternatives ?? []).map(() => null) };
      // as the database does: each alternative's first `prefix` holders in the search's order
      const keep = new Set<number>();
      const cuts = alternatives.map((alt) => {
        const distinct = [...new Set(alt)];
        const holders = all.map((c, n): [number, number] => [worstSlot(c, distinct), n]).filter(([w]) => w >= 0);
        holders.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
        for (const [, n] of holders.slice(0, prefix)) keep.add(n);
        return holders.length > prefix ? prefix : null;
      });
      return { list: all.filter((_, n) => keep.has(n)), cuts };
    },
    async positions(ids, keys) {
      const out = new Map<string, ReadPositions>();
      for (const id of ids) {
        const fmap = byId.get(id)?.ranking?.fmap;
        if (!fmap) continue;
        out.set(id, { ntokens: byId.get(id)!.ranking!.ntokens, forms: new Map(keys.filter((k) => fmap[k]).map((k) => [k, fmap[k]!.v])) });
      }
      return out;
    },
    async docs(ids) {
      return new Map(ids.map((id) => [id, byId.get(id)!.doc]));
    },
  };
}

// Articles and queries the fast path must rank exactly as the in-memory index does, before it is used:
// diacritics and their absence, tone styles, abbreviations both ways, every field, repeated and
// scattered syllables, clause breaks, filters, offsets, partial matches.
const CHECK_DOCS: PlainSearchDocument[] = [
  ["c1", "Hội nghị tổng kết UBND phường Tân Giang", "hội trường UBND phường Tân Giang", ["Tống Thị Quỳnh Hoa – Ủy viên Ban Thường vụ Thành ủy"], "Sáng 07/01/2021, UBND phường Tân Giang tổ chức hội nghị tổng kết công tác năm 2020."],
  ["c2", "Tấn Giang tổ chức hội nghị", "", ["Lê Tấn Giang – Chủ tịch HĐND xã"], "Hội đồng nhân dân xã Tấn Giang họp. Hội nghị, tổng kết; Tân Phú, tỉnh Bắc Giang."],
  ["c3", "", "nhà văn hóa khối 7", [], "Ủy ban nhân dân phường Tân Giang trao giấy khen cho 3 tập thể. Tân Giang, Tấn Giang, tan giang."],
  ["c4", "Đại hội Hội Cựu chiến binh", "", ["Nguyễn Văn Hòa – Chủ tịch Hội CCB"], "Hội CCB phường Hoà Bình tổng kết. Đảng viên nhận Huy hiệu Đảng 30 năm. hội hội nghị nghị."],
  ["c5", "Tổng kết năm", "UBMTTQ phường", [], "Mặt trận Tổ quốc phường Tân Giang và các đoàn thể tổng kết, hội nghị giao ban, UBND chỉ đạo."],
  ["c6", "Ra quân vệ sinh môi trường", "", [], "Phường 7 ra quân. Tống Thị Quỳnh Hòa phát biểu. Giấy khen, kỷ niệm chương, hội trường."],
  ["c7", "Giấy và khen", "", [], "giấy một khen; giấy một hai khen, giấy một hai ba bốn năm khen. Tân và Giang, Tân một hai ba bốn năm sáu bảy tám chín mười Giang"],
].map(([id, title, venue, officials, body], n) => ({
  id: id as string,
  title: title as string,
  venue: venue as string,
  officials: officials as string[],
  body: body as string,
  ward: n % 2 ? "Tấn Giang" : "Tân Giang",
  year: n % 3 ? 2021 : 2020,
  type: "hội nghị tổng kết",
}));
const CHECK_QUERIES: Array<[string, SearchOptions]> = [
  ["Tân Giang", {}],
  ["tan giang", {}],
  ["hội nghị tổng kết", { limit: 3 }],
  ["hoi nghi", { limit: 2, offset: 1 }],
  ["UBND", {}],
  ["Ủy ban nhân dân", {}],
  ["Tống Thị Quỳnh Hoa", {}],
  ["tong thi quynh hoa", {}],
  ["Hòa", {}],
  ["giấy khen", { filter: { ward: "tan giang" } }],
  ["tổng kết", { filter: { year: 2021 } }],
  ["hội nghị xyz", {}],
  ["tân giang hội nghị abc", { limit: 20 }],
  ["cựu chiến binh", {}],
  ["giấy khen", { limit: 20 }],
  ["giay khen", { limit: 20 }],
  ["tân giang", { limit: 20 }],
];

let agrees: boolean | undefined;

/**
 * Whether the fast path ranks a built-in sample exactly as the in-memory index does (computed once
 * per process). When the in-memory index changes in a way the fast path does not follow, this
 * turns it off and searches rebuild an in-memory index over the candidates instead: slower, never wrong.
 *
 * @example
 * ```ts
 * if (!(await fastPathAgrees())) console.warn("slow path");
 * ```
 */
export async function fastPathAgrees(): Promise<boolean> {
  if (agrees !== undefined) return agrees;
  try {
    if (!signatureOf()) return (agrees = false);
    const source = memorySource(CHECK_DOCS.map(toStoredDocument));
    for (const partial of [undefined, true, false] as const) {
      const mem = createSearchIndex({ partial }).addMany(CHECK_DOCS);
      // short prefixes too: the sentinels and the longer reads they cause must change nothing
      for (const [q, o] of CHECK_QUERIES) {
        const want = JSON.stringify(mem.search(q, o));
        for (const prefix of [undefined, 1, 2]) {
          const fast = await searchCandidates(q, o, { partial, abbreviations: SEARCH_ABBREVIATIONS, fast: true, prefix }, source);
          if (JSON.stringify(fast) !== want) {
            // VWN_DEBUG_FASTPATH=1 says which sample query disagreed (for whoever adapts ranking.ts)
            if (typeof process !== "undefined" && process.env.VWN_DEBUG_FASTPATH) console.error(`fast path disagrees: ${JSON.stringify(q)} ${JSON.stringify(o)} partial=${String(partial)} prefix=${String(prefix)}`);
            return (agrees = false);
          }
        }
      }
    }
    return (agrees = true);
  } catch {
    return (agrees = false);
  }
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
