import { mkdtempSync, readdirSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createSearchIndex } from "../../src/search/index.js";
import { loadSearchIndex, saveSearchIndex } from "../../src/node/index-file.js";
import { InvalidIndexFileError } from "../../src/errors.js";

const dir = mkdtempSync(join(tmpdir(), "vwn-index-file-"));
afterAll(() => {
  // A write still landing in the folder (ENOTEMPTY) must not fail the suite: a stray temp folder is harmless.
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  } catch {}
});
const index = createSearchIndex().add({ id: "a", title: "Hội nghị", body: "UBND phường Tân Giang tổ chức hội nghị." }).add({ id: "b", body: "Xã Tấn Giang." });

describe("saveSearchIndex and loadSearchIndex", () => {
  it("round-trips, replacing an old file and leaving no temporary file", async () => {
    const path = join(dir, "i.json");
    writeFileSync(path, "old content");
    const bytes = await saveSearchIndex(index, path);
    expect(bytes).toBeGreaterThan(100);
    expect(readdirSync(dir)).toEqual(["i.json"]);
    const again = await loadSearchIndex(path);
    expect(again.export()).toEqual(index.export());
    expect(again.search("Tân Giang")).toEqual(index.search("Tân Giang"));
  });

  it.each([
    ["missing", () => join(dir, "none.json"), "INPUT_NOT_FOUND"],
    ["a folder", () => { const p = join(dir, "sub"); mkdirSync(p, { recursive: true }); return p; }, "INPUT_IS_DIRECTORY"],
    ["empty", () => { const p = join(dir, "empty.json"); writeFileSync(p, ""); return p; }, "INVALID_INDEX_FILE"],
    ["truncated", () => { const p = join(dir, "cut.json"); writeFileSync(p, JSON.stringify(index.export()).slice(0, 50)); return p; }, "INVALID_INDEX_FILE"],
    ["another version", () => { const p = join(dir, "v2.json"); writeFileSync(p, JSON.stringify({ ...index.export(), version: 2 })); return p; }, "INVALID_INDEX_FILE"],
  ])("load %s: %s", async (_name, make, code) => {
    const err = await loadSearchIndex(make()).catch((e: unknown) => e);
    expect(err).toMatchObject({ code });
    if (code === "INVALID_INDEX_FILE") expect(err).toBeInstanceOf(InvalidIndexFileError);
  });

  it("save into a missing folder fails cleanly", async () => {
    await expect(saveSearchIndex(index, join(dir, "no", "such", "i.json"))).rejects.toMatchObject({ code: "INPUT_NOT_FOUND" });
  });
});
