/**
 * Snippets with highlights in the article's own words and diacritics: a window of the body around
 * the best match, and the venue or official lines that match.
 */
import type { Span } from "../schema.js";
import type { StoredDocument, TextField } from "./document.js";
import { exactKey, foldKey, hasClauseBreak, isWordCode } from "./keys.js";
import { fold } from "../normalize/index.js";
import type { ResolvedTerms } from "./tiers.js";
import type { Vocabulary } from "./vocabulary.js";

/** A piece of a field with the matched words as spans into `text`. */
export interface Snippet {
  field: TextField;
  /** The piece of text, "…" marking where it was cut. */
  text: string;
  /** End-exclusive UTF-16 offsets into `text`. */
  highlights: Span[];
}

export interface SnippetOptions {
  /** About how many characters a body window has; default 160. */
  width?: number;
  /** Most body windows; default 1 (each further window reads the body further). */
  windows?: number;
  /** Highlight only exact matches (for hits in the exact tiers); default false. */
  exactOnly?: boolean;
  /**
   * The caller knows the query's syllables are nowhere adjacent and in order (folded) in the
   * document's syllable ids (hits of tiers 3 and 4), so no phrase is looked for; default false.
   */
  noPhrase?: boolean;
}

/**
 * A snippet as one string with its highlights marked, `«Tân Giang»` by default.
 *
 * @example
 * ```ts
 * formatSnippet({ field: "body", text: "phường Tân Giang", highlights: [{ start: 7, end: 16 }] });
 * // "phường «Tân Giang»"
 * ```
 */
export function formatSnippet(snippet: Snippet, open = "«", close = "»"): string {
  let out = "";
  let at = 0;
  for (const h of snippet.highlights) {
    out += snippet.text.slice(at, h.start) + open + snippet.text.slice(h.start, h.end) + close;
    at = h.end;
  }
  return out + snippet.text.slice(at);
}

/** Folded code unit of each UTF-16 code unit (0: not computed yet), filled on first sight. */
const FOLD_TABLE = new Uint16Array(65536);
/** Whether a code unit is clause punctuation (see `hasClauseBreak`): 0 not known yet, 1 yes, 2 no. */
const CLAUSE_TABLE = new Uint8Array(65536);

/**
 * The folded code unit of one UTF-16 code unit (same length, so offsets carry over): through `fold`
 * once, then the table; a unit that folds to nothing or to several is lower-cased or kept.
 */
function foldCode(c: number): number {
  let f = FOLD_TABLE[c]!;
  if (f === 0) {
    const ch = String.fromCharCode(c);
    const folded = c >= 0xd800 && c <= 0xdfff ? ch : fold(ch);
    const lower = ch.toLowerCase();
    f = folded.length === 1 ? folded.charCodeAt(0) : lower.length === 1 ? lower.charCodeAt(0) : c;
    if (f === 0) f = c;
    FOLD_TABLE[c] = f;
  }
  return f;
}

function isClauseCode(c: number): boolean {
  let v = CLAUSE_TABLE[c]!;
  if (v === 0) {
    v = hasClauseBreak(String.fromCharCode(c), 0, 1) ? 1 : 2;
    CLAUSE_TABLE[c] = v;
  }
  return v === 1;
}

/**
 * Scratch buffer of folded code units: the text being matched, folded character for character.
 * Matching reads it instead of a folded copy of the text, so no string is made per line or window.
 */
let foldBuffer = new Uint16Array(256);

/** Folds text[from, to) into the scratch buffer (at 0) and returns the buffer. */
function foldInto(text: string, from: number, to: number): Uint16Array {
  const n = to - from;
  if (foldBuffer.length < n) foldBuffer = new Uint16Array(Math.max(n, foldBuffer.length * 2));
  const buf = foldBuffer;
  for (let i = 0; i < n; i++) buf[i] = foldCode(text.charCodeAt(from + i));
  return buf;
}

/** Copies an already folded text into the scratch buffer. */
function copyInto(folded: string): Uint16Array {
  const n = folded.length;
  if (foldBuffer.length < n) foldBuffer = new Uint16Array(Math.max(n, foldBuffer.length * 2));
  const buf = foldBuffer;
  for (let i = 0; i < n; i++) buf[i] = folded.charCodeAt(i);
  return buf;
}

