/**
 * npm run fuzz: 100,000 generated cases (fixed seed) through every layer: decodeBytes, normalize,
 * fold, repair, the tokenizer, parseArticle (record validated against the schema, every span
 * slicing to its value, no extractor failure, JSON round trip), the search index (add, search,
 * suggest; export/import with mutated copies every batch). The cases are described in
 * test/hardening/fuzz-cases.ts; fuzz.test.ts runs the first 5,000 of the same seed.
 *
 *   npx tsx scripts/fuzz.ts [--cases 100000] [--seed 20261127] [--from 0] [--workers 2] [--only <case>]
 *
 * Cases run in child processes watched by this one: a case that makes no progress for --hang-ms
 * (default 60,000) is a hang: its child is killed and restarted after it. A case taking more than
 * 2 s + 0.2 ms per input character of CPU time counts as a failure too (linear time is ~0.005 ms per
 * character; CPU time, so that other load on the machine does not count).
 * Failing cases are written to .tmp/fuzz/<seed>-<case>.json (replay one with --only <case>, which runs
 * the cases of its batch before it too, so the search index is the same).
 * Exits 1 when any case failed.
 */
import { fork, type ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";

interface Done {
  t: "done";
  i: number;
  ms: number;
  kind: string;
  len: number;
  problems: string[];
  recipe?: string;
}
type FromChild = { t: "start"; i: number } | Done | { t: "index"; i: number; problems: string[] } | { t: "end"; cpuMs: number };

const SLOW = (len: number) => 2_000 + 0.2 * len;
const BATCH = 300;

const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => {
  const k = args.indexOf(name);
  return k >= 0 ? Number(args[k + 1]) : dflt;
};

if (process.env.VWN_FUZZ_CHILD) await child();
else await parent();

/** Runs cases [from, to) and reports each to the parent. */
async function child(): Promise<void> {
  const { makeCase, runCase, freshIndex, indexProblems } = await import("../test/hardening/fuzz-cases.js");
  const send = (m: FromChild) => new Promise<void>((ok) => process.send!(m, () => ok()));
  const seed = Number(process.env.VWN_FUZZ_SEED);
  const only = process.env.VWN_FUZZ_ONLY;
  // --only replays the case's batch from its start, so the search index holds what it held in the full run
  const ids = only ? range(Number(only) - (Number(only) % BATCH), Number(only) + 1) : range(Number(process.env.VWN_FUZZ_FROM), Number(process.env.VWN_FUZZ_TO));
  let index = freshIndex();
  for (const i of ids) {
    if (i % BATCH === 0) {
      index = freshIndex();
    }
    await send({ t: "start", i });
    const c = makeCase(seed, i);
    const cpu0 = process.cpuUsage();
    const r = runCase(c, index);
    const cpu = process.cpuUsage(cpu0);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    // judged on CPU time, so other work on the machine does not make a case "slow"
    if (cpuMs > SLOW(r.inputLength)) r.problems.push(`slow: ${Math.round(cpuMs)} ms of CPU (${Math.round(r.ms)} ms wall) for ${r.inputLength} characters`);
    await send({ t: "done", i, ms: r.ms, kind: c.kind, len: r.inputLength, problems: r.problems, ...(r.problems.length || only ? { recipe: c.recipe } : {}) });
    if (r.problems.length) saveCase(seed, c, r.problems);
    if (i % BATCH === BATCH - 1) await send({ t: "index", i, problems: indexProblems(index, seed + i) });
  }
  const u = process.cpuUsage();
  await send({ t: "end", cpuMs: (u.user + u.system) / 1000 });
  process.exit(0);
}

function range(a: number, b: number): number[] {
  return Array.from({ length: Math.max(0, b - a) }, (_, k) => a + k);
}

function saveCase(seed: number, c: { id: number; recipe: string; input: string; bytes?: { data: Uint8Array; encoding: string } }, problems: string[]): void {
  const dir = join(process.cwd(), ".tmp/fuzz");
  mkdirSync(dir, { recursive: true });
  const data = { seed, case: c.id, recipe: c.recipe, problems, input: c.input, ...(c.bytes ? { bytes: Buffer.from(c.bytes.data).toString("base64"), encoding: c.bytes.encoding } : {}) };
  writeFileSync(join(dir, `${seed}-${c.id}.json`), JSON.stringify(data, null, 1));
}

async function parent(): Promise<void> {
  const total = opt("--cases", 100_000);
  const seed = opt("--seed", 20261127);
  const from = opt("--from", 0);
  const hangMs = opt("--hang-ms", 60_000);
  const onlyArg = args.indexOf("--only") >= 0 ? opt("--only", 0) : undefined;
  const workers = onlyArg !== undefined ? 1 : Math.max(1, opt("--workers", Math.min(2, availableParallelism())));
  const t0 = performance.now();

  const failures: Array<{ i: number; recipe: string; problems: string[] }> = [];
  const stats = new Map<string, { n: number; ms: number; max: number; chars: number }>();
  const slowest: Array<{ i: number; ms: number; len: number; kind: string }> = [];
  let done = 0;
  let childCpuMs = 0;

  const shard = Math.ceil(total / workers);
  const shards = range(0, workers).map((w) => [from + w * shard, from + Math.min(total, (w + 1) * shard)] as const).filter(([a, b]) => b > a);

  const runShard = (a: number, b: number): Promise<void> =>
    new Promise((resolve) => {
      if (a >= b) return resolve();
      let current = a;
      let inCase = false;
      let last = performance.now();
      const env: NodeJS.ProcessEnv = { ...process.env, VWN_FUZZ_CHILD: "1", VWN_FUZZ_SEED: String(seed), VWN_FUZZ_FROM: String(a), VWN_FUZZ_TO: String(b) };
      if (onlyArg !== undefined) env.VWN_FUZZ_ONLY = String(onlyArg);
      const cp: ChildProcess = fork(process.argv[1]!, [], { env, execArgv: process.execArgv, stdio: ["ignore", "inherit", "inherit", "ipc"] });
      let finished = false;
      // a case in progress may take hangMs; loading the modules (before the first case) up to 5 minutes
      const watchdog = setInterval(() => {
        if (performance.now() - last < (inCase ? hangMs : Math.max(hangMs, 300_000))) return;
        clearInterval(watchdog);
        finished = true;
        cp.kill("SIGKILL");
        if (!inCase) {
          failures.push({ i: current, recipe: "(child start)", problems: ["the child process did not start"] });
          return resolve();
        }
        failures.push({ i: current, recipe: `(replay: npm run fuzz -- --seed ${seed} --only ${current})`, problems: [`hang: no progress for ${hangMs / 1000} s`] });
        done++;
        void runShard(current + 1, b).then(resolve);
      }, 1_000);
      cp.on("message", (m: FromChild) => {
        last = performance.now();
        if (m.t === "start") {
          current = m.i;
          inCase = true;
        } else if (m.t === "done") {
          inCase = false;
          done++;
          const s = stats.get(m.kind) ?? { n: 0, ms: 0, max: 0, chars: 0 };
          s.n++;
          s.ms += m.ms;
          s.max = Math.max(s.max, m.ms);
          s.chars += m.len;
          stats.set(m.kind, s);
          slowest.push({ i: m.i, ms: m.ms, len: m.len, kind: m.kind });
          if (slowest.length > 40) slowest.sort((x, y) => y.ms - x.ms).splice(20);
          if (m.problems.length) {
            failures.push({ i: m.i, recipe: m.recipe ?? "", problems: m.problems });
            process.stderr.write(`\ncase ${m.i} FAILED (${m.recipe}):\n  ${m.problems.slice(0, 5).join("\n  ")}\n`);
          } else if (onlyArg !== undefined) process.stderr.write(`case ${m.i} passed (${m.recipe}) in ${Math.round(m.ms)} ms\n`);
          if (done % 1000 === 0 && process.stderr.isTTY) process.stderr.write(`\\r${done}/${total} cases, ${failures.length} failed, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
          else if (done % 10_000 === 0) process.stderr.write(`${done}/${total} cases, ${failures.length} failed, ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
        } else if (m.t === "end") childCpuMs += m.cpuMs;
        else if (m.t === "index" && m.problems.length) {
          failures.push({ i: m.i, recipe: `index export/import after case ${m.i}`, problems: m.problems });
          process.stderr.write(`\nindex round trip after case ${m.i} FAILED:\n  ${m.problems.slice(0, 5).join("\n  ")}\n`);
        }
      });
      cp.on("exit", (code) => {
        clearInterval(watchdog);
        if (finished) return;
        finished = true;
        if (code !== 0 && current < b) {
          failures.push({ i: current, recipe: `(replay: npm run fuzz -- --seed ${seed} --only ${current})`, problems: [`child exited with ${code} (crash or out of memory)`] });
          done++;
          void runShard(current + 1, b).then(resolve);
        } else resolve();
      });
    });

  await Promise.all(shards.map(([a, b]) => runShard(a, b)));
  const wall = (performance.now() - t0) / 1000;

  const n = onlyArg !== undefined ? done : total;
  console.log(`\nfuzz: ${done} of ${n} cases, seed ${seed}${from ? `, from ${from}` : ""}, ${workers} worker(s), ${wall.toFixed(1)} s wall, ${(childCpuMs / 1000).toFixed(1)} s CPU`);
  console.log("kind      cases   mean ms   max ms   mean chars");
  for (const [k, s] of [...stats].sort()) console.log(`${k.padEnd(9)} ${String(s.n).padStart(6)} ${(s.ms / s.n).toFixed(1).padStart(9)} ${s.max.toFixed(0).padStart(8)} ${(s.chars / s.n).toFixed(0).padStart(12)}`);
  console.log(`slowest: ${slowest.sort((x, y) => y.ms - x.ms).slice(0, 5).map((x) => `#${x.i} ${x.kind} ${Math.round(x.ms)} ms (${x.len} chars)`).join(", ")}`);
  console.log(`${failures.length} failure(s)${failures.length ? " (inputs in .tmp/fuzz/):" : ""}`);
  for (const f of failures.slice(0, 50)) console.log(`  #${f.i} ${f.recipe}\n    ${f.problems.slice(0, 3).join("\n    ")}`);
  process.exitCode = failures.length ? 1 : 0;
}
