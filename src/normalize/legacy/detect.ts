/**
 * Detection: which legacy encoding, if any, a line is written in, decided by the syllable model.
 *
 * Every candidate decoding is scored on the words it would change: how many are valid Vietnamese
 * syllables before and after. A decoding is taken only when it turns invalid words into valid ones and
 * most changed words come out valid; clean Unicode Vietnamese scores full marks as it is, so it never
 * loses to a decoding. Inside a taken line, each sentence-sized piece is checked again, and a word that
 * is a valid syllable as it is but not once decoded is kept, so a clean sentence beside a broken one
 * stays as it was.
 */
import { composeCp1258Word } from "./cp1258.js";
import { VIETNAMESE_LATIN1, isLetterOrMark, wordCore } from "./chars.js";
import { TCVN3_DECODE, VNI_DECODE } from "./tables.js";
import { byteOf, fixMojibake } from "./mojibake.js";
import { isSyllable } from "./syllable-check.js";
import { decodeTcvn3Word, isTcvn3Char } from "./tcvn3.js";
import { decodeViqrWord, hornBoth, viqrWords } from "./viqr.js";
import { decodeVniWord, isVniChar } from "./vni.js";

/** The encodings `repair` can find. */
export type LegacyEncoding = "mojibake-cp1252" | "tcvn3" | "vni" | "viqr" | "windows-1258";

/** One word of a line under one candidate decoding. */
interface WordScore {
  start: number;
  end: number;
  /** The decoded word, or null when the word cannot be in this encoding. */
  cand: string | null;
  /** Valid syllable as it is / once decoded. */
  ov: boolean;
  cv: boolean;
  /** Evidence only this encoding explains (VIQR vowel marks). */
  strong: boolean;
}

interface Stats {
  changed: number;
  vo: number;
  vc: number;
  improved: number;
  protect: number;
  strongImproved: number;
  strongChanged: number;
}

/** How one candidate encoding reads a line. */
interface Candidate {
  encoding: LegacyEncoding;
  /** Quick test: could the line hold this encoding at all? (Most lines are skipped here.) */
  present(line: string): boolean;
  /** Word spans of the line as this encoding sees words. */
  words(line: string): Array<[number, number]>;
  /** Decodes one word; null when the word cannot be in this encoding. */
  decode(word: string, caps: boolean): { text: string; strong: boolean } | null;
}

/** The outcome for one line. */
export interface LineRepair {
  text: string;
  encoding: LegacyEncoding | null;
  confidence: number;
  /** Best evidence seen for a decoding that was not taken (0..1), for the "none" confidence. */
  nearMiss: number;
}

function spansOf(line: string, isWordChar: (c: number) => boolean): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let i = 0;
  while (i < line.length) {
    if (!isWordChar(line.charCodeAt(i))) {
      i++;
      continue;
    }
    const s = i;
    while (i < line.length && isWordChar(line.charCodeAt(i))) i++;
    spans.push([s, i]);
  }
  return spans;
}

function hasMojibakePair(line: string): boolean {
  for (let i = 0; i + 1 < line.length; i++) {
    const b = byteOf(line.charCodeAt(i));
    if (b >= 0xc2 && b <= 0xf4) {
      const n = byteOf(line.charCodeAt(i + 1));
      if (n >= 0x80 && n <= 0xbf) return true;
    }
  }
  return false;
}
/** Latin-1 letters Vietnamese uses, and letters only Unicode Vietnamese has (see chars.ts). */
const VIET_LATIN1 = new RegExp(`[${VIETNAMESE_LATIN1}]`);
const VIET_UNICODE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/;

/**
 * Could a font encoding whose characters are `own` be in the line? Yes if one of its characters that no
 * Vietnamese letter shares is there ("Þ", "ä"); or, with only Vietnamese-looking Latin-1 letters ("cã",
 * "coù"), if no letter only Unicode has is there (legacy text never holds "ộ").
 */
