/**
 * Input cleaning: HTML or pasted page text in, the article's title, posting lines and blocks out.
 *
 * HTML goes through one streaming htmlparser2 pass (src/clean/html.ts) that keeps the main content; both
 * formats then go through the same line steps (src/clean/pipeline.ts): site chrome from the lexicon
 * (src/clean/boilerplate.ts) is dropped, posting lines are set aside, hard line breaks inside sentences are
 * joined and photo captions become caption blocks. The block texts are the input's own characters: repair and
 * normalization happen later, in parse.ts. The cleaner never executes scripts or fetches anything, and never throws.
 */
import { repair } from "../normalize/legacy/index.js";
import { extractHtml } from "./html.js";
import { runPipeline, type Unit } from "./pipeline.js";
import { indentOf, probe } from "./probe.js";

export interface CleanBlock {
  text: string;
  kind: "paragraph" | "caption" | "heading";
}

export interface CleanResult {
  format: "text" | "html";
  /** The headline, or null when the input has none. */
  title: string | null;
  /** Raw posting/update lines found around the article ("Ngày đăng 15/03/2018 | 07:05"), best first. */
  postingLines: string[];
  blocks: CleanBlock[];
}

export interface CleanOptions {
  /** Force HTML (true) or plain text (false); detected when undefined. */
  html?: boolean;
}

const DOCUMENT_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<\?xml[^>]{0,200}>\s*<(?:!doctype\s+)?html)/i;
const TAG = /<\/?(?:html|head|body|div|p|article|section|main|br|span|h[1-6]|table|tr|td|ul|ol|li|a|img|figure|figcaption|meta|title|script|style|strong|em|b|i|nav|header|footer)\b[^<>]{0,2000}>/gi;
const BLOCK_TAG = /^<\/?(?:html|head|body|div|p|article|section|main|br|h[1-6]|table|tr|td|ul|ol|li|figure|figcaption|meta|title|script|style|nav|header|footer)\b/i;
/** Inline tags that pasted text sometimes keeps ("<b>Sáng</b> ngày"): removed, the line structure stays. */
const INLINE_TAG = /<\/?(?:b|i|u|em|strong|span|a|font|sup|sub|mark|small)\b[^<>\n]{0,500}>/gi;

/**
 * Detects HTML input: a document start (<!DOCTYPE html>, <html>), or at least two known tags in the first 5,000
 * characters of which one is a block tag (one <br> or a few inline <b> tags in pasted text are not enough).
 *
 * @example
 * ```ts
 * looksLikeHtml("<p>Sáng ngày 1/2</p><p>...</p>"); // true
 * looksLikeHtml("<b>Sáng</b> ngày 1/2, xã tổ chức hội nghị"); // false
 * looksLikeHtml("Điểm thi đạt 8 < 9 và > 7"); // false
 * ```
 */
export function looksLikeHtml(input: string): boolean {
  const head = input.slice(0, 5000);
  if (DOCUMENT_START.test(head)) return true;
  const tags = head.match(TAG);
  return !!tags && tags.length >= 2 && tags.some((t) => BLOCK_TAG.test(t));
}

/**
 * Cleans an article: HTML or page text in, title, posting lines and blocks out. Never throws.
 *
 * @example
 * ```ts
 * const r = cleanInput("Skip to main content\nUBND phường A tổng kết năm 2023\nNgày đăng 29/12/2023 | 15:20\nChiều ngày 28/12/2023, UBND phường A tổ chức hội nghị tổng kết.\nToàn cảnh hội nghị\nTin liên quan\nTin cũ");
 * r.title; // "UBND phường A tổng kết năm 2023"
 * r.postingLines; // ["Ngày đăng 29/12/2023 | 15:20"]
 * r.blocks; // [{ text: "Chiều ngày 28/12/2023, ...", kind: "paragraph" }, { text: "Toàn cảnh hội nghị", kind: "caption" }]
 * ```
 */
export function cleanInput(input: string, options: CleanOptions = {}): CleanResult {
  const text = typeof input === "string" ? input : String(input ?? "");
  try {
    const html = options.html ?? looksLikeHtml(text);
    return html ? cleanHtml(text) : cleanText(text);
  } catch {
    // A bug in a heuristic must not cost the article: fall back to paragraphs split at blank lines.
    return fallback(text, options.html ?? false);
  }
}

/** A line's classification text: repaired first when the whole input reads as mojibake or a legacy encoding. */
function classifier(input: string): (line: string) => string {
  let detected = "none";
  try {
    detected = repair(input.slice(0, 20000)).detected;
  } catch {
    detected = "none";
  }
  if (detected === "none") return probe;
  return (line) => {
    try {
      return probe(repair(line).text);
    } catch {
      return probe(line);
    }
  };
}

