/**
 * parseArticle(): the pipeline, top to bottom.
 *
 *   clean -> repair -> normalize -> segment -> extract -> record (validated)
 */
import { ArticleRecordSchema, SCHEMA_VERSION, type ArticleRecord, type Warning, type PublishedAt, type Span } from "./schema.js";
import { InputTooLargeError, InvalidOptionError, VnWardNewsError } from "./errors.js";
import { cleanInput } from "./clean/index.js";
import { compileFastParse } from "./fast-parse.js";
import { repair } from "./normalize/legacy/index.js";
import { normalize, type ToneStyle } from "./normalize/index.js";
import { splitSentences } from "./segment/index.js";
import type { Block, ExtractContext } from "./extract/context.js";
import { extractEventDate, parsePostingDate } from "./extract/extractors/date.js";
import { extractOfficials } from "./extract/extractors/officials.js";
import { extractAbbreviations } from "./extract/extractors/abbreviations.js";
import { extractShortcomings } from "./extract/extractors/shortcomings.js";
import { extractAwards } from "./extract/extractors/awards.js";
import { extractEventFrame } from "./extract/extractors/event.js";
import { releaseSharedTokens } from "./extract/lexicon/tokens.js";

/** Default limit on input length, in UTF-16 code units (about 4 MB of Vietnamese text). */
export const DEFAULT_MAX_INPUT_LENGTH = 4_000_000;

export interface ParseOptions {
  /** Force HTML (true) or plain text (false); detected when undefined. */
  html?: boolean;
  /** Tone-mark style of the record's text and values; default "old" (hòa, ủy). */
  tone?: ToneStyle;
  /** Inputs longer than this throw InputTooLargeError; default {@link DEFAULT_MAX_INPUT_LENGTH}. */
  maxInputLength?: number;
  /** Stored as the record's `id` (the CLI passes the file path). */
  id?: string;
}

const BLOCK_SEPARATOR = "\n\n";
const TONES: readonly unknown[] = ["old", "new", "preserve"];

/** Options from JavaScript callers: a wrong type is an InvalidOptionError, never a silent default. */
function checkOptions(o: ParseOptions): ParseOptions {
  const bad = (what: string, v: unknown) => new InvalidOptionError(`parseArticle: ${what}, got ${typeof v === "string" ? JSON.stringify(v) : String(v)}`);
  if (typeof o !== "object") throw bad("options must be an object", o);
  if (o.tone !== undefined && !TONES.includes(o.tone)) throw bad('tone must be "old", "new" or "preserve"', o.tone);
  if (o.maxInputLength !== undefined && !(typeof o.maxInputLength === "number" && o.maxInputLength >= 0)) throw bad("maxInputLength must be a number of characters, 0 or more (Infinity for no limit)", o.maxInputLength);
  if (o.html !== undefined && typeof o.html !== "boolean") throw bad("html must be true, false or undefined", o.html);
  if (o.id !== undefined && typeof o.id !== "string") throw bad("id must be a string", o.id);
  return o;
}
const fastRecordParse = compileFastParse(ArticleRecordSchema);

/**
 * Parses a ward news article (plain text or HTML) into a validated {@link ArticleRecord}.
 * Never throws on text it cannot understand: what it cannot find becomes a warning.
 * Throws only {@link InputTooLargeError} (over `maxInputLength`), a VnWardNewsError (INVALID_INPUT) for a
 * non-string input and an InvalidOptionError for an option of the wrong type or value.
 *
 * @example
 * ```ts
 * const record = parseArticle("Chiều ngày 07/01/2021 tại hội trường UBND phường Tân Giang đã diễn ra hội nghị tổng kết ...");
 * record.event.date?.iso; // "2021-01-07"
 * record.event.date?.partOfDay; // "chiều"
 * ```
 */
