/** Event type, venue and organizer. TEMPORARY SKELETON: the event helper replaces this. */
import type { Event } from "../../schema.js";
import type { ExtractContext } from "../context.js";

export function extractEventFrame(_ctx: ExtractContext): Pick<Event, "type" | "typeSpan" | "venue" | "organizer"> {
  return { type: null, typeSpan: null, venue: null, organizer: null };
}
