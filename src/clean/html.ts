/**
 * HTML to lines: one streaming pass with htmlparser2's Parser (no DOM, no recursion, so 10,000 levels of
 * nesting cost nothing but a stack array). Scripts, styles, navigation, headers, footers, asides, forms,
 * widgets and chrome-named containers are skipped; block elements end lines; <br> breaks a line; figcaption and
 * caption-named elements give caption lines; img alt text is never read. The main content is the deepest
 * container holding most of the page's paragraph text. Nothing is executed or fetched.
 */
import { Parser } from "htmlparser2";
import { CHROME_NAMES, CONTENT_NAMES, SITE_NAME_WORDS } from "./boilerplate.js";
import { foldLower, indentOf, isAllCaps, nonSpaceLength, probe, wordCount } from "./probe.js";
import type { Unit } from "./pipeline.js";
import { isPostingLine } from "./posting.js";
import { isSiteName } from "./chrome.js";

/** What the markup gives the line steps. */
export interface HtmlExtract {
  /** Lines of the main content, in order. */
  units: Unit[];
  /** The headline: h1, else og:title, else a title-named heading, else <title>, without the site name. */
  title: string | null;
  /** Posting lines outside the main content (nearest first), then meta publishing times. */
  outsidePostingLines: string[];
}

const SKIP_TAGS = new Set([
  "script", "style", "noscript", "template", "iframe", "frame", "frameset", "svg", "math", "head", "nav", "aside",
  "button", "select", "option", "optgroup", "textarea", "input", "label", "menu", "object", "embed", "canvas",
  "video", "audio", "map", "dialog", "footer", "header", "datalist", "output", "meter", "progress", "applet",
]);
const BLOCK_TAGS = new Set([
  "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "table", "thead", "tbody",
  "tfoot", "tr", "td", "th", "caption", "figure", "figcaption", "blockquote", "section", "article", "main", "header",
  "footer", "aside", "nav", "pre", "address", "center", "hr", "form", "fieldset", "details", "summary", "body", "html",
  "legend", "hgroup", "picture",
]);
const CANDIDATE_TAGS = new Set(["div", "article", "main", "section", "td", "body", "html", "center", "form", "table", "tbody", "tr"]);
const HEADING = /^h[1-6]$/;
const CAPTION_NAME = /caption|chu-?thich|(?:image|photo|img|pic)[-_]?desc|(?:^|[-_ ])desc(?:$|[-_ ])/;
/** meta names that carry the publishing time, best first. */
const META_DATES = ["article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate", "date", "dc.date.issued", "article:modified_time"];
/** Chrome words that lose to a content word in the same class name ("article-header" is content). */
const WEAK_CHROME = new Set(["header", "tool", "tag", "tags", "source", "author", "byline", "logo", "print", "stats"]);
const CHROME = new Set(CHROME_NAMES.map((n) => n.toLowerCase()));
const CONTENT = new Set(CONTENT_NAMES);
const STRONG_CONTENT = /(?:^|[-_ ])(?:article|detail|details|post|entry|story|noidung|chitiet|baiviet|news-?content|content-?detail)(?:$|[-_ ])/;
/** class/id of a headline element ("news-title", "ArticleTitle", "tieu-de"), not of a widget or section heading. */
const TITLE_NAME = /title|tieu-?de|tieude|headline/;
const NOT_TITLE_NAME = /(?:box|sub|site|page|widget|block|cate|category|menu|module|section|footer|sidebar|other|related|list)[-_ ]?(?:title|tieu-?de|tieude|headline)/;
const isTitleName = (name: string) => TITLE_NAME.test(name) && !NOT_TITLE_NAME.test(name);
/** The longest block read as the caption of the image just before it. */
const IMAGE_CAPTION_MAX = 300;
/** Paragraph text (characters outside links) a line needs to count towards its container. */
const MIN_PARAGRAPH_CHARS = 40;

interface Frame {
  tag: string;
  /** Index into cands when this element is a container candidate, else -1. */
  cand: number;
  /** What opening this element switched on, to switch off when it closes. */
  protect: boolean;
  caption: boolean;
  link: boolean;
  heading: boolean;
  svg: boolean;
  italic: boolean;
  center: boolean;
  titleNamed: boolean;
}
interface Cand {
  tag: string;
  name: string;
  parent: number;
  depth: number;
  startUnit: number;
  endUnit: number;
  score: number;
}
interface RawUnit {
  text: string;
  hint: Unit["hint"];
  group: number;
  linky: boolean;
  headingTag: string | null;
  titleNamed: boolean;
}

/** class and id of an element as one lower-case string. */
function nameOf(attribs: Record<string, string>): string {
  return `${attribs.class ?? ""} ${attribs.id ?? ""}`.toLowerCase().trim();
}