function fontPresent(own: RegExp): (line: string) => boolean {
  return (line) => own.test(line) || (VIET_LATIN1.test(line) && !VIET_UNICODE.test(line));
}
const TCVN3_OWN = new RegExp(`[${[...TCVN3_DECODE.keys()].filter((c) => !VIETNAMESE_LATIN1.includes(c)).join("")}]`);
const VNI_OWN = new RegExp(`[${[...new Set([...VNI_DECODE.keys()].join(""))].filter((c) => c.charCodeAt(0) >= 0x80 && !VIETNAMESE_LATIN1.includes(c)).join("")}]`);
const COMBINING_TONE = /[\u0300\u0301\u0303\u0309\u0323]/;
const COMBINING = /[\u0300-\u036f]/;
/** VIQR shows itself by a vowel mark, a tone mark inside a word, ` or ~, an escape, or dd: a sentence-final period is not enough. */
const VIQR_HINT = /[aeiouyAEIOUY](?:[\^(+`~]|['?.][A-Za-z])|\\[.?'`~^(+]|(?:^|[^A-Za-z])[dD][dD]/;

const MOJIBAKE: Candidate = {
  encoding: "mojibake-cp1252",
  present: hasMojibakePair,
  words: (line) => spansOf(line, (c) => c !== 0x20 && c !== 0x09 && (c >= 0x80 ? isLetterOrMark(c) || byteOf(c) >= 0 : isLetterOrMark(c) || (c >= 0x21 && c <= 0x7e))),
  decode: (w) => {
    if (!hasMojibakePair(w)) return { text: w, strong: false };
    const r = fixMojibake(w);
    return { text: r.text, strong: r.strong > 0 };
  },
};

const CP1258: Candidate = {
  encoding: "windows-1258",
  present: (line) => COMBINING_TONE.test(line),
  words: (line) => spansOf(line, isLetterOrMark),
  decode: (w) => ({ text: composeCp1258Word(w), strong: false }),
};

const TCVN3: Candidate = {
  encoding: "tcvn3",
  present: fontPresent(TCVN3_OWN),
  words: (line) => spansOf(line, (c) => isLetterOrMark(c) || (c >= 0xa0 && c <= 0xff && isTcvn3Char(String.fromCharCode(c)))),
  decode: (w, caps) => {
    const t = decodeTcvn3Word(w, caps);
    return t === null ? null : { text: t, strong: false };
  },
};

const VNI: Candidate = {
  encoding: "vni",
  present: fontPresent(VNI_OWN),
  words: (line) => spansOf(line, (c) => isLetterOrMark(c) || (c >= 0xa0 && c <= 0xff && isVniChar(String.fromCharCode(c)))),
  decode: (w) => {
    const t = decodeVniWord(w);
    return t === null ? null : { text: t, strong: false };
  },
};

const VIQR: Candidate = {
  encoding: "viqr",
  present: (line) => VIQR_HINT.test(line),
  words: viqrWords,
  decode: (w) => {
    for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) >= 0x80) return null;
    const d = decodeViqrWord(w);
    if (d.text !== w && !valid(d.text)) {
      const h = hornBoth(d.text);
      if (h !== d.text && valid(h)) return { text: h, strong: d.strong };
    }
    return d;
  },
};

/** Memo of valid(): words repeat, and each line is scored under several encodings. Bounded; a pure function. */
const VALID_MEMO = new Map<string, boolean>();

function valid(word: string, keep = ""): boolean {
  const key = keep ? keep + "\u0000" + word : word;
  let v = VALID_MEMO.get(key);
  if (v === undefined) {
    const core = wordCore(word, keep);
    v = core !== null && caseShapeOk(core) && isSyllable(core);
    if (VALID_MEMO.size >= 20_000) VALID_MEMO.clear();
    VALID_MEMO.set(key, v);
  }
  return v;
}

/** lower, Title or UPPER: a capital after a small letter or a small letter after two capitals ("BÊm") is not a word shape. */
function caseShapeOk(word: string): boolean {
  let upperRest = 0;
  let lowerRest = 0;
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x300 && c <= 0x36f) continue;
    if (isUpperCode(c)) upperRest++;
    else lowerRest++;
  }
  return upperRest === 0 || (lowerRest === 0 && isUpperCode(word.charCodeAt(0)));
}

function isUpperCode(c: number): boolean {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  if (c >= 0xc0 && c <= 0xde) return c !== 0xd7;
  if (c < 0x100) return false;
  if ((c >= 0x100 && c <= 0x137) || (c >= 0x1ea0 && c <= 0x1ef9)) return (c & 1) === 0;
  if (c === 0x1a0 || c === 0x1af) return true;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase();
}

/** A line in capitals (.VnTimeH headings): at least three ASCII capitals and no small letter. */
function isCapsLine(line: string): boolean {
  let upper = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) return false;
    if (c >= 0x41 && c <= 0x5a) upper++;
  }
  return upper >= 3;
}

/** VIQR marks that are never sentence punctuation: a word ending in one is not a plain word. */
const VIQR_MARKS_KEPT = "^(+`~\\";

/** A capitals acronym with Đ (HĐND, BCĐ): not a syllable, but what VIQR's DD inside a word means. */
const ACRONYM_WITH_D = /^[A-ZĐ]{0,7}Đ[A-ZĐ]{0,7}$/;

