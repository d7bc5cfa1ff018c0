/**
 * Encoders for the tests: Unicode Vietnamese -> TCVN3 / VNI / VIQR / mojibake, built from the same data
 * tables the decoders use (the tables themselves are checked against published ones in tables.test.ts).
 */
import iconv from "iconv-lite";
import { TCVN3_DECODE, VNI_DECODE } from "../../../src/normalize/legacy/tables.js";
import { VIQR_MARK_VOWELS, VIQR_TONE_MARKS, VIQR_VOWEL_MARKS } from "../../../src/normalize/legacy/data/viqr.js";

const TCVN3_ENCODE = new Map([...TCVN3_DECODE].map(([shown, letter]) => [letter, shown]));
const VNI_ENCODE = new Map([...VNI_DECODE].map(([vni, letter]) => [letter, vni]));

/**
 * TCVN3 (ABC) as pasted: each letter becomes its VN3 code shown as Latin-1. Upper-case letters with a
 * tone have no VN3 code: they get the lower-case code, as the .VnTimeH font does.
 */
export function encodeTcvn3(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC")) {
    const direct = TCVN3_ENCODE.get(ch);
    if (direct !== undefined) out += direct;
    else {
      const lower = TCVN3_ENCODE.get(ch.toLowerCase());
      out += lower ?? ch;
    }
  }
  return out;
}

/** True when TCVN3 (ABC, .VnTime font) can write this word as it is: no upper-case toned letter. */
export function tcvn3Writes(word: string): boolean {
  for (const ch of word.normalize("NFC")) if (ch !== ch.toLowerCase() && !TCVN3_ENCODE.has(ch) && ch.charCodeAt(0) >= 0x80) return false;
  return true;
}

/** VNI as pasted: each letter becomes its one- or two-character VNI spelling. */
export function encodeVni(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC")) out += VNI_ENCODE.get(ch) ?? ch;
  return out;
}

const VOWEL_MARK_CHAR = Object.fromEntries(Object.entries(VIQR_VOWEL_MARKS).map(([k, v]) => [v, k]));
const TONE_MARK_CHAR = Object.fromEntries(Object.entries(VIQR_TONE_MARKS).map(([k, v]) => [v, k]));
const MARKS = new Set([...Object.keys(VIQR_VOWEL_MARKS), ...Object.keys(VIQR_TONE_MARKS)]);

/**
 * VIQR (RFC 1456): each letter as its base letter, vowel mark and tone mark; đ as dd; a mark character
 * of the text that follows a letter is escaped with a backslash so it stays literal.
 */
export function encodeViqr(text: string): string {
  let out = "";
  let prevLetter = false;
  for (const ch of text.normalize("NFC")) {
    if (ch === "đ" || ch === "Đ") {
      out += ch === "đ" ? "dd" : "DD";
      prevLetter = true;
      continue;
    }
    const d = ch.normalize("NFD");
    const base = d[0]!;
    if (/[A-Za-z]/.test(base)) {
      let vm = "";
      let tm = "";
      for (const m of d.slice(1)) {
        if (VOWEL_MARK_CHAR[m] !== undefined && VIQR_MARK_VOWELS[VOWEL_MARK_CHAR[m]!]!.includes(base.toLowerCase())) vm = VOWEL_MARK_CHAR[m]!;
        else if (TONE_MARK_CHAR[m] !== undefined) tm = TONE_MARK_CHAR[m]!;
      }
      out += base + vm + tm;
      prevLetter = true;
      continue;
    }
    out += (prevLetter && MARKS.has(ch) ? "\\" : "") + ch;
    prevLetter = false;
  }
  return out;
}

/**
 * UTF-8 bytes read as Windows-1252 the way browsers do (iconv-lite's table; the five undefined bytes
 * become C1 controls), or as Latin-1 (every byte 0x80-0x9F a C1 control).
 */
export function encodeMojibake(text: string, reading: "cp1252" | "latin1" = "cp1252"): string {
  const bytes = Buffer.from(text, "utf8");
  if (reading === "latin1") return bytes.toString("latin1");
  let out = "";
  for (const b of bytes) {
    const ch = iconv.decode(Buffer.from([b]), "windows1252");
    out += ch === "\uFFFD" ? String.fromCharCode(b) : ch;
  }
  return out;
}

/** Title case of one word: "hội" -> "Hội". */
export function title(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/;

/**
 * Windows-1258 bytes the way Windows writes Vietnamese: a precomposed letter where CP1258 has one (à á â
 * ă ê ô ơ ư đ ...), otherwise the letter without its tone followed by the combining tone mark.
 * (iconv-lite's encoder alone turns "ộ" into "?".)
 */
export function encodeCp1258(text: string): Buffer {
  const parts: Buffer[] = [];
  for (const ch of text.normalize("NFC")) {
    const direct = iconv.encode(ch, "windows1258");
    if (direct.length === 1 && !(direct[0] === 0x3f && ch !== "?")) {
      parts.push(direct);
      continue;
    }
    const d = ch.normalize("NFD");
    const tone = [...d].find((m) => TONE_MARKS.test(m)) ?? "";
    const base = [...d].filter((m) => !TONE_MARKS.test(m)).join("").normalize("NFC");
    parts.push(iconv.encode(base + tone, "windows1258"));
  }
  return Buffer.concat(parts);
}
