import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isWordChar, syllableTokens } from "../../src/segment/tokens.js";

describe("syllableTokens", () => {
  it.each([
    ["Đảng ủy phường, năm 2021", ["Đảng", "ủy", "phường", "năm", "2021"]],
    ["Covid-19 (COVID)", ["Covid", "19", "COVID"]],
    ["  ", []],
    ["", []],
    ["Vie\u0302\u0323t", ["Vie\u0302\u0323t"]],
    ["a\ud800b", ["a", "b"]],
    ["x😀y 𝐀b", ["x", "y", "𝐀b"]],
    ["07/01/2021", ["07", "01", "2021"]],
    ["“Hòa”…", ["Hòa"]],
  ])("%j", (input, want) => {
    const toks = syllableTokens(input);
    expect(toks.map((t) => t.text)).toEqual(want);
    for (const t of toks) expect(input.slice(t.start, t.end)).toBe(t.text);
  });

  it("isWordChar", () => {
    expect(["a", "Z", "5", "đ", "Ữ", "\u0301", "中"].map((c) => isWordChar(c.codePointAt(0)!))).toEqual([true, true, true, true, true, true, true]);
    expect([" ", "-", ",", "“", "😀", "\u200b"].map((c) => isWordChar(c.codePointAt(0)!))).toEqual([false, false, false, false, false, false]);
  });

  it("spans are ordered, disjoint, non-empty and cover only word characters", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (s) => {
        let prev = 0;
        for (const t of syllableTokens(s)) {
          if (t.start < prev || t.end <= t.start || s.slice(t.start, t.end) !== t.text) return false;
          prev = t.end;
          if (/[\s,.;!?]/.test(t.text)) return false;
        }
        return true;
      }),
    );
  });
});
