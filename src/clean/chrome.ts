/**
 * Line checks built from the boilerplate lexicon (src/clean/boilerplate.ts): site chrome, counters, menus,
 * bylines, image file names, section ends. Every check takes the line's probe text (see probe.ts).
 */
import {
  BYLINE_ORG_STARTS, CHROME_LINES, CHROME_STARTS, ARTICLE_CLOSERS, COUNTER_WORDS, RELATED_HEADINGS, SHORT_LABELS, SHORT_LABEL_REST,
  SITE_NAME_STARTS, WIDGET_WORDS,
} from "./boilerplate.js";
import { foldKey, foldLower, isAllCaps, isJsSpace, moreWordsThan } from "./probe.js";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
/** A folded lexicon entry as a pattern over foldKey text: words joined by single spaces. */
const keyOf = (s: string) => foldKey(s);

const CHROME_LINE_SET = new Set(CHROME_LINES.map(keyOf));
const RELATED_SET = new Set(RELATED_HEADINGS.map(keyOf).filter(Boolean));
const CLOSER_SET = new Set(ARTICLE_CLOSERS.map(keyOf).filter(Boolean));
const byLengthDesc = (a: string, b: string) => b.length - a.length;
const SHORT_LABEL_RE = new RegExp(`^(?:${SHORT_LABELS.map((l) => escape(foldLower(l))).sort(byLengthDesc).join("|")})\\s{0,3}:\\s{0,3}(.*)$`);
const CHROME_START_LIST = CHROME_STARTS.map((s) => foldLower(s));
const COUNTER_RE = new RegExp(`(?:${COUNTER_WORDS.map((w) => escape(keyOf(w))).sort(byLengthDesc).join("|")})`, "g");
const WIDGET_PADDED = WIDGET_WORDS.map((w) => " " + keyOf(w) + " ");
const SITE_STARTS = SITE_NAME_STARTS.map((s) => foldLower(s));
const BYLINE_ORG = BYLINE_ORG_STARTS.map((s) => foldLower(s));

/**
 * True when the whole line is site chrome: a lexicon line, a label with a short remainder (byline, source,
 * credit), a footer or widget start, a visitor counter, a menu or breadcrumb, an image file name, or a line
 * without letters. A real sentence that merely contains "Nguồn" or "Tin" is not chrome.
 *
 * @example
 * ```ts
 * isChromeLine("Tin, ảnh: ĐÔNG TRÚC"); // true
 * isChromeLine("Nguồn vốn được giải ngân kịp thời cho 38 hộ."); // false
 * ```
 */
export function isChromeLine(line: string): boolean {
  const key = foldKey(line);
  if (!/[a-z]/.test(key) && !/[{}]/.test(line)) return true; // "./.", "1043", "✅", "|"
  if (CHROME_LINE_SET.has(key)) return true;
  const low = foldLower(line);
  if (isShortLabelLine(low)) return true;
  if (CHROME_START_LIST.some((s) => low.startsWith(s))) return true;
  if (isCounterLine(key)) return true;
  if (isWidgetLine(key)) return true;
  if (isMenuLine(line)) return true;
  if (isImageFileName(line)) return true;
  return false;
}

/** "Tác giả: Hoàng Minh Tâm", "Nguồn: Ủy ban MTTQ phường Đông Vệ": label, colon, a short remainder. */
function isShortLabelLine(low: string): boolean {
  const m = SHORT_LABEL_RE.exec(low);
  if (!m) return false;
  const rest = m[1]!.trim();
  return rest.length <= SHORT_LABEL_REST.chars && !moreWordsThan(rest, SHORT_LABEL_REST.words) && !/[.!?]\s+\S/.test(rest);
}

/**
 * True for a line of visitor counters: counter words and numbers only.
 *
 * @example
 * ```ts
 * isCounterLine(foldKey("Đang online 61 | Tổng lượt truy cập 102.477")); // true
 * ```
 */
export function isCounterLine(key: string): boolean {
  if (!key || key.length > 200) return false;
  const rest = key.replace(COUNTER_RE, " ").replace(/\b\d+\b/g, " ").trim();
  return rest === "";
}

function isWidgetLine(key: string): boolean {
  if (moreWordsThan(key, 8)) return false;
  const padded = " " + key + " ";
  return WIDGET_PADDED.some((w) => padded.includes(w));
}

/** A code unit that is a space once non-breaking and typographic spaces are unified (see isMenuLine). */
const isMenuSpace = (c: number) => isJsSpace(c) || c === 0xa0 || (c >= 0x2000 && c <= 0x200b);

/** Separators between menu items: runs of spaces, "|", or » › > • · / between spaces. */
const MENU_SEPARATOR = /\s{2,}|\||\s[»›>•·/]\s/;

/**
 * True for menus and breadcrumbs: three or more short items split by runs of spaces or | » › > • ·,
 * or a line starting "Trang chủ" with a separator.
 *
 * @example
 * ```ts
 * isMenuLine("Trang chủ   Giới thiệu   Tin tức   Văn bản   Liên hệ"); // true
 * isMenuLine("Trang chủ > Tin tức > Đoàn thể"); // true
 * ```
 */
