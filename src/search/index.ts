/**
 * vn-ward-news/search: Vietnamese-aware search over ward and commune news, on flexsearch 0.8.
 *
 * Text goes through our own normalize and syllable tokenizer; every syllable has an exact key
 * (tone style aside) and a folded key (no diacritics). Flexsearch indexes the folded keys of each
 * document (title, venue, officials, body, in that order, with a custom score that ranks title
 * matches first); the index keeps each document's syllables as a compact array of exact-key ids
 * and ranks flexsearch's candidates in tiers: adjacent exact, adjacent folded, all exact, all
 * folded, partial. Browser-safe: no Node built-ins (saving to files is in vn-ward-news/node).
 *
 * @example
 * ```ts
 * import { createSearchIndex } from "vn-ward-news/search";
 * const index = createSearchIndex();
 * index.add(parseArticle(text, { id: "seed.txt" }));
 * index.search("tan giang", { limit: 5 });          // every diacritic variant, adjacent first
 * index.search("Tân Giang");                          // "Tân Giang" before "Tấn Giang"
 * index.suggest("tan gi");                            // ["Tân Giang", ...]
 * index.didYouMean("tong thi quynh hoa");             // "Tống Thị Quỳnh Hoa"
 * const copy = importSearchIndex(JSON.parse(JSON.stringify(index.export())));
 * ```
 */
import { Index } from "flexsearch";
import { InvalidOptionError, VnWardNewsError } from "../errors.js";
import { SEARCH_ABBREVIATIONS, type AbbreviationEntry } from "./abbreviations.js";
import {
  compileFilter,
  tagKeys,
  toStoredDocument,
  type SearchFilter,
  type SearchInput,
  type StoredDocument,
  type TagKeys,
} from "./document.js";
import { formatSnippet, makeSnippets, type Snippet } from "./highlight.js";
import { hasClauseBreak, createKeyEncoder, exactKey, foldKey, hasMarks, tokenize } from "./keys.js";
import { parseExport, SEARCH_FORMAT_VERSION, SEARCH_INDEX_KIND, type SearchIndexExport } from "./persist.js";
import { planQuery } from "./query.js";
import { bloomWordsFor, fillBloom, isExactQuery, mayHavePhrase, phraseTier, presenceTier, resolveTerms, type ResolvedTerms, type Tier, type TokenData } from "./tiers.js";
import { namePhrases, shortRuns, Vocabulary, type TokenIds } from "./vocabulary.js";

export { SEARCH_FORMAT_VERSION, SEARCH_INDEX_KIND, parseExport, type SearchIndexExport } from "./persist.js";
export {
  FILTER_KEYS,
  TEXT_FIELDS,
  extractWards,
  compileFilter,
  toStoredDocument,
  type FilterKey,
  type SearchFilter,
  type SearchInput,
  type PlainSearchDocument,
  type PlainOfficial,
  type StoredDocument,
  type StoredTags,
  type TextField,
} from "./document.js";
export { formatSnippet, type Snippet, type SnippetOptions } from "./highlight.js";
export { exactKey, foldKey, hasMarks, tokenize, type Token } from "./keys.js";
export { planQuery, type QueryPlan, type QueryTerm } from "./query.js";
export { SEARCH_ABBREVIATIONS, type AbbreviationEntry } from "./abbreviations.js";
export type { Tier } from "./tiers.js";

/** Flexsearch score slots: 0 title, 1 venue and officials, 2..8 body by position. */
const RESOLUTION = 9;
/** Body syllables between two position marks (kept after the Bloom filter of each entry). */
const MARK_EVERY = 32;

/** When partial matches (tier 5) are returned. */
export type PartialMode = "fallback" | "always" | false;

export interface SearchIndexOptions {
  /**
   * Partial matches (tier 5: more than half of the syllables): "fallback" (default) when nothing
   * matches every syllable, "always" (or true) whenever the full tiers do not fill the page, false never.
   */
  partial?: PartialMode | boolean;
  /** Abbreviations for query expansion; default {@link SEARCH_ABBREVIATIONS}. Not saved by `export()`. */
  abbreviations?: readonly AbbreviationEntry[];
}

export interface SearchOptions {
  /** Hits to return, 1..10000; default 10. */
  limit?: number;
  /** Hits to skip first; default 0. */
  offset?: number;
  /** Only documents matching these filters (ward, year, type, award, official). */
  filter?: SearchFilter;
  /** Compute snippets (default true); false makes a search cheaper. */
  snippets?: boolean;
}

