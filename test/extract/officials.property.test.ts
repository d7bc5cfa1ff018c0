/**
 * Officials invariants over arbitrary and officials-flavoured text: never throws, every mention slices to
 * the name, every title span slices to the title, no official without a title, names are unique after folding.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { extractOfficials } from "../../src/extract/extractors/officials.js";
import { foldWords } from "../../src/extract/lexicon/fold.js";
import type { ExtractContext } from "../../src/extract/context.js";
import { makeContext } from "../support/context.js";

const ctxOf = (text: string): ExtractContext => makeContext(text, { separator: "\n" });

const PIECES = [
  "đồng chí ", "Đ/c ", "Đ.c ", "ông ", "bà ", "các đồng chí: ", "Thiếu tá ", "Nguyễn ", "Văn ", "Thị ", "Lê ", "Hồ Chí Minh ",
  "An", "Bình ", "Tôn Nữ ", "minh ", "Thư ", "– ", " - ", ", ", "; ", ". ", ": ", "kiêm ", "Phó ", "Chủ tịch ", "Bí thư ",
  "UBND ", "HĐND ", "phường ", "xã ", "Tân Giang ", "Ủy ban MTTQ ", "Ban ", "tổ chức ", "chủ trì ", "cùng ", "và ", "(giữa) ",
  "(cũ) ", "nguyên ", "\n", "PBT TT ", "P.", "Linh ", "giữ chức ", "BTĐU ", "Trưởng ", "Công an ", "đường ", "cho ",
];

function check(text: string) {
  const officials = extractOfficials(ctxOf(text));
  const keys = officials.map((o) => foldWords(o.name));
  expect(new Set(keys).size).toBe(keys.length);
  for (const o of officials) {
    expect(o.titles.length).toBeGreaterThan(0);
    for (const m of o.mentions) expect(text.slice(m.start, m.end)).toBe(o.name);
    for (const t of o.titles) if (t.span) expect(text.slice(t.span.start, t.span.end)).toBe(t.text);
  }
}

describe("officials properties", () => {
  it("hold on arbitrary strings", () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), check), { numRuns: 400 });
  });

  it("hold on officials-flavoured text", () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((a) => a.join("")), check), { numRuns: 1500 });
  });

  it("stay fast on a long pathological input", () => {
    const text = "đồng chí Nguyễn Văn An – Phó Chủ tịch UBND phường, ".repeat(2000) + "Trưởng ".repeat(5000);
    const t0 = performance.now();
    check(text);
    expect(performance.now() - t0).toBeLessThan(10_000);
  });
});
