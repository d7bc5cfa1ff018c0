/**
 * No data is lost: whatever an index accepts, its export imports again. Found by the fuzzer (after
 * case 1499 of seed 20261127): a parsed article whose official had a 10,000+ character title chain
 * was indexed and exported, and the export was refused by import (officials entry over 10,000
 * characters). An index may refuse a document at add() (INVALID_INPUT), never at import.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";
import { createSearchIndex, importSearchIndex, type PlainSearchDocument, type SearchInput } from "../../src/search/index.js";

const big = (n: number) => "Phó Bí thư Đảng ủy, ".repeat(Math.ceil(n / 20)).slice(0, n);

const EDGE: Array<[string, () => SearchInput]> = [
  ["an official line of 12,000 characters", () => ({ id: "a", body: "phường Tân Giang", officials: [{ name: "Nguyễn Văn A", titles: [big(12_000)] }] })],
  ["an official name of 12,000 characters", () => ({ id: "a", body: "x", officials: [big(12_000)] })],
  ["an id of 12,000 characters", () => ({ id: "x".repeat(12_000), body: "phường Tân Giang" })],
  ["12,000 officials", () => ({ id: "a", body: "x", officials: Array.from({ length: 12_000 }, (_, i) => `Nguyễn Văn ${i}`) })],
  ["a title of 12,000 characters", () => ({ id: "a", title: big(12_000), body: "x" })],
  ["a body of 4,100,000 characters", () => ({ id: "a", body: "phường Tân Giang ".repeat(241_200) })],
  ["12,000 wards", () => ({ id: "a", body: "x", ward: Array.from({ length: 12_000 }, (_, i) => `P${i}`) })],
  ["an award list of 12,000", () => ({ id: "a", body: "x", awards: Array.from({ length: 12_000 }, (_, i) => `giấy khen ${i}`) })],
  ["a parsed article with a title chain repeated 600 times", () => parseArticle(`Đồng chí Nguyễn Văn Hảo – ${big(12_000)} Chủ tịch HĐND xã phát biểu.`, { id: "p" })],
];

describe("export then import keeps every document the index accepted", () => {
  it.each(EDGE)("%s", (_name, make) => {
    const index = createSearchIndex();
    let accepted = true;
    try {
      index.add(make() as PlainSearchDocument);
    } catch (e) {
      accepted = false;
      expect((e as { code?: string }).code).toBe("INVALID_INPUT");
    }
    const data = JSON.parse(JSON.stringify(index.export()));
    const copy = importSearchIndex(data);
    expect(copy.size).toBe(accepted ? 1 : 0);
    expect(JSON.stringify(copy.export())).toBe(JSON.stringify(index.export()));
  });
});