function isAscii(s: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}

function score(line: string, cand: Candidate, spans: ReadonlyArray<[number, number]>): WordScore[] {
  const caps = cand.encoding === "tcvn3" && isCapsLine(line);
  const out: WordScore[] = [];
  const asciiStays = cand.encoding !== "viqr";
  for (const [start, end] of spans) {
    if (asciiStays && isAscii(line, start, end)) continue;
    const w = line.slice(start, end);
    const d = cand.decode(w, caps);
    // a stray combining mark left beside a decoded letter is put in canonical order, as the letter is NFC
    if (d !== null && cand.encoding !== "mojibake-cp1252" && COMBINING.test(d.text)) d.text = d.text.normalize("NFC");
    if (d !== null && d.text === w) continue;
    const ov = valid(w, cand.encoding === "viqr" ? VIQR_MARKS_KEPT : "");
    const cv = d !== null && (valid(d.text) || (cand.encoding === "viqr" && ACRONYM_WITH_D.test(d.text)));
    out.push({ start, end, cand: d && d.text, ov, cv, strong: d !== null && d.strong });
  }
  return out;
}

function stats(ws: readonly WordScore[]): Stats {
  const s: Stats = { changed: ws.length, vo: 0, vc: 0, improved: 0, protect: 0, strongImproved: 0, strongChanged: 0 };
  for (const w of ws) {
    if (w.strong) s.strongChanged++;
    if (w.ov) s.vo++;
    if (w.cv) s.vc++;
    if (w.cv && !w.ov) {
      s.improved++;
      if (w.strong) s.strongImproved++;
    }
    if (w.ov && !w.cv) s.protect++;
  }
  return s;
}

function accepts(enc: LegacyEncoding, s: Stats, wordCount: number, prior: ReadonlySet<LegacyEncoding>): boolean {
  if (s.changed === 0) return false;
  // a complete, valid UTF-8 sequence is evidence enough unless it is one a clean text could hold ("XÃ”"),
  // as long as it does not break words
  if (enc === "mojibake-cp1252") return s.vc >= s.vo && (s.improved > 0 || s.strongChanged > 0 || prior.has(enc));
  if (enc === "windows-1258") return s.vc >= s.vo;
  if (s.improved < 1 || s.vc <= s.vo || s.vc < 0.6 * s.changed) return false;
  if (enc === "viqr") return s.strongImproved >= 1 && s.improved >= 0.2 * wordCount;
  return true;
}

function confidenceOf(enc: LegacyEncoding, s: Stats): number {
  if (enc === "mojibake-cp1252") return Math.min(0.99, 1 - 0.5 ** (s.changed + 1));
  if (enc === "windows-1258") return Math.min(0.95, 0.6 + 0.1 * s.changed);
  const ratio = s.vc / Math.max(1, s.changed);
  return Math.min(0.99, ratio * (1 - 0.5 ** (s.improved + 1)));
}

/** Ends of sentence-sized pieces of a line: after . ! ? ; | followed by a space, and at the end. */
function pieceEnds(line: string): number[] {
  const ends: number[] = [];
  for (let i = 1; i < line.length; i++) {
    const p = line.charCodeAt(i - 1);
    const c = line.charCodeAt(i);
    if ((c === 0x20 || c === 0x09) && (p === 0x2e || p === 0x21 || p === 0x3f || p === 0x3b || p === 0x7c)) ends.push(i);
  }
  ends.push(line.length);
  return ends;
}

function apply(line: string, enc: LegacyEncoding, ws: readonly WordScore[], spans: ReadonlyArray<[number, number]>, prior: ReadonlySet<LegacyEncoding>): string {
  const ends = pieceEnds(line);
  let out = "";
  let last = 0;
  let k = 0;
  let j = 0;
  for (const end of ends) {
    const piece: WordScore[] = [];
    while (k < ws.length && ws[k]!.start < end) piece.push(ws[k++]!);
    let words = 0;
    while (j < spans.length && spans[j]![0] < end) (j++, words++);
    if (!piece.length) continue;
    const s = stats(piece);
    const take = accepts(enc, s, words, prior) || (s.protect === 0 && s.vc >= s.vo);
    if (!take) continue;
    for (const w of piece) {
      if (w.cand === null || (w.ov && !w.cv)) continue;
      if (!w.cv && enc === "viqr") continue;
      out += line.slice(last, w.start) + w.cand;
      last = w.end;
    }
  }
  return out + line.slice(last);
}

