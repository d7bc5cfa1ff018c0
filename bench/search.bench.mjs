// Search benchmark: ours against (b) flexsearch with a plain folding encoder and no tiers and
// (c) minisearch with a folding processTerm, on the same corpus in one run.
//
//   npm run bench -- search                                  (after npm run build)
//   VWN_DIST_SEARCH=.tmp/dist/search.js node --expose-gc bench/search.bench.mjs
//
// Corpus: 10,000 generated articles (scripts/generate-corpus.ts: decoys on, the fixtures' own names
// off) plus the 17 fixture articles, so the labelled queries of fixtures/queries.json can be judged.
// Env: VWN_BENCH_COUNT (default 10000), VWN_BENCH_CORPUS (an NDJSON file from generate-corpus
// instead of generating), VWN_BENCH_REPS (timed passes over the queries, default 20).
//
// Measured per engine: build time; heap growth (process.memoryUsage() heapUsed + arrayBuffers after
// gc, the corpus alive throughout, so only the index is counted; run node with --expose-gc); p50/p95
// latency of one query (limit 10; ours with snippets, and without: the baselines return ids only);
// nDCG@10 on the labelled queries. The engines take turns query by query while timed.
// nDCG uses the search queries without filters that have relevant documents, except those tagged
// "wrong-marks": their premise (no exact match exists) is false in a corpus seeded with exactly
// those look-alikes. Relevance: 1 per expected id; for an ordered list of n, n for the first, down to 1.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Index, Encoder } from "flexsearch";
import MiniSearch from "minisearch";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const distUrl = process.env.VWN_DIST_SEARCH ? pathToFileURL(resolve(process.env.VWN_DIST_SEARCH)).href : new URL("../dist/search.js", import.meta.url).href;
const { createSearchIndex, importSearchIndex } = await import(distUrl);

const COUNT = Number(process.env.VWN_BENCH_COUNT ?? 10_000);
const REPS = Number(process.env.VWN_BENCH_REPS ?? 20);
const gc = globalThis.gc;
if (!gc) console.log("(no --expose-gc: heap figures are not measured)");

// ---- corpus -------------------------------------------------------------------------------------
function loadCorpus() {
  const text = process.env.VWN_BENCH_CORPUS
    ? readFileSync(process.env.VWN_BENCH_CORPUS, "utf8")
    : execFileSync(process.execPath, ["--import", "tsx", join(root, "scripts/generate-corpus.ts"), "--count", String(COUNT), "--no-fixture-names", "--with-fixtures"], {
        cwd: root,
        maxBuffer: 1 << 30,
        encoding: "utf8",
      });
  return text.split("\n").filter(Boolean).map((l) => JSON.parse(l));
}
let t0 = performance.now();
const docs = loadCorpus();
console.log(`corpus: ${docs.length} articles (${COUNT} generated + fixtures), ${(performance.now() - t0).toFixed(0)} ms to generate`);

const plainText = (d) => [d.title ?? "", d.venue ?? "", ...(d.officials ?? []).map((o) => (typeof o === "string" ? o : `${o.name} – ${(o.titles ?? []).join(", ")}`)), d.body].join("\n");
const fold = (s) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase();

// ---- queries ------------------------------------------------------------------------------------
const labelled = JSON.parse(readFileSync(join(root, "fixtures/queries.json"), "utf8")).queries.filter((q) => q.kind === "search" && !q.filter);
const graded = labelled.filter((q) => q.expect.length > 0 && !q.tags.includes("wrong-marks"));
const timedQueries = labelled.map((q) => q.q);

function relevance(q) {
  const rel = new Map();
  q.expect.forEach((id, i) => rel.set(id, q.ordered === false ? 1 : q.expect.length - i));
  return rel;
}
function ndcg10(ids, rel) {
  const dcg = ids.slice(0, 10).reduce((s, id, i) => s + (2 ** (rel.get(id) ?? 0) - 1) / Math.log2(i + 2), 0);
  const ideal = [...rel.values()].sort((a, b) => b - a).slice(0, 10).reduce((s, r, i) => s + (2 ** r - 1) / Math.log2(i + 2), 0);
  return ideal ? dcg / ideal : 0;
}

// ---- engines ------------------------------------------------------------------------------------
const engines = {
  ours: {
    build() {
      const index = createSearchIndex();
      for (const d of docs) index.add(d);
      return index;
    },
    search: (index, q) => index.search(q, { limit: 10 }).map((h) => h.id),
    searchLean: (index, q) => index.search(q, { limit: 10, snippets: false }).map((h) => h.id),
  },
  "flexsearch-fold": {
    build() {
      const index = new Index({ tokenize: "strict", encoder: new Encoder({ normalize: fold, dedupe: false }) });
      docs.forEach((d, n) => index.add(n, plainText(d)));
      return index;
    },
    search: (index, q) => index.search(q, { limit: 10 }).map((n) => docs[n].id),
  },
  "minisearch-fold": {
    build() {
      const index = new MiniSearch({ idField: "n", fields: ["title", "text"], processTerm: (t) => fold(t) });
      index.addAll(docs.map((d, n) => ({ n, title: d.title ?? "", text: plainText(d) })));
      return index;
    },
    search: (index, q) => index.search(q).slice(0, 10).map((r) => docs[r.id].id),
  },
};

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
// heapUsed misses typed-array storage (our syllable ids and Bloom filters live there): count both
// several collections with pauses in between: one or two gc() calls leave garbage behind (the
// corpus's JSON parsing), which made heap growth read low or even negative
const heap = async () => {
  for (let i = 0; i < 6 && gc; i++) {
    gc();
    await new Promise((r) => setTimeout(r, 20));
  }
  const m = process.memoryUsage();
  return { used: m.heapUsed, buffers: m.arrayBuffers };
};

