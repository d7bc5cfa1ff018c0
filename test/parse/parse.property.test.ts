/**
 * parseArticle never throws on arbitrary text, and what it returns is always a valid record
 * whose spans slice to their values.
 */
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseArticle, ArticleRecordSchema } from "../../src/index.js";
import { spanProblems } from "../support/spans.js";

const dir = join(__dirname, "../../fixtures");
const articles = readdirSync(dir).filter((f) => /\.(txt|html)$/.test(f)).map((f) => readFileSync(join(dir, f), "utf8"));

function check(input: string) {
  const r = parseArticle(input);
  const v = ArticleRecordSchema.safeParse(r);
  expect(v.success).toBe(true);
  expect(spanProblems(r)).toEqual([]);
}

describe("parseArticle on arbitrary input", () => {
  it("never throws on arbitrary strings", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 400 }), check), { numRuns: 300, seed: 20261127 });
  });
  it("never throws on mutated fixtures (cut, spliced, duplicated)", () => {
    fc.assert(
      fc.property(fc.nat(articles.length - 1), fc.nat(), fc.nat(), fc.string({ maxLength: 30 }), (i, a, b, ins) => {
        const s = articles[i]!;
        const x = a % (s.length + 1), y = b % (s.length + 1);
        const [lo, hi] = x < y ? [x, y] : [y, x];
        check(s.slice(0, lo) + ins + s.slice(hi) + s.slice(lo, Math.min(hi, lo + 200)));
      }),
      { numRuns: 150, seed: 20261127 },
    );
  });
  it("returns a record for empty and whitespace-only input", () => {
    for (const s of ["", " ", "\n\n\n", "\u200b\u00a0"]) {
      const r = parseArticle(s);
      expect(r.text).toBe("");
      expect(r.warnings.map((w) => w.code)).toContain("no-event-date");
    }
  });
});
