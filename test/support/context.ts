/**
 * Builds ExtractContext objects for extractor tests, the way parseArticle does: blocks split on a
 * separator ("\n\n" between paragraphs by default, or "\n" for one block per line), sentences from
 * the project's own splitter.
 */
import type { Block, ExtractContext } from "../../src/extract/context.js";
import type { Span } from "../../src/schema.js";
import { splitSentences } from "../../src/segment/index.js";

export interface ContextOptions {
  /** What separates blocks; default "\n\n". */
  separator?: "\n\n" | "\n";
  /** Kind of each block in order; default paragraph. */
  kinds?: Block["kind"][];
  title?: string | null;
  /** Posting date as YYYY-MM-DD. */
  publishedAt?: string | null;
}

export function makeContext(text: string, options: ContextOptions = {}): ExtractContext {
  const sep = options.separator ?? "\n\n";
  const blocks: Block[] = [];
  const sentences: Span[] = [];
  let pos = 0;
  text.split(sep).forEach((chunk, i) => {
    const block: Block = { start: pos, end: pos + chunk.length, kind: options.kinds?.[i] ?? "paragraph" };
    if (chunk.length) {
      blocks.push(block);
      sentences.push(...splitSentences(text, block));
    }
    pos = block.end + sep.length;
  });
  const publishedAt = options.publishedAt ? { iso: options.publishedAt, time: null, span: null } : null;
  return { text, blocks, sentences, title: options.title ?? null, publishedAt };
}
