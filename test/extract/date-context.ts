/**
 * Builds small ExtractContext objects for the date tests: one paragraph block per "\n\n" chunk,
 * sentences split on ". " inside each block (enough for the date grammar's sentence checks).
 */
import type { ExtractContext, Block } from "../../src/extract/context.js";
import type { Span } from "../../src/schema.js";

export function dateContext(text: string, publishedAt: string | null = null, kinds: Block["kind"][] = []): ExtractContext {
  const blocks: Block[] = [];
  const sentences: Span[] = [];
  let pos = 0;
  text.split("\n\n").forEach((chunk, i) => {
    const start = pos;
    const end = pos + chunk.length;
    blocks.push({ start, end, kind: kinds[i] ?? "paragraph" });
    let s = start;
    for (const m of chunk.matchAll(/[.!?](?=\s)/g)) {
      sentences.push({ start: s, end: start + m.index + 1 });
      s = start + m.index + 2;
    }
    if (s < end) sentences.push({ start: s, end });
    pos = end + 2;
  });
  return { text, blocks, sentences, title: null, publishedAt: publishedAt ? { iso: publishedAt, time: null, span: null } : null };
}
