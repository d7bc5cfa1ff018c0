/**
 * From lines to blocks: the steps shared by plain text and HTML. Lines come in as {@link Unit}s (a line of
 * pasted text, or a line of an HTML block); chrome, posting lines and bylines go out, hard line breaks inside
 * sentences are joined, captions are told apart from paragraphs.
 */
import { gluedCaptionEnd, hasCaptionLabel, isCaptionLine, MAX_CAPTION_LENGTH, splitCredit, stripCaptionLabel } from "./captions.js";
import { dropTerminator, hasTerminator, isChromeLine, isMenuLine, isRelatedHeading, isSectionEnd, isSiteName, isTailByline } from "./chrome.js";
import { SECTION_LABELS } from "./boilerplate.js";
import { isPostingLine } from "./posting.js";
import { endsSentence, foldKey, isAllCaps, moreWordsThan, probe, startsLowerOrDigit, wordCount } from "./probe.js";
import type { CleanBlock } from "./index.js";

/** One line of input on its way to a block. */
export interface Unit {
  /** The line as it stands in the input, trimmed (what the block will carry). */
  raw: string;
  /** The line for classification: repaired when the input is mojibake, then {@link probe}d. */
  text: string;
  /** What the markup says ("line" for plain text, where nothing is known). */
  hint: "line" | "paragraph" | "caption" | "heading";
  /** Lines of one group may be joined (a paragraph of pasted text, an HTML block split by <br>). */
  group: number;
  /** Leading spaces in the input line (plain text). */
  indent: number;
}

/** What a line is: article content, chrome, a posting line, a section end, or the headline. */
export type Role = "content" | "chrome" | "posting" | "end" | "title";
interface Item extends Unit {
  role: Role;
  /** Cut everything after this line (it ended with "./."). */
  endAfter: boolean;
  /** Position in the input's line sequence, to know which lines were adjacent. */
  pos: number;
  /** The last input line joined into this one (its length tells a hard-wrapped line). */
  tail: string;
}

export interface PipelineOptions {
  mode: "text" | "html";
  /** HTML: the headline found in the markup; the first line equal to it is removed. */
  knownTitle?: string | null;
}

export interface PipelineResult {
  title: string | null;
  postingLines: string[];
  blocks: CleanBlock[];
}

