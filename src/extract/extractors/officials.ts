/** Officials with titles. TEMPORARY SKELETON: the officials helper replaces this. */
import type { Official } from "../../schema.js";
import type { ExtractContext } from "../context.js";

export function extractOfficials(_ctx: ExtractContext): Official[] {
  return [];
}
