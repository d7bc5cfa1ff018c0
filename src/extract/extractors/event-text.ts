/**
 * Small text helpers shared by the event, venue, shortcomings and awards extractors:
 * phrase lists turned into linear-time patterns with Vietnamese word boundaries, span trimming,
 * and the article's sentences tagged with the kind of block they sit in.
 */
import type { Span } from "../../schema.js";
import type { Block, ExtractContext } from "../context.js";

/** Letters and digits in any script: the characters a word boundary must not cut through. */
const WORD_CHAR = "\\p{L}\\p{N}";

/** Escapes a literal for use inside a RegExp source. */
function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Regex source matching any of `phrases`, longest first, spaces matching any run of whitespace
 * (line breaks included). Use with the `u` flag; add `i` for case-insensitive matching.
 *
 * @example
 * ```ts
 * new RegExp(phraseSource(["hội nghị", "hội nghị tổng kết"]), "iu").exec("Hội nghị\ntổng kết")?.[0]; // "Hội nghị\ntổng kết"
 * ```
 */
export function phraseSource(phrases: readonly string[]): string {
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  return `(?:${sorted.map((p) => escapeRegExp(p.trim()).replace(/ +/g, "\\s+")).join("|")})`;
}

/** Letters whose case-insensitive matches are exactly their upper and lower case (checked for every BMP character), plus ASCII. */
const FILTERABLE = /^[\x20-\x7eàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ]+$/;

/**
 * A quick pre-check for a pattern that starts with `phraseSource(phrases)`: false when `s` contains none of
 * the phrases' first words (compared in lower case), which means the pattern cannot match, so the caller can
 * skip it. Case-insensitive matching is covered: the only letter another character folds to that lower
 * case does not give is "s" (from "ſ"), which is mapped too. Phrases with other characters get no filter.
 *
 * @example
 * ```ts
 * const mayHave = phraseFilter(["giấy khen", "bằng khen"]);
 * mayHave("UBND tặng GIẤY KHEN cho 3 cá nhân"); // true
 * mayHave("Hội nghị tổng kết"); // false
 * ```
 */
export function phraseFilter(phrases: readonly string[]): (s: string) => boolean {
  const words = [...new Set(phrases.map((p) => p.trim().split(/ +/)[0]!.toLowerCase()))];
  if (!words.length || words.some((w) => !w || !FILTERABLE.test(w))) return () => true;
  const longS = words.some((w) => w.includes("s"));
  return (s) => {
    let low = s.toLowerCase();
    if (longS && low.includes("ſ")) low = low.replace(/ſ/g, "s");
    for (const w of words) if (low.includes(w)) return true;
    return false;
  };
}

/**
 * A pre-check for a pattern that starts with `phraseSource(phrases)` and runs on stretches of one text:
 * `mayMatch(text, start, end)` is false when no phrase can start inside `text.slice(start, end)`, so the
 * caller can skip the pattern there. The text is indexed once (kept for the next calls on the same text):
 * every place where a phrase's first word stands, in lower case, followed by whitespace and its second word
 * (for phrases of one word, the word alone). A case-insensitive match implies such a place: lower case keeps
 * the length of the text (checked; otherwise no filter) and "ſ", the only letter another case folds to, turns
 * the filter off. Phrases with other characters get no filter.
 *
 * @example
 * ```ts
 * const mayMatch = phraseSpotter(["giấy khen", "giải thưởng"]);
 * const t = "Đề ra giải pháp. UBND tặng Giấy  khen cho 3 cá nhân.";
 * mayMatch(t, 0, 16); // false ("giải pháp" is no phrase)
 * mayMatch(t, 17, t.length); // true
 * ```
 */
