/** ExtractContext for the event, venue, shortcomings and awards tests: one block per "\n\n" chunk. */
import type { Block, ExtractContext } from "../../src/extract/context.js";
import { makeContext } from "../support/context.js";

export function eventContext(text: string, kinds: Block["kind"][] = [], title: string | null = null): ExtractContext {
  return makeContext(text, { kinds, title });
}
