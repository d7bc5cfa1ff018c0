import type { Command } from "../command.js";
import { UsageError } from "../io.js";
import { parseArticle } from "../../parse.js";
import { expandInputs, readTextFile, decodeText } from "../../node/files.js";
import { parseTone } from "./normalize.js";
import type { ArticleRecord } from "../../schema.js";

/** A short human-readable summary of a record. */
export function summarize(r: ArticleRecord): string {
  const d = r.event.date;
  const lines = [
    `${r.id ?? "(stdin)"}${r.title ? `: ${r.title}` : ""}`,
    `  event:     ${r.event.type ?? "?"}${d ? `, ${d.partOfDay ? d.partOfDay + " " : ""}${d.iso}${d.endIso ? "→" + d.endIso : ""}${d.time ? " " + d.time : ""}` : ""}`,
    `  venue:     ${r.event.venue?.text ?? "?"}`,
    ...r.officials.map((o) => `  official:  ${o.name}: ${o.titles.map((t) => t.text).join("; ")}`),
    ...r.awards.map((a) => `  award:     ${a.kind}${a.giver ? ` (${a.giver})` : ""} → ${a.recipients.map((x) => `${x.count ?? "?"} ${x.type}`).join(", ") || "?"}`),
    ...(r.shortcomings.length ? [`  shortcomings: ${r.shortcomings.length}`] : []),
  ];
  return lines.join("\n") + "\n";
}

export const parseCommand: Command = {
  name: "parse",
  summary: "parse articles (text or HTML) into records: date, venue, officials, shortcomings, awards",
  usage: "parse <file... | folder... | -> [--json | --ndjson] [--html] [--tone old|new|preserve]",
  examples: [
    "vn-ward-news parse article.html --json",
    "vn-ward-news parse articles/ --ndjson > records.ndjson",
    "curl -s https://... | vn-ward-news parse - --html --json",
  ],
  options: {
    json: { type: "boolean" },
    ndjson: { type: "boolean" },
    html: { type: "boolean" },
    tone: { type: "string" },
  },
  help: {
    json: "print JSON (one file: one pretty object; several: an array)",
    ndjson: "print one JSON record per line (for batches)",
    html: "force HTML input (otherwise detected)",
    tone: "tone style of the output text: old (default), new, preserve",
  },
  async run(values, positionals, io) {
    if (values.json && values.ndjson) throw new UsageError("--json and --ndjson cannot be used together");
    const tone = parseTone(values.tone);
    const opts = { tone, ...(values.html ? { html: true } : {}) };
    if (positionals.length === 0) throw new UsageError("parse needs a file, a folder or - for stdin");
    if (positionals.includes("-")) {
      const r = parseArticle(decodeText(await io.readStdin(), "stdin"), opts);
      io.stdout.write(values.json || values.ndjson ? JSON.stringify(r, null, values.json ? 2 : 0) + "\n" : summarize(r));
      return 0;
    }
    const files = await expandInputs(positionals);
    const records: ArticleRecord[] = [];
    for (const f of files) {
      const r = parseArticle(await readTextFile(f), { ...opts, id: f });
      if (values.ndjson) io.stdout.write(JSON.stringify(r) + "\n");
      else if (values.json) records.push(r);
      else io.stdout.write(summarize(r));
    }
    if (values.json) io.stdout.write(JSON.stringify(records.length === 1 ? records[0] : records, null, 2) + "\n");
    return 0;
  },
};
