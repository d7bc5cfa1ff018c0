/**
 * moreWordsThan: the early-stopping form of `wordCount(s) > n` the line classifiers use, so that a long
 * paragraph asked "fewer than 2 words?" is not counted to its end. It must answer exactly as the full count.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { moreWordsThan, wordCount } from "../../src/clean/probe.js";

describe("moreWordsThan", () => {
  it.each([
    ["", 0, false],
    ["   ", 0, false],
    ["Toàn", 0, true],
    ["Toàn", 1, false],
    ["Toàn cảnh hội nghị", 3, true],
    ["Toàn cảnh hội nghị", 4, false],
    ["  Toàn\u00a0cảnh\u3000hội\tnghị  ", 3, true],
    ["Toàn\u00a0cảnh", 2, false],
    ["a b c d e f g h i", 8, true],
    ["a b c d e f g h", 8, false],
  ] as const)("%j has more than %i words: %s", (s, n, expected) => {
    expect(moreWordsThan(s, n)).toBe(expected);
  });

  it("agrees with wordCount(s) > n, whatever the recent-count cache holds", () => {
    const piece = fc.constantFrom("a", "Đ", "ủy", " ", "  ", "\u00a0", "\t", "\n", "\u2003", ".", "–");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }).map((a) => a.join("")), fc.integer({ min: -1, max: 25 }), fc.boolean(), (s, n, warm) => {
        if (warm) wordCount(s);
        expect(moreWordsThan(s, n)).toBe(s.trim() === "" ? n < 0 : s.trim().split(/\s+/).length > n);
      }),
      { numRuns: 500 },
    );
  });
});
