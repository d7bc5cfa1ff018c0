import type { Command } from "../command.js";
import { UsageError, paint, progress, type Paint } from "../io.js";
import { VnWardNewsError } from "../../errors.js";
import { parseArticle } from "../../parse.js";
import { expandInputs } from "../../node/files.js";
import { parseEncodingOption, parseMaxLengthOption, readInput } from "./input.js";
import { parseTone } from "./normalize.js";
import type { ArticleRecord } from "../../schema.js";

const PLAIN: Paint = { enabled: false, bold: (x) => x, dim: (x) => x, accent: (x) => x, mark: (x) => x, warn: (x) => x };

/**
 * A short human-readable summary of a record; coloured when `p` is (see {@link paint}).
 *
 * @example
 * ```ts
 * io.stdout.write(summarize(parseArticle(text, { id: "seed.txt" }), paint(io)));
 * ```
 */
export function summarize(r: ArticleRecord, p: Paint = PLAIN): string {
  const d = r.event.date;
  const label = (s: string) => p.dim(`  ${s.padEnd(14)}`);
  const lines = [
    `${p.bold(r.id ?? "(stdin)")}${r.title ? `: ${p.bold(r.title)}` : ""}`,
    `${label("event:")}${r.event.type ?? "?"}${d ? `, ${d.partOfDay ? d.partOfDay + " " : ""}${d.iso}${d.endIso ? "→" + d.endIso : ""}${d.time ? " " + d.time : ""}` : ""}`,
    `${label("venue:")}${r.event.venue?.text ?? "?"}`,
    ...r.officials.map((o) => `${label("official:")}${p.accent(o.name)}: ${o.titles.map((t) => t.text).join("; ")}`),
    ...r.awards.map((a) => `${label("award:")}${a.kind}${a.giver ? ` (${a.giver})` : ""} → ${a.recipients.map((x) => `${x.count ?? "?"} ${x.type}${x.count === 1 ? "" : "s"}`).join(", ") || "?"}`),
    ...(r.shortcomings.length ? [`${label("shortcomings:")}${r.shortcomings.length}`] : []),
    ...(r.warnings.length ? [`${label("warnings:")}${p.warn(r.warnings.map((w) => w.code).join(", "))}`] : []),
  ];
  return lines.join("\n") + "\n";
}

export const parseCommand: Command = {
  name: "parse",
  summary: "parse articles (text or HTML) into records: date, venue, officials, shortcomings, awards",
  usage: "parse <file... | folder... | -> [--json | --ndjson] [--html] [--tone old|new|preserve] [--encoding utf-8|windows-1258|tcvn|auto] [--max-input-length N]",
  examples: [
    "vn-ward-news parse article.html --json",
    "vn-ward-news parse articles/ --ndjson > records.ndjson",
    "curl -s https://... | vn-ward-news parse - --html --json",
    "vn-ward-news parse fixtures/seed.txt --tone new        # a summary: event, venue, officials, awards",
    "vn-ward-news parse old-report.txt --encoding auto      # a file in Windows-1258 or TCVN3 bytes",
  ],
  options: {
    json: { type: "boolean" },
    ndjson: { type: "boolean" },
    html: { type: "boolean" },
    tone: { type: "string" },
    encoding: { type: "string" },
    "max-input-length": { type: "string" },
  },
  help: {
    json: "print JSON (one file: one pretty object; several: an array)",
    ndjson: "print one JSON record per line (for batches)",
    html: "force HTML input (otherwise detected)",
    tone: "tone style of the output text: old (default), new, preserve",
    encoding: "byte encoding of the input: utf-8 (default, strict), windows-1258, tcvn (TCVN3/ABC) or auto",
    "max-input-length": "largest input in characters (default 4,000,000); empty input or stdin gives a record with only warnings",
  },
  async run(values, positionals, io) {
    if (values.json && values.ndjson) throw new UsageError("--json and --ndjson cannot be used together");
    const tone = parseTone(values.tone);
    const encoding = parseEncodingOption(values.encoding);
    const maxInputLength = parseMaxLengthOption(values["max-input-length"]);
    const opts = { tone, ...(values.html ? { html: true } : {}), ...(maxInputLength ? { maxInputLength } : {}) };
    const readOpts = { ...(encoding ? { encoding } : {}), ...(maxInputLength ? { maxBytes: 3 * maxInputLength } : {}) };
    if (positionals.length === 0) throw new UsageError("parse needs a file, a folder or - for stdin");
    if (positionals.includes("-")) {
      if (positionals.length > 1) throw new UsageError("- (stdin) cannot be combined with files or folders");
      const r = parseArticle(await readInput("-", io, readOpts), opts);
      io.stdout.write(values.json || values.ndjson ? JSON.stringify(r, null, values.json ? 2 : 0) + "\n" : summarize(r, paint(io)));
      return 0;
    }
    const files = await expandInputs(positionals);
    const records: ArticleRecord[] = [];
    const p = paint(io);
    // a progress bar on stderr for batches whose records go to a file or a pipe
    const bar = values.json || values.ndjson ? progress(io, files.length, { quiet: Boolean(values.quiet) }) : progress(io, 0);
    // in a batch, a bad file is reported on one line and skipped: the other records are still printed, the exit code is 1
    let failed = 0;
    try {
      for (const f of files) {
        let r: ArticleRecord;
        try {
          r = parseArticle(await readInput(f, io, readOpts), { ...opts, id: f });
        } catch (e) {
          if (files.length === 1 || !(e instanceof VnWardNewsError)) throw e;
          io.stderr.write(`vn-ward-news: ${e.message.split("\n")[0]!.replace(/^vn-ward-news: /, "")} [${e.code}]\n`);
          failed++;
          bar.tick(f);
          continue;
        }
        if (values.ndjson) io.stdout.write(JSON.stringify(r) + "\n");
        else if (values.json) records.push(r);
        else io.stdout.write(summarize(r, p));
        bar.tick(f);
      }
    } finally {
      bar.stop();
    }
    if (values.json) io.stdout.write(JSON.stringify(records.length === 1 && files.length === 1 ? records[0] : records, null, 2) + "\n");
    return failed ? 1 : 0;
  },
};
