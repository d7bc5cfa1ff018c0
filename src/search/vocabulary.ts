/**
 * The index's own vocabulary: every syllable seen, as an exact-key id with its folded-key id,
 * occurrence counts (to restore diacritics), and the phrases offered by `suggest` and `didYouMean`
 * (names, places, and the syllable runs of titles and event types).
 *
 * Ids are small integers so each document's token sequence is a compact typed array; id 0 is the
 * field separator and never matches a query syllable.
 */
import { exactKey, foldKey, tokenize, type Token } from "./keys.js";

/** A document's syllables as exact-key ids, fields separated by 0. */
export type TokenIds = Uint16Array | Uint32Array;

/** One phrase known to `suggest`: its folded key and its written forms with document counts. */
export interface PhraseEntry {
  /** Folded syllables joined by single spaces. */
  key: string;
  /** Number of syllables. */
  size: number;
  /** Written form -> number of documents using it. */
  forms: Map<string, number>;
  /** Documents containing the phrase in any form. */
  docs: number;
}

/** Longest phrase (in syllables) kept for suggestions. */
const MAX_PHRASE = 6;

/**
 * Syllable dictionary with exact and folded ids, counts, and the phrase dictionary.
 * Not exported from the package: the index owns one.
 */
export class Vocabulary {
  private readonly exactIds = new Map<string, number>([["", 0]]);
  private readonly foldedIds = new Map<string, number>([["", 0]]);
  private readonly surfaceIds = new Map<string, number>();
  /** Folded id of each exact id. */
  foldOf: Int32Array = new Int32Array(1024);
  /** Occurrences of each exact id in live documents. */
  private readonly counts: number[] = [0];
  /** A written form (lower case) of each exact id. */
  private readonly display: string[] = [""];
  /** The exact key of each exact id. */
  readonly exactKeys: string[] = [""];
  /** Exact ids of each folded id. */
  private readonly variants: number[][] = [[]];
  readonly foldedKeys: string[] = [""];
  /** Phrases by folded key. */
  readonly phrases = new Map<string, PhraseEntry>();
  private sortedPhrases: string[] | null = null;
  private sortedWords: string[] | null = null;

  /** Number of distinct exact keys (the separator included). */
  get size(): number {
    return this.display.length;
  }

  /** The exact id of a written token, adding it when new. */
  idOf(surface: string): number {
    const cached = this.surfaceIds.get(surface);
    if (cached !== undefined) return cached;
    const ek = exactKey(surface);
    let id = this.exactIds.get(ek);
    if (id === undefined) {
      id = this.display.length;
      this.exactIds.set(ek, id);
      this.exactKeys.push(ek);
      this.display.push(surface.toLowerCase().normalize("NFC"));
      this.counts.push(0);
      const fk = foldKey(surface);
      let fid = this.foldedIds.get(fk);
      if (fid === undefined) {
        fid = this.foldedKeys.length;
        this.foldedIds.set(fk, fid);
        this.foldedKeys.push(fk);
        this.variants.push([]);
        this.sortedWords = null;
      }
      this.variants[fid]!.push(id);
      if (id >= this.foldOf.length) {
        const grown = new Int32Array(this.foldOf.length * 2);
        grown.set(this.foldOf);
        this.foldOf = grown;
      }
      this.foldOf[id] = fid;
    }
    if (this.surfaceIds.size < 500_000) this.surfaceIds.set(surface, id);
    return id;
  }

  /** The exact id of an exact key, or -1 when the index has never seen it. */
  exactId(key: string): number {
    return this.exactIds.get(key) ?? -1;
  }

  /** The folded id of a folded key, or -1 when unknown. */
  foldedId(key: string): number {
    return this.foldedIds.get(key) ?? -1;
  }

