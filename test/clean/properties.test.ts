/** Invariants over arbitrary input: cleanInput never throws, and blocks carry only the input's own words. */
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { cleanInput } from "../../src/clean/index.js";

const TAGS = ["div", "p", "span", "a", "br", "h1", "h2", "article", "main", "nav", "footer", "aside", "script", "style", "figure", "figcaption", "table", "td", "tr", "li", "ul", "header", "form", "svg", "title", "head", "body", "html", "iframe", "template"];
const ATTRS = ['class="content"', 'class="sidebar"', 'id="main"', 'class="caption"', 'style="display:none"', "hidden", 'class="tin-khac"', 'class="news-detail"', ""];
const WORDS = ["Sáng", "ngày", "15/11/2023", "UBND", "phường", "Tân An", "tổ chức", "hội nghị.", "Toàn cảnh", "Tin khác", "Lượt xem: 12", "./.", "Ảnh: T.T", "&amp;", "&nbsp;", "&#7897;", "<", ">", "\n", "Đ/c", "Nguyễn", "TP.", "Thống kê: 77.629"];

/** Random tag soup: open, close and self-closing tags with hostile attributes, text and entities, unbalanced. */
const tagSoup = fc
  .array(
    fc.oneof(
      fc.tuple(fc.constantFrom(...TAGS), fc.constantFrom(...ATTRS)).map(([t, a]) => `<${t} ${a}>`),
      fc.constantFrom(...TAGS).map((t) => `</${t}>`),
      fc.constantFrom(...WORDS).map((w) => ` ${w} `),
      fc.constantFrom("<!--", "-->", "<![CDATA[", "]]>", "<!DOCTYPE html>", "<p", '"', "'", "<br/>", "</", "<?xml ?>"),
      fc.string({ maxLength: 8 }),
    ),
    { maxLength: 120 },
  )
  .map((parts) => parts.join(""));

/** Plain text lines built from page-like pieces. */
const pageText = fc
  .array(fc.array(fc.constantFrom(...WORDS.filter((w) => !/[<>&]/.test(w))), { maxLength: 14 }).map((ws) => ws.join(" ")), { maxLength: 30 })
  .map((lines) => lines.join("\n"));

const shapeOk = (r: ReturnType<typeof cleanInput>) => {
  expect(["text", "html"]).toContain(r.format);
  expect(r.title === null || typeof r.title === "string").toBe(true);
  for (const l of r.postingLines) expect(typeof l).toBe("string");
  for (const b of r.blocks) {
    expect(["paragraph", "caption", "heading"]).toContain(b.kind);
    expect(b.text.trim().length).toBeGreaterThan(0);
  }
};

describe("cleanInput never throws", () => {
  it("on arbitrary strings", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), (s) => shapeOk(cleanInput(s))), { numRuns: 300 });
  });
  it("on arbitrary strings forced to HTML", () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (s) => shapeOk(cleanInput(s, { html: true }))), { numRuns: 300 });
  });
  it("on random tag soup", () => {
    fc.assert(fc.property(tagSoup, (s) => shapeOk(cleanInput(s, { html: true }))), { numRuns: 400 });
  });
  it("on page-like text", () => {
    fc.assert(fc.property(pageText, (s) => shapeOk(cleanInput(s))), { numRuns: 300 });
  });
});

describe("plain text: blocks carry only the input's words", () => {
  it("every word of every block occurs in the input (a \"./.\" terminator becomes a period)", () => {
    fc.assert(
      fc.property(pageText, (s) => {
        const input = s.normalize("NFC");
        for (const b of cleanInput(s).blocks) for (const w of b.text.normalize("NFC").split(/\s+/)) expect(input).toContain(w.replace(/(?<=[\p{L}\p{N}])\.$/u, ""));
      }),
      { numRuns: 300 },
    );
  });
  it("a text without chrome loses no sentence", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("UBND xã tổ chức hội nghị tổng kết công tác năm 2023 tại hội trường.", "Các đại biểu đã thảo luận sôi nổi về những kết quả đạt được trong năm qua.", "Dịp này, UBND xã tặng giấy khen cho 12 tập thể và 20 cá nhân có thành tích xuất sắc."), { minLength: 1, maxLength: 8 }), (paras) => {
        const r = cleanInput(paras.join("\n\n"));
        expect(r.blocks.map((b) => b.text)).toEqual(paras);
      }),
      { numRuns: 100 },
    );
  });
});
