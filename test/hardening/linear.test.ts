/**
 * Linear time at the parser level: for every adversarial family of bench/adversarial-inputs.mjs,
 * parsing 4x the input may take at most ~8x the CPU time (linear gives ~4x, quadratic ~16x), and
 * 200,000 characters of any family take at most 10x the CPU time per character of normal articles
 * (the growth check applies from 300 ms up, below which timer noise dominates).
 * CPU time (process.cpuUsage) rather than wall time, so other load on the machine matters less.
 * `npm run bench` (adversarial.bench.mjs) measures the same families at 1 MB.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";
import { ADVERSARIAL, ARTICLES, rotateDigits } from "../../bench/adversarial-inputs.mjs";

const SMALL = 50_000;
const LARGE = 4 * SMALL;

function cpu(f: () => void): number {
  const a = process.cpuUsage();
  f();
  const b = process.cpuUsage(a);
  return (b.user + b.system) / 1000;
}

/** Best of two runs: a GC pause or a JIT compile in one run should not fail the test. */
const best = (f: () => void) => Math.min(cpu(f), cpu(f));

let normalPerChar = 0;
beforeAll(() => {
  for (const a of ARTICLES) parseArticle(a); // warm up
  let chars = 0;
  const ms = best(() => {
    chars = 0;
    for (let k = 0; chars < LARGE; k++) for (const a of ARTICLES) {
      const s = rotateDigits(a, k);
      parseArticle(s);
      chars += s.length;
    }
  });
  normalPerChar = ms / chars;
}, 120_000);

describe("parse time grows linearly on adversarial input", () => {
  it.each(Object.entries(ADVERSARIAL).map(([name, f]) => [name, f.what, f.make] as const))("%s (%s)", (_name, _what, make) => {
    const small = make(SMALL);
    const large = make(LARGE);
    parseArticle(make(5_000)); // warm up this family's paths
    const tSmall = best(() => parseArticle(small));
    const tLarge = best(() => parseArticle(large, { maxInputLength: Math.max(large.length, 4_000_000) }));
    const growth = tLarge / Math.max(tSmall, 1);
    const vsNormal = tLarge / large.length / normalPerChar;
    expect({ growth: growth <= 8 || tLarge < 300, vsNormal: vsNormal <= 10 }, `${Math.round(tSmall)} ms -> ${Math.round(tLarge)} ms (x${growth.toFixed(1)}), ${vsNormal.toFixed(2)}x normal per character`).toEqual({ growth: true, vsNormal: true });
  }, 180_000);
});
