// Linear time on hostile input: parseArticle on 1 MB of adversarial input against 1 MB of normal
// articles, in the same run. Goal: every adversarial input at most 10x the normal time per MB.
//
// Normal: the fixtures parsed one by one, repeated until 1,000,000 characters have been parsed; each
// repetition rotates the digits (so dates, counts and lines differ and no per-line cache is warm from
// an earlier repetition). Adversarial: one input of 1,000,000 characters each (UTF-16 code units).
// The inputs are in adversarial-inputs.mjs (shared with test/hardening/linear.test.ts).
// Times are CPU time of this process (user + system), so other load on the machine matters less;
// wall time is printed too. Runs on the build (../dist/index.js); VWN_DIST=<path> points elsewhere,
// VWN_ADV_SIZE changes the size, VWN_ADV_ONLY=<name part> runs some inputs only.
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { ADVERSARIAL, ARTICLES, rotateDigits } from "./adversarial-inputs.mjs";

const dist = process.env.VWN_DIST ? pathToFileURL(resolve(process.env.VWN_DIST)).href : "../dist/index.js";
const { parseArticle } = await import(dist);

const SIZE = Number(process.env.VWN_ADV_SIZE ?? 1_000_000);
const ONLY = process.env.VWN_ADV_ONLY;
const GOAL = 10;

const articles = ARTICLES;

function cpuMs() {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function measure(fn) {
  const c = cpuMs();
  const t = performance.now();
  fn();
  return { cpu: cpuMs() - c, wall: performance.now() - t };
}

// warm up on small inputs of every kind
for (const a of articles) parseArticle(a);
for (const { make } of Object.values(ADVERSARIAL)) parseArticle(make(20_000));

// normal: separate articles to SIZE characters, digits rotated per repetition
let parsed = 0;
const normal = measure(() => {
  for (let k = 0; parsed < SIZE; k++) {
    for (const a of articles) {
      const s = rotateDigits(a, k);
      parseArticle(s);
      parsed += s.length;
      if (parsed >= SIZE) break;
    }
  }
});
const perMB = (ms, n) => (ms * 1_000_000) / n;
const normalCpu = perMB(normal.cpu, parsed);
console.log(`normal: ${articles.length} fixtures as separate articles, ${parsed} characters: ${normal.cpu.toFixed(0)} ms CPU (${normal.wall.toFixed(0)} ms wall), ${normalCpu.toFixed(0)} ms CPU per 1,000,000 characters`);

const rows = [];
let worst = 0;
for (const [name, { what, make }] of Object.entries(ADVERSARIAL)) {
  if (ONLY && !name.includes(ONLY)) continue;
  const input = make(SIZE);
  let record;
  const m = measure(() => {
    record = parseArticle(input, { maxInputLength: Math.max(input.length, 4_000_000) });
  });
  const ratio = perMB(m.cpu, input.length) / normalCpu;
  worst = Math.max(worst, ratio);
  rows.push({ input: name, chars: input.length, "ms CPU": Math.round(m.cpu), "ms wall": Math.round(m.wall), "x normal": +ratio.toFixed(2), "text chars": record.text.length, what });
}
console.table(rows);
console.log(`worst adversarial / normal per MB: ${worst.toFixed(2)}x  (goal <= ${GOAL}x)`);
if (worst > GOAL) process.exitCode = 1;