/** Longer lines are article text: no chrome, posting line or section end is this long. */
const MAX_CHROME_LENGTH = 600;
const SECTION_LABEL_KEYS = new Set(SECTION_LABELS.map(foldKey));
const CONNECTOR_END = /(?:^|\s)(?:và|của|cho|ngày|tại|có|là|các|với|những|được|đã|trong|từ|đến|theo|cùng|hoặc|hay|về|để|do|bởi|thuộc|gồm|như|năm|tháng|lúc|vào|số|đồng chí|ông|bà|anh|chị|Đ\/c|đ\/c|sáng|chiều|tối|trưa)\s*$/iu;
const HONORIFIC_NAME_END = /(?:đồng chí|đ\/c|ông|bà|anh|chị|Thượng tá|Trung tá|Thiếu tá|Đại tá|Đại úy|Thượng úy|Trung úy)(?:\s+[\p{Lu}][\p{Ll}\p{M}]*){1,3}\s*$/iu;
const NAME_CONTINUES = /^(?:[\p{Lu}][\p{Ll}\p{M}]*\s+){0,2}[\p{Lu}][\p{Ll}\p{M}]*\s*(?:[–—,(-]|\s-\s)/u;
/** A newspaper's tag before the lede: "(QNO) -", "(ĐL) –", "(GLO)-", "(Baohatinh.vn) -". */
const NEWSPAPER_TAG = /^\(\s{0,2}(?=[\p{L}\p{N}.]{0,23}\p{Lu})[\p{L}\p{N}.]{2,24}\s{0,2}\)\s{0,3}[-–—:]\s{0,3}/u;

/**
 * Runs the line steps and returns the title (plain text only), the posting lines and the blocks.
 *
 * @example
 * ```ts
 * const units = "Toàn cảnh hội nghị\nTin liên quan".split("\n").map((l, i) => ({ raw: l, text: l, hint: "line" as const, group: 0, indent: 0 }));
 * runPipeline(units, { mode: "text" }).blocks; // [{ text: "Toàn cảnh hội nghị", kind: "caption" }]
 * ```
 */
export function runPipeline(units: readonly Unit[], options: PipelineOptions): PipelineResult {
  // Explicit objects, not spreads: V8 spreads are an order of magnitude slower on pages of 100,000 lines.
  const items: Item[] = units.map((u, pos) => ({ raw: u.raw, text: u.text, hint: u.hint, group: u.group, indent: u.indent, role: roleOf(u.text, u.raw), endAfter: false, pos, tail: u.text }));
  for (const it of items) {
    if (it.role === "content" && hasTerminator(it.text)) {
      it.endAfter = true;
      it.raw = dropTerminator(it.raw);
      it.text = dropTerminator(it.text);
    }
  }
  const wrapWidth = options.mode === "text" ? hardWrapWidth(items.filter((it) => it.role === "content")) : 0;
  const firstBody = items.findIndex((it, i) => it.role === "content" && isParagraphLike(joinedFrom(items, i, wrapWidth)));
  let title: string | null = null;
  if (options.mode === "text") title = cutHead(items, firstBody);
  else if (options.knownTitle) removeKnownTitle(items, options.knownTitle);
  cutTail(items, firstBody, options.mode);

  const postingLines = items.filter((it) => it.role === "posting").map((it) => it.raw);
  let body = items.filter((it) => it.role === "content");
  body = dropTrailingBylines(body, options.mode);
  const lines = joinContinuations(body, wrapWidth);
  const blocks = toBlocks(lines, options.mode, captionIndent(lines));
  return { title, postingLines, blocks };
}

/** The role of a line: `text` is its classification text, `raw` the line as written (menus show in its spacing). */
function roleOf(text: string, raw: string): Role {
  if (!text) return "chrome";
  if (text.length > MAX_CHROME_LENGTH) return "content";
  if (isPostingLine(text)) return "posting";
  if (isSectionEnd(text)) return "end";
  if (hasCaptionLabel(text)) return "content";
  // isChromeLine already asked isMenuLine of `text`: ask again only when the line as written differs
  if (isChromeLine(text) || (raw !== text && isMenuLine(raw))) return "chrome";
  return "content";
}

/**
 * A line that is surely article prose: a long sentence or a long line.
 *
 * @example
 * ```ts
 * isParagraphLike("Chiều ngày 28/12/2023, tại Hội trường UBND phường Trần Lãm UBND phường tổ chức Hội nghị tổng kết."); // true
 * ```
 */
export function isParagraphLike(text: string): boolean {
  return text.length >= 160 || (moreWordsThan(text, 11) && (endsSentence(text) || moreWordsThan(text, 24)));
}

/**
 * True when a line can be a headline: 3 to 45 words, not chrome, not a menu, not a site name, not a label.
 *
 * @example
 * ```ts
 * isHeadlineLike("UBND phường Trần Lãm tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024"); // true
 * isHeadlineLike("Trang chủ > Tin tức > Đoàn thể"); // false
 * ```
 */
export function isHeadlineLike(text: string, raw: string = text): boolean {
  if (text.length > 300) return false;
  const n = wordCount(text);
  if (n < 3 || n > 45) return false;
  if (/[:;,]\s*$/.test(text)) return false;
  if (/[.!?…]\s*$/.test(text) && n > 25) return false;
  if (isMenuLine(raw) || isSiteName(text) || SECTION_LABEL_KEYS.has(foldKey(text))) return false;
  return !isChromeLine(text) && !isPostingLine(text) && !isSectionEnd(text);
}

/** Plain text: finds the headline near the posting lines, drops the page header above it; returns the title. */
function cutHead(items: Item[], firstBody: number): string | null {
  const headEnd = firstBody < 0 ? items.length : firstBody;
  const firstPosting = items.findIndex((it, i) => i < headEnd && it.role === "posting");
  let titleIdx = -1;
  let clusterStart = -1;
  if (firstPosting >= 0) {
    const before = neighbour(items, firstPosting, -1);
    let after = firstPosting + 1;
    while (after < headEnd && (items[after]!.role === "posting" || items[after]!.role === "chrome" || !items[after]!.text)) after++;
    if (before >= 0 && items[before]!.role === "content" && isHeadlineLike(items[before]!.text, items[before]!.raw)) titleIdx = before;
    else if (after < headEnd && items[after]!.role === "content" && isHeadlineLike(items[after]!.text, items[after]!.raw)) titleIdx = after;
    clusterStart = titleIdx >= 0 ? Math.min(titleIdx, firstPosting) : firstPosting;
  } else if (firstBody > 0) {
    // No posting line: the line just above the first paragraph, if it reads like a headline; else an ALL-CAPS line.
    const before = neighbour(items, firstBody, -1);
    if (before >= 0 && items[before]!.role === "content" && isHeadlineLike(items[before]!.text, items[before]!.raw) && !endsSentence(items[before]!.text)) titleIdx = before;
    else {
      const caps = items.findIndex((it, i) => i < firstBody && it.role === "content" && isAllCaps(it.text) && isHeadlineLike(it.text, it.raw));
      if (caps >= 0) titleIdx = caps;
    }
    clusterStart = titleIdx;
  }
  for (let i = 0; i < clusterStart; i++) if (items[i]!.role === "content") items[i]!.role = "chrome";
  // Without a headline, page-header lines above the first paragraph still go: site names and section labels.
  for (let i = 0; i < headEnd; i++) {
    const it = items[i]!;
    if (it.role === "content" && (isSiteName(it.text) || SECTION_LABEL_KEYS.has(foldKey(it.text)))) it.role = "chrome";
  }
  if (titleIdx < 0) return null;
  items[titleIdx]!.role = "title";
  return items[titleIdx]!.raw;
}

/** The nearest line before (dir -1) or after (dir 1) i that is not blank. */
function neighbour(items: readonly Item[], i: number, dir: -1 | 1): number {
  for (let j = i + dir; j >= 0 && j < items.length; j += dir) if (items[j]!.text) return j;
  return -1;
}

function removeKnownTitle(items: Item[], title: string): void {
  const key = foldKey(title);
  if (!key) return;
  const limit = Math.min(items.length, 12);
  for (let i = 0; i < limit; i++) {
    const it = items[i]!;
    if (it.role !== "posting" && foldKey(it.text) === key) {
      it.role = "title";
      return;
    }
  }
}

/**
 * Drops what follows the article: from a section end ("Tin liên quan", "Bình luận") or a "./." terminator on.
 * In HTML the markup already cut the page down to the article, so a section end there drops only the lines
 * up to the next paragraph (an inline "Tin liên quan" box).
 */
function cutTail(items: Item[], firstBody: number, mode: "text" | "html"): void {
  const from = Math.max(firstBody, 0);
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.endAfter && i >= from) {
      for (let j = i + 1; j < items.length; j++) if (items[j]!.role !== "posting") items[j]!.role = "chrome";
      return;
    }
    if (it.role !== "end") continue;
    it.role = "chrome";
    if (i < from) continue;
    const related = isRelatedHeading(it.text);
    if (mode === "text") {
      // Below a related-news heading even dates belong to other articles; below "./." a posting line may still follow.
      for (let j = i + 1; j < items.length; j++) if (related || items[j]!.role !== "posting") items[j]!.role = "chrome";
      return;
    }
    let j = i + 1;
    while (j < items.length && !(items[j]!.role === "content" && isParagraphLike(items[j]!.text))) {
      if (items[j]!.role === "content") items[j]!.role = "chrome";
      j++;
    }
  }
}

