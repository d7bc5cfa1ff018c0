/**
 * Event date, part of day and clock time; posting dates.
 * TEMPORARY SKELETON: the dates helper replaces this with the real grammar.
 */
import type { EventDate } from "../../schema.js";
import type { ExtractContext } from "../context.js";

/** Reads a posting/update line ("Ngày đăng 15/03/2018 | 07:05"). */
export function parsePostingDate(_line: string): { iso: string; time: string | null } | null {
  return null;
}

export function extractEventDate(_ctx: ExtractContext): EventDate | null {
  return null;
}