export function phraseSpotter(phrases: readonly string[]): (text: string, start: number, end: number) => boolean {
  const next = firstWords(phrases);
  if (!next) return () => true;
  let indexed: string | null = null;
  let starts: number[] | null = null; // candidate starts in order; null: no filter for this text
  let ends: number[] = [];
  const index = (text: string) => {
    const low = text.toLowerCase();
    if (low.length !== text.length || low.includes("ſ")) {
      starts = null;
      return;
    }
    const found: [number, number][] = [];
    for (const [w1, seconds] of next) {
      for (let p = low.indexOf(w1); p >= 0; p = low.indexOf(w1, p + 1)) {
        const q = p + w1.length;
        if (seconds.has(null)) {
          found.push([p, q]);
          continue;
        }
        let k = q;
        while (k < low.length && isRegexSpace(low.charCodeAt(k))) k++;
        if (k === q) continue;
        let best = -1;
        for (const w2 of seconds) if (w2 !== null && low.startsWith(w2, k) && (best < 0 || k + w2.length < best)) best = k + w2.length;
        if (best >= 0) found.push([p, best]);
      }
    }
    found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    starts = found.map((f) => f[0]);
    ends = found.map((f) => f[1]);
  };
  return (text, start, end) => {
    if (text !== indexed) {
      index(text);
      indexed = text;
    }
    if (starts === null) return true;
    // first candidate starting at or after `start`
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < starts.length && starts[i]! < end; i++) if (ends[i]! <= end) return true;
    return false;
  };
}

/**
 * `[...s.matchAll(pattern)]` for a pattern that is `wrap(phraseSource(phrases))` (wrap adding only zero-width
 * assertions, like {@link bounded}), without scanning every position of `s`: a match can only start where a
 * phrase's first word stands (followed by whitespace and its second word), so the pattern is tried, sticky,
 * at those places only, left to right, each search resuming after the previous match as matchAll does. Falls
 * back to matchAll when lower case changes the text's length or the text has "ſ" (see {@link phraseSpotter}).
 *
 * @example
 * ```ts
 * const scan = phraseScanner(["hội nghị", "hội nghị tổng kết"], bounded, "iu");
 * scan("Đã diễn ra Hội nghị tổng kết.").map((m) => [m.index, m[0]]); // [[11, "Hội nghị tổng kết"]]
 * ```
 */
export function phraseScanner(phrases: readonly string[], wrap: (source: string) => string, flags: string): (s: string) => RegExpExecArray[] {
  const source = wrap(phraseSource(phrases));
  const global = new RegExp(source, flags.replace(/[gy]/g, "") + "g");
  const sticky = new RegExp(source, flags.replace(/[gy]/g, "") + "y");
  const next = firstWords(phrases);
  if (!next) return (s) => [...s.matchAll(global)];
  // A pattern that opens with bounded's look-behind can only match where no letter or digit stands before.
  const wordStartsOnly = source.startsWith(BOUNDED_START);
  return (s) => {
    const starts = candidateStarts(s, next, wordStartsOnly);
    if (!starts) return [...s.matchAll(global)];
    const out: RegExpExecArray[] = [];
    let last = 0;
    for (const p of starts) {
      if (p < last) continue;
      sticky.lastIndex = p;
      const m = sticky.exec(s);
      if (m) {
        out.push(m);
        last = p + Math.max(1, m[0].length);
      }
    }
    return out;
  };
}

/** Phrases by lower-case first word, with their second words (null for a phrase of one word); null when a phrase cannot be indexed. */
function firstWords(phrases: readonly string[]): Map<string, Set<string | null>> | null {
  const next = new Map<string, Set<string | null>>();
  for (const p of phrases) {
    const [w1 = "", w2] = p.trim().split(/ +/).map((w) => w.toLowerCase());
    if (!w1 || !FILTERABLE.test(w1) || (w2 !== undefined && !FILTERABLE.test(w2))) return null;
    const set = next.get(w1) ?? new Set<string | null>();
    set.add(w2 ?? null);
    next.set(w1, set);
  }
  return next;
}

