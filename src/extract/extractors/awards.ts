/** Awards. TEMPORARY SKELETON: the event helper replaces this. */
import type { Award } from "../../schema.js";
import type { ExtractContext } from "../context.js";

export function extractAwards(_ctx: ExtractContext): Award[] {
  return [];
}
