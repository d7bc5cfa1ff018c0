/**
 * Import refuses anything that is not an intact export of this format version, with
 * InvalidIndexFileError (code INVALID_INDEX_FILE), and never lets keys like __proto__ pollute.
 */
import { describe, expect, it } from "vitest";
import { createSearchIndex, importSearchIndex } from "../../src/search/index.js";
import { InvalidIndexFileError, VnWardNewsError } from "../../src/errors.js";

const good = createSearchIndex()
  .add({ id: "a", title: "Hội nghị", body: "UBND phường Tân Giang tổ chức hội nghị." })
  .add({ id: "b", body: "Xã Tấn Giang ra quân." })
  .export();
const json = JSON.stringify(good);
const clone = () => JSON.parse(json) as Record<string, unknown> & { documents: Array<Record<string, unknown>> };

const BAD: Array<[string, () => unknown]> = [
  ["null", () => null],
  ["a number", () => 42],
  ["a string", () => json],
  ["an array", () => [good]],
  ["an empty object", () => ({})],
  ["another kind", () => ({ ...clone(), kind: "flexsearch" })],
  ["a minisearch dump", () => ({ documentCount: 2, nextId: 2, documentIds: {}, fieldIds: {}, index: [] })],
  ["version 0", () => ({ ...clone(), version: 0 })],
  ["version 2", () => ({ ...clone(), version: 2 })],
  ["version as a string", () => ({ ...clone(), version: "1" })],
  ["no documents", () => ({ ...clone(), documents: undefined })],
  ["documents not an array", () => ({ ...clone(), documents: { 0: good.documents[0] } })],
  ["a document without body", () => { const c = clone(); delete c.documents[0]!.body; return c; }],
  ["a document with a numeric id", () => { const c = clone(); c.documents[0]!.id = 7; return c; }],
  ["a document with an empty id", () => { const c = clone(); c.documents[0]!.id = ""; return c; }],
  ["tags missing a key", () => { const c = clone(); delete (c.documents[0]!.tags as Record<string, unknown>).ward; return c; }],
  ["tags with a number", () => { const c = clone(); (c.documents[0]!.tags as Record<string, unknown>).year = [2021]; return c; }],
  ["an unknown top-level key", () => ({ ...clone(), extra: true })],
  ["an unknown document key", () => { const c = clone(); c.documents[0]!.rank = 1; return c; }],
  ["duplicate ids", () => { const c = clone(); c.documents[1]!.id = c.documents[0]!.id; return c; }],
  ["no options", () => { const c = clone(); delete c.options; return c; }],
  ["truncated JSON cut to an object", () => JSON.parse(json.slice(0, json.indexOf('"documents"') - 1).replace(/,$/, "") + "}")],
  ["a __proto__ key at the top", () => JSON.parse(json.replace('{"kind"', '{"__proto__":{"polluted":true},"kind"'))],
  ["a __proto__ key in tags", () => JSON.parse(json.replace('"tags":{', '"tags":{"__proto__":{"polluted":true},'))],
  ["a constructor key in a document", () => JSON.parse(json.replace('{"id":"a"', '{"constructor":{"prototype":{"polluted":true}},"id":"a"'))],
];

describe("import rejects bad data", () => {
  it.each(BAD)("%s", (_name, make) => {
    const data = make();
    let error: unknown;
    try {
      importSearchIndex(data);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidIndexFileError);
    expect((error as VnWardNewsError).code).toBe("INVALID_INDEX_FILE");
    expect((error as Error).message).toMatch(/^vn-ward-news: invalid index file: /);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("leaves an index unchanged when index.import fails", () => {
    const index = createSearchIndex().add({ id: "keep", body: "phường Tân Giang" });
    expect(() => index.import({ ...clone(), version: 9 })).toThrow(InvalidIndexFileError);
    expect(index.size).toBe(1);
    expect(index.search("tan giang").map((h) => h.id)).toEqual(["keep"]);
  });

  it("says which version it reads", () => {
    expect(() => importSearchIndex({ ...clone(), version: 2 })).toThrow(/unsupported format version 2, this library reads version 1/);
  });

  it("treats a document id __proto__ as a plain id", () => {
    const index = createSearchIndex().add({ id: "__proto__", body: "phường Tân Giang" }).add({ id: "constructor", body: "xã Tấn Giang" });
    const again = importSearchIndex(JSON.parse(JSON.stringify(index.export())));
    expect(again.search("tan giang").map((h) => h.id).sort()).toEqual(["__proto__", "constructor"]);
    expect(again.get("__proto__")?.body).toBe("phường Tân Giang");
    expect(({} as Record<string, unknown>).body).toBeUndefined();
  });
});
