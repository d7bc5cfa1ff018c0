/**
 * What every extractor reads. Built once per article by `parseArticle` (src/parse.ts), never mutated.
 */
import type { Span, PublishedAt } from "../schema.js";

/** A block of the cleaned body: a paragraph, a heading or a photo caption. */
export interface Block extends Span {
  kind: "paragraph" | "caption" | "heading";
}

export interface ExtractContext {
  /** The normalized article body; every span is an end-exclusive offset into it. */
  readonly text: string;
  /** Paragraphs and captions, in order, as spans over `text`. */
  readonly blocks: readonly Block[];
  /** Sentences as spans over `text` (a caption glued to the next sentence is split off). */
  readonly sentences: readonly Span[];
  /** The headline, when the input had one. */
  readonly title: string | null;
  /** The posting date, used for the year when the body omits it. */
  readonly publishedAt: PublishedAt | null;
}