/**
 * Bylines standing last ("THANH THẢO", "Ban biên tập Phường 7"): at most three lines from the end. In HTML a
 * byline is a block of its own, never the last line of a longer block.
 */
function dropTrailingBylines(body: Item[], mode: "text" | "html"): Item[] {
  let end = body.length;
  const alone = (i: number) => mode === "text" || ((i === 0 || body[i - 1]!.group !== body[i]!.group) && (i + 1 >= body.length || body[i + 1]!.group !== body[i]!.group));
  while (end > 0 && body.length - end < 3 && body[end - 1]!.hint !== "caption" && alone(end - 1) && isTailByline(body[end - 1]!.text)) end--;
  return body.slice(0, end);
}

/**
 * True when the next line continues this one: no sentence end here and the next line starts in lower case or
 * with a digit ("Sáng\nngày 15/11/2023"), or this line stops on a connecting word ("27 cá nhân và\n23 tập thể")
 * or inside a person's name ("đồng chí Nguyễn\nKim Đức – Bí thư").
 *
 * @example
 * ```ts
 * continuesInto("Sáng", "ngày 09/12/2022, Hội LHPN phường tổ chức hội nghị."); // true
 * continuesInto("Toàn cảnh hội nghị", "Năm 2023, phường đã hoàn thành 14/16 chỉ tiêu."); // false
 * ```
 */
