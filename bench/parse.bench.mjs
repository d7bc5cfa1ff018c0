// Parser throughput over the fixtures (issue 3: at least 5 MB/s of input on one core), against a baseline
// measured in the same run: normalize() alone on the same input text.
//
//   parseArticle(input)  vs  normalize(input)   for every article in fixtures/ (the .txt and .html inputs)
//
// Both are timed in CPU time (process.cpuUsage, user + system) as well as wall time: on a busy machine the wall
// clock counts time the process spent waiting for a core, CPU time does not. CPU time is that of the whole
// process, so the garbage collector's helper threads count too (a conservative figure). Each task runs in rounds
// of one pass over every article; the figures are from the median round, and the best round is shown beside it.
// MB/s counts the input's UTF-8 bytes (what a file on disk weighs).
// Runs on the build (../dist/index.js); VWN_DIST=<path relative to this file> points it elsewhere.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const mod = await import(process.env.VWN_DIST ?? "../dist/index.js");
const { parseArticle, normalize } = mod;

const dir = join(here, "..", "fixtures");
const names = readdirSync(dir).filter((f) => /\.(?:txt|html)$/.test(f)).sort();
const articles = names.map((f) => readFileSync(join(dir, f), "utf8"));
const bytes = articles.reduce((s, a) => s + Buffer.byteLength(a, "utf8"), 0);

// sanity: every fixture parses into a record with a body
for (const [i, a] of articles.entries()) {
  const r = parseArticle(a);
  if (typeof r.text !== "string" || !r.text.length) throw new Error(`parseArticle gave no text for ${names[i]}`);
}

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
let sink = 0;

/** Rounds of one pass over every article, until `SECONDS` of CPU time; per-round CPU and wall times in ms. */
function measure(fn) {
  const warmEnd = performance.now() + 500;
  while (performance.now() < warmEnd) for (const a of articles) sink += fn(a);
  globalThis.gc?.();
  const cpu = [];
  const wall = [];
  let spent = 0;
  while (spent < SECONDS * 1000 || cpu.length < 5) {
    const c0 = process.cpuUsage();
    const w0 = performance.now();
    for (const a of articles) sink += fn(a);
    const w = performance.now() - w0;
    const c = process.cpuUsage(c0);
    const ms = (c.user + c.system) / 1000;
    cpu.push(ms);
    wall.push(w);
    spent += ms;
  }
  const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  return { rounds: cpu.length, cpu: median(cpu), cpuMin: Math.min(...cpu), wall: median(wall), wallMin: Math.min(...wall) };
}

const tasks = [
  ["normalize(input)", (a) => normalize(a).length],
  ["parseArticle(input)", (a) => parseArticle(a).officials.length + 1],
];
const results = new Map();
for (const [name, fn] of tasks) results.set(name, measure(fn));

const n = articles.length;
const MB = bytes / 1e6;
const row = (name) => {
  const r = results.get(name);
  return {
    task: name,
    rounds: r.rounds,
    "articles/s (cpu)": Math.round((n * 1000) / r.cpu),
    "MB/s (cpu)": +(MB / (r.cpu / 1000)).toFixed(2),
    "MB/s (cpu, best)": +(MB / (r.cpuMin / 1000)).toFixed(2),
    "articles/s (wall)": Math.round((n * 1000) / r.wall),
    "MB/s (wall)": +(MB / (r.wall / 1000)).toFixed(2),
    "ms/article (cpu)": +(r.cpu / n).toFixed(3),
  };
};
console.log(`text: ${n} fixtures (${names.filter((f) => f.endsWith(".html")).length} HTML), ${bytes} bytes of UTF-8 input; one round = one pass over all of them`);
console.table(tasks.map(([name]) => row(name)));
const p = results.get("parseArticle(input)");
const z = results.get("normalize(input)");
const mbps = MB / (p.cpu / 1000);
console.log(`parseArticle: ${Math.round((n * 1000) / p.cpu)} articles/s, ${mbps.toFixed(2)} MB/s of input on one core (CPU time, median round)  (goal >= 5 MB/s${mbps >= 5 ? ": met" : ": NOT met"})`);
console.log(`parseArticle speed / normalize speed on the same text: ${(z.cpu / p.cpu).toFixed(3)} (cpu), ${(z.wall / p.wall).toFixed(3)} (wall)`);
if (sink === 42) console.log(""); // keep results alive
