/**
 * Photo captions: standalone caption lines, credits ("Ảnh: T.T"), caption labels ("Hình ảnh:") and captions
 * glued to the next sentence ("Toàn cảnh đại hội.Đồng chí ...").
 */
import { CAPTION_LABELS, CAPTION_OPENERS, CREDIT_LABELS } from "./boilerplate.js";
import { endsSentence, foldLower, isAllCaps, moreWordsThan } from "./probe.js";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const alt = (xs: readonly string[]) => [...xs].sort((a, b) => b.length - a.length).map(escape).join("|");
const CREDIT_RE = new RegExp(`(?:^|[\\s.,;–-])\\(?\\s{0,2}(?:${alt(CREDIT_LABELS)})\\s{0,2}:\\s{0,2}([^():]{1,40}?)\\s{0,2}\\)?\\s{0,3}$`, "iu");
/** What CREDIT_RE allows after the colon, in code units: \s{0,2}, 40 code points (80 units), \s{0,2}, ")", \s{0,3}. */
const CREDIT_TAIL = 2 + 80 + 2 + 1 + 3;
const LABEL_RE = new RegExp(`^\\(?\\s{0,2}(?:${alt(CAPTION_LABELS)})\\s{0,2}:\\s{0,3}`, "iu");
const OPENERS = CAPTION_OPENERS.map((o) => foldLower(o));

/** The longest a standalone caption line may be, in characters. */
export const MAX_CAPTION_LENGTH = 260;

/**
 * Splits a photo credit off the end of a line: "Các đại biểu trồng cây. Ảnh: T.T" gives
 * { text: "Các đại biểu trồng cây.", credit: "T.T" }; a line without a credit comes back unchanged.
 *
 * @example
 * ```ts
 * splitCredit("Quang cảnh buổi đối thoại chiều 20.1. Ảnh: MINH KHANG");
 * // { text: "Quang cảnh buổi đối thoại chiều 20.1.", credit: "MINH KHANG" }
 * ```
 */
export function splitCredit(line: string): { text: string; credit: string | null } {
  // The credit's colon is the line's last one, at most CREDIT_TAIL code units from the end: nothing else can match.
  const colon = line.lastIndexOf(":");
  if (colon < 0 || line.length - colon - 1 > CREDIT_TAIL) return { text: line, credit: null };
  const m = CREDIT_RE.exec(line);
  if (!m || !looksLikeCreditName(m[1]!)) return { text: line, credit: null };
  const cut = m.index + (/^[\s.,;–-]/.test(m[0]) ? 1 : 0);
  const text = trimEndChars(line.slice(0, cut), " \t\u00a0,;–-");
  if (!text) return { text: line, credit: null };
  return { text, credit: m[1]!.trim() };
}

/** A credit names a person or an office, not a scene: "T.T", "MINH KHANG", "B.Nguyên", "Hoàng Minh Tâm". */
function looksLikeCreditName(s: string): boolean {
  const t = s.trim();
  if (!t || moreWordsThan(t, 5)) return false;
  if (isAllCaps(t)) return true;
  return t.split(/[\s.]+/).filter(Boolean).every((w) => /^[\p{Lu}\d]/u.test(w.normalize("NFC")) || /^(?:và|của|tư liệu|minh họa|internet)$/iu.test(w));
}

/** Drops the given characters from the end of a string (a loop, not a backtracking regex). */
function trimEndChars(s: string, chars: string): string {
  let e = s.length;
  while (e > 0 && chars.includes(s[e - 1]!)) e--;
  return s.slice(0, e).trim();
}

/**
 * Removes a caption label ("Hình ảnh: ", "(Ảnh: ") from the start and the matching ")" from the end.
 *
 * @example
 * ```ts
 * stripCaptionLabel("Hình ảnh: Toàn cảnh đại hội."); // "Toàn cảnh đại hội."
 * ```
 */
export function stripCaptionLabel(line: string): string {
  const m = LABEL_RE.exec(line);
  if (!m) return line;
  let rest = line.slice(m[0].length).trim();
  if (m[0].startsWith("(") && rest.endsWith(")")) rest = rest.slice(0, -1).trim();
  return rest || line;
}

