/**
 * Abbreviations of Vietnamese local government, as written in ward and commune news, with their
 * expansions: readable data first, then the look-ups the parser and the search index share
 * ({@link expandAbbreviation}, {@link findAbbreviations}, {@link abbreviationsOf}, {@link abbreviationKey}).
 *
 * Expansions are NFC in the traditional tone style ("Ủy ban", "Văn hóa"), like normalized text.
 * Ambiguous shorts carry context rules: BCH is Ban Chấp hành, but Ban Chỉ huy before "Quân sự";
 * TT is Thường trực, but Trung tâm before "Văn hóa"; CT is Chủ tịch, but Chỉ thị inside "05/CT-TTg".
 * BTV is Ban Thường vụ here (never "biên tập viên").
 */
import { foldWords, isAllCaps } from "./fold.js";
import { PhraseMatcher } from "./phrases.js";
import { tokenize, type Token } from "./tokens.js";
import { isVietnameseSyllable } from "../../normalize/syllable.js";
import type { Span } from "../../schema.js";

/** A context in which an ambiguous abbreviation takes another expansion. */
export interface AbbreviationContext {
  /** The expansion in this context. */
  readonly expansion: string;
  /** Folded words that follow the abbreviation ("quan su" after "BCH"). */
  readonly followedBy?: readonly string[];
  /** Folded words that precede it. */
  readonly precededBy?: readonly string[];
  /** Folded words anywhere in the same sentence ("thanh uy" makes "TU" Thành ủy). */
  readonly near?: readonly string[];
  /** Inside a document number ("05/CT-TTg", "45-KH/ĐU"). */
  readonly inDocumentCode?: boolean;
}

/** What an abbreviation names. */
export type AbbreviationKind = "body" | "role" | "place" | "term" | "document" | "honorific";

/** One abbreviation: its usual written form, other written forms, and what it stands for. */
export interface AbbreviationEntry {
  readonly short: string;
  /** The default expansion (NFC, traditional tone style). */
  readonly expansion: string;
  readonly kind: AbbreviationKind;
  /** Other ways it is written ("UB.MTTQ", "UB MTTQ"). */
  readonly variants?: readonly string[];
  /** Contexts that pick another expansion, tried in order. */
  readonly context?: readonly AbbreviationContext[];
  /** Only inside a document number ("QĐ" in "2875/QĐ-UBND"): alone these letters are too ambiguous. */
  readonly documentOnly?: boolean;
  /** Only when glued to a capital or digit ("P.Linh Trung", "P.7"). */
  readonly glued?: boolean;
}

