/**
 * The CLI with --db: an unreachable database is one line on stderr and exit 1 (refused at once, or
 * after the connect timeout, never a hang); with a server, `index --db` then `search --db` print
 * what `index --out` then `search --index` print.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { DATABASE_URL, HAVE_DB, SKIP_MESSAGE, sql, unreachablePorts } from "./support.js";

describe("search --db and index --db with an unreachable database", () => {
  const ports = unreachablePorts();

  it.each([
    ["search", ["search", "--db", "", "tan giang"]],
    ["index", ["index", "fixtures/seed.txt", "--db", ""]],
  ])("%s: refused connection -> exit 1, one line, the code", async (_name, args) => {
    const argv = args.map((a) => (a === "" ? `postgres://u:secret@127.0.0.1:${ports.refused}/news` : a));
    const r = await runCli(argv);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`vn-ward-news: PostgreSQL at 127.0.0.1:${ports.refused}/news is unavailable while connecting: connection refused [DATABASE_UNAVAILABLE]\n`);
    expect(r.err).not.toContain("secret");
    expect(r.out).toBe("");
  });

  it.each([
    ["with --out", ["index", "fixtures/seed.txt", "--out", "x.json", "--reindex"], "--reindex works with --db"],
    ["without inputs or --reindex", ["index", "--db", "postgres://u@127.0.0.1:1/news"], "index needs files or folders of articles"],
  ])("index --reindex usage: %s -> exit 2, one line", async (_name, argv, message) => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.err.trim().split("\n").length).toBeLessThanOrEqual(2);
  });

  it("a server that never answers: exit 1 after PGCONNECT_TIMEOUT, one line", async () => {
    const saved = process.env.PGCONNECT_TIMEOUT;
    process.env.PGCONNECT_TIMEOUT = "1";
    try {
      const t0 = Date.now();
      const r = await runCli(["search", "--db", `postgres://u@127.0.0.1:${ports.tarpit}/news`, "tan giang"]);
      expect(r.code).toBe(1);
      expect(r.err).toBe(`vn-ward-news: PostgreSQL at 127.0.0.1:${ports.tarpit}/news is unavailable while connecting: connection timed out after 1000 ms [DATABASE_UNAVAILABLE]\n`);
      expect(Date.now() - t0).toBeLessThan(5000);
    } finally {
      if (saved === undefined) delete process.env.PGCONNECT_TIMEOUT;
      else process.env.PGCONNECT_TIMEOUT = saved;
    }
  });
});

describe.skipIf(!HAVE_DB)("index --db, then search --db", () => {
  let dir = "";
  afterAll(async () => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    await sql("DROP SCHEMA IF EXISTS vwn CASCADE");
  });

  it("prints what the index file gives, and re-running index updates instead of failing", async () => {
    dir = mkdtempSync(join(tmpdir(), "vwn-cli-db-"));
    const file = join(dir, "fixtures.index.json");
    expect((await runCli(["index", "fixtures", "--out", file, "--quiet"])).code).toBe(0);
    const first = await runCli(["index", "fixtures", "--db", DATABASE_URL]);
    expect(first.code, first.err).toBe(0);
    const again = await runCli(["index", "fixtures", "--db", DATABASE_URL, "--quiet"]);
    expect(again.code, again.err).toBe(0);
    for (const args of [["tan giang"], ["UBND", "--limit", "20"], ["hội nghị", "--filter", "year=2021"], ["Tống Thị Quỳnh Hoa"]]) {
      const fromFile = await runCli(["search", "--index", file, "--json", ...args]);
      const fromDb = await runCli(["search", "--db", DATABASE_URL, "--json", ...args]);
      expect(fromDb.code, fromDb.err).toBe(0);
      const hits = (r: { out: string }) => (JSON.parse(r.out) as { hits: unknown[] }).hits;
      expect(hits(fromDb), args.join(" ")).toEqual(hits(fromFile));
      expect(hits(fromDb).length).toBeGreaterThan(0);
    }
  });

  it("a schema indexed by other search code: search refuses naming --reindex; index --reindex recomputes it", async () => {
    // after the test above: the fixtures are in the database
    await sql("UPDATE vwn.meta SET value = 'older-search-code' WHERE key = 'ranking'");
    const refused = await runCli(["search", "--db", DATABASE_URL, "tan giang"]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain("vn-ward-news index --db <url> --reindex");
    expect(refused.err.trim().split("\n")).toHaveLength(1);
    const reindexed = await runCli(["index", "--db", DATABASE_URL, "--reindex"]);
    expect(reindexed.code, reindexed.err).toBe(0);
    expect(reindexed.err).toMatch(/^reindexed \d+ articles\n$/);
    expect(Number(/\d+/.exec(reindexed.err)![0])).toBeGreaterThan(10);
    const again = await runCli(["search", "--db", DATABASE_URL, "--json", "tan giang"]);
    expect(again.code, again.err).toBe(0);
    expect((JSON.parse(again.out) as { hits: Array<{ id: string }> }).hits[0]?.id).toBe("fixtures/seed.txt");
  });
});

describe.runIf(!HAVE_DB)("CLI with a database", () => {
  it.skip(SKIP_MESSAGE, () => {});
});
