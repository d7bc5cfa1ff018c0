/**
 * Segmentation over the normalized body: sentences and syllable tokens as spans (no copies).
 * TEMPORARY SKELETON: the clean helper replaces the sentence splitter; the normalize helper owns tokens.ts.
 */
import type { Span } from "../schema.js";

export function splitSentences(text: string, block: Span): Span[] {
  const out: Span[] = [];
  let start = block.start;
  const re = /[.!?](?=\s|$)/g;
  re.lastIndex = block.start;
  const slice = text.slice(0, block.end);
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice))) {
    out.push({ start, end: m.index + 1 });
    start = m.index + 1;
    while (start < block.end && /\s/.test(text[start]!)) start++;
  }
  if (start < block.end) out.push({ start, end: block.end });
  return out;
}