/** The abbreviations, grouped by what they name. */
export const ABBREVIATIONS: readonly AbbreviationEntry[] = [
  // --- Government, Party, Front and mass organizations -------------------------------------
  { short: "UBND", expansion: "Ủy ban nhân dân", kind: "body", variants: ["UB ND"] },
  { short: "HĐND", expansion: "Hội đồng nhân dân", kind: "body" },
  { short: "UB", expansion: "Ủy ban", kind: "body" },
  { short: "UBMTTQ", expansion: "Ủy ban Mặt trận Tổ quốc", kind: "body", variants: ["UB.MTTQ", "UB MTTQ"] },
  {
    short: "UBMTTQVN",
    expansion: "Ủy ban Mặt trận Tổ quốc Việt Nam",
    kind: "body",
    variants: ["UB MTTQ VN", "UB.MTTQVN", "UB.MTTQ VN", "UBMTTQ VN", "UB MTTQVN"],
  },
  { short: "MTTQ", expansion: "Mặt trận Tổ quốc", kind: "body" },
  { short: "MTTQVN", expansion: "Mặt trận Tổ quốc Việt Nam", kind: "body", variants: ["MTTQ VN"] },
  { short: "UBMT", expansion: "Ủy ban Mặt trận", kind: "body" },
  { short: "ĐU", expansion: "Đảng ủy", kind: "body" },
  { short: "TU", expansion: "Tỉnh ủy", kind: "body", context: [{ expansion: "Thành ủy", near: ["thanh uy"] }] },
  { short: "HU", expansion: "Huyện ủy", kind: "body" },
  { short: "BTV", expansion: "Ban Thường vụ", kind: "body" },
  { short: "BTT", expansion: "Ban Thường trực", kind: "body" },
  {
    short: "BCH",
    expansion: "Ban Chấp hành",
    kind: "body",
    context: [{ expansion: "Ban Chỉ huy", followedBy: ["quan su", "qs"] }],
  },
  { short: "Ban CHQS", expansion: "Ban Chỉ huy Quân sự", kind: "body", variants: ["BCHQS", "BCH QS", "BCH.QS"] },
  { short: "CHQS", expansion: "Chỉ huy Quân sự", kind: "body" },
  { short: "QS", expansion: "Quân sự", kind: "body" },
  { short: "Ban CTMT", expansion: "Ban Công tác Mặt trận", kind: "body" },
  { short: "CTMT", expansion: "Công tác Mặt trận", kind: "body" },
  { short: "UBKT", expansion: "Ủy ban Kiểm tra", kind: "body" },
  { short: "BCĐ", expansion: "Ban Chỉ đạo", kind: "body" },
  { short: "BTC", expansion: "Ban Tổ chức", kind: "body" },
  { short: "BGH", expansion: "Ban Giám hiệu", kind: "body" },
  { short: "BGK", expansion: "Ban Giám khảo", kind: "body" },
  { short: "BQL", expansion: "Ban Quản lý", kind: "body" },
  { short: "TTND", expansion: "Thanh tra nhân dân", kind: "body" },
  { short: "LHPN", expansion: "Liên hiệp Phụ nữ", kind: "body" },
  { short: "HLHPN", expansion: "Hội Liên hiệp Phụ nữ", kind: "body" },
  { short: "LHTN", expansion: "Liên hiệp Thanh niên", kind: "body" },
  { short: "TNCS", expansion: "Thanh niên Cộng sản", kind: "body" },
  { short: "ĐTN", expansion: "Đoàn Thanh niên", kind: "body" },
  { short: "ĐTNCS", expansion: "Đoàn Thanh niên Cộng sản", kind: "body" },
  { short: "ĐVTN", expansion: "đoàn viên thanh niên", kind: "term" },
  { short: "TNTP", expansion: "Thiếu niên Tiền phong", kind: "body" },
  { short: "TNXP", expansion: "thanh niên xung phong", kind: "body" },
  { short: "CCB", expansion: "Cựu chiến binh", kind: "body" },
  { short: "HCCB", expansion: "Hội Cựu chiến binh", kind: "body" },
  { short: "HND", expansion: "Hội Nông dân", kind: "body" },
  { short: "NDVN", expansion: "Nông dân Việt Nam", kind: "body" },
  { short: "LĐLĐ", expansion: "Liên đoàn Lao động", kind: "body" },
  { short: "NCT", expansion: "Người cao tuổi", kind: "body" },
  { short: "CTĐ", expansion: "Chữ thập đỏ", kind: "body" },
  { short: "TW", expansion: "Trung ương", kind: "body", variants: ["TƯ"] },
  { short: "BCT", expansion: "Bộ Chính trị", kind: "body" },
  { short: "UBTVQH", expansion: "Ủy ban Thường vụ Quốc hội", kind: "body" },
  { short: "HĐTĐKT", expansion: "Hội đồng Thi đua - Khen thưởng", kind: "body" },
  { short: "CAND", expansion: "Công an nhân dân", kind: "body" },
  { short: "CA", expansion: "Công an", kind: "body" },
  { short: "CSGT", expansion: "Cảnh sát giao thông", kind: "body" },
  { short: "QĐND", expansion: "Quân đội nhân dân", kind: "body" },
  { short: "LLVT", expansion: "lực lượng vũ trang", kind: "body" },
  { short: "DQTV", expansion: "dân quân tự vệ", kind: "body" },
  { short: "TYT", expansion: "Trạm Y tế", kind: "body" },
  { short: "TTVH", expansion: "Trung tâm Văn hóa", kind: "body" },
  { short: "TTHTCĐ", expansion: "Trung tâm Học tập cộng đồng", kind: "body" },
  { short: "HTCĐ", expansion: "Học tập cộng đồng", kind: "body" },
  { short: "NVH", expansion: "nhà văn hóa", kind: "body" },
  { short: "CLB", expansion: "câu lạc bộ", kind: "body" },
  { short: "HTX", expansion: "hợp tác xã", kind: "body" },
  { short: "BTTTT", expansion: "Bộ Thông tin và Truyền thông", kind: "body" },
  { short: "NN&PTNT", expansion: "Nông nghiệp và Phát triển nông thôn", kind: "body", variants: ["NN-PTNT", "NNPTNT", "NN và PTNT"] },
  { short: "TN&MT", expansion: "Tài nguyên và Môi trường", kind: "body", variants: ["TN-MT", "TNMT"] },
  { short: "LĐ-TB&XH", expansion: "Lao động - Thương binh và Xã hội", kind: "body", variants: ["LĐTBXH", "LĐ-TBXH", "LĐTB&XH"] },
  { short: "GD&ĐT", expansion: "Giáo dục và Đào tạo", kind: "body", variants: ["GD-ĐT", "GDĐT"] },
  { short: "VHTT", expansion: "Văn hóa - Thông tin", kind: "body", variants: ["VH-TT"] },

  // --- Roles and titles -------------------------------------------------------------------
  { short: "BT", expansion: "Bí thư", kind: "role" },
  { short: "PBT", expansion: "Phó Bí thư", kind: "role" },
  { short: "PBTTT", expansion: "Phó Bí thư Thường trực", kind: "role", variants: ["PBT TT", "PBT.TT"] },
  { short: "BTĐU", expansion: "Bí thư Đảng ủy", kind: "role" },
  { short: "PBTĐU", expansion: "Phó Bí thư Đảng ủy", kind: "role" },
  { short: "BTCB", expansion: "Bí thư chi bộ", kind: "role" },
  {
    short: "CT",
    expansion: "Chủ tịch",
    kind: "role",
    context: [{ expansion: "Chỉ thị", inDocumentCode: true }],
  },
  { short: "PCT", expansion: "Phó Chủ tịch", kind: "role" },
  { short: "PCTTT", expansion: "Phó Chủ tịch Thường trực", kind: "role", variants: ["PCT TT"] },
  { short: "UVBTV", expansion: "Ủy viên Ban Thường vụ", kind: "role", variants: ["UV BTV", "UV.BTV", "UV. BTV"] },
  { short: "UVTV", expansion: "Ủy viên Thường vụ", kind: "role" },
  { short: "UVTT", expansion: "Ủy viên Thường trực", kind: "role" },
  { short: "UV", expansion: "Ủy viên", kind: "role" },
  { short: "ĐUV", expansion: "Đảng ủy viên", kind: "role" },
  { short: "TUV", expansion: "Tỉnh ủy viên", kind: "role", context: [{ expansion: "Thành ủy viên", near: ["thanh uy"] }] },
  { short: "HUV", expansion: "Huyện ủy viên", kind: "role" },
  { short: "CHT", expansion: "Chỉ huy trưởng", kind: "role" },
  { short: "CVP", expansion: "Chánh Văn phòng", kind: "role" },
  { short: "GĐ", expansion: "Giám đốc", kind: "role" },
  { short: "PGĐ", expansion: "Phó Giám đốc", kind: "role" },
  { short: "ĐBQH", expansion: "đại biểu Quốc hội", kind: "role" },
  {
    short: "TT",
    expansion: "Thường trực",
    kind: "role",
    context: [
      {
        expansion: "Trung tâm",
        followedBy: ["vh", "van hoa", "htcd", "hoc tap", "y te", "yt", "gdnn", "giao duc", "chinh tri", "the thao", "dich vu", "hanh chinh"],
      },
    ],
  },
  { short: "Đ/c", expansion: "đồng chí", kind: "honorific", variants: ["Đ.c"] },

  // --- Places --------------------------------------------------------------------------------
  { short: "TP", expansion: "thành phố", kind: "place", variants: ["Tp"] },
  { short: "TP.HCM", expansion: "Thành phố Hồ Chí Minh", kind: "place", variants: ["TP HCM", "TPHCM", "TP. HCM", "Tp.HCM"] },
  { short: "HCM", expansion: "Hồ Chí Minh", kind: "place" },
  { short: "VN", expansion: "Việt Nam", kind: "place" },
  { short: "P.", expansion: "phường", kind: "place", glued: true },
  { short: "Q.", expansion: "quận", kind: "place", glued: true },
  { short: "TX", expansion: "thị xã", kind: "place" },
  { short: "TDP", expansion: "tổ dân phố", kind: "place" },
  { short: "KDC", expansion: "khu dân cư", kind: "place" },
  { short: "KP", expansion: "khu phố", kind: "place" },
  { short: "ĐBSCL", expansion: "Đồng bằng sông Cửu Long", kind: "place" },

  // --- Terms of the trade ------------------------------------------------------------------
  {
    short: "KT-XH-QPAN",
    expansion: "kinh tế - xã hội - quốc phòng - an ninh",
    kind: "term",
    variants: ["KTXH-QPAN", "KT-XH-QP-AN", "KTXH - QPAN", "KT-XH - QPAN", "KTXH-QP-AN", "KT - XH - QPAN"],
  },
  { short: "KT-XH", expansion: "kinh tế - xã hội", kind: "term", variants: ["KTXH", "KT - XH"] },
  { short: "QP-AN", expansion: "quốc phòng - an ninh", kind: "term", variants: ["QPAN", "QP - AN"] },
  { short: "VH-XH", expansion: "văn hóa - xã hội", kind: "term", variants: ["VHXH"] },
  { short: "ANCT", expansion: "an ninh chính trị", kind: "term" },
  { short: "ANTT", expansion: "an ninh trật tự", kind: "term" },
  { short: "TTATXH", expansion: "trật tự an toàn xã hội", kind: "term" },
  { short: "TTATGT", expansion: "trật tự an toàn giao thông", kind: "term" },
  { short: "ATGT", expansion: "an toàn giao thông", kind: "term" },
  { short: "CCHC", expansion: "cải cách hành chính", kind: "term" },
  { short: "TTHC", expansion: "thủ tục hành chính", kind: "term" },
  { short: "TĐYN", expansion: "thi đua yêu nước", kind: "term" },
  { short: "TĐKT", expansion: "thi đua, khen thưởng", kind: "term" },
  { short: "ĐHTT", expansion: "điển hình tiên tiến", kind: "term" },
  { short: "NTVT", expansion: "người tốt, việc tốt", kind: "term" },
  { short: "TXCT", expansion: "tiếp xúc cử tri", kind: "term" },
  { short: "LLCT", expansion: "lý luận chính trị", kind: "term" },
  { short: "VSMT", expansion: "vệ sinh môi trường", kind: "term" },
  { short: "NTM", expansion: "nông thôn mới", kind: "term" },
  { short: "ĐTVM", expansion: "đô thị văn minh", kind: "term" },
  { short: "TDTT", expansion: "thể dục thể thao", kind: "term" },
  { short: "THCS", expansion: "trung học cơ sở", kind: "term" },
  { short: "THPT", expansion: "trung học phổ thông", kind: "term" },
  { short: "CNTT", expansion: "công nghệ thông tin", kind: "term" },
  { short: "CĐS", expansion: "chuyển đổi số", kind: "term" },
  { short: "BHYT", expansion: "bảo hiểm y tế", kind: "term" },
  { short: "BHXH", expansion: "bảo hiểm xã hội", kind: "term" },
  { short: "PCCC", expansion: "phòng cháy, chữa cháy", kind: "term" },
  { short: "PCTT", expansion: "phòng, chống thiên tai", kind: "term" },
  { short: "TKCN", expansion: "tìm kiếm cứu nạn", kind: "term" },
  { short: "SXKD", expansion: "sản xuất kinh doanh", kind: "term" },
  { short: "XHCN", expansion: "xã hội chủ nghĩa", kind: "term" },
  { short: "CNH-HĐH", expansion: "công nghiệp hóa, hiện đại hóa", kind: "term", variants: ["CNH, HĐH"] },

  // --- Document numbers ("Kế hoạch số 45-KH/ĐU", "Quyết định số 2875/QĐ-UBND") -----------------
  { short: "QĐ", expansion: "Quyết định", kind: "document", documentOnly: true },
  { short: "KH", expansion: "Kế hoạch", kind: "document", documentOnly: true },
  { short: "NQ", expansion: "Nghị quyết", kind: "document" },
  { short: "TB", expansion: "Thông báo", kind: "document", documentOnly: true },
  { short: "BC", expansion: "Báo cáo", kind: "document", documentOnly: true },
  { short: "HD", expansion: "Hướng dẫn", kind: "document", documentOnly: true },
  { short: "CV", expansion: "Công văn", kind: "document", documentOnly: true },
  { short: "TTr", expansion: "Tờ trình", kind: "document", documentOnly: true },
  { short: "TTg", expansion: "Thủ tướng Chính phủ", kind: "document", documentOnly: true },
  { short: "GP", expansion: "Giấy phép", kind: "document", documentOnly: true },
];

