/**
 * Two processes adding articles at once, into a schema neither has created yet: nothing is lost,
 * nothing is doubled, and the result still searches like the in-memory index over the same articles.
 */
import { spawn } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { createSearchIndex } from "../../src/search/index.js";
import { createPgSearchIndex, type PgSearchIndex } from "../../src/node/db/index.js";
import { DATABASE_URL, HAVE_DB, SKIP_MESSAGE, ROOT, sql, tsNodeArgs, uniqueSchema } from "./support.js";
import { writerDoc } from "./writer.js";

function runWriter(schema: string, prefix: string, count: number, batch: number, startAt: number): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, tsNodeArgs("writer.ts", DATABASE_URL, schema, prefix, String(count), String(batch)), {
      cwd: ROOT,
      env: { ...process.env, VWN_WRITER_START_AT: String(startAt) },
    });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (out += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, out }));
  });
}

describe.skipIf(!HAVE_DB)("two writers at once", () => {
  const schema = uniqueSchema("conc");
  let index: PgSearchIndex | undefined;
  afterAll(async () => {
    await index?.drop();
  });

  it("lose nothing: every acknowledged article is stored once and found by its own word", async () => {
    const COUNT = 120;
    const BATCH = 60;
    const startAt = Date.now() + 8000; // both processes are up (and have both created the schema) by then
    const [a, b] = await Promise.all([runWriter(schema, "wa", COUNT, BATCH, startAt), runWriter(schema, "wb", COUNT, BATCH, startAt)]);
    expect(a.code, a.out.slice(-500)).toBe(0);
    expect(b.code, b.out.slice(-500)).toBe(0);
    const acked = [...a.out.matchAll(/^ack (\S+)$/gm), ...b.out.matchAll(/^ack (\S+)$/gm)].map((m) => m[1]!);
    expect(acked).toHaveLength(2 * (COUNT + BATCH));

    index = await createPgSearchIndex({ connection: DATABASE_URL, schema });
    expect(await index.size()).toBe(acked.length);
    for (const id of acked) expect(await index.has(id), id).toBe(true);
    // every article is findable by its unique syllable, as the only hit
    for (const id of acked.filter((_, j) => j % 7 === 0)) {
      const [prefix, i] = id.split("/");
      const hits = await index.search(`${prefix}k${i}`);
      expect(hits.map((h) => h.id)).toEqual([id]);
    }
  });

  it("and the interleaved result still searches like memory over the same articles in the same order", async () => {
    index ??= await createPgSearchIndex({ connection: DATABASE_URL, schema });
    const order = await sql<{ id: string }>(`SELECT id FROM ${schema}.articles ORDER BY seq`);
    // the two writers really interleaved (else this test would prove little)
    const switches = order.filter((r, j) => j > 0 && r.id.slice(0, 2) !== order[j - 1]!.id.slice(0, 2)).length;
    expect(switches).toBeGreaterThan(10);
    const mem = createSearchIndex();
    for (const { id } of order) {
      const [prefix, i] = id.split("/");
      mem.add(writerDoc(prefix!, Number(i)));
    }
    for (const q of ["hội nghị", "Tân Giang", "tong thi quynh hoa", "wak7", "UBND"]) {
      expect(await index.search(q, { limit: 30 }), q).toEqual(mem.search(q, { limit: 30 }));
    }
  });
});

describe.runIf(!HAVE_DB)("two writers at once", () => {
  it.skip(SKIP_MESSAGE, () => {});
});