/**
 * True when a class/id string names chrome ("sidebar", "tin-khac", "share-box"); a weak chrome word next to a
 * content word ("article-header") does not count.
 *
 * @example
 * ```ts
 * isChromeName("box-tin-khac"); // true
 * isChromeName("article-header"); // false
 * ```
 */
export function isChromeName(name: string): boolean {
  if (!name) return false;
  for (const token of name.split(/\s+/)) {
    if (CHROME.has(token)) return true;
    const parts = token.split(/[-_]/).filter(Boolean);
    const joined = parts.join("-");
    if (CHROME.has(joined)) return true;
    const hasContent = parts.some((p) => CONTENT.has(p));
    for (const p of parts) {
      if (!CHROME.has(p)) continue;
      if (WEAK_CHROME.has(p) && hasContent) continue;
      return true;
    }
    for (let i = 0; i + 1 < parts.length; i++) if (CHROME.has(`${parts[i]}-${parts[i + 1]}`)) return true;
  }
  return false;
}

function isHidden(attribs: Record<string, string>): boolean {
  if ("hidden" in attribs) return true;
  if ((attribs["aria-hidden"] ?? "").toLowerCase() === "true") return true;
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(attribs.style ?? "");
}

/**
 * Reads an HTML page: the main content's lines, the headline and the posting lines found around it.
 * Never throws; broken, truncated and absurdly nested markup gives what text it has.
 *
 * @example
 * ```ts
 * const x = extractHtml("<html><body><nav>Trang chủ</nav><article><h1>Tin A</h1><p>Sáng ngày 1/2/2024, xã tổ chức hội nghị tổng kết công tác năm.</p></article></body></html>");
 * x.title; // "Tin A"
 * x.units.map((u) => u.raw); // ["Tin A", "Sáng ngày 1/2/2024, xã tổ chức hội nghị tổng kết công tác năm."]
 * ```
 */