/** Lets go of a huge scratch buffer (after a very long text). */
function releaseBuffer(): void {
  if (foldBuffer.length > 1 << 20) foldBuffer = new Uint16Array(256);
}

/** A folded text to match in: `buf[0, len)`, the original text being `text[base, base + len)`. */
interface Folded {
  text: string;
  base: number;
  buf: Uint16Array;
  len: number;
}

/** Whether `buf[i]` is a word character (false outside the text). */
function wordIn(f: Folded, i: number): boolean {
  return i >= 0 && i < f.len && isWordCode(f.buf[i]!);
}

/** First index >= `from` where `word` stands in the folded text (as String.prototype.indexOf), or -1. */
function indexIn(f: Folded, word: string, from: number): number {
  const n = word.length;
  const c0 = word.charCodeAt(0);
  const buf = f.buf;
  for (let i = from; i + n <= f.len; i++) {
    if (buf[i] !== c0) continue;
    let k = 1;
    while (k < n && buf[i + k] === word.charCodeAt(k)) k++;
    if (k === n) return i;
  }
  return -1;
}

/** Whether `word` stands at `at` in the folded text as a whole word. */
function wordAt(f: Folded, at: number, word: string): boolean {
  const n = word.length;
  if (at < 0 || at + n > f.len) return false;
  for (let k = 0; k < n; k++) if (f.buf[at + k] !== word.charCodeAt(k)) return false;
  return !wordIn(f, at - 1) && !wordIn(f, at + n);
}

/** End of the phrase `words` starting at `at` (words apart by at most 8 non-word, non-clause characters), or -1. */
function phraseEnd(f: Folded, at: number, words: readonly string[]): number {
  let p = at;
  for (let j = 0; j < words.length; j++) {
    if (j > 0) {
      let gap = 0;
      while (gap < 8 && p + gap < f.len && !isWordCode(f.buf[p + gap]!) && !isClauseCode(f.buf[p + gap]!)) gap++;
      if (gap === 0) return -1;
      p += gap;
    }
    if (!wordAt(f, p, words[j]!)) return -1;
    p += words[j]!.length;
  }
  return p;
}

/**
 * What snippets need of a resolved query, worked out once per query rather than once per hit: its
 * folded words and the distinct ones.
 */
interface PreparedQuery {
  q: ResolvedTerms;
  vocab: Vocabulary;
  /** The vocabulary's size when prepared (the remembered exact ids hold while it does not grow). */
  size: number;
  /** The query's syllables as folded words, or null when one is empty (nothing is highlighted then). */
  words: string[] | null;
  /** `words` without repeats, in first-seen order. */
  distinct: string[];
}

/** The last query prepared: snippets are made hit after hit for the same resolved query. */
let lastPrepared: PreparedQuery | null = null;

function prepare(q: ResolvedTerms, vocab: Vocabulary): PreparedQuery {
  const last = lastPrepared;
  if (last && last.q === q && last.vocab === vocab && last.size === vocab.size) return last;
  const all = q.terms.map((t) => t.folded);
  const words = all.every((w) => w.length > 0) ? all : null;
  const prepared = { q, vocab, size: vocab.size, words, distinct: words ? [...new Set(words)] : [] };
  lastPrepared = prepared;
  return prepared;
}

/**
 * Folded key and exact id of syllable texts met while checking exact matches. They depend on the
 * vocabulary only, not on the query, so they are kept from query to query while the vocabulary
 * stays the same (same object, same size); at most `KEY_CACHE_MAX`, then started afresh.
 */
const keyCache = new Map<string, { folded: string; exact: number }>();
let keyCacheVocab: Vocabulary | null = null;
let keyCacheSize = -1;
const KEY_CACHE_MAX = 8192;

