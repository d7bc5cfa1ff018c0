/**
 * `vn-ward-news index` and `vn-ward-news search` in-process: index the fixture folder into a temp
 * file, search it in text and JSON, filters and limits; the JSON shape of the record spec.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";

const dir = mkdtempSync(join(tmpdir(), "vwn-search-cli-"));
const file = join(dir, "fixtures.index.json");
afterAll(() => {
  // A write still landing in the folder (ENOTEMPTY) must not fail the suite: a stray temp folder is harmless.
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  } catch {}
});

interface JsonHits {
  hits: Array<{ id: string; score: number; tier: number; title: string | null; snippets: string[] }>;
  didYouMean?: string;
}
const json = async (...args: string[]): Promise<JsonHits> => {
  const r = await runCli(["search", "--index", file, "--json", ...args]);
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as JsonHits;
};

describe("index and search", () => {
  it("indexes a folder into a file, atomically, and says so on stderr", async () => {
    const r = await runCli(["index", "fixtures", "--out", file]);
    expect(r.code).toBe(0);
    expect(r.out).toBe("");
    expect(r.err).toMatch(/^indexed \d+ articles into .*fixtures\.index\.json/);
    expect(readdirSync(dir)).toEqual(["fixtures.index.json"]); // no temporary file left
    const data = JSON.parse(readFileSync(file, "utf8")) as { kind: string; version: number; documents: Array<{ id: string }> };
    expect(data.kind).toBe("vn-ward-news/search-index");
    expect(data.documents.map((d) => d.id)).toContain("fixtures/seed.txt");
  });

  it("--quiet prints nothing on stderr", async () => {
    const r = await runCli(["index", "fixtures/seed.txt", "--out", join(dir, "q.json"), "--quiet"]);
    expect(r).toMatchObject({ code: 0, err: "" });
    rmSync(join(dir, "q.json"));
  });

  it.each([
    [["tan giang"], "fixtures/seed.txt", 1],
    [["Tấn Giang"], "fixtures/seed.txt", 2],
    [["tong", "thi", "quynh", "hoa"], "fixtures/seed.txt", 1], // several words make one query
    [["HĐND xã Cẩm Bình"], "fixtures/15-ky-hop-hdnd-cam-binh.txt", 1],
  ])("search %j: the file path is the id", async (query, id, tier) => {
    const { hits } = await json(...query);
    expect(hits[0]).toMatchObject({ id, tier });
    expect(Object.keys(hits[0]!).sort()).toEqual(["id", "score", "snippets", "tier", "title"]);
    expect(hits[0]!.snippets.some((s) => s.includes("«"))).toBe(true);
  });

  it("--limit and repeated --filter", async () => {
    expect((await json("hội nghị", "--limit", "3")).hits).toHaveLength(3);
    const { hits } = await json("hội nghị", "--filter", "ward=tan giang", "--filter", "year=2021");
    expect(hits.map((h) => h.id)).toEqual(["fixtures/seed.txt"]);
    expect((await json("hội nghị", "--filter", "year=2021", "--filter", "year=2023")).hits.length).toBeGreaterThan(1);
  });

  it("prints hits with highlights as text", async () => {
    const r = await runCli(["search", "--index", file, "Tân Giang", "--limit", "1"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^ 1\. fixtures\/seed\.txt .*\[tier 1, \d\.\d{3}\]\n/);
    expect(r.out).toContain("«Tân Giang»");
  });

  it("no hits: says so, and suggests diacritics", async () => {
    const r = await runCli(["search", "--index", file, "blockchain"]);
    expect(r).toMatchObject({ code: 0 });
    expect(r.out).toContain('no hits for "blockchain"');
    const d = await json("tong thi quynh hoa");
    expect(d.didYouMean).toBeUndefined(); // found at tier 1: nothing to suggest
    const e = await json("tong thi quynh hoa zzz", "--limit", "1");
    expect(e.didYouMean).toBe("Tống Thị Quỳnh Hoa zzz");
  });

  it("help lists both commands", async () => {
    const r = await runCli(["--help"]);
    expect(r.out).toMatch(/index\s+build a search index/);
    expect(r.out).toMatch(/search\s+search an index/);
  });
});

describe("errors", () => {
  it.each([
    [["index", "fixtures"], 2, /needs --out/],
    [["index", "--out", "x.json"], 2, /needs files or folders/],
    [["index", "fixtures", "--out", "a.json", "--db", "postgres://x"], 2, /cannot be used together/],
    [["index", "no/such/folder", "--out", "x.json"], 1, /no such file or folder/],
    [["search", "tan giang"], 2, /needs --index/],
    [["search", "--index", "no/such.json", "tan giang"], 1, /no such index file/],
    [["search", "--index", "fixtures", "tan giang"], 1, /is a folder/],
    [["search", "--index", "fixtures/seed.txt", "tan giang"], 1, /not JSON/],
    [["search", "--index", "fixtures/queries.json", "tan giang"], 1, /not a vn-ward-news search index/],
    [["search", "--index", "x.json"], 2, /needs a query/],
    [["search", "--index", "x.json", "q", "--limit", "0"], 2, /--limit/],
    [["search", "--index", "x.json", "q", "--limit", "ten"], 2, /--limit/],
    [["search", "--index", "x.json", "q", "--filter", "district=1"], 2, /unknown filter "district"/],
    [["search", "--index", "x.json", "q", "--filter", "ward"], 2, /key=value/],
    [["search", "--index", "x.json", "q", "--filter", "ward="], 2, /needs a value/],
  ])("%j: exit %i, one line", async (argv, code, message) => {
    const r = await runCli(argv as string[]);
    expect(r.code).toBe(code);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toMatch(message as RegExp);
    expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
  });

  it("a truncated index file is INVALID_INDEX_FILE", async () => {
    const cut = join(dir, "cut.json");
    const text = readFileSync(file, "utf8");
    writeFileSync(cut, text.slice(0, Math.floor(text.length / 2)));
    const r = await runCli(["search", "--index", cut, "tan giang"]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/invalid index file: .*not JSON.*\[INVALID_INDEX_FILE\]/);
  });
});
