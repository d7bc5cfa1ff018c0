/**
 * export -> (JSON) -> import gives an index that answers every labelled query identically,
 * with snippets, suggestions and did-you-mean, and exports the same object again.
 */
import { describe, expect, it } from "vitest";
import { createSearchIndex, importSearchIndex, SearchIndex, SEARCH_FORMAT_VERSION, SEARCH_INDEX_KIND } from "../../src/search/index.js";
import { fixtureRecords } from "./fixture-records.js";
import { LABELLED } from "./labelled-queries.js";
import { generateCorpus, toPlainDocument } from "../support/generate.js";

const original = createSearchIndex().addMany(fixtureRecords());
// some churn first, so the export reflects removals and updates too
original.addMany(generateCorpus({ count: 30, seed: 5 }).map(toPlainDocument));
for (let i = 0; i < 30; i += 3) original.remove(`gen/${String(i).padStart(6, "0")}`);
original.update({ id: "gen/000001", title: "Bài sửa", body: "Nội dung sửa lại về phường Tân Giang." });

const exported = original.export();
const viaJson = JSON.parse(JSON.stringify(exported)) as unknown;
const copies = { "importSearchIndex(JSON)": importSearchIndex(viaJson), "SearchIndex.import(object)": SearchIndex.import(exported), "index.import(JSON)": createSearchIndex().add({ id: "x", body: "thrown away" }).import(viaJson) };

describe("export and import", () => {
  it("writes a kind marker, the format version and every document", () => {
    expect(exported.kind).toBe(SEARCH_INDEX_KIND);
    expect(exported.version).toBe(SEARCH_FORMAT_VERSION);
    expect(exported.documents.length).toBe(original.size);
    expect(JSON.parse(JSON.stringify(exported))).toEqual(exported); // JSON-serializable as it is
  });

  it.each(Object.entries(copies))("%s exports the same object again", (_name, copy) => {
    expect(copy.size).toBe(original.size);
    expect(copy.export()).toEqual(exported);
  });

  const queries = LABELLED.filter((q) => q.kind === "search") as Array<Extract<(typeof LABELLED)[number], { kind: "search" }>>;
  it.each(Object.entries(copies).flatMap(([name, copy]) => queries.map((q) => [name, q.q, q.filter, copy] as const)))(
    "%s answers %s %o identically",
    (_name, q, filter, copy) => {
      const opts = { limit: 50, ...(filter ? { filter } : {}) };
      expect(copy.search(q, opts)).toEqual(original.search(q, opts));
    },
  );

  it.each(LABELLED.filter((q) => q.kind !== "search").map((q) => [q.kind, q.q] as const))("%s %s is identical after import", (kind, q) => {
    const copy = copies["importSearchIndex(JSON)"];
    if (kind === "suggest") expect(copy.suggest(q)).toEqual(original.suggest(q));
    else expect(copy.didYouMean(q)).toEqual(original.didYouMean(q));
  });

  it("keeps the partial option", () => {
    const strict = createSearchIndex({ partial: false }).addMany(fixtureRecords());
    const again = importSearchIndex(JSON.parse(JSON.stringify(strict.export())));
    expect(again.search("tong thi quynh hoa xyz")).toEqual([]);
    expect(original.search("tong thi quynh hoa xyz").length).toBeGreaterThan(0);
  });
});