/** The folded key and exact id of one syllable's text (remembered while the vocabulary stays the same). */
function keysOf(p: PreparedQuery, token: string): { folded: string; exact: number } {
  if (keyCacheVocab !== p.vocab || keyCacheSize !== p.vocab.size) {
    keyCache.clear();
    keyCacheVocab = p.vocab;
    keyCacheSize = p.vocab.size;
  }
  let k = keyCache.get(token);
  if (!k) {
    k = { folded: foldKey(token), exact: p.vocab.exactId(exactKey(token)) };
    if (keyCache.size >= KEY_CACHE_MAX) keyCache.clear();
    keyCache.set(token, k);
  }
  return k;
}

/** Whether the matched span holds exact matches (tone style aside) of the query's syllables. */
function exactMatch(f: Folded, span: Span, p: PreparedQuery, phrase: boolean): boolean {
  const q = p.q;
  const text = f.text;
  const from = f.base + span.start;
  const to = f.base + span.end;
  // the span's syllables as `tokenize` cuts them: runs of word characters, at most 64 long
  let j = 0;
  let start = -1;
  for (let i = from; i <= to; i++) {
    const word = i < to && isWordCode(text.charCodeAt(i));
    if (word && start < 0) start = i;
    else if (start >= 0 && (!word || i - start === 64)) {
      const token = text.slice(start, i);
      if (!phrase) {
        const k = keysOf(p, token);
        for (let t = 0; t < q.terms.length; t++) if (q.terms[t]!.folded === k.folded && (q.foldedOnly[t] || q.exact[t] === k.exact)) return true;
        return false;
      }
      if (j >= q.terms.length) return false;
      if (!q.foldedOnly[j] && keysOf(p, token).exact !== q.exact[j]) return false;
      j++;
      start = word ? i : -1;
    }
  }
  return phrase;
}

/** Sorts spans in place by start, then end (stable, as Array.prototype.sort). */
function sortSpans(spans: Span[]): void {
  for (let i = 1; i < spans.length; i++) {
    const s = spans[i]!;
    let j = i - 1;
    while (j >= 0 && (spans[j]!.start > s.start || (spans[j]!.start === s.start && spans[j]!.end > s.end))) {
      spans[j + 1] = spans[j]!;
      j--;
    }
    spans[j + 1] = s;
  }
}

/**
 * `mergeSpans` of keys.ts on freshly made spans (merged in place, no copies): sorted, overlapping
 * ones or ones apart only by spaces joined.
 */
function mergeFresh(text: string, base: number, spans: Span[]): Span[] {
  sortSpans(spans);
  let n = 0;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    const last = n > 0 ? spans[n - 1]! : undefined;
    if (last && (s.start <= last.end || onlySpaces(text, base + last.end, base + s.start))) {
      last.end = Math.max(last.end, s.end);
    } else spans[n++] = s;
  }
  spans.length = n;
  return spans;
}

/** Whether text[from, to) is one or more spaces (plain or no-break). */
function onlySpaces(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0xa0) return false;
  }
  return true;
}

/**
 * Matches in [from, to) of the folded text of the whole phrase (`phrase` true) or of single query
 * words, in order, at most `max`; exact ones only when asked.
 */
function matches(f: Folded, p: PreparedQuery, exactOnly: boolean, phrase: boolean, from: number, to: number, max = Infinity): Span[] {
  const words = p.words;
  const out: Span[] = [];
  if (!words || (phrase && words.length < 2)) return out;
  if (phrase) {
    const w0 = words[0]!;
    for (let at = indexIn(f, w0, from); at >= 0 && at < to && out.length < max; at = indexIn(f, w0, at + 1)) {
      const end = phraseEnd(f, at, words);
      if (end < 0) continue;
      const span = { start: at, end: Math.min(end, to) };
      if (!exactOnly || exactMatch(f, span, p, true)) out.push(span);
      at = end - 1;
    }
    return out;
  }
  for (const w of p.distinct) {
    for (let at = indexIn(f, w, from); at >= 0 && at < to; at = indexIn(f, w, at + 1)) {
      if (!wordAt(f, at, w)) continue;
      const span = { start: at, end: Math.min(at + w.length, to) };
      if (!exactOnly || exactMatch(f, span, p, false)) out.push(span);
    }
  }
  sortSpans(out);
  if (out.length > max) out.length = max;
  return out;
}