// ---------------------------------------------------------------------------------------------
// Look-ups

/** One abbreviation found in a text. */
export interface AbbreviationHit {
  /** As written ("UB.MTTQ"); `text.slice(span.start, span.end)`. */
  readonly written: string;
  /** The lexicon's usual form ("UBMTTQ"). */
  readonly short: string;
  /** The expansion in this context. */
  readonly expansion: string;
  readonly entry: AbbreviationEntry;
  readonly span: Span;
  /** Token indexes of the hit, in the token array it was found in. */
  readonly from: number;
  readonly to: number;
}

let matcher: PhraseMatcher<AbbreviationEntry> | null = null;
function abbreviationMatcher(): PhraseMatcher<AbbreviationEntry> {
  if (matcher) return matcher;
  const m = new PhraseMatcher<AbbreviationEntry>();
  for (const e of ABBREVIATIONS) for (const form of [e.short, ...(e.variants ?? [])]) m.add(form, e);
  matcher = m;
  return m;
}

const wordsAfter = (tokens: readonly Token[], to: number, n: number): string =>
  tokens
    .slice(to, to + n)
    .filter((t) => t.kind === "word")
    .map((t) => t.key)
    .join(" ");
const wordsBefore = (tokens: readonly Token[], from: number, n: number): string =>
  tokens
    .slice(Math.max(0, from - n), from)
    .filter((t) => t.kind === "word")
    .map((t) => t.key)
    .join(" ");