const results = {};
const built = {};
// baselines first, so ours does not profit from warm-up they paid for; each build's heap growth is its own
for (const name of ["flexsearch-fold", "minisearch-fold", "ours"]) {
  const engine = engines[name];
  const before = await heap();
  t0 = performance.now();
  built[name] = engine.build();
  const buildMs = performance.now() - t0;
  const after = await heap();
  results[name] = {
    buildMs,
    heapMb: gc ? (after.used - before.used + after.buffers - before.buffers) / 1e6 : NaN,
    buffersMb: gc ? (after.buffers - before.buffers) / 1e6 : NaN,
    ndcg: graded.reduce((s, q) => s + ndcg10(engine.search(built[name], q.q), relevance(q)), 0) / graded.length,
  };
}

// Latency: the engines take turns query by query, so a busy machine slows them alike, in a fresh random order
// (seeded) for each query: with a fixed rotation every engine would always follow the same one ("ours" after
// minisearch, whose allocation burst leaves the caches cold and the garbage collector busy).
const runs = [
  ["ours", (q) => engines.ours.search(built.ours, q)],
  ["ours-lean", (q) => engines.ours.searchLean(built.ours, q)],
  ["flexsearch-fold", (q) => engines["flexsearch-fold"].search(built["flexsearch-fold"], q)],
  ["minisearch-fold", (q) => engines["minisearch-fold"].search(built["minisearch-fold"], q)],
];
const times = Object.fromEntries(runs.map(([n]) => [n, []]));
for (const q of timedQueries) for (const [, run] of runs) run(q); // warm up
let seed = 12345;
const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
function shuffledOrder() {
  const o = runs.map((_, i) => i);
  for (let i = o.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [o[i], o[j]] = [o[j], o[i]];
  }
  return o;
}
for (let r = 0; r < REPS; r++) {
  for (const q of timedQueries) {
    const order = shuffledOrder();
    for (let k = 0; k < runs.length; k++) {
      const [name, run] = runs[order[k]];
      const a = performance.now();
      run(q);
      times[name].push(performance.now() - a);
    }
  }
}
for (const name of ["ours", "flexsearch-fold", "minisearch-fold"]) Object.assign(results[name], { p50: pct(times[name], 50), p95: pct(times[name], 95) });
results.ours.lean = { p50: pct(times["ours-lean"], 50), p95: pct(times["ours-lean"], 95) };

{
  const index = built.ours;
  t0 = performance.now();
  const json = JSON.stringify(index.export());
  const exportMs = performance.now() - t0;
  t0 = performance.now();
  const again = importSearchIndex(JSON.parse(json));
  const importMs = performance.now() - t0;
  const same = labelled.every((q) => JSON.stringify(again.search(q.q)) === JSON.stringify(index.search(q.q)));
  results.ours.persist = { mb: json.length / 1e6, exportMs, importMs, same };
}

// ---- report -------------------------------------------------------------------------------------
const f = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : "n/a");
console.log(`\n${graded.length} graded queries for nDCG@10, ${timedQueries.length} queries timed ${REPS}x each (limit 10)\n`);
console.log("engine             build ms   heap MB (of it typed arrays)   p50 ms   p95 ms   nDCG@10");
for (const [name, r] of Object.entries(results)) {
  console.log(`${name.padEnd(17)} ${f(r.buildMs, 0).padStart(9)} ${f(r.heapMb, 1).padStart(9)} ${`(${f(r.buffersMb, 1)})`.padStart(12)}          ${f(r.p50, 3).padStart(8)} ${f(r.p95, 3).padStart(8)} ${f(r.ndcg, 3).padStart(9)}`);
}
const o = results.ours;
const b = results["flexsearch-fold"];
const c = results["minisearch-fold"];
console.log(`ours without snippets: p50 ${f(o.lean.p50, 3)} ms, p95 ${f(o.lean.p95, 3)} ms`);
console.log(`ours export: ${f(o.persist.mb, 1)} MB of JSON in ${f(o.persist.exportMs, 0)} ms; import (rebuild) ${f(o.persist.importMs, 0)} ms; same answers after import: ${o.persist.same}`);
console.log("\nratios (ours / flexsearch-fold; goals: nDCG best of three, p50 <= 1.5x, heap <= 3x)");
console.log(`  nDCG@10  ours ${f(o.ndcg, 3)} vs flexsearch ${f(b.ndcg, 3)}, minisearch ${f(c.ndcg, 3)}: ${o.ndcg >= b.ndcg && o.ndcg >= c.ndcg ? "best" : "NOT best"}`);
console.log(`  p50      ${f(o.p50 / b.p50)}x (without snippets ${f(o.lean.p50 / b.p50)}x)  ${o.p50 / b.p50 <= 1.5 ? "ok" : "over goal"}`);
console.log(`  p95      ${f(o.p95 / b.p95)}x`);
console.log(`  heap     ${f(o.heapMb / b.heapMb)}x  ${o.heapMb / b.heapMb <= 3 ? "ok" : "over goal"}`);
console.log(`  build    ${f(o.buildMs / b.buildMs)}x`);
console.log(`  (minisearch: p50 ${f(c.p50 / b.p50)}x, heap ${f(c.heapMb / b.heapMb)}x of flexsearch-fold)`);