export function isMenuLine(line: string): boolean {
  // a long line that neither starts nor ends with a space stays too long once spaces are unified and trimmed
  if (line.length > 300 && !isMenuSpace(line.charCodeAt(0)) && !isMenuSpace(line.charCodeAt(line.length - 1))) return false;
  const raw = line.replace(/[\u00a0\u2000-\u200b]/g, " ").trim();
  if (raw.length > 300) return false;
  // Without a separator the line is one item: no menu (and no need to split it).
  if (!MENU_SEPARATOR.test(raw)) return false;
  const parts = raw.split(/\s{2,}|\s*\|\s*|\s+[»›>•·/]\s+/).map((p) => p.trim()).filter(Boolean);
  if (/^trang chu\b/.test(foldKey(raw)) && parts.length >= 2) return true;
  if (parts.length < 3) return false;
  return parts.every((p) => !moreWordsThan(p, 5) && !/[.!?;:,]$/.test(p) && !/\d{1,2}\/\d{1,2}/.test(p));
}

/**
 * True for image file names and alt-text junk ("z4180312215755 42dbaa40...", "IMG_2034.JPG").
 *
 * @example
 * ```ts
 * isImageFileName("z5338179466121_4c1f9a0e5be7d2a8f3b1c6e0d9a7f245.jpg"); // true
 * ```
 */
export function isImageFileName(line: string): boolean {
  const t = line.trim();
  if (t.length > 200 || moreWordsThan(t, 4)) return false;
  if (/\.(?:jpe?g|png|gif|webp|bmp|tiff?|heic)$/i.test(t) && !/\s\S+\s/.test(t)) return true;
  if (/[\u00c0-\u1ef9]/.test(t)) return false;
  return /\d{8,}/.test(t) || /[0-9a-f]{12,}/i.test(t) || /^(?:img|dsc|image|photo|anh)[-_ ]?\d{2,}/i.test(t);
}

/**
 * True when the line closes the article: a related-news heading ("Tin liên quan"), comments, ratings, or the
 * "./." terminator.
 *
 * @example
 * ```ts
 * isSectionEnd("Tin liên quan"); // true
 * isSectionEnd("Bình luận (0)"); // true
 * ```
 */
export function isSectionEnd(line: string): boolean {
  return isRelatedHeading(line) || isArticleCloser(line);
}

/**
 * True for a related-news heading ("Tin khác", "TIN CÙNG CHUYÊN MỤC:"): what follows belongs to other articles.
 *
 * @example
 * ```ts
 * isRelatedHeading("Tin cùng chuyên mục"); // true
 * isRelatedHeading("./."); // false
 * ```
 */
export function isRelatedHeading(line: string): boolean {
  return RELATED_SET.has(foldKey(line));
}

function isArticleCloser(line: string): boolean {
  const t = line.trim();
  if (/^\.\/\.$/.test(t)) return true;
  return CLOSER_SET.has(foldKey(t).replace(/\s\d+$/, ""));
}

/**
 * True when a line ends with the "./." terminator (alone or glued: "... năm 2023./.").
 *
 * @example
 * ```ts
 * hasTerminator("chào mừng năm mới./."); // true
 * ```
 */
export function hasTerminator(line: string): boolean {
  return line.trimEnd().endsWith("./.");
}

/**
 * A line without its "./." terminator, ending in a period ("chào mừng năm mới./." gives "chào mừng năm mới.").
 *
 * @example
 * ```ts
 * dropTerminator("Hội nghị kết thúc ./."); // "Hội nghị kết thúc."
 * ```
 */
export function dropTerminator(line: string): string {
  const t = line.trimEnd();
  if (!t.endsWith("./.")) return line;
  const head = t.slice(0, -3).trimEnd();
  return head.endsWith(".") || !head ? head : head + ".";
}

/**
 * True for a site name line ("BÁO QUẢNG NAM ĐIỆN TỬ", "Cổng thông tin điện tử xã Tân Tiến - huyện Văn Giang").
 *
 * @example
 * ```ts
 * isSiteName("Báo Bắc Ninh"); // true
 * ```
 */
export function isSiteName(line: string): boolean {
  const low = foldLower(line);
  return !moreWordsThan(line, 14) && SITE_STARTS.some((s) => low.startsWith(s));
}

/**
 * True for a byline standing at the end of an article: a person's name (Title Case or ALL CAPS, 1–5 words,
 * not after an honorific) or an office ("Ban biên tập Phường 7", "Văn phòng HĐND - UBND xã").
 *
 * @example
 * ```ts
 * isTailByline("THANH THẢO"); // true
 * isTailByline("Thu Phương"); // true
 * isTailByline("Lực lượng dân quân phát quang bụi rậm"); // false
 * ```
 */
export function isTailByline(line: string): boolean {
  const t = line.trim().replace(/ {0,3}\((?:tổng hợp|TH|tổng hợp\/[^)]{0,20})\)$/i, "");
  if (/^[^\p{L}]/u.test(t)) return false; // "- Bà B.": a list item, not a byline
  if (!t || t.length > 90 || /[.!?;:]\s*\S/.test(t.replace(/[.]$/, ""))) return false;
  const low = foldLower(t);
  if (BYLINE_ORG.some((s) => low === s || low.startsWith(s + " ")) && !moreWordsThan(t, 12)) return true;
  if (/\d/.test(t)) return false;
  if (/^(?:dong chi|d\/c|ong|ba|anh|chi)\b/.test(low)) return false;
  const words = t.replace(/ {0,3}[-–] {0,3}/g, " ").split(/\s+/).filter(Boolean);
  if (words.length < 1 || words.length > 5) return false;
  if (isAllCaps(t)) return true;
  return words.length >= 2 && words.every((w) => /^[\p{Lu}][\p{Ll}\p{M}'’.]*$/u.test(w.normalize("NFC")));
}