/** One search result. */
export interface SearchHit {
  /** The document id (the file path for articles indexed by the CLI). */
  id: string;
  /** 1 adjacent exact, 2 adjacent folded, 3 all present exact, 4 all present folded, 5 partial. */
  tier: Tier;
  /**
   * Higher is better: `6 - tier` plus `1 / (2 + r)`, where r is the hit's position in flexsearch's
   * own order (its score slots put title matches first, then venue and officials, then the body
   * by position), so hits sort by tier, then by flexsearch's score. Comparable within one query only.
   */
  score: number;
  title: string | null;
  /** Snippets with the matches marked «like this», in the article's own diacritics. */
  snippets: string[];
  /** The same snippets with highlight spans, for custom rendering. */
  fragments: Snippet[];
}

export interface SuggestOptions {
  /** Most suggestions; default 5. */
  limit?: number;
}

interface Entry extends TokenData {
  doc: StoredDocument;
  ids: TokenIds;
  /** Not kept any more (filters read `doc.tags` through a shared key cache); tolerated when present. */
  keys?: TagKeys;
  /** Index in `ids` where the venue's, and the body's, syllables start. */
  metaStart?: number;
  bodyStart?: number;
  // `bloom` holds, after its first `bloomWords` words, pairs (index in `ids`, offset in the body)
  // for every 32nd body syllable, to find a syllable's text fast
}

interface Candidate {
  id: number;
  tier: Tier;
  /** Position in flexsearch's own order for the alternative that found it. */
  rank: number;
  matched: number;
  alt: number;
}

/** Tier first, then (partial hits) more syllables, then flexsearch's order, then the earlier alternative. */
function better(a: Candidate, b: Candidate): boolean {
  if (a.tier !== b.tier) return a.tier < b.tier;
  if (a.matched !== b.matched) return a.matched > b.matched;
  if (a.rank !== b.rank) return a.rank < b.rank;
  return a.alt < b.alt;
}

function intOption(name: string, value: unknown, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    throw new InvalidOptionError(`${name} must be an integer from ${min} to ${max}, got ${String(value)}`);
  }
  return value;
}

/** The phrases a document offers to suggest and didYouMean. */
function phrasesOf(doc: StoredDocument): string[] {
  const out = [...namePhrases(doc.title), ...namePhrases(doc.venue), ...namePhrases(doc.body), ...shortRuns(doc.title)];
  for (const o of doc.tags.official) out.push(o);
  for (const w of doc.tags.ward) out.push(w);
  for (const t of doc.tags.type) out.push(t, ...shortRuns(t));
  return out;
}

/** Whether a written form is compatible with what was typed (same letters; same marks where marks were typed). */
function syllableCompatible(form: string, typed: string, partial: boolean): boolean {
  if (!hasMarks(typed)) return partial ? foldKey(form).startsWith(foldKey(typed)) : foldKey(form) === foldKey(typed);
  if (!partial) return exactKey(form) === exactKey(typed);
  const f = exactKey(form);
  const t = exactKey(typed);
  const tone = /[\u0300\u0301\u0303\u0309\u0323]$/.exec(t)?.[0] ?? "";
  const base = tone ? t.slice(0, -1) : t;
  return f.startsWith(base) && (!tone || f.endsWith(tone));
}

/**
 * A Vietnamese-aware search index over articles. Create it with {@link createSearchIndex}.
 */
export class SearchIndex {
  private readonly flex: Index;
  private readonly vocab = new Vocabulary();
  private readonly entries: Array<Entry | undefined> = [];
  private readonly byId = new Map<string, number>();
  private readonly partial: PartialMode;
  private readonly abbreviations: readonly AbbreviationEntry[];
  /** Field boundaries of the document being added, read by the score function. */
  private scoring = { titleEnd: 0, metaEnd: 0, n: 1 };