/**
 * True when the line carries a caption label with a description after it ("(Ảnh: Toàn cảnh hội nghị)",
 * "Hình ảnh: Toàn cảnh đại hội."), as opposed to a bare credit ("Ảnh: LAM KHUÊ").
 *
 * @example
 * ```ts
 * hasCaptionLabel("(Ảnh: Đại biểu dự hội nghị)"); // true
 * hasCaptionLabel("Ảnh: LAM KHUÊ"); // false
 * ```
 */
export function hasCaptionLabel(line: string): boolean {
  if (!LABEL_RE.test(line)) return false;
  const rest = stripCaptionLabel(line);
  return rest !== line && !looksLikeCreditName(rest.replace(/[.]$/, ""));
}

/**
 * True when a line starts the way photo captions do ("Toàn cảnh", "Quang cảnh", "Hình ảnh").
 *
 * @example
 * ```ts
 * startsLikeCaption("Quang cảnh Hội Nghị."); // true
 * ```
 */
export function startsLikeCaption(line: string): boolean {
  const low = foldLower(line).replace(/^\(/, "");
  return OPENERS.some((o) => low === o || low.startsWith(o + " ") || low.startsWith(o + ":"));
}

/** Sentence boundaries inside a line: ". X" or a period glued to an upper-case word (".Đồng"). */
function sentenceCount(line: string): number {
  const inner = trimEndChars(line, ".!?…\"”’) ");
  const m = inner.match(/[\p{Ll}\p{N}%)”"][.!?]\s{0,3}(?=[\p{Lu}][\p{Ll}])/gu);
  return 1 + (m ? m.length : 0);
}

/**
 * True when a standalone line (not continued by the next) reads as a photo caption: a single clause of at most
 * {@link MAX_CAPTION_LENGTH} characters that does not end a sentence ("Toàn cảnh hội nghị", "Đ/c Vũ Đức Thắng -
 * trao giấy khen cho các tập thể ..."), a short sentence opening like a caption ("Quang cảnh Hội Nghị."), a
 * labelled caption, or a line with a photo credit.
 *
 * @example
 * ```ts
 * isCaptionLine("Toàn cảnh hội nghị"); // true
 * isCaptionLine("Năm 2023, phường đã hoàn thành 14/16 chỉ tiêu."); // false
 * ```
 */
export function isCaptionLine(line: string): boolean {
  const t = line.trim();
  if (!t || !moreWordsThan(t, 1)) return false;
  if (hasCaptionLabel(t)) return true;
  if (splitCredit(t).credit) return !moreWordsThan(t, 60);
  if (t.length > MAX_CAPTION_LENGTH) return false;
  if (!endsSentence(t)) return sentenceCount(t) === 1 && !/[:;]\s*$/.test(t);
  if (/[.:]\s*$/.test(t) && startsLikeCaption(t) && !moreWordsThan(t, 16) && sentenceCount(t) === 1) return true;
  return false;
}

const GLUED_PERIOD_HINT = /\.[^\sa-z0-9]/;

/**
 * Finds a caption glued to the next sentence at the start of a line ("Hình ảnh: Toàn cảnh đại hội.Đồng chí ...")
 * and returns where to cut (just after the period), or -1. The part before must be short and read like a caption.
 *
 * @example
 * ```ts
 * gluedCaptionEnd("Toàn cảnh đại hội.Đồng chí Nhung phát biểu"); // 18
 * gluedCaptionEnd("Năm 2022, Ủy ban MTTQ phường đã phối hợp với các tổ chức thành viên.Cuộc vận động"); // -1
 * ```
 */
export function gluedCaptionEnd(line: string): number {
  // the period must be followed by a capital, which is no space, ASCII lower-case letter or digit
  if (!GLUED_PERIOD_HINT.test(line)) return -1;
  const m = /[\p{Ll}\p{M})”"][.](?=[\p{Lu}][\p{Ll}\p{M}])/u.exec(line);
  if (!m) return -1;
  const cut = m.index + 2;
  const head = line.slice(0, cut).trim();
  if (head.length > 120 || moreWordsThan(head, 14)) return -1;
  if (!(startsLikeCaption(head) || hasCaptionLabel(head))) return -1;
  if (/[.!?]\s/.test(head)) return -1;
  return cut;
}
