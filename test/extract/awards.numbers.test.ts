/**
 * Counts: digits and Vietnamese number words; recipient lists folded into types and counts.
 */
import { describe, expect, it } from "vitest";
import { parseCount, parseNumberWords } from "../../src/extract/lexicon/numbers.js";
import { readRecipients } from "../../src/extract/extractors/awards-recipients.js";

describe("number words", () => {
  it.each([
    ["một", 1],
    ["Hai", 2],
    ["ba", 3],
    ["bốn", 4],
    ["năm", 5],
    ["bảy", 7],
    ["mười", 10],
    ["mười một", 11],
    ["mười lăm", 15],
    ["hai mươi", 20],
    ["hai mươi mốt", 21],
    ["hai mươi tư", 24],
    ["ba mươi lăm", 35],
    ["một trăm", 100],
    ["một trăm linh năm", 105],
    ["hai trăm hai mươi", 220],
  ])("%s -> %d", (words, n) => {
    expect(parseNumberWords(words)).toBe(n);
  });

  it.each([["hội"], ["mươi"], ["mười mười"], ["trăm"], [""], ["hai ba"]])("%s is not a number", (words) => {
    expect(parseNumberWords(words)).toBeNull();
  });

  it.each([
    ["03", 3],
    ["1.043", 1043],
    ["202", 202],
    ["Hai", 2],
    ["các", null],
  ])("parseCount(%s) = %s", (written, n) => {
    expect(parseCount(written)).toBe(n);
  });
});

describe("recipient lists", () => {
  it.each([
    ["02 tập thể và 03 cá nhân", "collective:2,individual:3"],
    ["03 tập thể, 05 cá nhân", "collective:3,individual:5"],
    ["4 tập thể và 12 các nhân có thành tích", "collective:4,individual:12"],
    ["27 cá nhân và\n23 tập thể", "individual:27,collective:23"],
    ["40 tập thể, cá nhân có thành tích", "collective:-,individual:-"],
    ["27 gia đình và cá nhân tiêu biểu", "household:-,individual:-"],
    ["20 hộ nghèo, hộ cận nghèo", "household:20"],
    ["các tập thể, cá nhân", "collective:-,individual:-"],
    ["Hai cá nhân", "individual:2"],
    ["05 hội viên", "individual:5"],
    ["08 đoàn viên tiêu biểu", "individual:8"],
    ["202 học sinh", "individual:202"],
    ["10 đội tham gia", "collective:10"],
    ["5 đội viên", "individual:5"],
    ["3 chi hội và 2 khóm", "collective:5"],
    ["ấp 4", "collective:1"],
    ["Ủy ban MTTQ xã", "collective:1"],
    ["đồng chí Trần Văn Cường", "individual:1"],
    ["5 hộ gia đình và 3 cá nhân", "household:5,individual:3"],
  ])("%s -> %s", (phrase, expected) => {
    const r = readRecipients(phrase, 0, phrase.length);
    expect(r?.recipients.map((x) => `${x.type}:${x.count ?? "-"}`).join(",")).toBe(expected);
  });

  it("stops at a breakdown and says so", () => {
    const t = "07 đảng viên, trong đó: 01 đ/c nhận Huy hiệu 60 năm";
    const r = readRecipients(t, 0, t.length)!;
    expect(r.recipients).toEqual([{ type: "individual", count: 7 }]);
    expect(r.breakdown).toBe(true);
    expect(t.slice(r.span!.start, r.span!.end)).toBe("07 đảng viên");
  });

  it("reads nothing where no recipient starts", () => {
    expect(readRecipients("công nhận danh hiệu", 0, 19)).toBeNull();
  });
});
