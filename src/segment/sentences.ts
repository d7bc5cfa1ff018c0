/**
 * Sentence spans over the normalized body. A sentence ends at . ! ? … (and any closing quotes or brackets)
 * when a space and an upper-case letter or an opening quote follow; at a period glued to a capitalized word
 * ("thi đua.Cuộc vận động", a caption glued to the next sentence); and at every line break. It does not end
 * inside numbers (07.01.2021, 77.629), after abbreviations ("TP. Thanh Hóa", "PCT. HĐND") or initials
 * ("Ảnh: H.T"), nor at ";" or ":".
 */
import type { Span } from "../schema.js";
import { isJsSpace } from "../clean/probe.js";

/** Words that take a period without ending a sentence (compared case-sensitively, without the period). */
export const SENTENCE_ABBREVIATIONS: readonly string[] = [
  "TP", "Tp", "tp", "P", "Q", "H", "X", "TX", "TT", "T.T", "TS", "ThS", "Th.S", "PGS", "GS", "BS", "BSCKI", "BSCKII",
  "KS", "CN", "NSND", "NSƯT", "NGND", "NGƯT", "Đ.c", "đ.c", "UB", "PCT", "CT", "Ths", "St", "Mr", "Mrs", "Ms", "Dr",
  "v.v", "tr", "Tr", "Đ/c", "đ/c",
];
/** Words before a one-letter Roman numeral ("quý I.", "khóa X."), which, unlike an initial, may end a sentence. */
export const ROMAN_CONTEXT: readonly string[] = ["quý", "khóa", "khoá", "kỳ", "lần", "thứ", "phần", "chương", "mục", "đợt", "tập", "cấp", "hạng", "loại"];
const ROMAN_WORDS = new Set(ROMAN_CONTEXT);
/** What may stand before a period glued to the next sentence: a lower-case letter, a mark, a digit, "%", ")", a closing quote. */
const GLUE_BEFORE = /[\p{Ll}\p{M}\p{N}%)”"]/u;
const ABBREVIATIONS = new Set(SENTENCE_ABBREVIATIONS);

const CLOSERS = "\"”’'»)]";
const OPENERS = "\"“‘'«([";

// Character tests on one UTF-16 code unit, as the string tests `text[i]` would give (a lone surrogate is no
// letter), cached per code unit: bit 1 upper case, 2 lower case, 4 space other than "\n", 8 word character,
// 16 a bullet or symbol that starts a sentence, 32 letter or number; 64 marks the entry as computed.
const UPPER = 1;
const LOWER = 2;
const SPACE = 4;
const WORD = 8;
const BULLET = 16;
const CONTENT = 32;
let unitClasses: Uint8Array | undefined;

function unitClass(c: number): number {
  const t = unitClasses ?? (unitClasses = new Uint8Array(65536));
  let v = t[c]!;
  if (v === 0) {
    const ch = String.fromCharCode(c);
    v = 64;
    if (/\p{Lu}/u.test(ch)) v |= UPPER;
    if (/\p{Ll}/u.test(ch)) v |= LOWER;
    if (ch !== "\n" && /\s/.test(ch)) v |= SPACE;
    if (/[\p{L}\p{M}\p{N}./]/u.test(ch)) v |= WORD;
    if (/[\p{So}\p{Sk}•▪●■◆✓✔✅➢➤►-]/u.test(ch)) v |= BULLET;
    if (/[\p{L}\p{N}]/u.test(ch)) v |= CONTENT;
    t[c] = v;
  }
  return v;
}

/** The class bits of the code unit at `i`, 0 past the end of the text. */
const classAt = (text: string, i: number): number => (i >= 0 && i < text.length ? unitClass(text.charCodeAt(i)) : 0);
const isUpper = (text: string, i: number) => (classAt(text, i) & UPPER) !== 0;
const isLower = (text: string, i: number) => (classAt(text, i) & LOWER) !== 0;
const isSpace = (text: string, i: number) => (classAt(text, i) & SPACE) !== 0;
const isWordChar = (text: string, i: number) => (classAt(text, i) & WORD) !== 0;
const isTerminator = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;

const astralContent = new Map<number, boolean>();
/** True when `text.slice(a, b)` holds a letter or a number (code points, as the u flag reads them). */
function hasContent(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < b) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
        let v = astralContent.get(cp);
        if (v === undefined) {
          v = /[\p{L}\p{N}]/u.test(String.fromCodePoint(cp));
          if (astralContent.size < 4096) astralContent.set(cp, v);
        }
        if (v) return true;
        i++;
        continue;
      }
    }
    if (unitClass(c) & CONTENT) return true;
  }
  return false;
}

