/**
 * Snippets with highlights in the article's own words and diacritics: a window of the body around
 * the best match, and the venue or official lines that match.
 */
import type { Span } from "../schema.js";
import type { StoredDocument, TextField } from "./document.js";
import { CLAUSE_BREAK, mergeSpans, tokenize } from "./keys.js";
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
  /** Most body windows; default 2. */
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

/**
 * Highlight spans of a text for a resolved query: where the query's syllables occur as a phrase
 * (adjacent, in order), those phrases; elsewhere the single tokens that match a query syllable.
 * With `exactOnly`, only exact matches count (tone style aside). Adjacent spans are joined.
 *
 * @example
 * ```ts
 * highlightSpans("UBND phường Tân Giang", resolved, vocabulary); // [{ start: 12, end: 21 }]
 * ```
 */
export function highlightSpans(text: string, q: ResolvedTerms, vocab: Vocabulary, exactOnly = false): Span[] {
  const foldOf = vocab.foldOf;
  const toks = tokenize(text);
  const k = q.folded.length;
  const matches = (id: number, j: number) =>
    foldOf[id] === q.folded[j] && (!exactOnly || q.foldedOnly[j] || q.exact[j] === id);
  const ids = toks.map((t) => vocab.idOf(t.text));
  const phrases: Span[] = [];
  if (k >= 2) {
    for (let p = 0; p + k <= ids.length; p++) {
      let j = 0;
      while (j < k && matches(ids[p + j]!, j) && (j === 0 || !CLAUSE_BREAK.test(text.slice(toks[p + j - 1]!.end, toks[p + j]!.start)))) j++;
      if (j === k) {
        phrases.push({ start: toks[p]!.start, end: toks[p + k - 1]!.end });
        p += k - 1;
      }
    }
  }
  if (phrases.length) return mergeSpans(text, phrases);
  const spans: Span[] = [];
  toks.forEach((t, i) => {
    for (let j = 0; j < k; j++) {
      if (matches(ids[i]!, j)) {
        spans.push({ start: t.start, end: t.end });
        break;
      }
    }
  });
  return mergeSpans(text, spans);
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

/**
 * Snippets for one hit: matching venue and official lines, then up to `windows` body windows
 * around matches (the longest highlight first); the start of the body when nothing there matches.
 *
 * @example
 * ```ts
 * makeSnippets(storedDoc, resolved, vocabulary).map((s) => formatSnippet(s));
 * // ["…tại hội trường UBND phường «Tân Giang» đã diễn ra hội nghị…"]
 * ```
 */
export function makeSnippets(doc: StoredDocument, q: ResolvedTerms, vocab: Vocabulary, options: SnippetOptions = {}): Snippet[] {
  const width = options.width ?? 160;
  const windows = options.windows ?? 2;
  const exactOnly = options.exactOnly ?? false;
  const out: Snippet[] = [];
  const lines: Array<[TextField, string]> = [["venue", doc.venue], ...doc.officials.map((o): [TextField, string] => ["officials", o])];
  for (const [field, text] of lines) {
    if (!text) continue;
    const spans = highlightSpans(text, q, vocab, exactOnly);
    if (spans.length) out.push({ field, text, highlights: spans });
  }
  const body = doc.body;
  const spans = highlightSpans(body, q, vocab, exactOnly);
  if (!spans.length) {
    if (!out.length && body) out.push(cut("body", body, window(body, { start: 0, end: 0 }, width), []));
    return out;
  }
  const order = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: Span[] = [];
  for (const focus of order) {
    if (taken.length >= windows) break;
    if (taken.some((w) => focus.start < w.end && focus.end > w.start)) continue;
    taken.push(window(body, focus, width));
  }
  taken.sort((a, b) => a.start - b.start);
  for (const w of taken) out.push(cut("body", body, w, spans));
  return out;
}
