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
// (fold also turns typographic quotes, dashes and the ellipsis into ASCII; the naive fold keeps them)
const ascii = (s) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, "-").replace(/…/g, ".");
if (fold(clean) !== ascii(naiveFold(clean))) throw new Error("fold disagrees with the naive fold on the fixture text");
if (fold(nfd) !== fold(clean)) throw new Error("fold(NFD) !== fold(NFC)");

const bench = new Bench({ time: 2000, warmupTime: 1000 });
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
// Latency median and minimum next to the mean: on a busy machine the mean of the slower tasks is inflated by
// preemption far more than that of a 0.5 ms native call, so the ratios are printed from the median too.
const rows = bench.tasks.map((t) => {
  const r = t.result;
  const lat = r && "latency" in r ? r.latency : undefined;
  const mean = lat?.mean ?? NaN;
  const p50 = lat?.p50 ?? NaN;
  return {
    task: t.name,
    "ops/s (mean)": +(1000 / mean).toFixed(1),
    "ms/op mean": +mean.toFixed(3),
    "ms/op median": +p50.toFixed(3),
    "ms/op min": +(lat?.min ?? NaN).toFixed(3),
    "MB/s (median)": +((1000 / p50) * (clean.length / 1e6)).toFixed(1),
  };
});
console.log(`text: ${first} x${Math.ceil(1_000_000 / article.length)} = ${clean.length} UTF-16 units (${MB.toFixed(2)} MB as UTF-16); MB/s counts 1 MB = 1e6 code units`);
console.table(rows);
const row = (name) => rows.find((r) => r.task === name);
const ratio = (a, b, col) => (row(b)[col] / row(a)[col]).toFixed(2);
const both = (a, b) => `${ratio(a, b, "ms/op mean")} (mean), ${ratio(a, b, "ms/op median")} (median), ${ratio(a, b, "ms/op min")} (min)`;
const NAIVE = "naive fold (NFD + replace + toLowerCase)";
const NFC = 'String.prototype.normalize("NFC")';
console.log(`fold speed / naive fold speed: ${both("fold", NAIVE)}  (goal >= 10)`);
console.log(`normalize speed / NFC speed, clean text: ${both("normalize (clean text, tone old)", NFC)}  (goal >= 0.25)`);
console.log(`normalize tone "new" speed / NFC speed, clean text: ${both('normalize (clean text, tone "new")', NFC)}`);
if (sink === 42) console.log(""); // keep results alive