/** Highlight spans of the folded text: the phrases, or else the single words (merged). */
function spansIn(f: Folded, p: PreparedQuery, exactOnly: boolean, from: number, to: number, noPhrase = false): Span[] {
  const phrases = noPhrase ? null : matches(f, p, exactOnly, true, from, to);
  if (phrases && phrases.length) return mergeFresh(f.text, f.base, phrases);
  return mergeFresh(f.text, f.base, matches(f, p, exactOnly, false, from, to));
}

/**
 * Highlight spans of a text for a resolved query: where the query's syllables occur as a phrase
 * (adjacent, in order), those phrases; elsewhere the single words that match a query syllable.
 * With `exactOnly`, only exact matches count (tone style aside). Found on the text folded
 * character for character (no regular expression per query); `folded`, when given, is that text.
 *
 * @example
 * ```ts
 * highlightSpans("UBND phường Tân Giang", resolved, vocabulary); // [{ start: 12, end: 21 }]
 * ```
 */
export function highlightSpans(text: string, q: ResolvedTerms, vocab: Vocabulary, exactOnly = false, from = 0, to = text.length, folded?: string): Span[] {
  const buf = folded === undefined ? foldInto(text, 0, text.length) : copyInto(folded);
  const spans = spansIn({ text, base: 0, buf, len: folded === undefined ? text.length : folded.length }, prepare(q, vocab), exactOnly, from, to);
  releaseBuffer();
  return spans;
}

/** A window of `text` of about `width` characters around `focus`, cut at spaces. */
function window(text: string, focus: Span, width: number): Span {
  const room = Math.max(0, width - (focus.end - focus.start));
  let start = Math.max(0, focus.start - Math.floor(room / 3));
  if (start > 0) {
    const sp = text.indexOf(" ", start);
    if (sp >= 0 && sp < focus.start) start = sp + 1;
  }
  let end = Math.min(text.length, Math.max(focus.end, start + width));
  if (end < text.length) {
    const sp = text.lastIndexOf(" ", end);
    if (sp >= focus.end) end = sp;
  }
  return { start, end };
}

/** Whether text[from, to) holds a line break or a tab. */
function hasBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 9) return true;
  }
  return false;
}

/** The body window `w` as a snippet; `spans` are offsets into the window (every one inside it). */
function cut(field: TextField, text: string, w: Span, spans: Span[]): Snippet {
  const pre = w.start > 0 ? "…" : "";
  const post = w.end < text.length ? "…" : "";
  // line breaks become spaces one for one, so the highlight offsets stay right
  let inner = text.slice(w.start, w.end);
  if (hasBreak(text, w.start, w.end)) inner = inner.replace(/[\r\n\t]/g, " ");
  const shift = pre.length;
  for (const s of spans) {
    s.start += shift;
    s.end += shift;
  }
  return { field, text: pre + inner + post, highlights: spans };
}

/** Where a document's body starts in its syllable ids, for locating matches without reading the text. */
export interface BodyTokens {
  /** Exact-key ids of the document's syllables (0 between fields and at clause punctuation). */
  ids: ArrayLike<number>;
  /** Folded id of each exact id. */
  foldOf: Int32Array;
  /** Index in `ids` of the body's first syllable (0 separators in between stand for clause punctuation). */
  bodyStart: number;
  /** Index in `ids` of the venue's first syllable (venue and officials run up to `bodyStart`). */
  metaStart?: number;
  /** Pairs (index in `ids`, offset in the body) of some body syllables, in order: where reading may start. */
  marks?: ArrayLike<number>;
  /** Where the pairs start in `marks` (default 0), so a tail of a larger array serves without a view of it. */
  marksFrom?: number;
}

/** Whether syllable `j` of the query matches the exact id `id` (always, unless exact matches are asked for). */
function exactAt(q: ResolvedTerms, exactOnly: boolean, id: number, j: number): boolean {
  return !exactOnly || q.foldedOnly[j]! || id === q.exact[j];
}

