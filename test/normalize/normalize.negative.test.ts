// Bad input: normalize, normalizeWithMap, fold and the tokenizer return a result and never throw.
import { describe, expect, it } from "vitest";
import { fold, normalize, normalizeWithMap, parseSyllable, placeTone } from "../../src/normalize/index.js";
import { syllableTokens } from "../../src/segment/tokens.js";

describe("empty and degenerate input", () => {
  it("empty string", () => {
    expect(normalize("")).toBe("");
    const { text, map } = normalizeWithMap("");
    expect(text).toBe("");
    expect(map.toOriginal(0)).toBe(0);
    expect(map.toOriginal(5)).toBe(0);
    expect(fold("")).toBe("");
    expect(syllableTokens("")).toEqual([]);
    expect(parseSyllable("")).toBeNull();
    expect(placeTone("", "old")).toBe("");
  });

  it("only invisible characters: everything is removed, offsets map to the end", () => {
    const { text, map } = normalizeWithMap("\u200b\u200b\ufeff");
    expect(text).toBe("");
    expect(map.toOriginal(0)).toBe(3);
  });

  it("non-string input (from untyped callers) is coerced, not thrown on", () => {
    const loose = normalize as unknown as (x: unknown) => string;
    expect(loose(undefined)).toBe("");
    expect(loose(null)).toBe("");
    expect(loose(12)).toBe("12");
  });

  it("an unknown tone option falls back to the default", () => {
    expect(normalize("hoà", { tone: "sideways" as never })).toBe("hòa");
  });
});

describe("lone surrogates and control characters", () => {
  it.each([
    ["\ud800", "\ufffd"],
    ["\udfff", "\ufffd"],
    ["hoà\ud83d", "hòa\ufffd"],
    ["\udc00hoà", "\ufffdhòa"],
    ["\u0000\u0001\u0002hoà\u001f", "hòa"],
    ["\u0301", "\u0301"],
    ["\u0301\u0301 hoà", "\u0301\u0301 hòa"],
    ["\u0301\u0301hoà", "\u0301\u0301hoà"], // orphan marks glued to a word: not a syllable, left alone
  ])("%j -> %j", (input, want) => {
    expect(normalize(input)).toBe(want);
    expect(normalize(want)).toBe(want);
  });

  it("fold and the tokenizer survive them too", () => {
    const s = "\ud800\u0000a\udc00\u0301b\u200d";
    expect(() => fold(s)).not.toThrow();
    expect(() => syllableTokens(s)).not.toThrow();
    expect(fold(s)).toBe("\ufffd\u0000a\ufffdb\u200d");
  });
});

describe("very large input", () => {
  it("a 10 MB string (clean, dirty, and one long word) returns a result", () => {
    const clean = "Ủy ban nhân dân phường Tân Giang tổ chức hội nghị tổng kết năm 2020. ".repeat(150_000); // ~10.5M units
    expect(clean.length).toBeGreaterThan(10_000_000);
    expect(normalize(clean)).toBe(clean);

    const dirty = "Uỷ\u00a0ban hiệu qủa\u200b Ðà ".repeat(500_000);
    const out = normalizeWithMap(dirty);
    expect(out.text.startsWith("Ủy ban hiệu quả Đà ")).toBe(true);
    expect(out.map.toOriginal(out.text.length)).toBe(dirty.length);
    expect(out.map.toOriginal(19)).toBe(20); // after the first zero-width space

    const word = "a".repeat(10_000_000);
    expect(normalize(word)).toBe(word);
    expect(fold(word.toUpperCase())).toBe(word);
    expect(syllableTokens(word)).toHaveLength(1);
  }, 120_000);
});