function cleanText(input0: string): CleanResult {
  const input = input0.includes("<") ? input0.replace(INLINE_TAG, "") : input0;
  const see = classifier(input);
  const units: Unit[] = [];
  let group = 0;
  for (const line of input.split(/\r\n|\r|\n|\u2028|\u2029/)) {
    const text = see(line);
    if (!text) {
      group++;
      units.push({ raw: "", text: "", hint: "line", group, indent: 0 });
      continue;
    }
    units.push({ raw: line.trim(), text, hint: "line", group, indent: indentOf(line) });
  }
  const r = runPipeline(units, { mode: "text" });
  return { format: "text", title: r.title, postingLines: r.postingLines, blocks: r.blocks };
}

/**
 * Nesting deeper than this at any point and the markup is hostile, not a page: htmlparser2 keeps its
 * open elements in an array it unshifts, shifts and searches at every tag, so every tag costs the
 * current depth (quadratic on deep markup, closed or not). Real pages nest a few hundred levels at most.
 */
const MAX_DEPTH = 10_000;
const VOID = /^(?:br|img|meta|link|input|hr|wbr|source|area|base|col|embed|param|track|p|li|td|tr|th|option|dt|dd)$/i;

/**
 * Estimates how deep the markup can nest: opening tags (void and auto-closing ones aside) minus closing tags.
 *
 * @example
 * ```ts
 * unclosedEstimate("<div><div></div>"); // 1
 * ```
 */
export function unclosedEstimate(html: string): number {
  let open = 0;
  let close = 0;
  const re = /<(\/?)([a-zA-Z][a-zA-Z0-9]{0,15})/g;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m[1]) close++;
    else if (!VOID.test(m[2]!)) open++;
  }
  return open - close;
}

/**
 * Estimates the deepest nesting the markup reaches: opening tags (void and auto-closing ones aside)
 * push, closing tags pop (never below zero), the highest level wins.
 *
 * @example
 * ```ts
 * nestingPeak("<div><div></div></div><div></div>"); // 2
 * nestingPeak("<div>".repeat(3) + "</x>".repeat(3)); // 3
 * ```
 */
export function nestingPeak(html: string): number {
  let depth = 0;
  let peak = 0;
  const re = /<(\/?)([a-zA-Z][a-zA-Z0-9]{0,15})/g;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m[1]) {
      if (depth > 0) depth--;
    } else if (!VOID.test(m[2]!) && ++depth > peak) peak = depth;
  }
  return peak;
}

function cleanHtml(input: string): CleanResult {
  if (nestingPeak(input) > MAX_DEPTH) {
    // Hostile nesting: read the text between tags as lines instead of parsing the tree.
    const r = cleanText(stripTags(input));
    return { ...r, format: "html" };
  }
  const x = extractHtml(input);
  const see = classifier(x.units.map((u) => u.raw).join("\n"));
  const units = see === probe ? x.units : x.units.map((u) => ({ raw: u.raw, text: see(u.raw), hint: u.hint, group: u.group, indent: u.indent }));
  const r = runPipeline(units, { mode: "html", knownTitle: x.title });
  return { format: "html", title: x.title, postingLines: [...r.postingLines, ...x.outsidePostingLines], blocks: r.blocks };
}

/** Markup to lines without a parser: scripts and styles out, tags as line breaks, a few entities decoded. */
function stripTags(html: string): string {
  return dropRawTextElements(html)
    .replace(/<[^<>]{0,2000}>/g, "\n")
    .replace(/<[a-zA-Z/!?][^<>]{0,2000}$/, "") // a tag cut off at the end of the input
    .replace(/&nbsp;/g, "\u00a0")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#(\d{1,7});/g, (m, d: string) => (Number(d) <= 0x10ffff ? String.fromCodePoint(Number(d)) : m));
}

/** Removes <script>, <style>, <noscript> and <template> elements with their contents, by index search (linear). */
function dropRawTextElements(html: string): string {
  const lower = html.toLowerCase();
  let out = "";
  let at = 0;
  const open = /<(script|style|noscript|template)\b/g;
  for (let m = open.exec(lower); m; m = open.exec(lower)) {
    const close = lower.indexOf(`</${m[1]}`, m.index);
    out += html.slice(at, m.index) + "\n";
    if (close < 0) return out;
    const end = lower.indexOf(">", close);
    at = end < 0 ? html.length : end + 1;
    open.lastIndex = at;
  }
  return out + html.slice(at);
}

function fallback(text: string, html: boolean): CleanResult {
  const plain = html ? stripTags(text) : text;
  const blocks = plain
    .split(/\n\s*\n/)
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t) => ({ text: t, kind: "paragraph" as const }));
  return { format: html ? "html" : "text", title: null, postingLines: [], blocks };
}
