/**
 * Abbreviations that occur in the text: the lexicon's (src/extract/lexicon/abbreviations.ts), each
 * with its expansion resolved in context (BCH before "Quân sự" is Ban Chỉ huy) and every span.
 * One entry per written form and expansion, in order of first occurrence.
 */
import type { Abbreviation } from "../../schema.js";
import type { ExtractContext } from "../context.js";
import { findAbbreviationsInTokens } from "../lexicon/abbreviations.js";
import { sharedTokens } from "../lexicon/tokens.js";

/**
 * The lexicon abbreviations found in the article body.
 *
 * @example
 * ```ts
 * const text = "Đồng chí Lê Văn Thắng – ĐUV, Chủ tịch UBND xã; BCH Quân sự xã";
 * extractAbbreviations({ text, blocks: [], sentences: [], title: null, publishedAt: null }).map((a) => [a.short, a.expansion]);
 * // [["ĐUV", "Đảng ủy viên"], ["UBND", "Ủy ban nhân dân"], ["BCH", "Ban Chỉ huy"]]
 * ```
 */
export function extractAbbreviations(ctx: ExtractContext): Abbreviation[] {
  const byKey = new Map<string, Abbreviation & { spans: { start: number; end: number }[] }>();
  const blocks = ctx.blocks.length ? ctx.blocks : [{ start: 0, end: ctx.text.length }];
  for (const b of blocks) {
    for (const hit of findAbbreviationsInTokens(ctx.text, sharedTokens(ctx, ctx.text, b.start, b.end))) {
      const key = `${hit.written}\u0000${hit.expansion}`;
      const found = byKey.get(key);
      if (found) found.spans.push(hit.span);
      else byKey.set(key, { short: hit.written, expansion: hit.expansion, spans: [hit.span] });
    }
  }
  return [...byKey.values()];
}
