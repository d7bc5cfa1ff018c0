/**
 * The one source of truth for the shape of a parsed article.
 *
 * Every public type of the record is `z.infer` of a schema below; `scripts/json-schema.ts`
 * turns {@link ArticleRecordSchema} into `dist/article-record.schema.json` for non-TypeScript users.
 * Field names follow docs/record-spec.md (the record and CLI contract); fields beyond it are
 * additions, never renames.
 *
 * The schemas are written with `zod/mini`, zod 4's functional API, which costs the browser bundle about
 * 8 KB gzipped where classic `zod` costs 28 KB (classic schemas carry methods such as `.toJSONSchema()`, so
 * zod's whole JSON Schema converter comes along; issue 6). They are ordinary zod 4 schemas: `.parse`,
 * `.safeParse`, `.shape`, `z.infer`, `z.toJSONSchema` and Standard Schema all work, and classic zod's
 * functions take them (`z.object({ ...ArticleRecordSchema.shape, mine: z.string() })`,
 * `z.nullable(SpanSchema)`); the chained classic methods (`.pick()`, `.extend()`, `.nullable()`) do not exist
 * on them.
 */
import * as z from "zod/mini";
import { ensureZodMessages } from "./zod.js";

ensureZodMessages(); // zod/mini has no messages of its own

/** Version of the record format; bumped only on a breaking change. */
export const SCHEMA_VERSION = 1 as const;

/**
 * End-exclusive offsets in UTF-16 code units into the record's `text`, as in unist.
 * `text.slice(start, end)` is the value's text wherever the value is literal text.
 */
export const SpanSchema = z
  .object({
    start: z.number().check(z.int(), z.nonnegative()),
    end: z.number().check(z.int(), z.nonnegative()),
  })
  .check(z.refine((s) => s.end >= s.start, { message: "span end must not be before its start" }));
export type Span = z.infer<typeof SpanSchema>;

/** A piece of text read from the article, with where it was read. */
export const TextSpanSchema = z.object({ text: z.string(), span: SpanSchema });
export type TextSpan = z.infer<typeof TextSpanSchema>;

export const PART_OF_DAY = ["sáng", "trưa", "chiều", "tối", "đêm"] as const;
export const PartOfDaySchema = z.enum(PART_OF_DAY);
export type PartOfDay = z.infer<typeof PartOfDaySchema>;

/** `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or `--MM-DD` when the year cannot be known. */
export const IsoDateSchema = z
  .string()
  .check(z.regex(/^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|--\d{2}-\d{2})$/, "expected YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD"));

export const EventDateSchema = z.object({
  /** First (or only) day. */
  iso: IsoDateSchema,
  /** Last day of a range, else null. */
  endIso: z.nullable(IsoDateSchema),
  /** Only when a word in the text says it ("Sáng", "Chiều", "(tối thứ năm)"). */
  partOfDay: z.nullable(PartOfDaySchema),
  /** "HH:MM" when a clock time is given ("14 giờ 30", "19h30"). */
  time: z.nullable(z.string().check(z.regex(/^\d{2}:\d{2}$/))),
  /** True when the year was not written and came from the posting date. */
  yearInferred: z.boolean(),
  /** The phrase the date was read from; null when nothing literal supports it. */
  span: z.nullable(SpanSchema),
});
export type EventDate = z.infer<typeof EventDateSchema>;

export const PublishedAtSchema = z.object({
  iso: IsoDateSchema,
  /** "HH:MM" when the posting line gives a time. */
  time: z.optional(z.nullable(z.string().check(z.regex(/^\d{2}:\d{2}$/)))),
  /** Null when the posting line is not part of `text` (HTML meta lines, removed site chrome). */
  span: z.nullable(SpanSchema),
});
export type PublishedAt = z.infer<typeof PublishedAtSchema>;

export const EventSchema = z.object({
  /** Lower case, normalized ("hội nghị tổng kết"), or null. */
  type: z.nullable(z.string()),
  typeSpan: z.optional(z.nullable(SpanSchema)),
  date: z.nullable(EventDateSchema),
  /** The place after "tại", without "tại", in the article's words. */
  venue: z.nullable(TextSpanSchema),
  organizer: z.nullable(TextSpanSchema),
});
export type Event = z.infer<typeof EventSchema>;

