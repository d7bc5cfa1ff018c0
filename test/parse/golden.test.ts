/**
 * Golden whole-article tests: every fixture with a gold record is parsed and scored with the
 * scorer's rules (test/support/score.ts, the same as `npm run eval`).
 */
import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArticle, ArticleRecordSchema, type ArticleRecord } from "../../src/index.js";
import { loadGolds, score, f1, MAIN_FIELDS } from "../support/score.js";
import { spanProblems } from "../support/spans.js";

// fixtures/: the 17 development articles of the shared corpus. fixtures/holdout/: articles written by the
// lead after the extractors, in the corpus's styles but with other places, people and wordings, to catch
// rules fitted to the development set.
describe.each([
  ["development set", "../../fixtures", 17],
  ["held-out set", "../../fixtures/holdout", 5],
])("golden %s", (_name, rel, expected) => {
  const dir = join(__dirname, rel);
  const golds = loadGolds(dir);
  const records = new Map<string, ArticleRecord>(golds.map((g) => [g.id, parseArticle(readFileSync(join(dir, g.input), "utf8"), { id: g.input })]));

  it("has its articles", () => {
    expect(golds.length).toBe(expected);
  });

  it.each(golds.map((g) => [g.id]))("%s: validates against the schema, with no extractor failure", (id) => {
    const r = records.get(id)!;
    const checked = ArticleRecordSchema.safeParse(r);
    expect(checked.success ? [] : checked.error.issues).toEqual([]);
    expect(r.warnings.filter((w) => w.code === "extractor-failed")).toEqual([]);
  });

  it.each(golds.map((g) => [g.id]))("%s: every span slices to its value", (id) => {
    expect(spanProblems(records.get(id)!)).toEqual([]);
  });

  it.each(golds.map((g) => [g.id]))("%s: no notOfficials entry comes out as an official", (id) => {
    const g = golds.find((x) => x.id === id)!;
    const names = records.get(id)!.officials.map((o) => o.name.toLowerCase());
    for (const bad of g.notOfficials ?? []) expect(names).not.toContain(bad.toLowerCase());
  });

  const { tallies, macro, notes } = score(golds, records);
  it("macro-F1 over the main fields is at least 0.95", () => {
    expect(macro, notes.join("\n")).toBeGreaterThanOrEqual(0.95);
  });
  it.each(MAIN_FIELDS.map((k) => [k]))("field %s has F1 at least 0.90", (k) => {
    expect(f1(tallies[k as (typeof MAIN_FIELDS)[number]]), notes.join("\n")).toBeGreaterThanOrEqual(0.9);
  });
  it.each([["partOfDay"], ["time"], ["counts"], ["publishedAt"], ["title"]])("secondary field %s has F1 at least 0.90", (k) => {
    expect(f1(tallies[k as keyof typeof tallies]), notes.join("\n")).toBeGreaterThanOrEqual(0.9);
  });
});
