import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { exactKey, foldKey, hasMarks, tokenize, mergeSpans } from "../../src/search/keys.js";
import { toNewTone } from "../support/generate.js";

describe("tokenize", () => {
  it.each([
    ["Đ/c Tống Thị Quỳnh Hoa - Ủy viên", ["Đ", "c", "Tống", "Thị", "Quỳnh", "Hoa", "Ủy", "viên"]],
    ["ngày 07/01/2021, tại UBND", ["ngày", "07", "01", "2021", "tại", "UBND"]],
    ["H’Linh Niê", ["H", "Linh", "Niê"]],
    ["", []],
    ["!!! ... ---", []],
    ["Hu\u0301e\u0302\u0300", ["Hu\u0301e\u0302\u0300"]],
  ])("%j", (text, tokens) => {
    expect(tokenize(text).map((t) => t.text)).toEqual(tokens);
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe("exactKey and foldKey", () => {
  it("keep different syllables apart at both levels (no Latin charset merging)", () => {
    expect(exactKey("tân")).not.toBe(exactKey("tâm"));
    expect(foldKey("tân")).not.toBe(foldKey("tâm"));
    expect(foldKey("Ủy")).toBe("uy");
  });

  it.each([
    ["Ủy", "Uỷ", true],
    ["hòa", "hoà", true],
    ["Thủy", "thuỷ", true],
    ["khỏe", "khoẻ", true],
    ["Tân", "tân", true],
    ["Tân", "tấn", false],
    ["Tân", "tan", false],
    ["Đinh", "Ðinh", true], // eth look-alike
    ["Hương", "Hu\u031bo\u031bng", true], // NFD
    ["quý", "qúy", true], // tone on the other vowel
    ["giang", "giáng", false],
  ])("%s vs %s: same exact key = %s", (a, b, same) => {
    expect(exactKey(a) === exactKey(b)).toBe(same);
    expect(foldKey(a)).toBe(foldKey(b));
  });

  it.each([
    ["Tấn", "tan"],
    ["HĐND", "hdnd"],
    ["Ủy", "uy"],
    ["Nghĩa", "nghia"],
    ["2021", "2021"],
  ])("foldKey(%s) = %s", (a, f) => expect(foldKey(a)).toBe(f));

  it.each([
    ["giang", false],
    ["UBND", false],
    ["Tân", true],
    ["đa", true],
    ["2021", false],
  ])("hasMarks(%s) = %s", (t, marked) => expect(hasMarks(t)).toBe(marked));

  it("exact keys do not depend on tone style, case or normalization form (property)", () => {
    const syllables = ["hòa", "ủy", "thủy", "khỏe", "tòa", "Hóa", "Tân", "giang", "Quỳnh", "Nguyễn", "đồng", "Việt"];
    fc.assert(
      fc.property(fc.constantFrom(...syllables), fc.boolean(), fc.boolean(), (s, upper, nfd) => {
        let v = toNewTone(s);
        if (upper) v = v.toUpperCase();
        if (nfd) v = v.normalize("NFD");
        return exactKey(v) === exactKey(s) && foldKey(v) === foldKey(s);
      }),
    );
  });

  it("equal exact keys imply equal folded keys (property)", () => {
    fc.assert(fc.property(fc.string({ maxLength: 8 }), (s) => exactKey(s) !== exactKey(s.normalize("NFD")) || foldKey(s) === foldKey(s.normalize("NFD"))));
  });
});

describe("mergeSpans", () => {
  it.each([
    ["Tân Giang, Hà", [[0, 3], [4, 9], [11, 13]], [[0, 9], [11, 13]]],
    ["a  b", [[0, 1], [3, 4]], [[0, 4]]],
    ["a-b", [[0, 1], [2, 3]], [[0, 1], [2, 3]]],
    ["x", [], []],
  ] as const)("%j", (text, spans, merged) => {
    expect(mergeSpans(text, spans.map(([start, end]) => ({ start, end })))).toEqual(merged.map(([start, end]) => ({ start, end })));
  });
});