function startsWithWords(s: string, words: string): boolean {
  return s === words || s.startsWith(words + " ");
}

/** True when tokens[from..to) sit inside a document number: joined by "/" or "-" without spaces to a number. */
function inDocumentCode(tokens: readonly Token[], from: number, to: number): boolean {
  let hasNumber = false;
  let joined = false;
  for (let k = from - 1; k >= 0 && k >= from - 8; k--) {
    const t = tokens[k + 1]!;
    if (t.gap !== "none") break;
    const p = tokens[k]!;
    if (p.kind === "punct" && p.key !== "/" && p.key !== "-") break;
    if (p.kind === "punct") joined = true;
    if (/^\d+$/.test(p.text)) hasNumber = true;
  }
  for (let k = to; k < tokens.length && k < to + 8; k++) {
    const t = tokens[k]!;
    if (t.gap !== "none") break;
    if (t.kind === "punct" && t.key !== "/" && t.key !== "-") break;
    if (t.kind === "punct") joined = true;
    if (/^\d+$/.test(t.text)) hasNumber = true;
  }
  return joined && hasNumber;
}

function sentenceWords(tokens: readonly Token[], from: number, to: number): string {
  let a = from;
  while (a > 0 && !(tokens[a - 1]!.text === "." || tokens[a - 1]!.text === ";" || tokens[a]!.gap === "newline")) a--;
  let b = to;
  while (b < tokens.length && !(tokens[b]!.text === "." || tokens[b]!.text === ";" || tokens[b]!.gap === "newline")) b++;
  return " " + wordsBefore(tokens, from, from - a) + " " + wordsAfter(tokens, to, b - to) + " ";
}