/**
 * Sorted distinct places in `s` where a phrase may start (see {@link phraseScanner}): a first word stands there,
 * followed by one of its second words; with `wordStartsOnly` (a pattern that opens with bounded's look-behind)
 * only where a word starts (no letter or digit code unit before). One indexOf scan per first word (native
 * scans beat a loop over every code unit here). Null when lower case cannot tell.
 */
function candidateStarts(s: string, next: ReadonlyMap<string, ReadonlySet<string | null>>, wordStartsOnly: boolean): number[] | null {
  const low = s.toLowerCase();
  if (low.length !== s.length || low.includes("ſ")) return null;
  const out: number[] = [];
  for (const [w1, seconds] of next) {
    for (let p = low.indexOf(w1); p >= 0; p = low.indexOf(w1, p + 1)) {
      if (wordStartsOnly && p > 0 && isLetterOrDigitUnit(s.charCodeAt(p - 1))) continue;
      if (secondWordFollows(low, p + w1.length, seconds)) out.push(p);
    }
  }
  return sortedDistinct(out);
}

/** The numbers in ascending order, each once. */
function sortedDistinct(xs: number[]): number[] {
  xs.sort((a, b) => a - b);
  let n = 0;
  for (let i = 0; i < xs.length; i++) if (i === 0 || xs[i] !== xs[i - 1]) xs[n++] = xs[i]!;
  xs.length = n;
  return xs;
}

/** True when a phrase of one word ends at q, or whitespace and one of the second words follow q. */
function secondWordFollows(low: string, q: number, seconds: ReadonlySet<string | null>): boolean {
  if (seconds.has(null)) return true;
  let k = q;
  while (k < low.length && isRegexSpace(low.charCodeAt(k))) k++;
  if (k === q) return false;
  for (const w2 of seconds) if (w2 !== null && low.startsWith(w2, k)) return true;
  return false;
}

/** The look-behind {@link bounded} opens with. */
const BOUNDED_START = `(?<![${WORD_CHAR}])`;
const LETTER_OR_DIGIT = new RegExp(`[${WORD_CHAR}]`, "u");
/** Per UTF-16 code unit, filled on first sight: 0 unknown, 1 a letter or digit, 2 not (surrogates: not, so a place after one is always tried). */
let letterOrDigitUnits: Uint8Array | undefined;

/** True when the code unit is a letter or digit by the class bounded's look-behind uses (a BMP character; never a surrogate). */
function isLetterOrDigitUnit(c: number): boolean {
  const t = (letterOrDigitUnits ??= new Uint8Array(65536));
  let v = t[c]!;
  if (v === 0) v = t[c] = c < 0xd800 || c > 0xdfff ? (LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2) : 2;
  return v === 1;
}

/** The characters of the regular-expression class \s. */
function isRegexSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Wraps a regex source in Vietnamese-aware word boundaries (no letter or digit on either side).
 *
 * @example
 * ```ts
 * new RegExp(bounded("tại"), "u").test("tái diễn"); // false
 * new RegExp(bounded("tại"), "u").test("tổ chức tại hội trường"); // true
 * ```
 */
export function bounded(source: string): string {
  return `(?<![${WORD_CHAR}])${source}(?![${WORD_CHAR}])`;
}

/**
 * Shrinks a span past surrounding whitespace and the given trailing characters (";", ".", "…").
 *
 * @example
 * ```ts
 * const t = "  việc thu thuế chưa đạt kế hoạch; ";
 * const s = trimSpan(t, 0, t.length, ";.…");
 * t.slice(s.start, s.end); // "việc thu thuế chưa đạt kế hoạch"
 * ```
 */
export function trimSpan(text: string, start: number, end: number, trailing = ""): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s]!)) s++;
  for (;;) {
    const before = e;
    while (e > s && /\s/u.test(text[e - 1]!)) e--;
    while (e > s && trailing.includes(text[e - 1]!)) e--;
    if (e === before) break;
  }
  return { start: s, end: e };
}