export function parseArticle(input: string, options: ParseOptions = {}): ArticleRecord {
  if (typeof input !== "string") throw new VnWardNewsError("INVALID_INPUT", `parseArticle expects a string, got ${typeof input}`);
  options = checkOptions(options ?? {});
  const limit = options.maxInputLength ?? DEFAULT_MAX_INPUT_LENGTH;
  if (input.length > limit) throw new InputTooLargeError(input.length, limit);
  const tone = options.tone ?? "old";

  // 1. clean: HTML or page text -> title, posting lines, blocks
  const cleaned = cleanInput(input, options.html === undefined ? {} : { html: options.html });
  const warnings: Warning[] = [];

  // 2-3. repair and normalize block by block, joining into one text with block spans
  const repairedKinds = new Set<string>();
  const prep = (s: string) => {
    const r = repair(s);
    if (r.detected !== "none") repairedKinds.add(r.detected);
    return normalize(r.text, { tone }).trim();
  };
  const pieces: string[] = [];
  const blocks: Block[] = [];
  let length = 0;
  for (const b of cleaned.blocks) {
    const t = prep(b.text);
    if (!t) continue;
    if (pieces.length) length += BLOCK_SEPARATOR.length;
    blocks.push({ start: length, end: length + t.length, kind: b.kind });
    pieces.push(t);
    length += t.length;
  }
  // one join makes a flat string; `text +=` per block made a rope that every character read of the extractors went through
  const text = pieces.join(BLOCK_SEPARATOR);
  const title = cleaned.title ? prep(cleaned.title) || null : null;
  if (repairedKinds.size) warnings.push({ code: "input-repaired", message: `repaired legacy text: ${[...repairedKinds].join(", ")}` });

  let publishedAt: PublishedAt | null = null;
  for (const line of cleaned.postingLines) {
    const p = parsePostingDate(prep(line));
    if (p) {
      publishedAt = { iso: p.iso, time: p.time, span: null };
      break;
    }
  }

  // 4. segment
  const sentences: Span[] = [];
  for (const b of blocks) for (const sp of splitSentences(text, b)) sentences.push(sp);
  const ctx: ExtractContext = { text, blocks, sentences, title, publishedAt };

  // 5. extract: each extractor is guarded so one failure costs one field, not the record
  const run = <T>(name: string, f: () => T, fallback: T): T => {
    try {
      return f();
    } catch (e) {
      warnings.push({ code: "extractor-failed", message: `${name}: ${e instanceof Error ? e.message : String(e)}` });
      return fallback;
    }
  };
  const frame = run("event", () => extractEventFrame(ctx), { type: null, typeSpan: null, venue: null, organizer: null });
  const date = run("date", () => extractEventDate(ctx), null);
  const officials = run("officials", () => extractOfficials(ctx), []);
  const abbreviations = run("abbreviations", () => extractAbbreviations(ctx), []);
  const shortcomings = run("shortcomings", () => extractShortcomings(ctx), []);
  const awards = run("awards", () => extractAwards(ctx), []);
  releaseSharedTokens(ctx); // the tokens the extractors shared die with this article
  const captions = blocks.filter((b) => b.kind === "caption").map((b) => ({ text: text.slice(b.start, b.end), span: { start: b.start, end: b.end } }));

  // 6. record
  if (!title) warnings.push({ code: "no-title", message: "no headline found" });
  if (!publishedAt) warnings.push({ code: "no-published-date", message: "no posting date found" });
  if (!date) warnings.push({ code: "no-event-date", message: "no event date found" });
  else if (date.iso.startsWith("--")) warnings.push({ code: "event-year-unknown", message: "the event's year is not written and no posting date gives it" });
  if (!frame.type) warnings.push({ code: "no-event-type", message: "no event type found" });
  if (!frame.venue) warnings.push({ code: "no-venue", message: "no venue found" });
  if (!officials.length) warnings.push({ code: "no-officials", message: "no named officials found" });

  const record: ArticleRecord = {
    schemaVersion: SCHEMA_VERSION,
    ...(options.id !== undefined ? { id: options.id } : {}),
    title,
    text,
    publishedAt,
    // fields written out: a spread followed by another field is slow in V8
    event: { type: frame.type, typeSpan: frame.typeSpan, venue: frame.venue, organizer: frame.organizer, date },
    officials,
    abbreviations,
    shortcomings,
    awards,
    captions,
    warnings,
    source: { format: cleaned.format, repaired: repairedKinds.size ? [...repairedKinds].join(",") : "none", inputLength: input.length },
  };
  // The compiled fast path gives zod's result for a valid record; anything else goes through zod itself.
  const fast = fastRecordParse?.(record);
  if (fast) return fast.data;
  // jitless: zod would otherwise compile each object schema with `new Function`, which strict CSPs forbid
  const checked = ArticleRecordSchema.safeParse(record, { jitless: true });
  if (!checked.success) {
    // An extractor produced something out of shape: keep the record usable and say so.
    return { ...record, warnings: [...warnings, { code: "extractor-failed", message: `record failed validation: ${checked.error.issues[0]?.message ?? "unknown"}` }] };
  }
  return checked.data;
}