function resolve(entry: AbbreviationEntry, tokens: readonly Token[], from: number, to: number): string {
  for (const c of entry.context ?? []) {
    if (c.inDocumentCode && !inDocumentCode(tokens, from, to)) continue;
    if (c.followedBy && !c.followedBy.some((w) => startsWithWords(wordsAfter(tokens, to, 4), w))) continue;
    if (c.precededBy && !c.precededBy.some((w) => (" " + wordsBefore(tokens, from, 4)).endsWith(" " + w))) continue;
    if (c.near && !c.near.some((w) => sentenceWords(tokens, from, to).includes(" " + w + " "))) continue;
    return c.expansion;
  }
  return entry.expansion;
}

/** True when every letter of the written form that the lexicon writes in capitals is a capital here. */
function capsAgree(entry: AbbreviationEntry, written: string): boolean {
  const letters = written.replace(/[^\p{L}]/gu, "");
  if (letters.length !== 1) return true; // longer forms were checked by the matcher, token by token
  return !isAllCaps(entry.short.replace(/[^\p{L}]/gu, "")) || isAllCaps(letters);
}

/**
 * True for a one-word hit that is also a Vietnamese syllable ("CA", "TU") next to another word in
 * capitals that is no abbreviation: a line written in capitals ("CHƯƠNG TRÌNH CA NHẠC"), not an abbreviation.
 */