  /** Adds (+1) or removes (-1) a document's syllable occurrences from the counts. */
  count(ids: TokenIds, sign: 1 | -1): void {
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      if (id) this.counts[id]! += sign;
    }
  }

  /** The most used written form (lower case) of a folded key, among the forms allowed by `accept`. */
  bestForm(foldedKeyValue: string, accept: (exactKeyValue: string) => boolean = () => true): string | null {
    const fid = this.foldedIds.get(foldedKeyValue);
    if (fid === undefined) return null;
    let best = -1;
    for (const id of this.variants[fid]!) {
      if (this.counts[id]! > 0 && accept(exactKey(this.display[id]!)) && (best < 0 || this.counts[id]! > this.counts[best]!)) best = id;
    }
    return best < 0 ? null : this.display[best]!;
  }

  /** Whether an exact key occurs in a live document. */
  hasExact(key: string): boolean {
    const id = this.exactIds.get(key);
    return id !== undefined && this.counts[id]! > 0;
  }

  /** Adds (+1) or removes (-1) a document's phrases (each folded key counts once per document). */
  countPhrases(phrases: Iterable<string>, sign: 1 | -1): void {
    const byKey = new Map<string, { size: number; forms: Set<string> }>();
    for (const form of phrases) {
      const toks = tokenize(form);
      if (!toks.length || toks.length > MAX_PHRASE) continue;
      const key = toks.map((t) => foldKey(t.text)).join(" ");
      const g = byKey.get(key) ?? { size: toks.length, forms: new Set<string>() };
      g.forms.add(form);
      byKey.set(key, g);
    }
    for (const [key, g] of byKey) {
      let e = this.phrases.get(key);
      if (!e) {
        if (sign < 0) continue;
        e = { key, size: g.size, forms: new Map(), docs: 0 };
        this.phrases.set(key, e);
        this.sortedPhrases = null;
      }
      e.docs += sign;
      for (const form of g.forms) {
        const n = (e.forms.get(form) ?? 0) + sign;
        if (n > 0) e.forms.set(form, n);
        else e.forms.delete(form);
      }
      if (e.docs <= 0 || e.forms.size === 0) {
        this.phrases.delete(key);
        this.sortedPhrases = null;
      }
    }
  }

  /** Folded phrase keys in sorted order (rebuilt after changes). */
  phraseKeys(): string[] {
    return (this.sortedPhrases ??= [...this.phrases.keys()].sort());
  }

  /** Folded syllable keys in sorted order (rebuilt after changes). */
  wordKeys(): string[] {
    return (this.sortedWords ??= this.foldedKeys.filter((k) => k !== "").sort());
  }

  /** Live written forms (lower case) of a folded syllable key with their counts. */
  forms(foldedKeyValue: string): Array<{ text: string; count: number }> {
    const fid = this.foldedIds.get(foldedKeyValue);
    if (fid === undefined) return [];
    return this.variants[fid]!.filter((id) => this.counts[id]! > 0).map((id) => ({ text: this.display[id]!, count: this.counts[id]! }));
  }
}

/** Title-case syllable: an upper-case letter then lower-case letters (or marks). */
const TITLE_CASE = /^\p{Lu}[\p{Ll}\p{M}]*$/u;

/** Lower-case words that name a kind of place before its name ("phường Tân Giang"). */
const PLACE_WORDS = new Set(["phường", "xã", "huyện", "tỉnh", "quận", "thôn", "ấp", "khóm", "bản"]);

/**
 * The phrases of a text offered by `suggest` and `didYouMean`: runs of two to six title-case
 * syllables separated by single spaces (names and places, "Tống Thị Quỳnh Hoa"), each with its
 * shorter tails ("Thị Quỳnh Hoa", "Quỳnh Hoa"); a run after a place word also with that word
 * ("phường Tân Giang"), one-syllable runs included there ("Phường 7" aside, "xã Hòa").
 *
 * @example
 * ```ts
 * namePhrases("phường Tân Giang, đồng chí Tống Thị Quỳnh Hoa");
 * // ["Tân Giang", "phường Tân Giang", "Tống Thị Quỳnh Hoa", "Thị Quỳnh Hoa", "Quỳnh Hoa"]
 * ```
 */
export function namePhrases(text: string): string[] {
  const out: string[] = [];
  const toks = tokenize(text);
  let run: Token[] = [];
  let lead: Token | null = null;
  const flush = () => {
    const r = run.slice(0, MAX_PHRASE - 1);
    if (r.length >= 2) {
      for (let i = 0; i + 1 < r.length; i++) out.push(text.slice(r[i]!.start, r[r.length - 1]!.end));
    }
    if (r.length >= 1 && lead) out.push(text.slice(lead.start, r[r.length - 1]!.end));
    run = [];
    lead = null;
  };
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    const prev = run[run.length - 1];
    if (TITLE_CASE.test(t.text) && prev && text.slice(prev.end, t.start) === " ") {
      run.push(t);
      continue;
    }
    flush();
    if (TITLE_CASE.test(t.text)) {
      run.push(t);
      const before = toks[k - 1];
      if (before && PLACE_WORDS.has(before.text) && text.slice(before.end, t.start) === " ") lead = before;
    }
  }
  flush();
  return out;
}

/**
 * Pairs of adjacent syllables of a short text (a title or an event type), lower-cased, without
 * numbers, for completing common phrases ("hoi ng" to "hội nghị").
 *
 * @example
 * ```ts
 * shortRuns("Hội nghị tổng kết"); // ["hội nghị", "nghị tổng", "tổng kết"]
 * ```
 */
export function shortRuns(text: string): string[] {
  const toks = tokenize(text);
  const out: string[] = [];
  for (let i = 0; i + 1 < toks.length; i++) {
    const a = toks[i]!;
    const b = toks[i + 1]!;
    if (/\d/.test(a.text + b.text) || text.slice(a.end, b.start) !== " ") continue;
    out.push(`${a.text} ${b.text}`.toLowerCase());
  }
  return out;
}
