/**
 * Legacy encodings and mojibake: `repair` finds and undoes UTF-8 read as Windows-1252, TCVN3 (ABC) and
 * VNI font text pasted as Latin-1 characters, VIQR (RFC 1456) and Windows-1258 composition, line by line,
 * and never touches clean Unicode Vietnamese or foreign text.
 */
import { VnWardNewsError } from "../../errors.js";
import { looksDecomposed } from "./cp1258.js";
import { repairLine, type LegacyEncoding } from "./detect.js";
import { suspectLines } from "./quick.js";


export type { LegacyEncoding } from "./detect.js";

/** What `repair` found: nothing, one legacy encoding, or several ("mixed"). */
export type DetectedEncoding = "none" | "mojibake-cp1252" | "tcvn3" | "vni" | "viqr" | "windows-1258" | "mixed";

/** One repaired line: where it was in the input and where it is in the output. */
export interface RepairSegment {
  /** Offsets of the line in the input (end-exclusive, UTF-16). */
  start: number;
  end: number;
  /** Offsets of the repaired line in `RepairResult.text`. */
  outputStart: number;
  outputEnd: number;
  /** Encodings undone in this line, in the order they were undone (double mojibake lists it twice). */
  encodings: LegacyEncoding[];
  /** 0..1: how sure the detection is for this line. */
  confidence: number;
}

export interface RepairResult {
  text: string;
  detected: DetectedEncoding;
  /** 0..1: how sure the detection is (for "none": how sure that nothing needed repair). */
  confidence: number;
  /** The distinct encodings found, in order of first appearance (several when `detected` is "mixed"). */
  encodings: LegacyEncoding[];
  /** The lines that were changed; empty when nothing was. Lines keep their number: "\n" is never touched. */
  segments: RepairSegment[];
}

/** Rounds of repair a line gets at most (double mojibake, mojibake over TCVN3, ...). */
const MAX_PASSES = 6;

/**
 * Detects and undoes legacy Vietnamese encodings, line by line: UTF-8 read as Windows-1252 or Latin-1
 * ("Há»™i nghá»‹"), TCVN3/ABC ("Héi nghÞ") and VNI ("Hoäi nghò") font text pasted as Latin-1, VIQR
 * ("Ho^.i nghi.", "\." for a literal period) and Windows-1258 (letter + combining tone). Each candidate
 * decoding is scored with the syllable model; clean Unicode Vietnamese, English and foreign words are
 * returned unchanged, and a clean line beside a broken one is left as it is. Never throws on a string.
 *
 * @example
 * ```ts
 * repair("Há»™i nghá»‹").text; // "Hội nghị" (detected "mojibake-cp1252")
 * repair("Héi nghÞ").text; // "Hội nghị" (detected "tcvn3")
 * repair("Hoäi nghò").text; // "Hội nghị" (detected "vni")
 * repair("Ho^.i nghi.").text; // "Hội nghị" (detected "viqr")
 * repair("Café email Zalo").detected; // "none"
 * ```
 */
export function repair(text: string): RepairResult {
  if (typeof text !== "string") throw new VnWardNewsError("INVALID_INPUT", `repair expects a string, got ${typeof text}`);
  const lines = suspectLines(text);
  if (!lines.length) return { text, detected: "none", confidence: 1, encodings: [], segments: [] };

  const allowCp1258 = !looksDecomposed(text);
  let nearMiss = 0;
  const fixLine = (original: string, prior?: ReadonlySet<LegacyEncoding>) => {
    let line = original;
    const encodings: LegacyEncoding[] = [];
    let confidence = 1;
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      const r = repairLine(line, allowCp1258, prior, new Set(encodings));
      nearMiss = Math.max(nearMiss, r.nearMiss);
      if (r.encoding === null || r.text === line) break;
      encodings.push(r.encoding);
      confidence = Math.min(confidence, r.confidence);
      line = r.text;
    }
    return { line, encodings, confidence };
  };
  const results = lines.map(([start, end]) => {
    const r = fixLine(text.slice(start, end));
    return { start, end, line: r.line, encodings: r.encodings, confidence: r.confidence };
  });
  // a line too weak to act on alone is read again once other lines showed what the text is (weak
  // mojibake; a tie between two font encodings)
  const found = new Set(results.flatMap((r) => r.encodings));
  if (found.size) {
    for (const r of results) if (!r.encodings.length) Object.assign(r, fixLine(text.slice(r.start, r.end), found));
  }

  const segments: RepairSegment[] = [];
  const encodings: LegacyEncoding[] = [];
  let out = "";
  let last = 0;
  for (const r of results) {
    if (!r.encodings.length) continue;
    out += text.slice(last, r.start);
    segments.push({ start: r.start, end: r.end, outputStart: out.length, outputEnd: out.length + r.line.length, encodings: r.encodings, confidence: r.confidence });
    out += r.line;
    last = r.end;
    for (const e of r.encodings) if (!encodings.includes(e)) encodings.push(e);
  }
  if (!segments.length) return { text, detected: "none", confidence: 1 - nearMiss, encodings: [], segments };
  out += text.slice(last);
  let weight = 0;
  let sum = 0;
  for (const s of segments) {
    const w = Math.max(1, s.end - s.start);
    weight += w;
    sum += w * s.confidence;
  }
  return {
    text: out,
    detected: encodings.length === 1 ? encodings[0]! : "mixed",
    confidence: Math.round((sum / weight) * 1000) / 1000,
    encodings,
    segments,
  };
}