/**
 * Token positions (in `ids`) of body matches for the windows: the first phrase (or, without one,
 * the first matching word), then the first one at least `gap` syllables further, and so on, at most `max`.
 * Fills `at` and returns whether they are phrases; `noPhrase` (the caller knows there is none) goes
 * straight to single words.
 */
function matchPositions(t: BodyTokens, q: ResolvedTerms, exactOnly: boolean, max: number, gap: number, at: number[], noPhrase = false): boolean {
  const k = q.folded.length;
  const { ids, foldOf } = t;
  const folded = q.folded;
  const n = ids.length;
  // single-word positions seen on the way while no phrase is found yet (the same choice as a
  // second pass would make), so a body without the phrase is read once
  let single: number[] | null = null;
  let singleDone = false;
  if (k >= 2 && !noPhrase) {
    const f0 = folded[0]!;
    single = [];
    for (let p = t.bodyStart; p + k <= n && at.length < max; p++) {
      const next = at.length ? at[at.length - 1]! + gap : t.bodyStart;
      if (p < next) p = next;
      if (p + k > n) break;
      const f = foldOf[ids[p]!];
      if (!singleDone && at.length === 0) {
        const sn = single.length ? single[single.length - 1]! + gap : t.bodyStart;
        if (p >= sn) {
          for (let j = 0; j < k; j++) {
            if (folded[j] === f && exactAt(q, exactOnly, ids[p]!, j)) {
              single.push(p);
              if (single.length >= max) singleDone = true;
              break;
            }
          }
        }
      }
      if (f !== f0) continue;
      let j = 0;
      while (j < k && foldOf[ids[p + j]!] === folded[j] && exactAt(q, exactOnly, ids[p + j]!, j)) j++;
      if (j === k) at.push(p);
    }
    if (at.length) return true;
    if (singleDone) {
      for (const s of single) at.push(s);
      return false;
    }
  }
  for (let p = t.bodyStart; p < n && at.length < max; p++) {
    const next = at.length ? at[at.length - 1]! + gap : t.bodyStart;
    if (p < next) p = next;
    const f = foldOf[ids[p]!];
    for (let j = 0; j < k; j++) {
      if (folded[j] === f && exactAt(q, exactOnly, ids[p]!, j)) {
        at.push(p);
        break;
      }
    }
  }
  return false;
}

/** Character spans of the body's syllables at the given `ids` positions (ascending), reading the text once up to the last. */
function charSpans(body: string, t: BodyTokens, positions: readonly number[], length: number): Span[] {
  const out: Span[] = [];
  let want = 0;
  let p = t.bodyStart;
  let from = 0;
  // start reading at the last mark before the first wanted syllable
  const m = t.marks;
  if (m && positions.length) {
    for (let i = t.marksFrom ?? 0; i + 1 < m.length && m[i]! <= positions[0]!; i += 2) {
      p = m[i]!;
      from = m[i + 1]!;
    }
  }
  const ids = t.ids;
  let start = -1;
  let first = -1;
  for (let i = from; i <= body.length && want < positions.length; i++) {
    const word = i < body.length && isWordCode(body.charCodeAt(i));
    if (word && start < 0) start = i;
    else if (start >= 0 && (!word || i - start === 64)) {
      while (p < ids.length && ids[p] === 0) p++; // clause separators have no text of their own
      if (p === positions[want]) first = start;
      if (first >= 0 && p === positions[want]! + length - 1) {
        out.push({ start: first, end: i });
        first = -1;
        want++;
      }
      p++;
      start = word ? i : -1;
    }
  }
  return out;
}

/**
 * Whether the venue and officials' syllables (per the ids) may hold what a line snippet needs: the
 * query's syllables adjacent and in order (a phrase: clause punctuation stands as a 0 between them,
 * as it stops a phrase in the text), or for a one-syllable query that syllable.
 */
function inMeta(t: BodyTokens, q: ResolvedTerms): boolean {
  if (t.metaStart === undefined) return true;
  const { ids, foldOf } = t;
  const folded = q.folded;
  const k = folded.length;
  if (k === 0) return false;
  const f0 = folded[0]!;
  const end = t.bodyStart - k;
  for (let p = t.metaStart; p <= end; p++) {
    if (foldOf[ids[p]!] !== f0) continue;
    let j = 1;
    while (j < k && foldOf[ids[p + j]!] === folded[j]) j++;
    if (j === k) return true;
  }
  return false;
}

