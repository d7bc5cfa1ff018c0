/**
 * Crash safety: a writer adds articles one transaction at a time on a cluster of its own (started
 * by scripts/pg-test-cluster.sh, so stopping it cannot disturb the other tests); the server is killed
 * with `pg_ctl stop -m immediate` (no checkpoint, no clean shutdown) while it writes, then started
 * again. Every article the writer saw acknowledged must be found, and no article may be half there.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPgSearchIndex } from "../../src/node/db/index.js";
import { HAVE_DB, ROOT, SKIP_MESSAGE, clusterScript, sql, tsNodeArgs } from "./support.js";

describe.skipIf(!HAVE_DB)("after pg_ctl stop -m immediate and a restart", () => {
  let dir = "";
  let state = "";
  let url = "";

  beforeAll(() => {
    // made here, not at collection time, so a run without a database leaves no folder behind
    dir = mkdtempSync(join(tmpdir(), "vwn-crash-"));
    state = join(dir, "cluster.env");
    const out = clusterScript(["start"], state);
    url = /VWN_TEST_DATABASE_URL='([^']+)'/.exec(out)![1]!;
  }, 180_000);
  afterAll(() => {
    try {
      if (state) clusterScript(["stop"], state);
    } finally {
      if (dir) rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it("every acknowledged article is still found, and none is half written", async () => {
    // the writer adds up to 2,000 articles, one transaction each, and prints "ack <id>" after each
    const child: ChildProcess = spawn(process.execPath, tsNodeArgs("writer.ts", url, "crash", "cr", "2000"), { cwd: ROOT });
    let out = "";
    child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr!.on("data", (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("close", resolve));

    // let it write a while, then kill the server under it
    const t0 = Date.now();
    while ((out.match(/^ack /gm)?.length ?? 0) < 80 && Date.now() - t0 < 90_000) await new Promise((r) => setTimeout(r, 50));
    clusterScript(["crash"], state);
    const code = await exited;
    const acked = [...out.matchAll(/^ack (\S+)$/gm)].map((m) => m[1]!);
    expect(acked.length).toBeGreaterThanOrEqual(80);
    // the writer did not finish: it met the dead server and said so in one line
    expect(code, out.slice(-300)).toBe(3);
    expect(out).toMatch(/^error DATABASE_UNAVAILABLE vn-ward-news: PostgreSQL at 127\.0\.0\.1:\d+\/vwn_test is unavailable while adding articles: [^\n]+$/m);

    clusterScript(["restart"], state);
    const index = await createPgSearchIndex({ connection: url, schema: "crash" });
    try {
      const size = await index.size();
      // acknowledged ones are there; at most the one in flight was committed without its ack reaching the writer
      expect(size).toBeGreaterThanOrEqual(acked.length);
      expect(size).toBeLessThanOrEqual(acked.length + 1);
      for (const id of acked) expect(await index.has(id), id).toBe(true);
      for (const id of acked.filter((_, j) => j % 10 === 0 || j === acked.length - 1)) {
        const [prefix, i] = id.split("/");
        expect((await index.search(`${prefix}k${i}`)).map((h) => h.id), id).toEqual([id]);
      }
      // no article without its postings, no postings without their article
      const orphans = await sql<{ n: string }>(
        `SELECT (SELECT count(*) FROM crash.articles a WHERE NOT EXISTS (SELECT 1 FROM crash.postings p WHERE p.id = a.id))
              + (SELECT count(*) FROM crash.postings p WHERE NOT EXISTS (SELECT 1 FROM crash.articles a WHERE a.id = p.id)) AS n`,
        [],
        url,
      );
      expect(Number(orphans[0]!.n)).toBe(0);
    } finally {
      await index.close();
    }
  }, 240_000);
});

describe.runIf(!HAVE_DB)("crash recovery", () => {
  it.skip(SKIP_MESSAGE, () => {});
});
