/** Abbreviations that occur in the text. TEMPORARY SKELETON: the officials helper replaces this. */
import type { Abbreviation } from "../../schema.js";
import type { ExtractContext } from "../context.js";

export function extractAbbreviations(_ctx: ExtractContext): Abbreviation[] {
  return [];
}
