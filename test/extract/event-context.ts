/**
 * Builds an ExtractContext for the event, venue, shortcomings and awards tests: one block per "\n\n"
 * chunk (kinds optional, default paragraph), sentences from the project's own splitter.
 */
import type { Block, ExtractContext } from "../../src/extract/context.js";
import type { Span } from "../../src/schema.js";
import { splitSentences } from "../../src/segment/index.js";

export function eventContext(text: string, kinds: Block["kind"][] = [], title: string | null = null): ExtractContext {
  const blocks: Block[] = [];
  const sentences: Span[] = [];
  let pos = 0;
  text.split("\n\n").forEach((chunk, i) => {
    const block: Block = { start: pos, end: pos + chunk.length, kind: kinds[i] ?? "paragraph" };
    blocks.push(block);
    if (chunk.length) sentences.push(...splitSentences(text, block));
    pos = block.end + 2;
  });
  return { text, blocks, sentences, title, publishedAt: null };
}