const NO_PRIOR: ReadonlySet<LegacyEncoding> = new Set();

/**
 * Repairs one line (no "\n" inside) if one legacy encoding explains it: mojibake first (its evidence,
 * valid UTF-8, is the strongest), then Windows-1258 composition, then the best of TCVN3, VNI and VIQR.
 * `prior`: encodings found in other lines of the same text; a mojibake sequence that alone would be too
 * weak to act on ("XÃ”") is repaired when the text is known to be mojibake, and a line two font encodings
 * explain equally well goes to the one the other lines are in. A line that reads as well in a font
 * encoding as in Unicode ("Cã" = "Có") is never repaired: it cannot be told from clean text. `done`: encodings already undone in this line, not tried again
 * (nobody encodes TCVN3 twice, and "có" must not be read again as TCVN3 "cú"); mojibake is always tried.
 *
 * @example
 * ```ts
 * repairLine("Héi nghÞ", true).text; // "Hội nghị"
 * repairLine("Hội nghị", true).encoding; // null
 * ```
 */
export function repairLine(line: string, allowCp1258: boolean, prior: ReadonlySet<LegacyEncoding> = NO_PRIOR, done: ReadonlySet<LegacyEncoding> = NO_PRIOR): LineRepair {
  // The verdict depends on the line and the three arguments only: the cleaner reads the whole input and
  // parseArticle its blocks, so most suspect lines are asked twice (and a repaired line is asked again with
  // what was undone).
  if (line.length > LINE_MEMO_MAX_LENGTH) return repairLineUncached(line, allowCp1258, prior, done);
  // encoding names hold no "|", so the first two "|" end the two sets: the key is unambiguous
  const key = `${allowCp1258 ? "1" : "0"}${setKey(prior)}|${setKey(done)}|${line}`;
  let hit = LINE_MEMO.get(key);
  if (!hit) {
    hit = repairLineUncached(line, allowCp1258, prior, done);
    if (LINE_MEMO.size >= LINE_MEMO_LIMIT) LINE_MEMO.clear();
    LINE_MEMO.set(key, hit);
  }
  return hit;
}

/** The encodings of a set as a canonical string (sorted), for memo keys. */
const setKey = (s: ReadonlySet<LegacyEncoding>): string => (s.size ? [...s].sort().join(",") : "");

const LINE_MEMO = new Map<string, LineRepair>();
const LINE_MEMO_LIMIT = 2048;
const LINE_MEMO_MAX_LENGTH = 4000;

function repairLineUncached(line: string, allowCp1258: boolean, prior: ReadonlySet<LegacyEncoding>, done: ReadonlySet<LegacyEncoding>): LineRepair {
  let nearMiss = 0;
  const fonts = [TCVN3, VNI, VIQR].filter((c) => !done.has(c.encoding));
  const order: Candidate[][] = [[MOJIBAKE], allowCp1258 && !done.has("windows-1258") ? [CP1258] : [], fonts];
  for (const group of order) {
    const ok: Array<{ cand: Candidate; ws: WordScore[]; s: Stats; spans: Array<[number, number]>; gain: number; ratio: number }> = [];
    for (const cand of group) {
      if (!cand.present(line)) continue;
      const spans = cand.words(line);
      const ws = score(line, cand, spans);
      if (!ws.length) continue;
      const s = stats(ws);
      if (!accepts(cand.encoding, s, spans.length, prior)) {
        nearMiss = Math.max(nearMiss, s.improved / Math.max(1, s.changed) / 2);
        continue;
      }
      ok.push({ cand, ws, s, spans, gain: s.vc - s.vo, ratio: s.vc / s.changed });
    }
    if (!ok.length) continue;
    ok.sort((a, b) => b.gain - a.gain || b.ratio - a.ratio);
    let best = ok[0]!;
    const tied = ok.filter((o) => o.gain === best.gain && o.ratio === best.ratio);
    if (tied.length > 1) {
      // two encodings explain the line equally well ("pòa" is VNI "pịa" and TCVN3 "pũa"): only the text's
      // other lines can tell; without them, leave the line rather than guess
      const known = tied.filter((o) => prior.has(o.cand.encoding));
      if (known.length !== 1) {
        nearMiss = Math.max(nearMiss, 0.5);
        continue;
      }
      best = known[0]!;
    }
    const text = apply(line, best.cand.encoding, best.ws, best.spans, prior);
    if (text !== line) return { text, encoding: best.cand.encoding, confidence: confidenceOf(best.cand.encoding, best.s), nearMiss };
  }
  return { text: line, encoding: null, confidence: 1, nearMiss };
}