function inCapitalsLine(tokens: readonly Token[], from: number, to: number, m: PhraseMatcher<AbbreviationEntry>): boolean {
  if (to - from !== 1 || !isVietnameseSyllable(tokens[from]!.text.toLowerCase())) return false;
  const capsWord = (k: number) => {
    const t = tokens[k];
    return !!t && t.kind === "word" && (t.caps || /^\p{Lu}$/u.test(t.text)) && !m.matchAt(tokens, k);
  };
  const sameLine = (k: number) => tokens[k]?.gap !== "newline";
  return (from > 0 && sameLine(from) && capsWord(from - 1)) || (sameLine(to) && capsWord(to));
}

/**
 * The lexicon abbreviations in already tokenized text, each with its expansion in context.
 * Longest match wins ("UB MTTQ VN" over "UB"); document-only shorts only inside document numbers.
 *
 * @example
 * ```ts
 * const text = "BCH Quân sự phường";
 * findAbbreviationsInTokens(text, tokenize(text))[0]?.expansion; // "Ban Chỉ huy"
 * ```
 */
export function findAbbreviationsInTokens(text: string, tokens: readonly Token[]): AbbreviationHit[] {
  const m = abbreviationMatcher();
  const out: AbbreviationHit[] = [];
  for (let i = 0; i < tokens.length; ) {
    const hit = m.matchAt(tokens, i);
    const entry = hit?.values[0];
    if (!hit || !entry) {
      i++;
      continue;
    }
    const start = tokens[hit.from]!.start;
    const end = tokens[hit.to - 1]!.end;
    const written = text.slice(start, end);
    const next = tokens[hit.to];
    const ok =
      capsAgree(entry, written) &&
      !inCapitalsLine(tokens, hit.from, hit.to, m) &&
      (!entry.documentOnly || inDocumentCode(tokens, hit.from, hit.to)) &&
      (!entry.glued || (!!next && next.gap === "none" && /^[\p{Lu}\d]/u.test(next.text)));
    if (!ok) {
      i++;
      continue;
    }
    out.push({ written, short: entry.short, expansion: resolve(entry, tokens, hit.from, hit.to), entry, span: { start, end }, from: hit.from, to: hit.to });
    i = hit.to;
  }
  return out;
}