export function extractHtml(html: string): HtmlExtract {
  const stack: Frame[] = [];
  const cands: Cand[] = [{ tag: "#root", name: "", parent: -1, depth: 0, startUnit: 0, endUnit: 0, score: 0 }];
  const candStack: number[] = [0];
  const units: RawUnit[] = [];
  const metas: Record<string, string> = {};
  let skipDepth = -1; // stack length at which skipping started; -1 when not skipping
  let inTitle = false;
  let titleDone = false;
  let titleTag = "";
  let svgDepth = 0;
  let captionDepth = 0;
  let linkDepth = 0;
  let headingTag: string | null = null;
  let headingTitleNamed = false;
  let protectHeader = 0; // inside article/main: a <header> there holds the headline, keep it
  let buf = "";
  let linkChars = 0;
  let bufHint: Unit["hint"] | null = null;
  let bufHeading: string | null = null;
  let bufTitleNamed = false;
  let bufAllItalic = true;
  let bufCentered = false;
  let italicDepth = 0;
  let titleNamedDepth = 0;
  let centerDepth = 0;
  /** An image was just shown: an italic or centred short block right after it is its caption. */
  let afterImage = false;
  let group = 0;

  const flush = () => {
    if (bufHint !== null) {
      const letters = nonSpaceLength(buf);
      const linky = letters > 0 && linkChars / letters > 0.6;
      if (bufHint === "paragraph" && afterImage && (bufAllItalic || bufCentered) && buf.length <= IMAGE_CAPTION_MAX) bufHint = "caption";
      afterImage = false;
      group++;
      // An empty line (<br><br>) is a paragraph break inside the block: the lines after it form a new group.
      for (const line of buf.split("\n")) {
        const t = line.trim();
        if (!probe(t)) group++;
        else units.push({ text: t, hint: bufHint, group, linky, headingTag: bufHeading, titleNamed: bufTitleNamed });
      }
      const nonLink = letters - linkChars;
      if (!linky && bufHint !== "heading" && nonLink >= MIN_PARAGRAPH_CHARS) cands[candStack[candStack.length - 1]!]!.score += nonLink;
    }
    buf = "";
    linkChars = 0;
    bufHint = null;
    bufHeading = null;
    bufTitleNamed = false;
    bufAllItalic = true;
    bufCentered = false;
  };

  const closeFrame = (frame: Frame): void => {
    if (frame.svg) svgDepth--;
    if (skipDepth >= 0) {
      if (stack.length === skipDepth) skipDepth = -1;
      return;
    }
    if (BLOCK_TAGS.has(frame.tag)) flush();
    if (frame.protect) protectHeader--;
    if (frame.caption) captionDepth--;
    if (frame.link) linkDepth--;
    if (frame.italic) italicDepth--;
    if (frame.titleNamed) titleNamedDepth--;
    if (frame.center) centerDepth--;
    if (frame.heading) {
      headingTag = null;
      headingTitleNamed = false;
    }
    if (frame.cand >= 0) {
      const c = cands[frame.cand]!;
      c.endUnit = units.length;
      candStack.pop();
      const parent = cands[c.parent];
      if (parent) parent.score += c.score;
    }
  };

  const parser = new Parser(
    {
      onopentag(tag, attribs) {
        const frame: Frame = { tag, cand: -1, protect: false, caption: false, link: false, heading: false, svg: tag === "svg", italic: false, center: false, titleNamed: false };
        if (frame.svg) svgDepth++;
        if (tag === "title" && !titleDone && svgDepth === 0) inTitle = true;
        if (tag === "meta") {
          const key = (attribs.property ?? attribs.name ?? attribs.itemprop ?? "").toLowerCase();
          if (key && attribs.content !== undefined && !(key in metas)) metas[key] = attribs.content;
        }
        if (skipDepth < 0) {
          if (BLOCK_TAGS.has(tag)) flush();
          const name = nameOf(attribs);
          const skipTag = SKIP_TAGS.has(tag) && !(tag === "header" && protectHeader > 0);
          const skipForm = tag === "form" && /search|login|tim-?kiem|dang-?nhap|subscribe|comment/.test(name);
          if (skipTag || skipForm || isChromeName(name) || isHidden(attribs)) skipDepth = stack.length;
          else {
            if (CANDIDATE_TAGS.has(tag)) {
              const parent = candStack[candStack.length - 1]!;
              frame.cand = cands.length;
              cands.push({ tag, name, parent, depth: cands[parent]!.depth + 1, startUnit: units.length, endUnit: units.length, score: 0 });
              candStack.push(frame.cand);
            }
            frame.protect = tag === "article" || tag === "main" || STRONG_CONTENT.test(name);
            frame.caption = tag === "figcaption" || tag === "caption" || CAPTION_NAME.test(name);
            frame.link = tag === "a";
            frame.heading = HEADING.test(tag);
            frame.italic = tag === "em" || tag === "i";
            frame.center = tag === "center" || /text-align\s*:\s*center/i.test(attribs.style ?? "") || (attribs.align ?? "").toLowerCase() === "center";
            frame.titleNamed = isTitleName(name);
            if (frame.titleNamed) titleNamedDepth++;
            if (frame.italic) italicDepth++;
            if (frame.center) centerDepth++;
            if (tag === "img" && bufHint === null) afterImage = true;
            if (frame.protect) protectHeader++;
            if (frame.caption) captionDepth++;
            if (frame.link) linkDepth++;
            if (frame.heading) {
              headingTag = tag;
              headingTitleNamed = isTitleName(name);
            }
            if (tag === "br") buf += "\n";
          }
        }
        stack.push(frame);
      },
      ontext(data) {
        if (inTitle) {
          titleTag += data;
          return;
        }
        if (skipDepth >= 0) return;
        // runs of HTML white space to one space (a lone " " is left alone: the same string, fewer replacements)
        const text = data.replace(/[ \t\n\r\f]{2,}|[\t\n\r\f]/g, " ");
        if (bufHint === null) {
          if (!text.trim()) return;
          bufHint = captionDepth > 0 ? "caption" : headingTag ? "heading" : "paragraph";
          bufHeading = headingTag;
          bufTitleNamed = headingTitleNamed || titleNamedDepth > 0;
          bufCentered = centerDepth > 0;
        }
        if (italicDepth === 0 && text.trim()) bufAllItalic = false;
        buf += text;
        if (linkDepth > 0) linkChars += nonSpaceLength(text);
      },
      onclosetag(tag) {
        if (tag === "title" && inTitle) {
          inTitle = false;
          titleDone = true;
        }
        // htmlparser2 closes implied elements one by one, so the matching frame is normally the top.
        let idx = stack.length - 1;
        while (idx >= 0 && stack[idx]!.tag !== tag) idx--;
        if (idx < 0) return;
        while (stack.length > idx) closeFrame(stack.pop()!);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );

  try {
    parser.write(html);
    parser.end();
  } catch {
    // htmlparser2 does not throw on bad markup; should it ever, what was read so far is used.
  }
  while (stack.length) closeFrame(stack.pop()!);
  flush();
  cands[0]!.endUnit = units.length;

  const main = chooseContainer(cands);
  const title = chooseTitle(units, metas, titleTag);
  const inside: Unit[] = [];
  for (let i = main.startUnit; i < main.endUnit; i++) {
    const u = units[i]!;
    if (u.linky && u.headingTag !== "h1") continue;
    inside.push({ raw: u.text.trim(), text: probe(u.text), hint: u.hint, group: u.group, indent: indentOf(u.text) });
  }
  const outsidePostingLines: string[] = [];
  for (let i = main.startUnit - 1; i >= 0; i--) if (isPostingLine(units[i]!.text)) outsidePostingLines.push(units[i]!.text.trim());
  for (let i = main.endUnit; i < units.length; i++) if (isPostingLine(units[i]!.text)) outsidePostingLines.push(units[i]!.text.trim());
  for (const key of META_DATES) {
    const v = metas[key];
    if (v && /\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{4}/.test(v)) outsidePostingLines.push(v.trim());
  }
  return { units: inside, title, outsidePostingLines };
}

/**
 * The main-content container: the deepest candidate holding at least 80% of the page's paragraph text, widened
 * to an enclosing <article> or article-named element when that adds little paragraph text (the headline, the
 * posting line and a lede often sit just outside the body container).
 */
function chooseContainer(cands: readonly Cand[]): Cand {
  const root = cands[0]!;
  const total = root.score;
  if (total <= 0) return root;
  let best = root;
  for (const c of cands) if (c.score >= total * 0.8 && c.depth > best.depth) best = c;
  let up = cands[best.parent];
  for (let steps = 0; up && steps < 3; steps++, up = cands[up.parent]) {
    if (up === root || up.tag === "body" || up.tag === "html") break;
    if ((up.tag === "article" || up.tag === "main" || STRONG_CONTENT.test(up.name)) && up.score <= best.score * 1.25) {
      best = up;
      break;
    }
  }
  return best;
}

/**
 * The headline: an h1 (not a site name); else a title-named element or early heading that agrees with the
 * page's <title> or og:title; else og:title; else the first title-named element; else <title>. Site names are
 * stripped from <title> and og:title.
 */
function chooseTitle(units: readonly RawUnit[], metas: Record<string, string>, titleTag: string): string | null {
  const ok = (s: string | undefined | null): s is string => !!s && wordCount(probe(s)) >= 3 && probe(s).length <= 300 && !isSiteName(probe(s));
  const h1 = units.find((u) => u.headingTag === "h1" && ok(u.text));
  if (h1) return probe(h1.text);
  const og = metas["og:title"] ?? metas["twitter:title"];
  const pageTitles = [og, titleTag].filter(ok).map((t) => foldLower(stripSiteName(probe(t))));
  const named = units.filter((u) => (u.titleNamed || (u.headingTag && u.headingTag <= "h3")) && ok(u.text)).slice(0, 20);
  const agrees = named.find((u) => {
    const k = foldLower(probe(u.text));
    return pageTitles.some((t) => t === k || (t.length >= 12 && k.includes(t)) || (k.length >= 12 && t.includes(k)));
  });
  if (agrees) return probe(agrees.text);
  if (ok(og)) return stripSiteName(probe(og));
  const firstNamed = named.find((u) => u.titleNamed);
  if (firstNamed) return probe(firstNamed.text);
  if (ok(titleTag)) return stripSiteName(probe(titleTag));
  return null;
}

/** A title part without the separators around it (a loop, not a backtracking regex). */
function trimSeparators(s: string): string {
  const sep = " \t|–—:-";
  let a = 0;
  let b = s.length;
  while (a < b && sep.includes(s[a]!)) a++;
  while (b > a && sep.includes(s[b - 1]!)) b--;
  return s.slice(a, b);
}

const SITE_WORDS = SITE_NAME_WORDS.map((w) => foldLower(w));

/**
 * Removes a site name from the end (or start) of a page title: "Tin A - Cổng thông tin điện tử phường Đông Vệ"
 * gives "Tin A". A part without site words ("kinh tế - xã hội năm 2023") stays.
 *
 * @example
 * ```ts
 * stripSiteName("Hội CCB phường Tân An kỷ niệm 35 năm | Báo Đắk Lắk điện tử"); // "Hội CCB phường Tân An kỷ niệm 35 năm"
 * ```
 */
export function stripSiteName(title: string): string {
  const parts = title.split(/ {1,3}[|–—-] {1,3}| {0,3}:: {0,3}|\|/).map((p) => p.trim());
  if (parts.length < 2) return title;
  const isSite = (p: string) => {
    const low = ` ${foldLower(p)} `;
    return SITE_WORDS.some((w) => (w.startsWith(".") ? low.includes(w) : low.includes(` ${w} `))) || (isAllCaps(p) && wordCount(p) <= 4);
  };
  const last = parts[parts.length - 1]!;
  if (isSite(last)) {
    const cut = title.lastIndexOf(last);
    return trimSeparators(title.slice(0, cut)) || title;
  }
  const first = parts[0]!;
  if (isSite(first)) return trimSeparators(title.slice(title.indexOf(first) + first.length)) || title;
  return title;
}
