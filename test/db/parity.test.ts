/**
 * Same results from PostgreSQL as from memory: the fixture articles in both (as the search tests
 * index them), the labelled queries of fixtures/queries.json and a table of our own, then random corpora and queries
 * (fast-check), then again after updates and removals. Hits are compared whole: ids, order, tiers,
 * scores and snippets.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSearchIndex, type SearchIndex, type SearchOptions, type PlainSearchDocument } from "../../src/search/index.js";
import type { PgSearchIndex } from "../../src/node/db/index.js";
import { fastPathAgrees } from "../../src/node/db/ranking.js";
import { fixtureRecords } from "../search/fixture-records.js";
import { SEARCHES } from "../search/labelled-queries.js";
import { HAVE_DB, SKIP_MESSAGE, freshIndex } from "./support.js";

const OWN_QUERIES: Array<[string, SearchOptions]> = [
  ["Tân Giang", {}],
  ["tan giang", {}],
  ["TÂN GIANG", {}],
  ["UBND", {}],
  ["Ủy ban nhân dân", { limit: 20 }],
  ["uy ban nhan dan phuong", { limit: 20 }],
  ["HĐND", {}],
  ["hdnd", {}],
  ["MTTQ", { limit: 20 }],
  ["hội nghị tổng kết", { limit: 50 }],
  ["hoi nghi tong ket", { limit: 50 }],
  ["hội nghị", { limit: 5, offset: 3 }],
  ["cựu chiến binh", {}],
  ["huy hiệu đảng", {}],
  ["trao huy hiệu đảng cho đảng viên", { limit: 30 }],
  ["tong thi quynh hoa", {}],
  ["phường xyz giang", { limit: 30 }],
  ["hội nghị", { filter: { year: 2021 }, limit: 50 }],
  ["hội nghị", { filter: { ward: "tan giang" } }],
  ["tổng kết", { filter: { type: "hội nghị" }, limit: 50 }],
  ["đảng viên", { filter: { award: "huy hiệu đảng" } }],
  ["phường", { limit: 100 }],
  ["a", {}],
  ["", {}],
  ["!!!", {}],
  ["zzzz qqqq", {}],
  ["2021", { limit: 50 }],
  ["hội nghị", { snippets: false, limit: 50 }],
];

describe.skipIf(!HAVE_DB)("PostgreSQL and memory give the same hits", () => {
  let mem: SearchIndex;
  let db: PgSearchIndex;

  beforeAll(async () => {
    const records = fixtureRecords();
    mem = createSearchIndex();
    mem.addMany(records);
    db = await freshIndex("parity");
    await db.addMany(records);
  });
  afterAll(async () => {
    await db?.drop();
  });

  it(`the ${SEARCHES.length} labelled queries of fixtures/queries.json: same ids, same order, same hits`, async () => {
    expect(SEARCHES.length).toBeGreaterThan(20);
    let withHits = 0;
    for (const { q, filter } of SEARCHES) {
      const options: SearchOptions = filter ? { limit: 50, filter } : { limit: 50 };
      const a = mem.search(q, options);
      const b = await db.search(q, options);
      expect(b.map((h) => h.id), q).toEqual(a.map((h) => h.id));
      expect(b, q).toEqual(a);
      if (a.length) withHits++;
    }
    expect(withHits).toBeGreaterThan(SEARCHES.length / 2);
  });

  it.each(OWN_QUERIES)("%j %j", async (query, options) => {
    const a = mem.search(query, options);
    const b = await db.search(query, options);
    expect(b).toEqual(a);
  });

  it("uses the fast path: it agrees with the in-memory index on its built-in sample", async () => {
    // when this fails, the in-memory index changed in a way src/node/db/ranking.ts does not follow yet:
    // searches still give the same results (through the slow rebuild path); VWN_DEBUG_FASTPATH=1 names the query
    expect(await fastPathAgrees()).toBe(true);
    expect(db.ranking).toBe("fast");
  });

  it.each([1, 2, 5])("prefixes of %i candidates (the search runs past them and reads more): the same hits", async (prefix) => {
    db.searchPrefix = prefix;
    try {
      expect(await fastPathAgrees()).toBe(true); // else the rebuild path answers, and the prefixes are not tested
      for (const [query, options] of OWN_QUERIES) expect(await db.search(query, options), query).toEqual(mem.search(query, options));
      for (const { q, filter } of SEARCHES) {
        const options: SearchOptions = filter ? { limit: 3, filter } : { limit: 3 };
        expect(await db.search(q, options), q).toEqual(mem.search(q, options));
      }
    } finally {
      db.searchPrefix = undefined;
    }
  });

  it("the slow rebuild path (the fallback) gives the same hits too", async () => {
    db.ranking = "rebuild";
    try {
      for (const [query, options] of OWN_QUERIES) expect(await db.search(query, options), query).toEqual(mem.search(query, options));
    } finally {
      db.ranking = "fast";
    }
  });

  it("finds something for most queries (the comparison is not between two empty lists)", async () => {
    let nonEmpty = 0;
    for (const [q, o] of OWN_QUERIES) if ((await db.search(q, o)).length) nonEmpty++;
    expect(nonEmpty).toBeGreaterThanOrEqual(OWN_QUERIES.length - 6);
  });

  it("refuses bad options with the in-memory messages", async () => {
    for (const options of [{ limit: 0 }, { limit: 1.5 }, { offset: -1 }, { filter: { colour: "x" } as never }]) {
      let memError: unknown;
      try {
        mem.search("x", options);
      } catch (e) {
        memError = e;
      }
      expect(memError).toBeInstanceOf(Error);
      await expect(db.search("x", options)).rejects.toThrow((memError as Error).message);
    }
  });

  it("stores the parsed records with their filter columns", async () => {
    const seed = await db.getRecord("fixtures/seed.txt");
    expect(seed?.text).toContain("Tân Giang");
    expect(await db.get("fixtures/seed.txt")).toEqual(mem.get("fixtures/seed.txt"));
    expect(await db.size()).toBe(mem.size);
  });
});

// Random corpora over a small syllable alphabet, with the diacritic variants and abbreviations that
// make the tiers differ, so ties, partial matches and alternatives all happen.
const SYLLABLES = ["tân", "tấn", "tan", "giang", "Giang", "hội", "hồi", "nghị", "nghi", "tổng", "kết", "UBND", "Ủy", "ủy", "ban", "nhân", "dân", "phường", "xã", "Hoa", "hòa", "hoà", "đảng", "dang", "viên", "MTTQ", "mặt", "trận", "tổ", "quốc", "2021"];
const word = fc.constantFrom(...SYLLABLES);
const text = (max: number) => fc.array(word, { minLength: 0, maxLength: max }).map((w) => w.join(" "));
const docArb = fc.record({
  title: text(6),
  body: text(40),
  venue: text(5),
  year: fc.constantFrom(undefined, 2020, 2021),
  ward: fc.constantFrom(undefined, "Tân Giang", "Tấn Giang", "Hòa"),
});
const queryArb = fc.tuple(
  fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(" ")),
  fc.record({ limit: fc.integer({ min: 1, max: 12 }), offset: fc.integer({ min: 0, max: 3 }) }),
  fc.constantFrom<SearchOptions["filter"] | undefined>(undefined, { year: 2021 }, { ward: "tan giang" }, { ward: "Tân Giang" }),
);

describe.skipIf(!HAVE_DB)("random corpora: PostgreSQL and memory agree (fast-check)", () => {
  let db: PgSearchIndex;
  beforeAll(async () => {
    db = await freshIndex("prop");
  });
  afterAll(async () => {
    await db?.drop();
  });

  it("after adds, updates and removals", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(docArb, { minLength: 1, maxLength: 25 }),
        fc.array(fc.tuple(fc.nat(), fc.boolean(), docArb), { maxLength: 6 }),
        fc.array(queryArb, { minLength: 1, maxLength: 6 }),
        async (docs, changes, queries) => {
          await db.clear();
          const plain: PlainSearchDocument[] = docs.map((d, i) => ({ id: `d${i}`, ...d }));
          const mem = createSearchIndex();
          mem.addMany(plain);
          await db.addMany(plain);
          for (const [n, removeIt, d] of changes) {
            const id = `d${n % plain.length}`;
            if (removeIt) {
              expect(await db.remove(id)).toBe(mem.remove(id));
            } else {
              mem.update({ id, ...d });
              await db.update({ id, ...d });
            }
          }
          for (const [q, o, filter] of queries) {
            const options = filter ? { ...o, filter } : o;
            expect(await db.search(q, options)).toEqual(mem.search(q, options));
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe.skipIf(!HAVE_DB)("the partial option means the same in both", () => {
  it.each([["always"], [false], [true]] as const)("partial: %j", async (partial) => {
    const records = fixtureRecords();
    const mem = createSearchIndex({ partial });
    mem.addMany(records);
    const db = await freshIndex("partial", { partial });
    try {
      await db.addMany(records);
      for (const [query, options] of OWN_QUERIES) expect(await db.search(query, options), query).toEqual(mem.search(query, options));
    } finally {
      await db.drop();
    }
  });
});

describe.runIf(!HAVE_DB)("PostgreSQL parity tests", () => {
  it.skip(SKIP_MESSAGE, () => {});
});
