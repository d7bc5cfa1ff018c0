/**
 * Quick repair throughput check (not a test): `npx tsx test/normalize/legacy/bench-repair.ts`.
 * Prints MB/s (UTF-8 bytes of input) on clean text, English, and each legacy encoding, beside
 * String.prototype.normalize("NFC") on the same clean text as a baseline measured in the same run.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { repair } from "../../../src/normalize/legacy/index.js";
import { encodeMojibake, encodeTcvn3, encodeViqr, encodeVni } from "./encoders.js";

const FIXTURES = join(import.meta.dirname, "../../../fixtures");
const articles = readdirSync(FIXTURES)
  .filter((f) => f.endsWith(".txt") && !f.startsWith("10-"))
  .map((f) => readFileSync(join(FIXTURES, f), "utf8").normalize("NFC"))
  .join("\n");

function mbps(text: string, fn: (s: string) => unknown, ms = 1500): number {
  fn(text);
  const bytes = Buffer.byteLength(text, "utf8");
  let n = 0;
  const t = performance.now();
  while (performance.now() - t < ms) {
    fn(text);
    n++;
  }
  return (bytes * n) / ((performance.now() - t) / 1000) / 1e6;
}

const clean = articles.repeat(Math.ceil(5e6 / Buffer.byteLength(articles)));
const english = "The ward held its year-end meeting on Monday; officials reviewed 2023 and set goals for 2024.\n".repeat(50_000);
const rows: Array<[string, number]> = [
  ["String.normalize('NFC'), clean text (baseline)", mbps(clean, (s) => s.normalize("NFC"))],
  ["repair, clean Vietnamese (fixtures, ~5 MB)", mbps(clean, repair)],
  ["repair, English (~5 MB)", mbps(english, repair)],
  ["repair, TCVN3", mbps(encodeTcvn3(articles), repair)],
  ["repair, VNI", mbps(encodeVni(articles), repair)],
  ["repair, VIQR", mbps(encodeViqr(articles), repair)],
  ["repair, mojibake", mbps(encodeMojibake(articles), repair)],
];
for (const [name, v] of rows) console.log(`${name.padEnd(50)} ${v.toFixed(1).padStart(8)} MB/s`);
