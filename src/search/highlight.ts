/**
 * Snippets with highlights in the article's own words and diacritics: a window of the body around
 * the best match, and the venue or official lines that match.
 */
import type { Span } from "../schema.js";
import type { StoredDocument, TextField } from "./document.js";
import { exactKey, foldKey, hasClauseBreak, isWordCode, mergeSpans, tokenize } from "./keys.js";
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

const isWord = (c: string | undefined) => c !== undefined && isWordCode(c.charCodeAt(0));

/** Folded code unit of each UTF-16 code unit (0: not computed yet), filled on first sight. */
const FOLD_TABLE = new Uint16Array(65536);
let foldBuffer = new Uint16Array(256);

/**
 * The text folded character for character (same length, so offsets carry over): each code unit
 * through `fold` once, then a table; a unit that folds to nothing or to several is lower-cased or kept.
 */
function foldSameLength(text: string): string {
  const n = text.length;
  if (foldBuffer.length < n) foldBuffer = new Uint16Array(Math.max(n, foldBuffer.length * 2));
  const buf = foldBuffer;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let f = FOLD_TABLE[c]!;
    if (f === 0) {
      const ch = String.fromCharCode(c);
      const folded = c >= 0xd800 && c <= 0xdfff ? ch : fold(ch);
      const lower = ch.toLowerCase();
      f = folded.length === 1 ? folded.charCodeAt(0) : lower.length === 1 ? lower.charCodeAt(0) : c;
      if (f === 0) f = c;
      FOLD_TABLE[c] = f;
    }
    buf[i] = f;
  }
  let out = "";
  for (let i = 0; i < n; i += 4096) out += String.fromCharCode.apply(null, buf.subarray(i, Math.min(n, i + 4096)) as unknown as number[]);
  if (foldBuffer.length > 1 << 20) foldBuffer = new Uint16Array(256); // do not hold on to a huge buffer
  return out;
}

/** The query's syllables as folded words (tokens already: letters, marks and digits only). */
function wordsOf(q: ResolvedTerms): string[] | null {
  const words = q.terms.map((t) => t.folded);
  return words.every((w) => w.length > 0) ? words : null;
}

/** Whether `word` stands at `at` in `folded` as a whole word. */
function wordAt(folded: string, at: number, word: string): boolean {
  return folded.startsWith(word, at) && !isWord(folded[at - 1]) && !isWord(folded[at + word.length]);
}

/** End of the phrase `words` starting at `at` (words apart by at most 8 non-word, non-clause characters), or -1. */
function phraseEnd(folded: string, at: number, words: readonly string[]): number {
  let p = at;
  for (let j = 0; j < words.length; j++) {
    if (j > 0) {
      let gap = 0;
      while (gap < 8 && p + gap < folded.length && !isWord(folded[p + gap]) && !hasClauseBreak(folded, p + gap, p + gap + 1)) gap++;
      if (gap === 0) return -1;
      p += gap;
    }
    if (!wordAt(folded, p, words[j]!)) return -1;
    p += words[j]!.length;
  }
  return p;
}

function exactMatch(text: string, span: Span, q: ResolvedTerms, vocab: Vocabulary, phrase: boolean): boolean {
  const toks = tokenize(text.slice(span.start, span.end));
  if (phrase) return toks.every((t, j) => j < q.terms.length && (q.foldedOnly[j] || vocab.exactId(exactKey(t.text)) === q.exact[j]));
  const t = toks[0];
  if (!t) return false;
  const f = foldKey(t.text);
  const id = vocab.exactId(exactKey(t.text));
  return q.terms.some((term, j) => term.folded === f && (q.foldedOnly[j] || q.exact[j] === id));
}

/**
 * Matches in text[from, to) of the whole phrase (`phrase` true) or of single query words, in
 * order, at most `max`; exact ones only when asked. Works on the folded text with indexOf.
 */
function matches(text: string, folded: string, q: ResolvedTerms, vocab: Vocabulary, exactOnly: boolean, phrase: boolean, from: number, to: number, max = Infinity): Span[] {
  const words = wordsOf(q);
  const out: Span[] = [];
  if (!words || (phrase && words.length < 2)) return out;
  if (phrase) {
    for (let at = folded.indexOf(words[0]!, from); at >= 0 && at < to && out.length < max; at = folded.indexOf(words[0]!, at + 1)) {
      const end = phraseEnd(folded, at, words);
      if (end < 0) continue;
      const span = { start: at, end: Math.min(end, to) };
      if (!exactOnly || exactMatch(text, span, q, vocab, true)) out.push(span);
      at = end - 1;
    }
    return out;
  }
  const found: Span[] = [];
  for (const w of new Set(words)) {
    for (let at = folded.indexOf(w, from); at >= 0 && at < to; at = folded.indexOf(w, at + 1)) {
      if (!wordAt(folded, at, w)) continue;
      const span = { start: at, end: Math.min(at + w.length, to) };
      if (!exactOnly || exactMatch(text, span, q, vocab, false)) found.push(span);
    }
  }
  return found.sort((a, b) => a.start - b.start).slice(0, max);
}

/**
 * Highlight spans of a text for a resolved query: where the query's syllables occur as a phrase
 * (adjacent, in order), those phrases; elsewhere the single words that match a query syllable.
 * With `exactOnly`, only exact matches count (tone style aside). Found with indexOf on the text
 * folded character for character (no regular expression per query).
 *
 * @example
 * ```ts
 * highlightSpans("UBND phường Tân Giang", resolved, vocabulary); // [{ start: 12, end: 21 }]
 * ```
 */