  constructor(options: SearchIndexOptions = {}) {
    if (options === null || typeof options !== "object") throw new InvalidOptionError("search index options must be an object");
    const partial = options.partial ?? "fallback";
    if (partial !== true && partial !== false && partial !== "fallback" && partial !== "always") {
      throw new InvalidOptionError(`partial must be "fallback", "always", true or false, got ${JSON.stringify(partial)}`);
    }
    this.partial = partial === true ? "always" : partial;
    this.abbreviations = options.abbreviations ?? SEARCH_ABBREVIATIONS;
    const score = (_content: string[], _term: string, i: number) => {
      const s = this.scoring;
      if (i < s.titleEnd) return 0;
      if (i < s.metaEnd) return 1;
      return Math.min(RESOLUTION - 1, 2 + Math.floor(((RESOLUTION - 2) * (i - s.metaEnd)) / Math.max(1, s.n - s.metaEnd)));
    };
    const flexOptions = { tokenize: "strict", resolution: RESOLUTION, fastupdate: false, cache: false, score } as const;
    this.flex = new Index({ ...flexOptions, encoder: createKeyEncoder() });
  }

  /**
   * Creates an index from an export, validating it first.
   *
   * @example
   * ```ts
   * const index = SearchIndex.import(JSON.parse(await readFile("index.json", "utf8")));
   * ```
   */
  static import(data: unknown, options: Omit<SearchIndexOptions, "partial"> = {}): SearchIndex {
    const parsed = parseExport(data);
    const index = new SearchIndex({ ...options, partial: parsed.options.partial });
    for (const doc of parsed.documents) index.addStored(doc);
    return index;
  }

  /**
   * Number of documents.
   *
   * @example
   * ```ts
   * createSearchIndex().size; // 0
   * ```
   */
  get size(): number {
    return this.byId.size;
  }

  /**
   * Whether a document id is in the index.
   *
   * @example
   * ```ts
   * index.has("fixtures/seed.txt"); // true
   * ```
   */
  has(id: string): boolean {
    return this.byId.has(id);
  }

  /**
   * The stored document of an id (search fields and filter values), or null.
   *
   * @example
   * ```ts
   * index.get("fixtures/seed.txt")?.tags.ward; // ["Tân Giang"]
   * ```
   */
  get(id: string): StoredDocument | null {
    const n = this.byId.get(id);
    return n === undefined ? null : this.entries[n]!.doc;
  }

  /**
   * Adds a parsed record (it needs an `id`) or a plain document `{ id, title?, body, venue?,
   * officials?, ward?, year?, type?, awards? }`. Throws a VnWardNewsError (INVALID_INPUT) for a
   * document without id or body, or with an id already in the index (use `update`).
   *
   * @example
   * ```ts
   * index.add({ id: "a", title: "Hội nghị tổng kết", body: "tại hội trường UBND phường Tân Giang" });
   * ```
   */
  add(input: SearchInput): this {
    const doc = toStoredDocument(input);
    if (this.byId.has(doc.id)) throw new VnWardNewsError("INVALID_INPUT", `document "${doc.id}" is already in the index (use update)`);
    this.addStored(doc);
    return this;
  }

  /**
   * Adds several documents.
   *
   * @example
   * ```ts
   * index.addMany(records);
   * ```
   */
  addMany(inputs: Iterable<SearchInput>): this {
    for (const input of inputs) this.add(input);
    return this;
  }

  /**
   * Replaces a document (or adds it when its id is new).
   *
   * @example
   * ```ts
   * index.update({ id: "a", body: "nội dung mới" });
   * ```
   */
  update(input: SearchInput): this {
    const doc = toStoredDocument(input);
    this.remove(doc.id);
    this.addStored(doc);
    return this;
  }

  /**
   * Removes a document; returns whether it was there. Costs a pass over the flexsearch index
   * (no per-document register is kept, to save memory).
   *
   * @example
   * ```ts
   * index.remove("a"); // true
   * ```
   */
  remove(id: string): boolean {
    const n = this.byId.get(id);
    if (n === undefined) return false;
    const e = this.entries[n]!;
    this.flex.remove(n);
    this.vocab.count(e.ids, -1);
    this.vocab.countPhrases(phrasesOf(e.doc), -1);
    this.entries[n] = undefined;
    this.byId.delete(id);
    return true;
  }

