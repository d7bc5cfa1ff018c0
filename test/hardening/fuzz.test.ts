/**
 * The first 5,000 cases of `npm run fuzz` (same seed, same generator, same checks): nothing throws,
 * every record validates and its spans slice to their values, the search index survives add/search
 * and export/import of mutated copies. About 45 s of CPU; `npm run fuzz` runs 100,000.
 * Wall-time limits here are loose (a loaded machine must not fail the suite); the fuzz script is strict.
 */
import { describe, expect, it } from "vitest";
import { freshIndex, indexProblems, makeCase, runCase } from "./fuzz-cases.js";

export const FUZZ_SEED = 20261127;
const CASES = 5_000;
const BLOCK = 1_000;
const BATCH = 300;

describe(`fuzz slice: cases 0-${CASES - 1} of seed ${FUZZ_SEED}`, () => {
  let index = freshIndex();
  for (let from = 0; from < CASES; from += BLOCK) {
    it(`cases ${from}-${from + BLOCK - 1}`, () => {
      const failures: string[] = [];
      for (let i = from; i < from + BLOCK; i++) {
        if (i % BATCH === 0) index = freshIndex();
        const c = makeCase(FUZZ_SEED, i);
        const r = runCase(c, index);
        if (r.ms > 15_000 + r.inputLength) r.problems.push(`slow: ${Math.round(r.ms)} ms for ${r.inputLength} characters`);
        if (r.problems.length) failures.push(`#${i} ${c.recipe}: ${r.problems.slice(0, 3).join(" | ")}`);
        if (i % BATCH === BATCH - 1) failures.push(...indexProblems(index, FUZZ_SEED + i).map((p) => `index after #${i}: ${p}`));
      }
      expect(failures).toEqual([]);
    }, 600_000);
  }
});
