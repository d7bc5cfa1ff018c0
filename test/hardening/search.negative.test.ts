/**
 * Search must not throw on any index size or query. Found by the fuzzer: when flexsearch's first page
 * of candidates is exactly full (19 documents for limit 3), asking for the next page returned
 * undefined and search threw a TypeError.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";
import { createSearchIndex } from "../../src/search/index.js";

const SIZES = Array.from({ length: 45 }, (_, i) => i + 1);
const QUERIES = ["Đ", "ð", "d", "đ x", "hội nghị", "\ud800", ""];

describe("search on every index size around a full first page", () => {
  it.each(SIZES)("%i documents", (n) => {
    const index = createSearchIndex();
    for (let i = 0; i < n; i++) index.add(parseArticle(`d ${i}. Hội nghị tổng kết`, { id: `doc-${i}` }));
    for (const q of QUERIES) {
      for (const limit of [1, 3, 10]) {
        const hits = index.search(q, { limit });
        expect(hits.length).toBeLessThanOrEqual(limit);
        for (const h of hits) expect(h.id).toMatch(/^doc-\d+$/);
      }
    }
  });
});
