/**
 * npm run eval [folder] [--verbose] [--min F1] [--only id]: parses every article with a gold record and
 * prints F1 per field and the macro average (date, venue, officials, titles, shortcomings, awards).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArticle } from "../src/index.js";
import { loadGolds, score, f1, FIELDS, MAIN_FIELDS } from "../test/support/score.js";

const args = process.argv.slice(2);
const dir = args.find((a, i) => !a.startsWith("--") && !(i > 0 && args[i - 1]!.startsWith("--") && args[i - 1] !== "--verbose")) ?? "fixtures";
const verbose = args.includes("--verbose") || args.includes("-v");
const min = args.includes("--min") ? Number(args[args.indexOf("--min") + 1]) : 0;
const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : undefined;

const golds = loadGolds(dir).filter((g) => !only || g.id.includes(only));
const records = new Map<string, unknown>();
let failures = 0;
for (const g of golds) {
  try {
    records.set(g.id, parseArticle(readFileSync(join(dir, g.input), "utf8"), { id: g.input }));
  } catch (e) {
    failures++;
    console.log(`${g.id}: parse failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}
const { tallies, macro, notes } = score(golds, records, verbose);
for (const k of FIELDS) {
  const t = tallies[k];
  const main = (MAIN_FIELDS as readonly string[]).includes(k);
  console.log(`${main ? "" : "  (2nd) "}${k.padEnd(13)} F1 ${f1(t).toFixed(3)}  (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`);
}
if (verbose) for (const n of notes) console.log("  " + n);
const worst = Math.min(...MAIN_FIELDS.map((k) => f1(tallies[k])));
console.log(`${golds.length} articles, ${failures} parse failures; extraction macro-F1 ${macro.toFixed(3)}, lowest field ${worst.toFixed(3)}`);
process.exit(failures === 0 && macro >= min ? 0 : 1);
