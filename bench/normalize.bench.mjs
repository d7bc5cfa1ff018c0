// Normalization throughput, against baselines measured in the same run:
//   fold(text)       vs  text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase()
//   normalize(text)  vs  text.normalize("NFC")  on clean NFC Vietnamese (goal: at least 1/4 of its speed)
// Text: fixtures/01-*.txt repeated to about 1 MB, normalized first so that it is clean.
// Runs on the build (../dist/index.js); VWN_DIST=<path relative to this file> points it elsewhere.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Bench } from "tinybench";

const here = dirname(fileURLToPath(import.meta.url));
const mod = await import(process.env.VWN_DIST ?? "../dist/index.js");
const { normalize, fold } = mod;

const fixtures = join(here, "..", "fixtures");
const first = readdirSync(fixtures).find((f) => f.startsWith("01-") && f.endsWith(".txt"));
const article = readFileSync(join(fixtures, first), "utf8");
const raw = article.repeat(Math.ceil(1_000_000 / article.length));
const clean = normalize(raw); // old style, NFC, nothing odd
const cleanNew = normalize(raw, { tone: "new" });
const nfd = clean.normalize("NFD");
const naiveFold = (s) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase();

// sanity: the fast path is taken on clean text (the same string comes back) and fold agrees with the naive one
if (normalize(clean) !== clean) throw new Error("normalize(clean) changed clean text");
if (fold(clean) !== naiveFold(clean)) throw new Error("fold disagrees with the naive fold on the fixture text");
if (fold(nfd) !== fold(clean)) throw new Error("fold(NFD) !== fold(NFC)");

const bench = new Bench({ time: 1500, warmupTime: 300 });
let sink = 0;
bench
  .add("naive fold (NFD + replace + toLowerCase)", () => void (sink += naiveFold(clean).length))
  .add("fold", () => void (sink += fold(clean).length))
  .add("fold (NFD input)", () => void (sink += fold(nfd).length))
  .add('String.prototype.normalize("NFC")', () => void (sink += clean.normalize("NFC").length))
  .add("normalize (clean text, tone old)", () => void (sink += normalize(clean).length))
  .add('normalize (clean text, tone "new")', () => void (sink += normalize(cleanNew, { tone: "new" }).length))
  .add('normalize (old-style text to tone "new")', () => void (sink += normalize(clean, { tone: "new" }).length))
  .add("normalize (NFD input)", () => void (sink += normalize(nfd).length));

await bench.run();

const MB = (clean.length * 2) / 1e6; // UTF-16 bytes
const rows = bench.tasks.map((t) => {
  const r = t.result;
  const hz = r && "throughput" in r ? r.throughput.mean : NaN;
  const ms = r && "latency" in r ? r.latency.mean : NaN;
  return { task: t.name, "ops/s": +hz.toFixed(1), "ms/op": +ms.toFixed(3), "MB/s": +((hz * clean.length) / 1e6).toFixed(1) };
});
console.log(`text: ${first} x${Math.ceil(1_000_000 / article.length)} = ${clean.length} UTF-16 units (${MB.toFixed(2)} MB as UTF-16); MB/s counts 1 MB = 1e6 code units`);
console.table(rows);
const hz = (name) => rows.find((r) => r.task === name)["ops/s"];
const ratio = (a, b) => (hz(a) / hz(b)).toFixed(2);
console.log(`fold / naive fold: ${ratio("fold", "naive fold (NFD + replace + toLowerCase)")}x  (goal >= 10x)`);
console.log(`normalize / NFC on clean text: ${ratio("normalize (clean text, tone old)", 'String.prototype.normalize("NFC")')}  (goal >= 0.25)`);
console.log(`normalize tone "new" / NFC on clean text: ${ratio('normalize (clean text, tone "new")', 'String.prototype.normalize("NFC")')}`);
if (sink === 42) console.log(""); // keep results alive
