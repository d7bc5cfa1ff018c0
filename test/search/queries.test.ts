/**
 * Every labelled query of fixtures/queries.json over the fixture articles: the expected ids at the
 * top (in order unless marked unordered), at the expected tiers; suggestions and did-you-mean.
 */
import { describe, expect, it } from "vitest";
import { createSearchIndex } from "../../src/search/index.js";
import { fixtureRecords } from "./fixture-records.js";
import { LABELLED, SEARCHES } from "./labelled-queries.js";

const index = createSearchIndex().addMany(fixtureRecords());

describe("fixtures/queries.json", () => {
  it("has at least 40 labelled queries covering every kind of query", () => {
    expect(LABELLED.length).toBeGreaterThanOrEqual(40);
    const tags = new Set(LABELLED.flatMap((q) => q.tags));
    for (const t of ["folded", "diacritics", "wrong-marks", "tone-style", "phrase", "abbreviation", "prefix", "filter", "nothing"]) expect(tags).toContain(t);
  });

  it.each(SEARCHES.map((q) => [`${q.q}${q.filter ? ` ${JSON.stringify(q.filter)}` : ""}`, q] as const))("search %s", (_name, q) => {
    const hits = index.search(q.q, { limit: 20, ...(q.filter ? { filter: q.filter } : {}) });
    if (q.expect.length === 0) {
      expect(hits).toEqual([]);
      return;
    }
    const top = hits.slice(0, q.expect.length);
    const ids = top.map((h) => h.id);
    if (q.ordered === false) expect([...ids].sort()).toEqual([...q.expect].sort());
    else expect(ids).toEqual(q.expect);
    if (q.tiers) {
      const tierOf = new Map(top.map((h) => [h.id, h.tier]));
      expect(q.expect.map((id) => tierOf.get(id))).toEqual(q.tiers);
    }
    if (q.exclusive) expect(hits.length).toBe(q.expect.length);
    // whatever else comes back ranks below
    for (const h of hits.slice(q.expect.length)) expect(h.score).toBeLessThanOrEqual(top[top.length - 1]!.score);
  });

  it.each(LABELLED.filter((q) => q.kind === "suggest").map((q) => [q.q, q] as const))("suggest %s", (_name, q) => {
    const got = index.suggest(q.q);
    expect(got.slice(0, (q.expect as string[]).length)).toEqual(q.expect);
  });

  it.each(LABELLED.filter((q) => q.kind === "didYouMean").map((q) => [q.q, q] as const))("didYouMean %s", (_name, q) => {
    expect(index.didYouMean(q.q)).toBe(q.expect);
  });
});
