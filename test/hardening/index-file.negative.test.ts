/**
 * Index files are untrusted input. `search --index <file>` on anything that is not an intact index
 * of this format version prints one line and exits 1 (INVALID_INDEX_FILE for a bad file), never
 * hangs, never pollutes Object.prototype; `index --out` never leaves half a file in place of a good
 * one, even when killed while writing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, readdirSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawn } from "node:child_process";
import { runCli, ROOT } from "./cli-support.js";
import { loadSearchIndex } from "../../src/node/index-file.js";

let dir = "";
let good = "";
let goodJson = "";

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "vwn-index-"));
  good = join(dir, "good.index.json");
  const r = await runCli(["index", "fixtures", "--out", good, "--quiet"]);
  expect(r.code).toBe(0);
  goodJson = readFileSync(good, "utf8");
}, 120_000);
afterAll(() => {
  // A write still landing in the folder (ENOTEMPTY) must not fail the suite: a stray temp folder is harmless.
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  } catch {}
});

const file = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

// [name, make the file (returns its path), stderr pattern]
const BAD: Array<[string, () => string, RegExp]> = [
  ["a missing file", () => join(dir, "missing.json"), /no such index file \[INPUT_NOT_FOUND\]/],
  ["a folder", () => (mkdirSync(join(dir, "folder"), { recursive: true }), join(dir, "folder")), /is a folder.*\[INPUT_IS_DIRECTORY\]/],
  ["an empty file", () => file("empty.json", ""), /not JSON \(empty file\) \[INVALID_INDEX_FILE\]/],
  ["a truncated file", () => file("half.json", goodJson.slice(0, goodJson.length >> 1)), /not JSON.*\[INVALID_INDEX_FILE\]/],
  ["a file cut one character short", () => file("short.json", goodJson.slice(0, -1)), /\[INVALID_INDEX_FILE\]/],
  ["a binary file", () => file("binary.json", Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0xff, 0x00, 0x01])), /\[INVALID_INDEX_FILE\]/],
  ["an article instead of an index", () => file("article.json", readFileSync(join(ROOT, "fixtures/seed.txt"))), /\[INVALID_INDEX_FILE\]/],
  ["a parsed record instead of an index", () => file("record.json", JSON.stringify({ schemaVersion: 1, title: null, text: "" })), /not a vn-ward-news search index.*\[INVALID_INDEX_FILE\]/],
  ["a JSON array", () => file("array.json", "[1,2,3]"), /expected an object, got an array \[INVALID_INDEX_FILE\]/],
  ["JSON null", () => file("null.json", "null"), /\[INVALID_INDEX_FILE\]/],
  ["another format version", () => file("v2.json", goodJson.replace('"version":1', '"version":2')), /unsupported format version 2.*\[INVALID_INDEX_FILE\]/],
  ["a __proto__ key", () => file("proto.json", goodJson.replace('{"kind"', '{"__proto__":{"polluted":true},"kind"')), /\[INVALID_INDEX_FILE\]/],
  ["a constructor.prototype key in a document", () => file("ctor.json", goodJson.replace('"tags":{', '"tags":{"constructor":{"prototype":{"polluted":true}},')), /\[INVALID_INDEX_FILE\]/],
  ["a document with a number body", () => file("num.json", goodJson.replace(/"body":"(?:[^"\\]|\\.)*"/, '"body":42')), /body.*\[INVALID_INDEX_FILE\]/],
  ["invalid UTF-8 in a string", () => file("bad-utf8.json", Buffer.concat([Buffer.from(goodJson.slice(0, 40)), Buffer.from([0xc3, 0x28]), Buffer.from(goodJson.slice(40))])), /\[INVALID_INDEX_FILE\]/],
  ["a device that never ends", () => "/dev/zero", /\/dev\/zero: .*\[(INVALID_INDEX_FILE|INPUT_TOO_LARGE)\]/],
];

describe("search --index on a bad file: one line, exit 1", () => {
  it.each(BAD)("%s", async (_name, make, pattern) => {
    const path = make();
    const r = await Promise.race([
      runCli(["search", "--index", path, "tân giang"]),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error("search --index hung")), 30_000)),
    ]);
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err.trimEnd().split("\n")).toHaveLength(1);
    expect(r.err).toMatch(/^vn-ward-news: /);
    expect(r.err).toMatch(pattern);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 60_000);

  it("the good file loads and answers", async () => {
    const r = await runCli(["search", "--index", good, "tân giang", "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).hits.length).toBeGreaterThan(0);
  });

  it("a good file saved with a byte order mark (an editor's) loads too", async () => {
    const r = await runCli(["search", "--index", file("bom.json", "\ufeff" + goodJson), "tân giang", "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).hits.length).toBeGreaterThan(0);
  });

  it("loadSearchIndex refuses the same files with typed errors", async () => {
    await expect(loadSearchIndex(join(dir, "half.json"))).rejects.toMatchObject({ code: "INVALID_INDEX_FILE" });
    await expect(loadSearchIndex(join(dir, "missing.json"))).rejects.toMatchObject({ code: "INPUT_NOT_FOUND" });
  });
});

describe("index --out is atomic", () => {
  it("a failed write leaves the old index in place (the target's folder is missing)", async () => {
    const r = await runCli(["index", "fixtures", "--out", join(dir, "no-such-folder", "x.json")]);
    expect(r.code).toBe(1);
    expect(r.err.trimEnd().split("\n")).toHaveLength(1);
  });

  it("killed at any moment, the index file is the old one or the complete new one, never half", async () => {
    // a corpus big enough that writing takes a while: the fixtures 30 times over
    const corpus = join(dir, "corpus");
    mkdirSync(corpus, { recursive: true });
    const names = readdirSync(join(ROOT, "fixtures")).filter((n) => /\.(txt|html)$/.test(n));
    for (let k = 0; k < 30; k++) for (const n of names) copyFileSync(join(ROOT, "fixtures", n), join(corpus, `${k}-${n}`));
    const out = join(dir, "atomic.index.json");
    writeFileSync(out, goodJson);
    const oldSize = (await loadSearchIndex(out)).size;
    const tsx = join(ROOT, "node_modules/.bin/tsx");
    for (const delay of [1500, 3000, 4500, 6000, 8000, 11000]) {
      await new Promise<void>((resolve) => {
        const cp = spawn(tsx, [join(ROOT, "src/cli/cli.ts"), "index", corpus, "--out", out, "--quiet"], { cwd: ROOT, stdio: "ignore" });
        const timer = setTimeout(() => cp.kill("SIGKILL"), delay);
        cp.on("exit", () => {
          clearTimeout(timer);
          resolve();
        });
      });
      const now = readFileSync(out, "utf8");
      const index = await loadSearchIndex(out); // throws if half-written
      expect([oldSize, names.length * 30]).toContain(index.size);
      expect(now === goodJson || index.size === names.length * 30).toBe(true);
    }
    // temporary files of killed writers may remain beside it, never in its place
    expect(readdirSync(dir).filter((n) => n.startsWith("atomic.index.json")).length).toBe(1);
  }, 300_000);
});