export function continuesInto(line: string, next: string): boolean {
  if (!line || !next || endsSentence(line)) return false;
  if (isAllCaps(line) && moreWordsThan(line, 2)) return false;
  if (/^[^\p{L}\p{N}"“‘(]/u.test(next)) return false; // bullets, emoji, "?" for a lost bullet
  if (startsLowerOrDigit(next)) return true;
  if (/[,–—-]\s*$/.test(line) || CONNECTOR_END.test(line)) return true;
  return HONORIFIC_NAME_END.test(line) && NAME_CONTINUES.test(next);
}

/**
 * The width pasted text was hard-wrapped at (an e-mail, a text file), or 0: many lines of similar length that
 * stop mid-sentence. A line that long which does not end a sentence is joined whatever the next line starts with.
 */
function hardWrapWidth(body: readonly Item[]): number {
  if (body.length < 6) return 0;
  let max = 0;
  for (const it of body) max = Math.max(max, it.text.length);
  if (max > 120 || max < 30) return 0;
  const full = body.filter((it) => it.text.length >= max * 0.6);
  const open = full.filter((it) => !endsSentence(it.text)).length;
  return full.length >= 4 && open / full.length >= 0.5 ? max : 0;
}

/** True when item `b` continues item `a` (adjacent lines of one group, no caption or heading between). */
function joinable(a: Item, b: Item, wrapWidth: number): boolean {
  if (a.group !== b.group || a.pos + 1 !== b.pos) return false;
  if (a.hint === "caption" || b.hint === "caption" || a.hint === "heading" || b.hint === "heading") return false;
  if (continuesInto(a.text, b.text)) return true;
  return wrapWidth > 0 && a.tail.length >= wrapWidth * 0.6 && !endsSentence(a.tail) && !isAllCaps(a.tail);
}

/** The text of line `i` with the lines that continue it (up to eight), to judge whether the body starts there. */
function joinedFrom(items: readonly Item[], i: number, wrapWidth: number): string {
  let text = items[i]!.text;
  for (let j = i + 1; j < items.length && j <= i + 8 && items[j]!.role === "content" && joinable(items[j - 1]!, items[j]!, wrapWidth); j++) text += " " + items[j]!.text;
  return text;
}

/** The indentation that marks a caption: six spaces deeper than most lines (seed's captions stand indented). */
function captionIndent(lines: readonly Item[]): number {
  const indents = lines.map((l) => l.indent).sort((a, b) => a - b);
  const median = indents.length ? indents[Math.floor(indents.length / 2)]! : 0;
  return median + 6;
}

function joinContinuations(body: readonly Item[], wrapWidth: number): Item[] {
  const out: Item[] = [];
  for (const it of body) {
    const prev = out[out.length - 1];
    if (prev && joinable(prev, it, wrapWidth)) {
      prev.raw = `${prev.raw} ${it.raw}`;
      prev.text = `${prev.text} ${it.text}`;
      prev.pos = it.pos;
      prev.tail = it.text;
      prev.endAfter = it.endAfter;
    } else out.push(it);
  }
  return out;
}

interface Line {
  raw: string;
  text: string;
  kind: CleanBlock["kind"];
  group: number;
  hint: Unit["hint"];
}

function toBlocks(lines: readonly Item[], mode: "text" | "html", indentForCaption: number): CleanBlock[] {
  const split: Line[] = [];
  for (const it of lines) {
    const cut = gluedCaptionEnd(it.text);
    if (cut > 0 && it.hint !== "heading") {
      const nfc = it.raw.normalize("NFC");
      const rawCut = gluedCaptionEnd(nfc);
      const [head, tail] = rawCut > 0 ? [nfc.slice(0, rawCut), nfc.slice(rawCut)] : [it.text.slice(0, cut), it.text.slice(cut)];
      split.push({ raw: head.trim(), text: it.text.slice(0, cut).trim(), kind: "caption", group: it.group, hint: it.hint });
      const rest = { raw: tail.trim(), text: it.text.slice(cut).trim(), group: it.group, hint: it.hint };
      split.push({ raw: rest.raw, text: rest.text, group: rest.group, hint: rest.hint, kind: kindOf(rest.text, it, indentForCaption) });
    } else split.push({ raw: it.raw, text: it.text, kind: kindOf(it.text, it, indentForCaption), group: it.group, hint: it.hint });
  }
  const blocks: CleanBlock[] = [];
  let firstParagraph = true;
  let prev: Line | null = null;
  for (const l of split) {
    let text = l.raw;
    if (l.kind === "caption") text = captionText(text, l.text);
    else if (l.kind === "paragraph" && firstParagraph) {
      text = text.replace(NEWSPAPER_TAG, "");
      firstParagraph = false;
    }
    text = text.trim();
    if (!text) continue;
    const last = blocks[blocks.length - 1];
    if (mode === "html" && last && prev && l.kind === "paragraph" && last.kind === "paragraph" && prev.group === l.group && prev.hint !== "line") {
      last.text += "\n" + text;
    } else blocks.push({ text, kind: l.kind });
    prev = l;
  }
  return blocks;
}

function kindOf(text: string, it: Pick<Unit, "hint" | "indent">, indentForCaption: number): CleanBlock["kind"] {
  if (it.hint === "caption") return "caption";
  if (it.hint === "heading") return isParagraphLike(text) && endsSentence(text) ? "paragraph" : "heading";
  if (isCaptionLine(text)) return "caption";
  if (it.indent >= indentForCaption && text.length <= MAX_CAPTION_LENGTH && moreWordsThan(text, 1)) return "caption";
  if (isAllCaps(text) && !moreWordsThan(text, 25) && !endsSentence(text)) return "heading";
  return "paragraph";
}

/**
 * A caption without its label ("Hình ảnh:") and photo credit ("Ảnh: T.T"). Worked on the input's own text;
 * when only the classification text (repaired mojibake) shows the credit, that text is used.
 */
function captionText(raw: string, seen: string): string {
  const strip = (s: string) => stripCaptionLabel(splitCredit(s).text);
  const nfc = raw.normalize("NFC");
  const fromRaw = strip(nfc);
  if (fromRaw !== nfc) return fromRaw;
  const fromSeen = strip(seen);
  return fromSeen !== seen ? fromSeen : raw;
}

/**
 * The role a single line gets before the structural steps (for tests and debugging).
 *
 * @example
 * ```ts
 * lineRole("Lượt xem: 381"); // "chrome"
 * lineRole("Ngày đăng 15/03/2018 | 07:05"); // "posting"
 * lineRole("Tin liên quan"); // "end"
 * ```
 */
export function lineRole(line: string): Role {
  return roleOf(probe(line), line.trim());
}