export const HONORIFICS = ["đồng chí", "ông", "bà"] as const;
export const HonorificSchema = z.enum(HONORIFICS);
export type Honorific = z.infer<typeof HonorificSchema>;

export const TitleSchema = z.object({
  /** One office, in the article's wording after normalization (abbreviations as written). */
  text: z.string().check(z.minLength(1)),
  /** "Phó Chủ tịch", "Bí thư", ... when the lexicon can split the title, else null. */
  role: z.nullable(z.string()),
  /** "UBND phường", "Đảng ủy", ... when the lexicon can split the title, else null. */
  organization: z.nullable(z.string()),
  /** Where this wording was read (the fullest wording kept after merging). */
  span: z.optional(z.nullable(SpanSchema)),
});
export type Title = z.infer<typeof TitleSchema>;

export const OfficialSchema = z.object({
  name: z.string().check(z.minLength(1)),
  honorific: z.nullable(HonorificSchema),
  titles: z.array(TitleSchema),
  /** Every place the person is named, captions included; `text.slice` of each is the name. */
  mentions: z.array(SpanSchema),
});
export type Official = z.infer<typeof OfficialSchema>;

export const AbbreviationSchema = z.object({
  short: z.string().check(z.minLength(1)),
  expansion: z.string().check(z.minLength(1)),
  /** Where the abbreviation occurs in `text`. */
  spans: z.optional(z.array(SpanSchema)),
});
export type Abbreviation = z.infer<typeof AbbreviationSchema>;

export const AWARD_KINDS = [
  "giấy khen",
  "bằng khen",
  "kỷ niệm chương",
  "huy hiệu đảng",
  "huân chương",
  "huy chương",
  "cờ thi đua",
  "danh hiệu",
  "học bổng",
  "giải thưởng",
  "quà",
  "khen thưởng",
] as const;
export const AwardKindSchema = z.enum(AWARD_KINDS);
export type AwardKind = z.infer<typeof AwardKindSchema>;

export const RECIPIENT_TYPES = ["individual", "collective", "household"] as const;
export const RecipientSchema = z.object({
  type: z.enum(RECIPIENT_TYPES),
  /** A number ("03 cá nhân" gives 3, "Hai cá nhân" 2); null when not stated. */
  count: z.nullable(z.number().check(z.int(), z.nonnegative())),
});
export type Recipient = z.infer<typeof RecipientSchema>;

export const AwardSchema = z.object({
  kind: AwardKindSchema,
  /** The award's own name where given ("kỷ niệm chương vì sự nghiệp ..."), else null. */
  name: z.nullable(z.string()),
  /** The issuing authority, not the person handing it over; null when not stated. */
  giver: z.nullable(z.string()),
  recipients: z.array(RecipientSchema),
  span: SpanSchema,
});
export type Award = z.infer<typeof AwardSchema>;

export const WARNING_CODES = [
  "no-title",
  "no-published-date",
  "no-event-date",
  "event-year-unknown",
  "no-event-type",
  "no-venue",
  "no-officials",
  "input-repaired",
  "input-truncated",
  "html-no-main-content",
  "extractor-failed",
] as const;
export const WarningSchema = z.object({
  code: z.enum(WARNING_CODES),
  message: z.string(),
});
export type Warning = z.infer<typeof WarningSchema>;

export const SourceInfoSchema = z.object({
  /** How the input was read. */
  format: z.enum(["text", "html"]),
  /** Legacy encoding or mojibake that `repair` undid, or "none". */
  repaired: z.string(),
  /** Characters in the input as given. */
  inputLength: z.number().check(z.int(), z.nonnegative()),
});
export type SourceInfo = z.infer<typeof SourceInfoSchema>;

export const ArticleRecordSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** Set by callers that know it (the CLI uses the file path); null otherwise. */
  id: z.optional(z.nullable(z.string())),
  title: z.nullable(z.string()),
  /** The cleaned, normalized article body; every span points here. */
  text: z.string(),
  publishedAt: z.nullable(PublishedAtSchema),
  event: EventSchema,
  officials: z.array(OfficialSchema),
  abbreviations: z.array(AbbreviationSchema),
  shortcomings: z.array(TextSpanSchema),
  awards: z.array(AwardSchema),
  captions: z.array(TextSpanSchema),
  warnings: z.array(WarningSchema),
  source: z.optional(SourceInfoSchema),
});
export type ArticleRecord = z.infer<typeof ArticleRecordSchema>;
