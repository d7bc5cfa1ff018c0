import { describe, expect, it } from "vitest";
import { createSearchIndex, formatSnippet } from "../../src/search/index.js";

const DOCS = [
  { id: "a", title: "Hội nghị tổng kết phường Tân Giang", body: "Chiều ngày 07/01/2021 tại hội trường UBND phường Tân Giang đã diễn ra hội nghị. Đồng chí Tống Thị Quỳnh Hoa phát biểu.", year: 2021 },
  { id: "b", title: "Xã Tấn Giang ra quân", body: "UBND xã Tấn Giang tổ chức ra quân vệ sinh môi trường.", year: 2022 },
  { id: "c", title: "Tin tức", body: "Đoàn công tác xã Tân Phú, tỉnh Bắc Giang thăm và làm việc. Ủy ban nhân dân xã tiếp đoàn.", year: 2022 },
  { id: "d", title: "Đón tân giáng sinh", body: "Các hộ dân đón lễ tân giáng sinh vui tươi. Đồng chí Tống Thị Quỳnh Hòa dự." },
  { id: "e", title: "Giang Tân", body: "Giang và Tân là hai xóm." },
];
const index = createSearchIndex().addMany(DOCS);
const run = (q: string, opts = {}) => index.search(q, opts).map((h) => `${h.id}${h.tier}`);

describe("ranking tiers", () => {
  it.each([
    ["tan giang", ["a1", "b1", "d1", "e3", "c3"]], // no diacritics: every variant alike; "Giang Tân" is not the phrase
    ["Tân Giang", ["a1", "b2", "d2", "e3", "c3"]], // exact first, then folded phrases, then words apart
    ["Tấn Giang", ["b1", "a2", "d2", "e4", "c4"]],
    ["tân giáng", ["d1", "a2", "b2", "e4", "c4"]],
    ["Tống Thị Quỳnh Hoà", ["d1", "a2"]], // new tone style in the query: "Hòa" is exact, "Hoa" folded
  ])("%s", (q, expected) => expect(run(q)).toEqual(expected));

  it("scores follow the order: higher tiers score more, title matches more than body ones", () => {
    const hits = index.search("tan giang");
    for (let i = 1; i < hits.length; i++) expect(hits[i]!.score).toBeLessThanOrEqual(hits[i - 1]!.score);
    const fields = createSearchIndex()
      .add({ id: "body", title: "Tin tức", body: `${"Một câu dài. ".repeat(40)}Tại phường Tân Giang.` })
      .add({ id: "title", title: "Phường Tân Giang ra quân", body: "Nội dung." });
    const [first, second] = fields.search("Tân Giang");
    expect([first!.id, second!.id]).toEqual(["title", "body"]);
    expect([first!.tier, second!.tier]).toEqual([1, 1]);
    expect(first!.score).toBeGreaterThan(second!.score);
  });

  it("abbreviations match both ways", () => {
    expect(run("UBND").sort()).toEqual(["a1", "b1", "c1"]);
    expect(run("ủy ban nhân dân").sort()).toEqual(["a1", "b1", "c1"]);
  });

  it("partial matches come last, and only with more than half of the syllables", () => {
    expect(run("Tân Giang Hà Tĩnh")).toEqual(["a5", "b5", "d5", "e5", "c5"].filter((x) => run("Tân Giang Hà Tĩnh").includes(x)));
    expect(run("Tân Giang Hà Tĩnh").every((x) => x.endsWith("5"))).toBe(true);
    expect(run("tan xyz")).toEqual([]);
    expect(createSearchIndex({ partial: false }).addMany(DOCS).search("Tân Giang Hà Tĩnh")).toEqual([]);
  });

  it("pages with limit and offset", () => {
    const all = run("tan giang", { limit: 100 });
    expect(run("tan giang", { limit: 2 })).toEqual(all.slice(0, 2));
    expect(run("tan giang", { limit: 2, offset: 2 })).toEqual(all.slice(2, 4));
  });

  it("filters", () => {
    expect(run("tan giang", { filter: { year: 2022 } })).toEqual(["b1", "c3"]);
    expect(run("tan giang", { filter: { ward: "Tấn Giang" } })).toEqual(["b1"]);
    expect(run("tan giang", { filter: { ward: "tan giang" } })).toEqual(["a1", "b1"]);
  });
});

