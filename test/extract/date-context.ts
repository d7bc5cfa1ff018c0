/** ExtractContext for the date tests: one paragraph per "\n\n" chunk, the real sentence splitter. */
import type { Block, ExtractContext } from "../../src/extract/context.js";
import { makeContext } from "../support/context.js";

export function dateContext(text: string, publishedAt: string | null = null, kinds: Block["kind"][] = []): ExtractContext {
  return makeContext(text, { publishedAt, kinds });
}
