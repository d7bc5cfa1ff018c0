/** Shortcomings. TEMPORARY SKELETON: the event helper replaces this. */
import type { TextSpan } from "../../schema.js";
import type { ExtractContext } from "../context.js";

export function extractShortcomings(_ctx: ExtractContext): TextSpan[] {
  return [];
}