describe("snippets", () => {
  it("mark the matched words in the article's own diacritics", () => {
    const [hit] = index.search("tan giang", { limit: 1 });
    expect(hit!.snippets[0]).toContain("«Tân Giang»");
    expect(hit!.fragments[0]!.field).toBe("body");
    for (const f of hit!.fragments) for (const h of f.highlights) expect(f.text.slice(h.start, h.end)).toMatch(/^T[âấ]n Giang$/);
  });

  it("highlight only exact matches for an exact hit", () => {
    const idx = createSearchIndex().add({ id: "x", body: "Tân Giang và Tấn Giang" });
    expect(idx.search("Tân Giang")[0]!.snippets).toEqual(["«Tân Giang» và Tấn Giang"]);
    expect(idx.search("tan giang")[0]!.snippets).toEqual(["«Tân Giang» và «Tấn Giang»"]);
  });

  it("cut long bodies around the match", () => {
    const body = `${"Lời mở đầu rất dài. ".repeat(30)}Tại phường Tân Giang hôm nay. ${"Phần kết rất dài. ".repeat(30)}`;
    const s = createSearchIndex().add({ id: "x", body }).search("Tân Giang")[0]!.snippets[0]!;
    expect(s.startsWith("…")).toBe(true);
    expect(s.endsWith("…")).toBe(true);
    expect(s).toContain("«Tân Giang»");
    expect(s.length).toBeLessThan(200);
  });

  it("can be skipped", () => {
    expect(index.search("tan giang", { snippets: false })[0]!.snippets).toEqual([]);
  });

  it("formatSnippet takes other marks", () => {
    expect(formatSnippet({ field: "body", text: "phường Tân Giang", highlights: [{ start: 7, end: 16 }] }, "<b>", "</b>")).toBe("phường <b>Tân Giang</b>");
  });
});

describe("add, remove, update", () => {
  it("keeps size, answers after removal and update, and forgets removed vocabulary", () => {
    const idx = createSearchIndex().addMany(DOCS);
    expect(idx.size).toBe(5);
    expect(idx.remove("b")).toBe(true);
    expect(idx.remove("b")).toBe(false);
    expect(idx.size).toBe(4);
    expect(idx.search("Tấn Giang").map((h) => h.id)).not.toContain("b");
    expect(idx.suggest("Tấn G")).toEqual([]);
    idx.update({ id: "a", body: "Nội dung mới ở thôn Đông Hòa" });
    expect(idx.search("Tân Giang").map((h) => h.id)).not.toContain("a");
    expect(idx.search("dong hoa")[0]).toMatchObject({ id: "a", tier: 1 });
    idx.update({ id: "z", body: "thêm mới qua update" });
    expect(idx.has("z")).toBe(true);
  });

  it("indexes records from parseArticle", async () => {
    const { parseArticle } = await import("../../src/parse.js");
    const idx = createSearchIndex().add(parseArticle("Chiều ngày 07/01/2021 tại hội trường UBND phường Tân Giang đã diễn ra hội nghị tổng kết.", { id: "rec" }));
    expect(idx.search("tan giang")[0]?.id).toBe("rec");
    expect(idx.get("rec")?.tags.ward).toEqual(["Tân Giang"]);
  });
});

describe("suggest and didYouMean", () => {
  it.each([
    ["tan gi", ["Tân Giang", "Tấn Giang"]],
    ["Tân Gi", ["Tân Giang"]],
    ["Tấn", ["Tấn Giang"]],
    ["tong thi quynh h", ["Tống Thị Quỳnh Hoa", "Tống Thị Quỳnh Hòa"]],
    ["xyz", []],
    ["", []],
  ])("suggest(%j)", (q, expected) => expect(index.suggest(q).slice(0, expected.length || undefined)).toEqual(expected));

  it("respects the limit", () => expect(index.suggest("t", { limit: 2 }).length).toBe(2));

  it.each([
    ["tong thi quynh hoa", "Tống Thị Quỳnh Hoa"],
    ["tong thi quynh hoà", "Tống Thị Quỳnh Hòa"],
    ["tan giang", "Tân Giang"],
    ["Tân Giang", null],
    ["qwerty", null],
    ["", null],
  ])("didYouMean(%j) = %j", (q, expected) => expect(index.didYouMean(q)).toBe(expected));
});
