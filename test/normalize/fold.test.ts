import { describe, expect, it } from "vitest";
import { fold } from "../../src/normalize/index.js";
import { allSyllables } from "../../src/normalize/inventory.js";

const naive = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase();

describe("fold", () => {
  it.each([
    ["Đảng ủy phường Tân Giang", "dang uy phuong tan giang"],
    ["ỦY BAN NHÂN DÂN", "uy ban nhan dan"],
    ["Nguyễn Thị Hồng Nhung", "nguyen thi hong nhung"],
    ["Vie\u0302\u0323t Nam", "viet nam"],
    ["ĐƯỜNG Điện Biên Phủ", "duong dien bien phu"],
    ["Ðà Nẵng, ðó, Ɖ, ɖ", "da nang, do, d, d"],
    ["", ""],
    ["ABC xyz 123 !?", "abc xyz 123 !?"],
    ["“Hòa” – …", '"hoa" - .'],
    ["‘Đ’ — «x» ‐ ‑\u00a0y", "'d' - \"x\" - - y"],
    ["😀 Ăn", "😀 an"],
    ["\ufeffđ", "\ufeffd"],
  ])("%j -> %j", (input, want) => expect(fold(input)).toBe(want));

  it("makes folded Vietnamese plain ASCII (typographic punctuation included)", () => {
    const s = "“Ủy ban” – phường Tân Giang… ‘Đảng’";
    expect(fold(s)).toMatch(/^[\x20-\x7e]*$/);
    expect(fold(s).length).toBe(s.length);
  });

  it("agrees with the naive fold on every syllable of the inventory, in NFC and NFD, any case", () => {
    for (const s of allSyllables()) {
      const want = naive(s);
      if (fold(s) !== want || fold(s.normalize("NFD")) !== want || fold(s.toUpperCase()) !== want) expect(s).toBe(`folded to ${want}`);
    }
  });

  it("is length-preserving on NFC input without combining marks, so offsets carry over", () => {
    const s = "Chiều ngày 07/01/2021 tại hội trường UBND phường Tân Giang, Đảng ủy đã tổ chức hội nghị";
    const f = fold(s);
    expect(f.length).toBe(s.length);
    const i = s.indexOf("Tân Giang");
    expect(f.slice(i, i + 9)).toBe("tan giang");
  });

  it("drops combining marks U+0300-036F only", () => {
    expect(fold("a\u0301\u0323b\u20d7")).toBe("ab\u20d7");
  });

  it("turns a lone surrogate into U+FFFD and keeps pairs", () => {
    expect(fold("A\ud800B\udc00")).toBe("a\ufffdb\ufffd");
    expect(fold("𝐀")).toBe("𝐀");
  });

  it("folds text in other scripts (many non-ASCII units) like the naive fold", () => {
    for (const s of ["Привет МИР ", "中文 测试 ", "Ελληνικά ΆΈΉ ", "Ăn ß ° "]) {
      const long = s.repeat(5000) + "\ud800x";
      expect(fold(long)).toBe(naive(long.slice(0, -2)) + "\ufffdx");
      expect(fold(s)).toBe(naive(s));
    }
  });

  it("handles text longer than its internal buffer", () => {
    const s = "Đảng Ủy ".repeat(50_000);
    expect(fold(s)).toBe("dang uy ".repeat(50_000));
    expect(fold("Ấp")).toBe("ap");
  });
});