/**
 * Every lexicon abbreviation in a text, with its context-resolved expansion and span.
 *
 * @example
 * ```ts
 * findAbbreviations("Chủ tịch UB.MTTQ xã").map((h) => [h.written, h.expansion]);
 * // [["UB.MTTQ", "Ủy ban Mặt trận Tổ quốc"]]
 * ```
 */
export function findAbbreviations(text: string): AbbreviationHit[] {
  return findAbbreviationsInTokens(text, tokenize(text));
}

/**
 * The expansion of one abbreviation; with `contextText` (the sentence it was read in), the
 * context-resolved one. Null when the lexicon does not know the short.
 *
 * @example
 * ```ts
 * expandAbbreviation("UBND");                      // "Ủy ban nhân dân"
 * expandAbbreviation("BCH", "BCH Quân sự phường"); // "Ban Chỉ huy"
 * expandAbbreviation("BCH", "BCH Đoàn xã");        // "Ban Chấp hành"
 * ```
 */
export function expandAbbreviation(short: string, contextText?: string): string | null {
  const entry = lookup(short);
  if (!entry) return null;
  if (contextText) {
    const hit = findAbbreviations(contextText).find((h) => h.entry === entry);
    if (hit) return hit.expansion;
  }
  return entry.expansion;
}

let byForm: Map<string, AbbreviationEntry> | null = null;
/** The entry for a written form (any variant), by its folded words; null when unknown. */
function lookup(short: string): AbbreviationEntry | null {
  if (!byForm) {
    byForm = new Map();
    for (const e of ABBREVIATIONS) for (const f of [e.short, ...(e.variants ?? [])]) if (!byForm.has(foldWords(f))) byForm.set(foldWords(f), e);
  }
  return byForm.get(foldWords(short)) ?? null;
}

/**
 * The abbreviations that stand for a phrase (folded comparison): the reverse look-up for query expansion.
 *
 * @example
 * ```ts
 * abbreviationsOf("Ủy ban nhân dân"); // ["UBND", "UB ND"]
 * abbreviationsOf("uy ban mat tran to quoc"); // ["UBMTTQ", "UB.MTTQ", "UB MTTQ"]
 * ```
 */
export function abbreviationsOf(phrase: string): string[] {
  const key = foldWords(phrase);
  const out: string[] = [];
  for (const e of ABBREVIATIONS) {
    const expansions = [e.expansion, ...(e.context ?? []).map((c) => c.expansion)];
    if (expansions.some((x) => foldWords(x) === key)) out.push(e.short, ...(e.variants ?? []));
  }
  return out;
}

/**
 * A comparison key for a phrase: folded words with every abbreviation replaced by its folded expansion,
 * so two wordings of one office compare equal.
 *
 * @example
 * ```ts
 * abbreviationKey("PBT TT Đảng uỷ xã") === abbreviationKey("Phó Bí thư Thường trực Đảng ủy xã"); // true
 * abbreviationKey("CT UBMTTQVN phường"); // "chu tich uy ban mat tran to quoc viet nam phuong"
 * ```
 */
export function abbreviationKey(phrase: string): string {
  const tokens = tokenize(phrase);
  const hits = findAbbreviationsInTokens(phrase, tokens);
  const words: string[] = [];
  let h = 0;
  for (let i = 0; i < tokens.length; i++) {
    const hit = hits[h];
    if (hit && i === hit.from) {
      words.push(foldWords(hit.expansion));
      i = hit.to - 1;
      h++;
      continue;
    }
    const t = tokens[i]!;
    if (t.kind === "word") words.push(t.key);
  }
  return words.join(" ").replace(/\s+/g, " ").trim();
}