  private addStored(doc: StoredDocument): void {
    const n = this.entries.length;
    const vocab = this.vocab;
    const ids: number[] = [];
    const ends: number[] = []; // where the title, and venue plus officials, end in `ids`
    const marks: number[] = []; // every 32nd body syllable: its index in `ids` and its offset in the body
    const push = (text: string, mark = false) => {
      let prevEnd = -1;
      let n = 0;
      for (const t of tokenize(text)) {
        // clause punctuation ends a phrase: "xã Tân Phú, tỉnh Bắc Giang" has no "Phú tỉnh"
        if (prevEnd >= 0 && hasClauseBreak(text, prevEnd, t.start)) ids.push(0);
        prevEnd = t.end;
        if (mark && n++ % MARK_EVERY === 0) marks.push(ids.length, t.start);
        ids.push(vocab.idOf(t.text));
      }
      ids.push(0);
    };
    push(doc.title);
    ends.push(ids.length);
    push(doc.venue);
    for (const o of doc.officials) push(o);
    ends.push(ids.length);
    push(doc.body, true);
    const small = vocab.size <= 0xffff;
    const foldOf = vocab.foldOf;
    const typed = small ? Uint16Array.from(ids) : Uint32Array.from(ids);
    vocab.count(typed, 1);
    vocab.countPhrases(phrasesOf(doc), 1);
    // one typed array for the Bloom filter and the body position marks (one object less per document)
    const bloomWords = bloomWordsFor(typed.length);
    const aux = new Uint32Array(bloomWords + marks.length);
    fillBloom(aux, bloomWords, typed, foldOf);
    aux.set(marks, bloomWords);
    this.entries.push({ doc, ids: typed, bloom: aux, bloomWords, metaStart: ends[0]!, bodyStart: ends[1]! });
    this.byId.set(doc.id, n);
    // Flexsearch gets the folded keys in order, separators left out and a key equal to the one
    // before dropped (as its encoder would), so the score function's positions are its own.
    const feed = (index: Index, keyOf: (id: number) => string) => {
      const keys: string[] = [];
      const bounds: number[] = [];
      let last = "";
      let e = 0;
      for (let p = 0; p < ids.length; p++) {
        while (e < ends.length && p === ends[e]) bounds[e++] = keys.length;
        const id = ids[p]!;
        if (!id) continue;
        const k = keyOf(id);
        if (k !== last) keys.push(k);
        last = k;
      }
      while (e < ends.length) bounds[e++] = keys.length;
      this.scoring = { titleEnd: bounds[0]!, metaEnd: bounds[1]!, n: keys.length };
      if (keys.length) index.add(n, keys.join(" "));
    };
    feed(this.flex, (id) => vocab.foldedKeys[foldOf[id]!]!);
  }

