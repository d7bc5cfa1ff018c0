/** Bad calls fail with typed errors and clear messages; odd input never throws. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createSearchIndex } from "../../src/search/index.js";
import { InvalidOptionError, VnWardNewsError } from "../../src/errors.js";

const index = createSearchIndex().add({ id: "a", body: "UBND phường Tân Giang" });

describe("bad calls", () => {
  it.each([
    ["limit 0", () => index.search("x", { limit: 0 })],
    ["limit 1.5", () => index.search("x", { limit: 1.5 })],
    ["limit as a string", () => index.search("x", { limit: "10" as unknown as number })],
    ["negative offset", () => index.search("x", { offset: -1 })],
    ["unknown filter key", () => index.search("x", { filter: { district: "Ba Đình" } as never })],
    ["a query that is not a string", () => index.search(42 as unknown as string)],
    ["suggest limit 0", () => index.suggest("t", { limit: 0 })],
    ["partial not a boolean", () => createSearchIndex({ partial: "yes" as unknown as boolean })],
  ])("%s: InvalidOptionError", (_name, f) => {
    expect(f).toThrow(InvalidOptionError);
    try {
      f();
    } catch (e) {
      expect((e as VnWardNewsError).code).toBe("INVALID_OPTION");
    }
  });

  it.each([
    ["no id", { body: "x" }],
    ["an empty id", { id: "", body: "x" }],
    ["a numeric id", { id: 1, body: "x" }],
    ["no body", { id: "b" }],
    ["not an object", "text"],
    ["null", null],
  ])("add with %s: INVALID_INPUT", (_name, doc) => {
    expect(() => createSearchIndex().add(doc as never)).toThrow(expect.objectContaining({ code: "INVALID_INPUT" }));
  });

  it("refuses a duplicate id on add (update replaces)", () => {
    const idx = createSearchIndex().add({ id: "a", body: "x" });
    expect(() => idx.add({ id: "a", body: "y" })).toThrow(/already in the index/);
    expect(idx.update({ id: "a", body: "y" }).get("a")?.body).toBe("y");
  });

  it("a record without an id cannot be added", async () => {
    const { parseArticle } = await import("../../src/parse.js");
    expect(() => createSearchIndex().add(parseArticle("Hội nghị tổng kết"))).toThrow(expect.objectContaining({ code: "INVALID_INPUT" }));
  });
});

describe("odd input never throws", () => {
  it("search, suggest and didYouMean accept any string (property)", () => {
    const idx = createSearchIndex().add({ id: "a", title: "Tân Giang", body: "UBND phường Tân Giang, xã Tấn Giang. Đ/c Tống Thị Quỳnh Hoa." });
    fc.assert(
      fc.property(fc.string({ maxLength: 60, unit: "binary" }), (q) => {
        const hits = idx.search(q);
        idx.suggest(q);
        idx.didYouMean(q);
        return hits.every((h) => h.tier >= 1 && h.tier <= 5 && Number.isFinite(h.score));
      }),
      { numRuns: 300 },
    );
  });

  it("documents with odd text index and search", () => {
    const idx = createSearchIndex();
    fc.assert(
      fc.property(fc.string({ maxLength: 200, unit: "binary" }), fc.string({ maxLength: 20 }), (body, title) => {
        const id = `d${idx.size}`;
        idx.add({ id, title, body });
        return idx.has(id);
      }),
      { numRuns: 200 },
    );
    expect(idx.search("a").length).toBeGreaterThanOrEqual(0);
    expect(() => JSON.stringify(idx.export())).not.toThrow();
  });
});

describe("malformed documents and options are typed errors", () => {
  it.each([
    ["officials not a list", { id: "b", body: "x", officials: "x" }, /officials/],
    ["an official that is null", { id: "b", body: "x", officials: [null] }, /officials\.0/],
    ["a numeric ward", { id: "b", body: "x", ward: 5 }, /ward/],
    ["awards of numbers", { id: "b", body: "x", awards: [1] }, /awards\.0/],
    ["a title that is an object", { id: "b", body: "x", title: {} }, /title/],
  ])("%s: INVALID_INPUT naming the field", (_name, doc, field) => {
    expect(() => createSearchIndex().add(doc as never)).toThrow(expect.objectContaining({ code: "INVALID_INPUT", message: expect.stringMatching(field) }));
  });

  it("a record with officials: null", async () => {
    const { parseArticle } = await import("../../src/parse.js");
    expect(() => createSearchIndex().add({ ...parseArticle("x", { id: "b" }), officials: null } as never)).toThrow(expect.objectContaining({ code: "INVALID_INPUT" }));
  });

  it.each([
    ["null search options", () => index.search("tan giang", null)],
    ["null suggest options", () => index.suggest("tan", null)],
  ])("%s are the defaults", (_name, f) => expect(f()).not.toHaveLength(0));

  it.each([
    ["a filter that is a string", { filter: "ward=x" as never }],
    ["a filter value that is an object", { filter: { ward: {} as never } }],
    ["a filter value list with null", { filter: { ward: [null] as never } }],
  ])("%s: InvalidOptionError", (_name, opts) => {
    expect(() => index.search("tan giang", opts)).toThrow(InvalidOptionError);
  });
});