export function highlightSpans(text: string, q: ResolvedTerms, vocab: Vocabulary, exactOnly = false, from = 0, to = text.length, folded = foldSameLength(text)): Span[] {
  const phrases = matches(text, folded, q, vocab, exactOnly, true, from, to);
  if (phrases.length) return mergeSpans(text, phrases);
  return mergeSpans(text, matches(text, folded, q, vocab, exactOnly, false, from, to));
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

function cut(field: TextField, text: string, w: Span, spans: Span[]): Snippet {
  const pre = w.start > 0 ? "…" : "";
  const post = w.end < text.length ? "…" : "";
  // line breaks become spaces one for one, so the highlight offsets stay right
  const inner = text.slice(w.start, w.end).replace(/[\r\n\t]/g, " ");
  return {
    field,
    text: pre + inner + post,
    highlights: spans
      .filter((s) => s.start >= w.start && s.end <= w.end)
      .map((s) => ({ start: s.start - w.start + pre.length, end: s.end - w.start + pre.length })),
  };
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
}

/**
 * Token positions (in `ids`) of body matches for the windows: the first phrase (or, without one,
 * the first matching word), then the first one at least `gap` syllables further, and so on, at most `max`.
 */
function matchPositions(t: BodyTokens, q: ResolvedTerms, exactOnly: boolean, max: number, gap: number): { phrase: boolean; at: number[] } {
  const k = q.folded.length;
  const { ids, foldOf } = t;
  const exactAt = (p: number, j: number) => !exactOnly || q.foldedOnly[j] || ids[p] === q.exact[j];
  const at: number[] = [];
  const next = () => (at.length ? at[at.length - 1]! + gap : t.bodyStart);
  if (k >= 2) {
    for (let p = t.bodyStart; p + k <= ids.length && at.length < max; p++) {
      if (p < next()) p = next();
      if (p + k > ids.length) break;
      let j = 0;
      while (j < k && foldOf[ids[p + j]!] === q.folded[j] && exactAt(p + j, j)) j++;
      if (j === k) at.push(p);
    }
    if (at.length) return { phrase: true, at };
  }
  for (let p = t.bodyStart; p < ids.length && at.length < max; p++) {
    if (p < next()) p = next();
    const f = foldOf[ids[p]!];
    for (let j = 0; j < k; j++) {
      if (q.folded[j] === f && exactAt(p, j)) {
        at.push(p);
        break;
      }
    }
  }
  return { phrase: false, at };
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
    for (let i = 0; i + 1 < m.length && m[i]! <= positions[0]!; i += 2) {
      p = m[i]!;
      from = m[i + 1]!;
    }
  }
  let start = -1;
  let first = -1;
  for (let i = from; i <= body.length && want < positions.length; i++) {
    const word = i < body.length && isWordCode(body.charCodeAt(i));
    if (word && start < 0) start = i;
    else if (start >= 0 && (!word || i - start === 64)) {
      while (p < t.ids.length && t.ids[p] === 0) p++; // clause separators have no text of their own
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
  const out: Snippet[] = [];
  // venue and official lines, unless the syllable ids show no query syllable there
  const inMeta =
    !tokens ||
    tokens.metaStart === undefined ||
    (() => {
      for (let p = tokens.metaStart; p < tokens.bodyStart; p++) if (q.folded.includes(tokens.foldOf[tokens.ids[p]!]!)) return true;
      return false;
    })();
  if (inMeta) {
    const phrase = q.folded.length >= 2;
    for (const [field, text] of [["venue", doc.venue], ...doc.officials.map((o) => ["officials", o])] as Array<[TextField, string]>) {
      if (!text) continue;
      // a line is shown when it holds the whole query (the phrase, or the one word)
      const spans = matches(text, foldSameLength(text), q, vocab, exactOnly, phrase, 0, text.length);
      if (spans.length) out.push({ field, text, highlights: mergeSpans(text, spans) });
    }
  }
  const body = doc.body;
  let foci: Span[];
  if (tokens) {
    // about one syllable per six characters: the next window's match is at least a window further
    const found = matchPositions(tokens, q, exactOnly, windows, Math.ceil(width / 6));
    foci = charSpans(body, tokens, found.at, found.phrase ? q.folded.length : 1);
  } else {
    const folded = foldSameLength(body);
    foci = matches(body, folded, q, vocab, exactOnly, true, 0, body.length, 8);
    if (!foci.length) foci = matches(body, folded, q, vocab, exactOnly, false, 0, body.length, 8);
  }
  const taken: Span[] = [];
  for (const focus of foci) {
    if (taken.length >= windows) break;
    if (taken.some((w) => focus.start < w.end)) continue;
    taken.push(window(body, focus, width));
  }
  if (!taken.length) {
    if (!out.length && body) out.push(cut("body", body, window(body, { start: 0, end: 0 }, width), []));
    return out;
  }
  for (const w of taken) {
    const slice = body.slice(w.start, w.end);
    const spans = highlightSpans(slice, q, vocab, exactOnly).map((h) => ({ start: h.start + w.start, end: h.end + w.start }));
    out.push(cut("body", body, w, spans));
  }
  return out;
}
