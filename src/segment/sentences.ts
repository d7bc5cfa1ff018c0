/**
 * Sentence spans over the normalized body. A sentence ends at . ! ? … (and any closing quotes or brackets)
 * when a space and an upper-case letter or an opening quote follow; at a period glued to a capitalized word
 * ("thi đua.Cuộc vận động", a caption glued to the next sentence); and at every line break. It does not end
 * inside numbers (07.01.2021, 77.629), after abbreviations ("TP. Thanh Hóa", "PCT. HĐND") or initials
 * ("Ảnh: H.T"), nor at ";" or ":".
 */
import type { Span } from "../schema.js";

/** Words that take a period without ending a sentence (compared case-sensitively, without the period). */
export const SENTENCE_ABBREVIATIONS: readonly string[] = [
  "TP", "Tp", "tp", "P", "Q", "H", "X", "TX", "TT", "T.T", "TS", "ThS", "Th.S", "PGS", "GS", "BS", "BSCKI", "BSCKII",
  "KS", "CN", "NSND", "NSƯT", "NGND", "NGƯT", "Đ.c", "đ.c", "UB", "PCT", "CT", "Ths", "St", "Mr", "Mrs", "Ms", "Dr",
  "v.v", "tr", "Tr", "Đ/c", "đ/c",
];
/** Words before a one-letter Roman numeral ("quý I.", "khóa X."), which, unlike an initial, may end a sentence. */
export const ROMAN_CONTEXT: readonly string[] = ["quý", "khóa", "khoá", "kỳ", "lần", "thứ", "phần", "chương", "mục", "đợt", "tập", "cấp", "hạng", "loại"];
const ROMAN_WORDS = new Set(ROMAN_CONTEXT);
const ABBREVIATIONS = new Set(SENTENCE_ABBREVIATIONS);

const TERMINATORS = ".!?…";
const CLOSERS = "\"”’'»)]";
const OPENERS = "\"“‘'«([";
const isUpper = (ch: string | undefined) => !!ch && /\p{Lu}/u.test(ch);
const isLower = (ch: string | undefined) => !!ch && /\p{Ll}/u.test(ch);
const isSpace = (ch: string | undefined) => !!ch && ch !== "\n" && /\s/.test(ch);
const isWordChar = (ch: string | undefined) => !!ch && /[\p{L}\p{M}\p{N}./]/u.test(ch);

/** The word just before position `i` (letters, marks, digits, dots and slashes), e.g. "TP" or "T.T" or "UB.MTTQ". */
function wordBefore(text: string, i: number, floor: number): string {
  let s = i;
  while (s > floor && s - i < 40 && isWordChar(text[s - 1])) s--;
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
  while (e > floor && /\s/.test(text[e - 1]!)) e--;
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
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a) out.push({ start: a, end: b });
  };
  const hasContent = (a: number, b: number) => /[\p{L}\p{N}]/u.test(text.slice(a, b));

  let i = start0;
  while (i < end) {
    const ch = text[i]!;
    if (ch === "\n") {
      emit(start, i);
      start = i + 1;
      i++;
      continue;
    }
    if (!TERMINATORS.includes(ch)) {
      i++;
      continue;
    }
    // A run of terminators, then closing quotes or brackets: "...", "?!", ".”", ".)".
    let j = i;
    while (j < end && TERMINATORS.includes(text[j]!)) j++;
    while (j < end && CLOSERS.includes(text[j]!) && j - i < 6) j++;
    if (!hasContent(start, i)) {
      i = j;
      continue; // "? Tháo dỡ ...": a lost bullet, not a sentence end
    }
    const single = j - i === 1 && ch === ".";
    if (isSpace(text[j])) {
      let k = j;
      while (k < end && isSpace(text[k])) k++;
      const next = text[k];
      const startsNew = k >= end || next === "\n" || isUpper(next) || OPENERS.includes(next ?? "") || /[\p{So}\p{Sk}•▪●■◆✓✔✅➢➤►-]/u.test(next ?? "");
      if (startsNew && !(single && isAbbreviationPeriod(text, i, start))) {
        emit(start, j);
        start = j;
      }
      i = j;
      continue;
    }
    // A period glued to a capitalized word: "thi đua.Cuộc", "2,1%.Xã", "đại hội.Đồng chí".
    if (single && j < end && isUpper(text[j]) && isLower(text[j + 1]) && /[\p{Ll}\p{M}\p{N}%)”"]/u.test(text[i - 1] ?? "")) {
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
