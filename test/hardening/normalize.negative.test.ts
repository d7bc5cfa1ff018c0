/**
 * normalize is idempotent on broken UTF-16 too. Found by the fuzzer (case 3393 of seed 20261127):
 * a U+200D after a lone low surrogate was kept as if it joined an emoji, then dropped on the second
 * pass once the surrogate had become U+FFFD.
 */
import { describe, expect, it } from "vitest";
import { normalize } from "../../src/index.js";

const CASES: Array<[string, string]> = [
  ["\udfff\u200d", "\ufffd"],
  ["a\udc00\u200db", "a\ufffdb"],
  ["\ud800\u200d", "\ufffd"],
  ["\udbff\udfff\udfff\u200d", "\udbff\udfff\ufffd"],
  // a joiner between emoji stays
  ["👨\u200d👩", "👨\u200d👩"],
  ["❤\ufe0f\u200d🔥", "❤\ufe0f\u200d🔥"],
];

describe("normalize on lone surrogates next to U+200D", () => {
  it.each(CASES)("%j", (input, expected) => {
    const once = normalize(input);
    expect(once).toBe(expected);
    expect(normalize(once)).toBe(once);
  });
});