/** The word just before position `i` (letters, marks, digits, dots and slashes), e.g. "TP" or "T.T" or "UB.MTTQ". */
function wordBefore(text: string, i: number, floor: number): string {
  let s = i;
  while (s > floor && s - i < 40 && isWordChar(text, s - 1)) s--;
  return text.slice(s, i);
}

/** True when the period at `i` belongs to an abbreviation or an initial rather than ending a sentence. */
function isAbbreviationPeriod(text: string, i: number, floor: number): boolean {
  const word = wordBefore(text, i, floor).normalize("NFC");
  if (!word) return false;
  if (/^[IVX]$/.test(word) && isRomanContext(text, i - 1, floor)) return false;
  if (ABBREVIATIONS.has(word)) return true;
  const last = word.split(/[./]/).filter(Boolean).pop() ?? "";
  if (/^\p{L}$/u.test(last)) return true; // an initial: "H.", "Nguyễn V. An", "Ảnh: T.T."
  return ABBREVIATIONS.has(last) && word.includes(".");
}

/** True when the word before the letter at `i` introduces a Roman numeral ("quý I", "khóa X"). */
function isRomanContext(text: string, i: number, floor: number): boolean {
  let e = i;
  while (e > floor && isJsSpace(text.charCodeAt(e - 1))) e--;
  if (e === i) return false;
  return ROMAN_WORDS.has(wordBefore(text, e, floor).normalize("NFC").toLowerCase());
}

/**
 * Splits the block `block` of `text` into sentence spans (end-exclusive, trimmed of surrounding whitespace).
 * Spans never leave the block, never overlap and come in order.
 *
 * @example
 * ```ts
 * const text = "Năm 2022, MTTQ phát động thi đua.Cuộc vận động được duy trì. Tại TP. Thanh Hóa, hội nghị diễn ra.";
 * splitSentences(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));
 * // ["Năm 2022, MTTQ phát động thi đua.", "Cuộc vận động được duy trì.", "Tại TP. Thanh Hóa, hội nghị diễn ra."]
 * ```
 */
export function splitSentences(text: string, block: Span): Span[] {
  const start0 = Math.max(0, Math.min(block.start, text.length));
  const end = Math.max(start0, Math.min(block.end, text.length));
  const out: Span[] = [];
  let start = start0;
  const emit = (a: number, b: number) => {
    while (a < b && isJsSpace(text.charCodeAt(a))) a++;
    while (b > a && isJsSpace(text.charCodeAt(b - 1))) b--;
    if (b > a) out.push({ start: a, end: b });
  };

  let i = start0;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      emit(start, i);
      start = i + 1;
      i++;
      continue;
    }
    if (!isTerminator(c)) {
      i++;
      continue;
    }
    // A run of terminators, then closing quotes or brackets: "...", "?!", ".”", ".)".
    let j = i;
    while (j < end && isTerminator(text.charCodeAt(j))) j++;
    while (j < end && CLOSERS.includes(text[j]!) && j - i < 6) j++;
    if (!hasContent(text, start, i)) {
      i = j;
      continue; // "? Tháo dỡ ...": a lost bullet, not a sentence end
    }
    const single = j - i === 1 && c === 0x2e;
    if (isSpace(text, j)) {
      let k = j;
      while (k < end && isSpace(text, k)) k++;
      const startsNew = k >= end || text.charCodeAt(k) === 10 || isUpper(text, k) || (k < text.length && OPENERS.includes(text[k]!)) || (classAt(text, k) & BULLET) !== 0;
      if (startsNew && !(single && isAbbreviationPeriod(text, i, start))) {
        emit(start, j);
        start = j;
      }
      i = j;
      continue;
    }
    // A period glued to a capitalized word: "thi đua.Cuộc", "2,1%.Xã", "đại hội.Đồng chí".
    if (single && j < end && isUpper(text, j) && isLower(text, j + 1) && i > 0 && GLUE_BEFORE.test(text[i - 1]!)) {
      const word = wordBefore(text, i, start);
      if (!/[./]/.test(word) && !(word.length === 1 && /\p{L}/u.test(word))) {
        emit(start, j);
        start = j;
      }
    }
    i = j;
  }
  emit(start, end);
  return out;
}
