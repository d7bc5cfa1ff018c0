import type { Command } from "../command.js";
import { UsageError } from "../io.js";
import { normalize, fold, type ToneStyle } from "../../normalize/index.js";
import { repair } from "../../normalize/legacy/index.js";
import { parseEncodingOption, readInput } from "./input.js";

export const TONES = ["old", "new", "preserve"] as const;

/** Validates --tone. */
export function parseTone(v: unknown): ToneStyle {
  if (v === undefined) return "old";
  if (typeof v === "string" && (TONES as readonly string[]).includes(v)) return v as ToneStyle;
  throw new UsageError(`--tone must be one of ${TONES.join(", ")}, got "${String(v)}"`);
}

export const normalizeCommand: Command = {
  name: "normalize",
  summary: "print normalized text (NFC, tone style, look-alikes), search keys, or repaired legacy text",
  usage: "normalize [file | -] [--tone old|new|preserve] [--fold] [--repair] [--encoding utf-8|windows-1258|tcvn|auto]",
  examples: [
    "vn-ward-news normalize article.txt --tone new",
    "echo 'Tân Giang' | vn-ward-news normalize --fold      # tan giang",
    "vn-ward-news normalize old-doc.txt --repair            # TCVN3/VNI/VIQR/mojibake to Unicode",
    "vn-ward-news normalize report-1258.txt --encoding windows-1258",
  ],
  options: {
    tone: { type: "string" },
    fold: { type: "boolean" },
    repair: { type: "boolean" },
    encoding: { type: "string" },
  },
  help: {
    tone: "tone-mark placement: old (hòa, ủy; default), new (hoà, uỷ), preserve",
    fold: "print search keys: no diacritics, đ to d, lower case",
    repair: "undo mojibake and TCVN3/VNI/VIQR/Windows-1258 text, reporting what was found on stderr",
    encoding: "byte encoding of the input: utf-8 (default), windows-1258, tcvn (TCVN-5712, TCVN3/ABC) or auto",
  },
  async run(values, positionals, io) {
    if (positionals.length > 1) throw new UsageError("normalize takes at most one file");
    const tone = parseTone(values.tone);
    const encoding = parseEncodingOption(values.encoding);
    let text = await readInput(positionals[0], io, encoding === undefined ? {} : { encoding });
    if (values.repair) {
      const r = repair(text);
      if (!values.quiet) io.stderr.write(`repair: ${r.detected} (confidence ${r.confidence.toFixed(2)})\n`);
      text = r.text;
    }
    // line by line so the line structure is kept exactly
    const out = text
      .split("\n")
      .map((line) => (values.fold ? fold(normalize(line, { tone })) : normalize(line, { tone })))
      .join("\n");
    io.stdout.write(out.endsWith("\n") || out === "" ? out : out + "\n");
    return 0;
  },
};
