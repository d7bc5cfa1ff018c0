/**
 * Writes a seeded corpus of generated ward news articles as NDJSON plain search documents
 * ({ id, title, body, venue, officials, year, type, awards }), for benchmarks and experiments.
 *
 *   npx tsx scripts/generate-corpus.ts [--count 10000] [--seed 7] [--no-decoys] [--no-fixture-names]
 *                                      [--new-tone 0.15] [--with-fixtures] [--out file.ndjson]
 *
 * --with-fixtures appends the fixture articles (parsed, with their gold metadata) under the ids
 * "fixtures/<file>", so the labelled queries of fixtures/queries.json can be judged in the mix.
 * The generator itself is test/support/generate.ts (never part of the browser bundle).
 */
import { createWriteStream } from "node:fs";
import { generateCorpus, toPlainDocument } from "../test/support/generate.js";
import { fixtureRecords, recordToPlain } from "../test/search/fixture-records.js";

const args = process.argv.slice(2);
const value = (name: string, fallback: string): string => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1]! : fallback;
};
const count = Number(value("--count", "10000"));
const seed = Number(value("--seed", "7"));
const newToneShare = Number(value("--new-tone", "0.15"));
if (!Number.isInteger(count) || count < 0 || !Number.isInteger(seed) || !(newToneShare >= 0 && newToneShare <= 1)) {
  process.stderr.write("generate-corpus: --count and --seed must be integers, --new-tone a share from 0 to 1\n");
  process.exit(2);
}
const out = value("--out", "-");
const stream = out === "-" ? process.stdout : createWriteStream(out);
const docs = generateCorpus({ count, seed, newToneShare, decoys: !args.includes("--no-decoys"), fixtureNames: !args.includes("--no-fixture-names") }).map(toPlainDocument);
if (args.includes("--with-fixtures")) docs.push(...fixtureRecords().map(recordToPlain));
for (const d of docs) stream.write(JSON.stringify(d) + "\n");
if (stream !== process.stdout) stream.end();