/** A sentence with the kind of block it belongs to. */
export interface Unit extends Span {
  kind: Block["kind"];
  /** Index of its block in `ctx.blocks` (-1 when no block contains it). */
  block: number;
}

/**
 * The article's sentences in order, each tagged with its block's kind (paragraph, caption, heading).
 * Sentences split only by a hard line break inside a sentence are joined again. Falls back to whole
 * blocks when the context has no sentences.
 *
 * @example
 * ```ts
 * const text = "Sáng 5/7, UBND xã tổ chức hội nghị. Toàn cảnh hội nghị";
 * sentenceUnits({ text, title: null, publishedAt: null,
 *   blocks: [{ start: 0, end: 35, kind: "paragraph" }, { start: 36, end: text.length, kind: "caption" }],
 *   sentences: [{ start: 0, end: 35 }, { start: 36, end: text.length }] }).map((u) => u.kind); // ["paragraph", "caption"]
 * ```
 */
export function sentenceUnits(ctx: ExtractContext): Unit[] {
  const spans = ctx.sentences.length ? ctx.sentences : ctx.blocks;
  const out: Unit[] = [];
  let b = 0;
  for (const s of spans) {
    while (b < ctx.blocks.length && ctx.blocks[b]!.end <= s.start) b++;
    const block = ctx.blocks[b];
    const inside = block && block.start <= s.start && s.end <= block.end;
    const start = Math.max(0, Math.min(s.start, ctx.text.length));
    const end = Math.max(start, Math.min(s.end, ctx.text.length));
    const unit: Unit = { start, end, kind: inside ? block.kind : "paragraph", block: inside ? b : -1 };
    const prev = out[out.length - 1];
    if (prev && prev.block === unit.block && isHardBreak(ctx.text, prev.end, unit.start)) prev.end = unit.end;
    else out.push(unit);
  }
  return out;
}

/**
 * A line break inside a sentence ("tại Nhà văn hóa\nthôn Đông Hòa", "27 cá nhân và\n23 tập thể"): only
 * whitespace with a line break between, no closing punctuation before, a lower-case letter or digit after.
 */
function isHardBreak(text: string, prevEnd: number, nextStart: number): boolean {
  const gap = text.slice(prevEnd, nextStart);
  if (!gap.includes("\n") || gap.trim() || gap.includes("\n\n")) return false;
  const before = text.slice(Math.max(0, prevEnd - 1), prevEnd);
  const after = text.charAt(nextStart);
  return !/[.!?:;…”"]/u.test(before) && /[\p{Ll}\d]/u.test(after);
}

/**
 * True when the word starts with an upper-case letter (Vietnamese letters included).
 *
 * @example
 * ```ts
 * isCapitalized("Đông"); // true
 * isCapitalized("phường"); // false
 * ```
 */
export function isCapitalized(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/**
 * Index of the matching ")" for the "(" at `open`, or -1 (bounded scan: 300 characters).
 *
 * @example
 * ```ts
 * closingParen("a (b (c)) d", 2); // 8
 * ```
 */
export function closingParen(text: string, open: number): number {
  let depth = 0;
  const limit = Math.min(text.length, open + 300);
  for (let i = open; i < limit; i++) {
    const c = text[i];
    if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i;
  }
  return -1;
}

/** How much of a text's end a `$`-anchored pattern may look at (keeps tail patterns linear). */
const TAIL_WINDOW = 80;

/**
 * Length of the match of a `$`-anchored pattern at the end of `s`, looking only at its last 80
 * characters (0 when it does not match), so a tail pattern never scans a long text from every position.
 *
 * @example
 * ```ts
 * trailingMatchLength(/(?:\s+(?:đã|cũng))+\s*$/u, "BCH Đoàn xã cũng đã"); // 8
 * ```
 */
export function trailingMatchLength(re: RegExp, s: string): number {
  const tail = s.slice(-TAIL_WINDOW);
  const m = re.exec(tail);
  return m ? tail.length - m.index : 0;
}
