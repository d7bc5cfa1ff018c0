/**
 * Writes against a real server: add, update, remove and their errors as in memory, the stored
 * records and filter columns, and failed ingests that leave nothing behind (transactions).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { PgSearchIndex } from "../../src/node/db/index.js";
import { parseArticle } from "../../src/parse.js";
import { HAVE_DB, SKIP_MESSAGE, freshIndex, sql } from "./support.js";

const doc = (i: number, extra = "") => ({ id: `a/${i}`, title: `Bài ${i}`, body: `UBND phường Tân Giang, mã zk${i}. ${extra}`, year: 2020 + (i % 3) });

async function counts(index: PgSearchIndex): Promise<{ articles: number; postings: number }> {
  const [a] = await sql<{ n: string }>(`SELECT count(*) AS n FROM ${index.schema}.articles`);
  const [p] = await sql<{ n: string }>(`SELECT count(*) AS n FROM ${index.schema}.postings`);
  return { articles: Number(a!.n), postings: Number(p!.n) };
}

describe.skipIf(!HAVE_DB)("writes", () => {
  let index: PgSearchIndex;
  beforeAll(async () => {
    index = await freshIndex("ingest");
  });
  afterAll(async () => {
    await index?.drop();
  });
  beforeEach(async () => {
    await index.clear();
  });

  it("add, has, get, size; adding an id twice is INVALID_INPUT as in memory and changes nothing", async () => {
    await index.add(doc(1));
    expect(await index.has("a/1")).toBe(true);
    expect(await index.size()).toBe(1);
    expect((await index.get("a/1"))?.tags.ward).toEqual(["Tân Giang"]);
    const before = await counts(index);
    await expect(index.add(doc(1, "khác"))).rejects.toMatchObject({ code: "INVALID_INPUT", message: expect.stringContaining('"a/1" is already in the index (use update)') });
    expect(await counts(index)).toEqual(before);
    expect((await index.search("khác")).length).toBe(0);
  });

  it("update replaces (old words no longer found) and adds a new id; remove deletes the postings too", async () => {
    await index.addMany([doc(1), doc(2)]);
    await index.update({ id: "a/1", body: "nội dung mới hoàn toàn" });
    expect((await index.search("zk1")).map((h) => h.id)).toEqual([]);
    expect((await index.search("nội dung mới")).map((h) => h.id)).toEqual(["a/1"]);
    await index.update(doc(3));
    expect(await index.size()).toBe(3);
    expect(await index.remove("a/2")).toBe(true);
    expect(await index.remove("a/2")).toBe(false);
    const left = await sql<{ n: string }>(`SELECT count(*) AS n FROM ${index.schema}.postings WHERE id = 'a/2'`);
    expect(Number(left[0]!.n)).toBe(0);
    expect(await index.removeMany(["a/1", "a/3", "nope"])).toBe(2);
    expect(await counts(index)).toEqual({ articles: 0, postings: 0 });
  });

  it("updateMany: an id given twice, the last one wins", async () => {
    await index.updateMany([doc(1, "trước"), doc(2), doc(1, "sau")]);
    expect(await index.size()).toBe(2);
    expect((await index.search("sau")).map((h) => h.id)).toEqual(["a/1"]);
    expect((await index.search("trước")).map((h) => h.id)).toEqual([]);
  });

  it("stores the parsed record with its filter columns", async () => {
    const text = "Hội nghị tổng kết năm 2020\nChiều ngày 07/01/2021 tại hội trường UBND phường Tân Giang đã diễn ra hội nghị tổng kết công tác năm 2020.";
    const record = parseArticle(text, { id: "articles/r.txt" });
    await index.add(record);
    expect(await index.getRecord("articles/r.txt")).toEqual(JSON.parse(JSON.stringify(record)));
    const [row] = await sql<{ ward: string; wards: string[]; year: number | null; event_type: string | null; event_iso: string | null; event_date: string | null }>(
      `SELECT ward, wards, year, event_type, event_iso, to_char(event_date, 'YYYY-MM-DD') AS event_date FROM ${index.schema}.articles WHERE id = 'articles/r.txt'`,
    );
    expect(row!.ward).toBe("Tân Giang");
    expect(row!.wards).toEqual(["Tân Giang"]);
    expect(row!.event_iso).toBe(record.event.date?.iso ?? null);
    expect(row!.event_type).toBe(record.event.type);
    if (record.event.date?.iso === "2021-01-07") expect(row!.event_date).toBe("2021-01-07");
    expect(await index.getRecord("nope")).toBeNull();
    await index.add({ id: "plain", body: "x" });
    expect(await index.getRecord("plain")).toBeNull();
  });
});

describe.skipIf(!HAVE_DB)("a failed ingest leaves nothing behind", () => {
  let index: PgSearchIndex;
  beforeAll(async () => {
    index = await freshIndex("failed");
  });
  afterAll(async () => {
    await index?.drop();
  });
  beforeEach(async () => {
    await index.clear();
    await index.addMany([doc(0), doc(1)]);
  });

  it("an id given twice in one batch: refused before writing", async () => {
    const before = await counts(index);
    await expect(index.addMany([doc(10), doc(11), doc(10)])).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await counts(index)).toEqual(before);
  });

  it("an id already stored, late in a batch of 1,200: the server refuses, the whole batch is rolled back", async () => {
    const before = await counts(index);
    const batch = Array.from({ length: 1200 }, (_, i) => doc(100 + i));
    batch[1100] = doc(1); // already stored
    await expect(index.addMany(batch)).rejects.toMatchObject({ code: "INVALID_INPUT", message: expect.stringContaining('"a/1"') });
    expect(await counts(index)).toEqual(before);
    expect(await index.has("a/100")).toBe(false);
    expect((await index.search("zk150")).length).toBe(0);
  });

  it("data the server rejects (an id too long for its index) after two statements of a batch succeeded: nothing of the batch stays", async () => {
    const before = await counts(index);
    const batch = Array.from({ length: 1200 }, (_, i) => doc(100 + i));
    // rows go in 500 at a time: the third INSERT fails (btree entries are limited to about 2.7 kB)
    let x = 7;
    const noise = Array.from({ length: 9000 }, () => ((x = (x * 1103515245 + 12345) % 2147483648), "abcdefghijklmnopqrstuvwxyz0123456789"[x % 36])).join("");
    batch[1150] = { ...doc(1250), id: `long/${noise}` }; // incompressible, so too long for a btree entry
    const e = await index.addMany(batch).catch((x: unknown) => x);
    expect(e).toMatchObject({ code: "DATABASE_ERROR", message: expect.stringMatching(/^vn-ward-news: PostgreSQL error while adding articles: .*index row/) });
    expect((e as Error).message).not.toContain("\n");
    expect(await counts(index)).toEqual(before);
    expect(await index.has("a/100")).toBe(false);
    expect(await index.has("a/1000")).toBe(false);
  });

  it("a NUL character (PostgreSQL cannot store it) is refused before writing", async () => {
    const before = await counts(index);
    await expect(index.addMany([doc(10), { ...doc(11), id: "bad\u0000id" }])).rejects.toMatchObject({ code: "INVALID_INPUT", message: expect.stringContaining("NUL") });
    // (in search fields normalization removes it; the stored record keeps what it was given)
    const record = { ...parseArticle("UBND phường Tân Giang tổ chức hội nghị.", { id: "r/nul" }), title: "a\u0000b" };
    await expect(index.addMany([doc(10), record])).rejects.toMatchObject({ code: "INVALID_INPUT", message: expect.stringContaining("NUL") });
    expect(await counts(index)).toEqual(before);
  });

  it("an invalid document: refused before writing", async () => {
    const before = await counts(index);
    await expect(index.addMany([doc(10), { id: "", body: "x" }])).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(index.addMany([doc(10), { id: "x" } as never])).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await counts(index)).toEqual(before);
  });
});

describe.skipIf(!HAVE_DB)("versions and lifecycle", () => {
  it("an index written by other ranking code refuses to search until reindex(), then answers as before", async () => {
    const index = await freshIndex("stale");
    try {
      await index.addMany([doc(1), doc(2), doc(3)]);
      const before = await index.search("tân giang");
      await sql(`UPDATE ${index.schema}.meta SET value = 'older' WHERE key = 'ranking'`);
      await sql(`UPDATE ${index.schema}.postings SET slot = 8`);
      const reopened = await freshIndexAt(index.schema);
      await expect(reopened.search("tân giang")).rejects.toMatchObject({ code: "DATABASE_ERROR", message: expect.stringContaining("reindex") });
      expect(await reopened.reindex()).toBe(3);
      expect(await reopened.search("tân giang")).toEqual(before);
      await reopened.close();
    } finally {
      await index.drop();
    }
  });

  it("a schema of another layout version is refused with one line", async () => {
    const index = await freshIndex("layout");
    await sql(`UPDATE ${index.schema}.meta SET value = '999' WHERE key = 'layout'`);
    await expect(freshIndexAt(index.schema)).rejects.toMatchObject({ code: "DATABASE_ERROR", message: expect.stringMatching(/layout version 999/) });
    await index.drop();
  });

  it("a closed index refuses calls with DATABASE_ERROR", async () => {
    const index = await freshIndex("closed");
    const schema = index.schema;
    await index.close();
    await expect(index.size()).rejects.toMatchObject({ code: "DATABASE_ERROR", message: expect.stringContaining("closed") });
    await (await freshIndexAt(schema)).drop();
  });
});

async function freshIndexAt(schema: string): Promise<PgSearchIndex> {
  const { createPgSearchIndex } = await import("../../src/node/db/index.js");
  const { DATABASE_URL } = await import("./support.js");
  return createPgSearchIndex({ connection: DATABASE_URL, schema });
}

describe.runIf(!HAVE_DB)("PostgreSQL writes", () => {
  it.skip(SKIP_MESSAGE, () => {});
});
