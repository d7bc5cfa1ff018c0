// PostgreSQL-backed index against the in-memory index, on the same 10,000 generated articles, in one run:
// ingest rate (articles/s) and query latency p50/p95 (limit 10, with snippets), and whether both
// return the same hits.
//
//   eval "$(scripts/pg-test-cluster.sh start)"   # or any server: VWN_BENCH_DATABASE_URL=postgres://...
//   npm run bench -- db
//   VWN_DIST_NODE=.tmp/dist/node.js VWN_DIST_SEARCH=.tmp/dist/search.js node bench/db.bench.mjs
//
// Skipped (with a message) when neither VWN_BENCH_DATABASE_URL nor VWN_TEST_DATABASE_URL is set.
// Env: VWN_BENCH_COUNT (default 10000), VWN_BENCH_REPS (timed passes over the queries, default 5).
// Corpus: test/support/generate.ts (seed 7, decoys on), the generator the search benchmark uses.
// Queries: the search queries of fixtures/queries.json (with their filters) and a few common words.
// The database ingest writes batches of 500 articles, one transaction each, into a fresh schema
// that is dropped at the end. Latency is measured from the client: the database figure includes
// the round trips to the server (on loopback for the test cluster).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const url = process.env.VWN_BENCH_DATABASE_URL ?? process.env.VWN_TEST_DATABASE_URL ?? "";
if (!url) {
  console.log(
    "db.bench: skipped, no database (set VWN_BENCH_DATABASE_URL or VWN_TEST_DATABASE_URL; " +
      'for a throwaway local one: eval "$(scripts/pg-test-cluster.sh start)", and scripts/pg-test-cluster.sh stop after)',
  );
} else {
  await run();
}

async function run() {
  const load = (env, file) => import(process.env[env] ? pathToFileURL(resolve(process.env[env])).href : new URL(file, import.meta.url).href);
  const { createSearchIndex } = await load("VWN_DIST_SEARCH", "../dist/search.js");
  const { createPgSearchIndex } = await load("VWN_DIST_NODE", "../dist/node.js");

  const COUNT = Number(process.env.VWN_BENCH_COUNT ?? 10_000);
  const REPS = Number(process.env.VWN_BENCH_REPS ?? 5);

  // ---- corpus and queries ------------------------------------------------------------------------
  let t0 = performance.now();
  const script = `import { generateCorpus, toPlainDocument } from ${JSON.stringify(pathToFileURL(join(root, "test/support/generate.ts")).href)};
for (const d of generateCorpus({ count: ${COUNT}, seed: 7, decoys: true, fixtureNames: false }).map(toPlainDocument)) process.stdout.write(JSON.stringify(d) + "\\n");`;
  const docs = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { cwd: root, maxBuffer: 1 << 30, encoding: "utf8" })
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l));
  console.log(`corpus: ${docs.length} generated articles, ${(performance.now() - t0).toFixed(0)} ms to generate`);
  const labelled = JSON.parse(readFileSync(join(root, "fixtures/queries.json"), "utf8")).queries.filter((q) => q.kind === "search");
  const queries = [
    ...labelled.map((q) => ({ q: q.q, options: q.filter ? { filter: q.filter } : {} })),
    ...["hội nghị", "UBND", "phường", "tổng kết năm", "trao giấy khen"].map((q) => ({ q, options: {} })),
  ];

  const pct = (xs, p) => {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
  };

  // ---- in memory ---------------------------------------------------------------------------------
  t0 = performance.now();
  const mem = createSearchIndex();
  mem.addMany(docs);
  const memIngestMs = performance.now() - t0;
  for (const { q, options } of queries) mem.search(q, options); // warm-up
  const memTimes = [];
  for (let r = 0; r < REPS; r++) {
    for (const { q, options } of queries) {
      const t = performance.now();
      mem.search(q, options);
      memTimes.push(performance.now() - t);
    }
  }

  // ---- PostgreSQL --------------------------------------------------------------------------------
  const schema = `bench_${process.pid}`;
  const db = await createPgSearchIndex({ connection: url, schema });
  let dbIngestMs = 0;
  const dbTimes = [];
  let same = 0;
  const differing = [];
  try {
    await db.clear();
    t0 = performance.now();
    for (let i = 0; i < docs.length; i += 500) await db.addMany(docs.slice(i, i + 500));
    dbIngestMs = performance.now() - t0;
    for (const { q, options } of queries) {
      const a = mem.search(q, options);
      const b = await db.search(q, options);
      if (JSON.stringify(a) === JSON.stringify(b)) same++;
      else differing.push(q);
    }
    for (let r = 0; r < REPS; r++) {
      for (const { q, options } of queries) {
        const t = performance.now();
        await db.search(q, options);
        dbTimes.push(performance.now() - t);
      }
    }
  } finally {
    await db.drop();
  }

  // ---- report ------------------------------------------------------------------------------------
  const rate = (ms) => Math.round(docs.length / (ms / 1000));
  const rows = [
    ["in memory (createSearchIndex)", rate(memIngestMs), pct(memTimes, 50), pct(memTimes, 95)],
    [`PostgreSQL (createPgSearchIndex)`, rate(dbIngestMs), pct(dbTimes, 50), pct(dbTimes, 95)],
  ];
  console.log(`\n${queries.length} queries x ${REPS} passes, limit 10 with snippets; ingest in batches of 500 (one transaction each)`);
  console.log("| index | ingest (articles/s) | query p50 (ms) | query p95 (ms) |");
  console.log("|---|---:|---:|---:|");
  for (const [name, r, p50, p95] of rows) console.log(`| ${name} | ${r} | ${p50.toFixed(2)} | ${p95.toFixed(2)} |`);
  console.log(`\nratios (PostgreSQL / memory): ingest time x${(dbIngestMs / memIngestMs).toFixed(2)}, p50 x${(pct(dbTimes, 50) / pct(memTimes, 50)).toFixed(1)}, p95 x${(pct(dbTimes, 95) / pct(memTimes, 95)).toFixed(1)}`);
  console.log(`same hits as in memory (ids, order, tiers, scores, snippets): ${same}/${queries.length} queries${differing.length ? `; differing: ${differing.map((q) => JSON.stringify(q)).join(", ")}` : ""}`);
}