  /**
   * Searches: hits ranked by tier (adjacent exact, adjacent folded, all exact, all folded, partial),
   * then by flexsearch's score. A query typed without diacritics matches every diacritic variant
   * equally; a query with diacritics puts exact matches first. Abbreviations match their
   * expansions both ways ("UBND" finds "Ủy ban nhân dân"). An empty query returns no hits.
   * Throws InvalidOptionError for a bad limit, offset or filter key.
   *
   * @example
   * ```ts
   * index.search("Tân Giang", { limit: 5, filter: { year: 2021 } })[0];
   * // { id: "fixtures/seed.txt", tier: 1, score: 5.9, title: null, snippets: ["…UBND phường «Tân Giang» đã diễn ra…"], fragments: [...] }
   * ```
   */
  search(query: string, options: SearchOptions | null = {}): SearchHit[] {
    if (typeof query !== "string") throw new InvalidOptionError(`query must be a string, got ${typeof query}`);
    if (options === null || options === undefined) options = {};
    if (typeof options !== "object") throw new InvalidOptionError(`search options must be an object, got ${typeof options}`);
    const limit = intOption("limit", options.limit, 10, 1, 10_000);
    const offset = intOption("offset", options.offset, 0, 0, 1_000_000);
    const filter = compileFilter(options.filter);
    const plan = planQuery(query, this.abbreviations);
    if (!plan.alternatives.length) return [];
    const need = offset + limit;
    const resolved = plan.alternatives.map((a) => resolveTerms(a, this.vocab));
    const found = new Map<number, Candidate>();
    const foldOf = this.vocab.foldOf;
    const offer = (c: Candidate) => {
      const prev = found.get(c.id);
      if (!prev || better(c, prev)) found.set(c.id, c);
    };
    const usable = (id: number): Entry | null => {
      const e = this.entries[id];
      return e && (!filter || filter.test(e.doc.tags)) ? e : null;
    };

    // Tiers 1-4 over flexsearch's AND, in its own order (a first page a little larger than needed,
    // then the rest). Tier 1 is settled for every candidate the Bloom filters cannot rule out, until
    // `need` hits of tier 1 are known (nothing later in flexsearch's order can rank above them).
    // Tiers 2, 3 and 4 are then told apart lazily, in flexsearch's order, only as far as the page needs.
    const atMost = (tier: Tier) => {
      let n = 0;
      for (const c of found.values()) if (c.tier <= tier) n++;
      return n;
    };
    resolved.forEach((r, alt) => {
      if (r.folded.some((f) => f < 0)) return; // a syllable the index has never seen: no full match
      const exactQuery = isExactQuery(r);
      const matched = r.folded.length;
      // candidates not of tier 1, in flexsearch's order: ids and ranks side by side
      const restIds: number[] = [];
      const restRanks: number[] = [];
      let tier1 = atMost(1);
      const walk = (ids: number[], from: number): boolean => {
        for (let i = 0; i < ids.length; i++) {
          const id = ids[i]!;
          const e = usable(id);
          if (!e) continue;
          if (mayHavePhrase(e, r, exactQuery) && phraseTier(e, r, foldOf) === 1) {
            const before = found.get(id)?.tier;
            offer({ id, tier: 1, rank: from + i, matched, alt });
            if (before !== 1 && ++tier1 >= need) return true;
          } else {
            restIds.push(id);
            restRanks.push(from + i);
          }
        }
        return false;
      };
      if (walk(this.postingsAnd(r, r.terms.length), 0)) return;
      const tierOfFound = (id: number) => found.get(id)?.tier ?? 9;
      if (!exactQuery) {
        // typed without diacritics: whatever is not adjacent is tier 3
        let enough = atMost(3);
        for (let i = 0; i < restIds.length && enough < need; i++) {
          if (tierOfFound(restIds[i]!) <= 3) continue;
          offer({ id: restIds[i]!, tier: 3, rank: restRanks[i]!, matched, alt });
          enough++;
        }
        return;
      }
      // tier 2: adjacent folded, in flexsearch's order until the page is full
      let enough = atMost(2);
      const later: number[] = [];
      for (let i = 0; i < restIds.length && enough < need; i++) {
        const e = this.entries[restIds[i]!]!;
        if (mayHavePhrase(e, r) && phraseTier(e, r, foldOf) === 2) {
          if (tierOfFound(restIds[i]!) > 2) enough++;
          offer({ id: restIds[i]!, tier: 2, rank: restRanks[i]!, matched, alt });
        } else later.push(i);
      }
      if (enough >= need) return;
      // tiers 3 and 4: every syllable exact somewhere, or not
      enough = atMost(3);
      for (let x = 0; x < later.length && enough < need; x++) {
        const i = later[x]!;
        const tier = presenceTier(this.entries[restIds[i]!]!, r);
        if (tier === 3 && tierOfFound(restIds[i]!) > 3) enough++;
        offer({ id: restIds[i]!, tier, rank: restRanks[i]!, matched, alt });
      }
    });

    // Tier 5: documents with more than half of the (distinct) syllables, most syllables first.
    const partialWanted = this.partial === "always" ? found.size < need : this.partial === "fallback" && found.size === 0;
    if (partialWanted) {
      resolved.forEach((r, alt) => {
        const k = r.folded.length;
        if (k < 2 || r.folded.filter((f) => f >= 0).length * 2 <= k) return;
        const counts: number[] = [];
        const ids = this.postingsAnd(r, Math.floor(k / 2) + 1, counts);
        let offered = 0;
        for (let i = 0; i < ids.length && offered < need; i++) {
          const id = ids[i]!;
          const e = this.entries[id];
          if (!e || found.has(id) || (filter && !filter.test(e.doc.tags))) continue;
          offer({ id, tier: 5, rank: i, matched: counts[i]!, alt });
          offered++;
        }
      });
    }

    const ranked = [...found.values()].sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0)).slice(offset, need);
    return ranked.map((c) => this.hit(c, resolved[c.alt]!, plan.marked, options.snippets !== false));
  }

  /** Scratch space of `postingsAnd`, one slot per document number. */
  private scratch = { stamp: new Uint32Array(0), count: new Uint8Array(0), slot: new Uint8Array(0), now: 0 };

  /**
   * The documents holding at least `atLeast` of the query's distinct folded syllables, in
   * flexsearch's order: more syllables first, then by score slot (the worst slot among the
   * syllables, as flexsearch's own intersection ranks), then in the order they were added. Reads
   * flexsearch's posting lists (one single-term search each) and counts with typed arrays, which
   * is several times faster than flexsearch's intersection for common syllables.
   */
  private postingsAnd(r: ResolvedTerms, atLeast: number, counts?: number[]): number[] {
    const keys = [...new Set(r.terms.map((t) => t.folded))];
    const need = Math.min(atLeast, keys.length);
    const lists: number[][][] = [];
    for (const key of keys) {
      const res = this.flex.search(key, { resolve: false }) as unknown as { result?: number[][] };
      const slots = res?.result ?? [];
      if (slots.some((ids) => ids?.length)) lists.push(slots);
    }
    if (lists.length < need) return [];
    const sc = this.scratch;
    const size = this.entries.length;
    if (sc.stamp.length < size) sc.stamp = new Uint32Array(Math.max(size, sc.stamp.length * 2, 1024));
    if (sc.count.length < sc.stamp.length) {
      sc.count = new Uint8Array(sc.stamp.length);
      sc.slot = new Uint8Array(sc.stamp.length);
    }
    if (++sc.now === 0xffffffff) {
      sc.stamp.fill(0);
      sc.now = 1;
    }
    const { stamp, count, slot, now } = sc;
    for (const slots of lists) {
      for (let y = 0; y < slots.length; y++) {
        const ids = slots[y];
        if (!ids) continue;
        for (let i = 0; i < ids.length; i++) {
          const id = ids[i]!;
          if (stamp[id] !== now) {
            stamp[id] = now;
            count[id] = 1;
            slot[id] = y;
          } else {
            count[id]!++;
            if (y > slot[id]!) slot[id] = y;
          }
        }
      }
    }
    // gather from the shortest list (every hit is in it when all syllables are needed)
    const from = need === lists.length ? [lists.reduce((a, b) => (total(a) <= total(b) ? a : b))] : lists;
    const buckets: number[][] = [];
    for (const slots of from) {
      for (const ids of slots) {
        if (!ids) continue;
        for (const id of ids) {
          if (stamp[id] !== now || count[id]! < need) continue;
          stamp[id] = now - 1; // taken
          const b = (lists.length - count[id]!) * RESOLUTION + slot[id]!;
          (buckets[b] ??= []).push(id);
        }
      }
    }
    const out: number[] = [];
    buckets.forEach((b, i) => {
      if (!b) return;
      // within a bucket, document order (flexsearch's lists are in the order documents were added),
      // whichever list the ids were gathered from
      for (const id of Int32Array.from(b).sort()) {
        out.push(id);
        counts?.push(lists.length - Math.floor(i / RESOLUTION));
      }
    });
    return out;
  }

  private hit(c: Candidate, r: ResolvedTerms, marked: boolean, withSnippets: boolean): SearchHit {
    const e = this.entries[c.id]!;
    const doc = e.doc;
    // the body position marks follow the Bloom filter in `bloom`: read in place (a subarray per hit cost more than its use)
    const tokens =
      withSnippets && e.bodyStart !== undefined
        ? { ids: e.ids, foldOf: this.vocab.foldOf, bodyStart: e.bodyStart, metaStart: e.metaStart, marks: e.bloom && e.bloomWords !== undefined ? e.bloom : undefined, marksFrom: e.bloomWords }
        : undefined;
    const fragments = withSnippets ? makeSnippets(doc, r, this.vocab, { exactOnly: marked && (c.tier === 1 || c.tier === 3), noPhrase: c.tier === 3 || c.tier === 4 }, tokens) : [];
    return {
      id: doc.id,
      tier: c.tier,
      score: Math.round((6 - c.tier + 1 / (2 + c.rank)) * 1e6) / 1e6,
      title: doc.title || null,
      snippets: fragments.map((f) => formatSnippet(f)),
      fragments,
    };
  }

  /**
   * Completes what is being typed from the index's own vocabulary: names and places first (runs of
   * title-case syllables, officials, wards), then event types and title phrases, then single
   * syllables: "tan gi" gives "Tân Giang". Diacritics typed narrow the choice ("Tấn" never gives
   * "Tân Phú"); within a kind, phrases found in more documents come first.
   *
   * @example
   * ```ts
   * index.suggest("tan gi"); // ["Tân Giang", ...]
   * index.suggest("Tống Thị Q"); // ["Tống Thị Quỳnh Hoa"]
   * ```
   */
  suggest(prefix: string, options: SuggestOptions | null = {}): string[] {
    if (typeof prefix !== "string") throw new InvalidOptionError(`prefix must be a string, got ${typeof prefix}`);
    if (options === null || options === undefined) options = {};
    if (typeof options !== "object") throw new InvalidOptionError(`suggest options must be an object, got ${typeof options}`);
    const limit = intOption("limit", options.limit, 5, 1, 100);
    const text = prefix.normalize("NFC");
    const typed = tokenize(text).slice(0, 8);
    if (!typed.length) return [];
    const complete = /[^\p{L}\p{M}\p{N}]$/u.test(text);
    const key = typed.map((t) => foldKey(t.text)).join(" ") + (complete ? " " : "");
    const fits = (form: string): boolean => {
      const ft = tokenize(form);
      return typed.every((t, i) => ft[i] !== undefined && syllableCompatible(ft[i]!.text, t.text, !complete && i === typed.length - 1));
    };
    // typed diacritics narrow the choice: "Tấn" never completes to "Tân Phú"
    const narrow = typed.some((t) => hasMarks(t.text));
    type Option = { text: string; fit: boolean; count: number; size: number; phrase: boolean };
    const options_: Option[] = [];
    for (const k of rangeWithPrefix(this.vocab.phraseKeys(), key)) {
      const e = this.vocab.phrases.get(k)!;
      if (e.size <= typed.length - (complete ? 0 : 1)) continue;
      // one option per exact variant ("Tân Giang", "Tấn Giang"), shown in its most used form
      const groups = new Map<string, { text: string; best: number; count: number }>();
      for (const [form, n] of e.forms) {
        const sig = tokenize(form)
          .map((t) => exactKey(t.text))
          .join(" ");
        const g = groups.get(sig);
        const rank = n + (/^\p{Lu}/u.test(form) ? 0.5 : 0);
        if (!g) groups.set(sig, { text: form, best: rank, count: n });
        else {
          g.count += n;
          if (rank > g.best) Object.assign(g, { text: form, best: rank });
        }
      }
      for (const g of groups.values()) options_.push({ text: g.text, fit: fits(g.text), count: g.count, size: e.size, phrase: true });
    }
    if (typed.length === 1 && !complete) {
      for (const k of rangeWithPrefix(this.vocab.wordKeys(), key)) {
        const forms = this.vocab.forms(k).sort((a, b) => Number(fits(b.text)) - Number(fits(a.text)) || b.count - a.count);
        const f = forms[0];
        if (f) options_.push({ text: f.text, fit: fits(f.text), count: f.count, size: 1, phrase: false });
      }
    }
    const isName = (o: Option) => o.phrase && /\p{Lu}/u.test(o.text);
    options_.sort(
      (a, b) =>
        Number(b.fit) - Number(a.fit) ||
        Number(isName(b)) - Number(isName(a)) ||
        Number(b.phrase) - Number(a.phrase) ||
        b.count - a.count ||
        a.size - b.size ||
        (a.text < b.text ? -1 : 1),
    );
    const out: string[] = [];
    const seen = new Set<string>();
    for (const o of options_) {
      if (narrow && !o.fit) continue;
      const sig = tokenize(o.text)
        .map((t) => exactKey(t.text))
        .join(" ");
      if (seen.has(sig)) continue;
      seen.add(sig);
      out.push(o.text);
      if (out.length >= limit) break;
    }
    return out;
  }

  /**
   * Restores diacritics from the index's own vocabulary: the best cover of the query by known names,
   * places and phrases, then each remaining syllable's most used form. Syllables typed with
   * diacritics that the index knows are kept, except inside a known phrase typed with wrong ones
   * ("Tấn Giang" when only "Tân Giang" occurs). Returns null when there is nothing to change.
   *
   * @example
   * ```ts
   * index.didYouMean("tong thi quynh hoa"); // "Tống Thị Quỳnh Hoa"
   * index.didYouMean("phuong dong ve"); // "phường Đông Vệ"
   * index.didYouMean("Tống Thị Quỳnh Hoa"); // null
   * ```
   */
  didYouMean(query: string): string | null {
    if (typeof query !== "string") throw new InvalidOptionError(`query must be a string, got ${typeof query}`);
    const toks = tokenize(query.normalize("NFC")).slice(0, 32);
    if (!toks.length) return null;
    const keep = (t: string) => hasMarks(t) && this.vocab.hasExact(exactKey(t));
    // Known phrases by position: the form to use and its weight. Names and places weigh more than
    // title word pairs, longer more than shorter; the best cover of the query wins (not the leftmost).
    const spans: Array<Array<{ n: number; form: string; weight: number }>> = toks.map(() => []);
    for (let i = 0; i < toks.length; i++) {
      for (let n = 2; n <= Math.min(6, toks.length - i); n++) {
        const part = toks.slice(i, i + n);
        const e = this.vocab.phrases.get(part.map((t) => foldKey(t.text)).join(" "));
        if (!e) continue;
        const forms = [...e.forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
        // typed diacritics the index knows are kept; a phrase typed with wrong ones is corrected
        const compatible = forms.filter(([form]) => {
          const ft = tokenize(form);
          return part.every((t, j) => !keep(t.text) || exactKey(ft[j]!.text) === exactKey(t.text));
        });
        const [form] = (compatible[0] ?? forms[0])!;
        spans[i]!.push({ n, form, weight: (n - 1) * (/\p{Lu}/u.test(form) ? 2 : 1) });
      }
    }
    const best: Array<{ weight: number; parts: string[] }> = new Array(toks.length + 1);
    best[toks.length] = { weight: 0, parts: [] };
    for (let i = toks.length - 1; i >= 0; i--) {
      const t = toks[i]!.text;
      const rest = best[i + 1]!;
      let choice = { weight: rest.weight, parts: [keep(t) ? t : (this.vocab.bestForm(foldKey(t)) ?? t), ...rest.parts] };
      for (const sp of spans[i]!) {
        const after = best[i + sp.n]!;
        if (sp.weight + after.weight > choice.weight) choice = { weight: sp.weight + after.weight, parts: [sp.form, ...after.parts] };
      }
      best[i] = choice;
    }
    const out = best[0]!.parts;
    const result = out.join(" ");
    const same =
      tokenize(result)
        .map((t) => exactKey(t.text))
        .join(" ") === toks.map((t) => exactKey(t.text)).join(" ");
    return same ? null : result;
  }

  /**
   * The whole index as one JSON-serializable object (kind marker, format version, options, every
   * document in insertion order). `importSearchIndex` rebuilds an index that answers identically.
   *
   * @example
   * ```ts
   * const json = JSON.stringify(index.export());
   * ```
   */
  export(): SearchIndexExport {
    const documents: StoredDocument[] = [];
    for (const e of this.entries) {
      if (!e) continue;
      const d = e.doc;
      documents.push({ id: d.id, title: d.title, venue: d.venue, officials: [...d.officials], body: d.body, tags: {
        ward: [...d.tags.ward], year: [...d.tags.year], type: [...d.tags.type], award: [...d.tags.award], official: [...d.tags.official],
      } });
    }
    return { kind: SEARCH_INDEX_KIND, version: SEARCH_FORMAT_VERSION, options: { partial: this.partial }, documents };
  }

  /**
   * Replaces this index's content with an export, after validating all of it (on invalid data
   * this index is left unchanged and InvalidIndexFileError is thrown).
   *
   * @example
   * ```ts
   * index.import(JSON.parse(text));
   * ```
   */
  import(data: unknown): this {
    const parsed = parseExport(data);
    for (const id of [...this.byId.keys()]) this.remove(id);
    for (const doc of parsed.documents) this.addStored(doc);
    return this;
  }
}

/** Number of ids in a list of score slots. */
function total(slots: number[][]): number {
  let n = 0;
  for (const ids of slots) if (ids) n += ids.length;
  return n;
}

/** Sorted keys starting with a prefix (binary search). */
function rangeWithPrefix(sorted: readonly string[], prefix: string): string[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.startsWith(prefix); i++) out.push(sorted[i]!);
  return out;
}

/**
 * Creates an empty search index.
 *
 * @example
 * ```ts
 * const index = createSearchIndex();
 * index.add({ id: "a", body: "UBND phường Tân Giang tổ chức hội nghị" });
 * index.search("ủy ban nhân dân tan giang")[0]?.id; // "a"
 * ```
 */
export function createSearchIndex(options: SearchIndexOptions = {}): SearchIndex {
  return new SearchIndex(options);
}

/**
 * Creates an index from what `export()` returned (after JSON round trips too), validating it:
 * corrupted, truncated, foreign or wrong-version data throws InvalidIndexFileError.
 *
 * @example
 * ```ts
 * const index = importSearchIndex(JSON.parse(text));
 * ```
 */
export function importSearchIndex(data: unknown, options: Omit<SearchIndexOptions, "partial"> = {}): SearchIndex {
  return SearchIndex.import(data, options);
}