/** The line as a snippet when it holds the whole query (the phrase, or the one word). */
function lineSnippet(field: TextField, text: string, p: PreparedQuery, exactOnly: boolean, phrase: boolean): Snippet | null {
  const f: Folded = { text, base: 0, buf: foldInto(text, 0, text.length), len: text.length };
  const spans = matches(f, p, exactOnly, phrase, 0, text.length);
  return spans.length ? { field, text, highlights: mergeFresh(text, 0, spans) } : null;
}

/**
 * Snippets for one hit: the venue and official lines that hold the whole query, then up to `windows` body windows
 * around the first matches (phrases first, else single words); the start of the body when nothing
 * there matches. With the document's syllable ids the matches are located without reading the
 * body, and only the windows are read for highlights, so long bodies cost little.
 *
 * @example
 * ```ts
 * makeSnippets(storedDoc, resolved, vocabulary).map((s) => formatSnippet(s));
 * // ["…tại hội trường UBND phường «Tân Giang» đã diễn ra hội nghị…"]
 * ```
 */
export function makeSnippets(doc: StoredDocument, q: ResolvedTerms, vocab: Vocabulary, options: SnippetOptions = {}, tokens?: BodyTokens): Snippet[] {
  const width = options.width ?? 160;
  const windows = options.windows ?? 1;
  const exactOnly = options.exactOnly ?? false;
  // no phrase in the ids: none in the text either (clause punctuation is a 0 there, as it stops a phrase)
  const known = tokens !== undefined && (options.noPhrase ?? false) && q.folded.length >= 2;
  const p = prepare(q, vocab);
  const out: Snippet[] = [];
  // venue and official lines, unless the syllable ids show no query syllable there
  if (!tokens || (!known && inMeta(tokens, q))) {
    const phrase = q.folded.length >= 2;
    if (doc.venue) {
      const s = lineSnippet("venue", doc.venue, p, exactOnly, phrase);
      if (s) out.push(s);
    }
    for (const o of doc.officials) {
      if (!o) continue;
      const s = lineSnippet("officials", o, p, exactOnly, phrase);
      if (s) out.push(s);
    }
  }
  const body = doc.body;
  let foci: Span[];
  // the syllable ids show no phrase in the whole body: none in a window either (a phrase in the text
  // is one in the ids: clause punctuation is a 0 there), so windows look for single words only
  let noPhrase = known;
  if (tokens) {
    // about one syllable per six characters: the next window's match is at least a window further
    const at: number[] = [];
    const phrase = matchPositions(tokens, q, exactOnly, windows, Math.ceil(width / 6), at, known);
    noPhrase = !phrase;
    foci = charSpans(body, tokens, at, phrase ? q.folded.length : 1);
  } else {
    const f: Folded = { text: body, base: 0, buf: foldInto(body, 0, body.length), len: body.length };
    foci = matches(f, p, exactOnly, true, 0, body.length, 8);
    if (!foci.length) foci = matches(f, p, exactOnly, false, 0, body.length, 8);
  }
  const taken: Span[] = [];
  for (const focus of foci) {
    if (taken.length >= windows) break;
    let overlaps = false;
    for (const w of taken) if (focus.start < w.end) overlaps = true;
    if (!overlaps) taken.push(window(body, focus, width));
  }
  if (!taken.length) {
    if (!out.length && body) out.push(cut("body", body, window(body, { start: 0, end: 0 }, width), []));
    releaseBuffer();
    return out;
  }
  for (const w of taken) {
    // the window read on its own (as a slice: nothing outside it counts as a neighbour)
    const len = w.end - w.start;
    const f: Folded = { text: body, base: w.start, buf: foldInto(body, w.start, w.end), len };
    out.push(cut("body", body, w, spansIn(f, p, exactOnly, 0, len, noPhrase)));
  }
  releaseBuffer();
  return out;
}
