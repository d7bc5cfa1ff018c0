/** The small helpers of the date grammar, checked against their TSDoc examples and edge cases. */
import { describe, expect, it } from "vitest";
import { alternation, clockFromGroups, clockPattern, endingMatch, formatClock, wordBefore, wordPattern } from "../../src/extract/dates/patterns.js";
import { parseAtoms, hasMonthLead } from "../../src/extract/dates/parsers.js";
import { attachContext, dropContained } from "../../src/extract/dates/refiners.js";

describe("patterns", () => {
  it("wordPattern and alternation", () => {
    expect(wordPattern("chủ nhật")).toBe("chủ\\s{1,4}nhật");
    expect(alternation(["lúc", "vào lúc"])).toBe("(?:vào\\s{1,4}lúc|lúc)");
  });

  it.each<[text: string, time: string | null]>([
    ["lúc 19h30’", "19:30"],
    ["14 giờ 00", "14:00"],
    ["14 giờ 30 phút", "14:30"],
    ["8h", "08:00"],
    ["7 giờ", "07:00"],
    ["14:30", "14:30"],
    ["14g30", "14:30"],
    ["25 giờ", null],
    ["2 hộ", null],
    ["13:40:46", null],
  ])("clock %j -> %j", (text, time) => {
    const m = new RegExp(clockPattern("t"), "u").exec(text);
    expect(m ? clockFromGroups(m.groups ?? {}, "t") : null).toBe(time);
  });

  it("formatClock", () => {
    expect(formatClock(7, 5)).toBe("07:05");
    expect(formatClock(25, 0)).toBeNull();
    expect(formatClock(23, 60)).toBeNull();
  });

  it("endingMatch tries token starts and respects accept", () => {
    expect(endingMatch(/(?:sáng|chiều)\s+ngày\s+$/uy, "tổ chức vào sáng ngày ")?.index).toBe(12);
    expect(endingMatch(/sáng\s+$/uy, "chiếu sáng ", (m) => m.index === 0)).toBeNull();
    expect(endingMatch(/áng\s+$/uy, "chiếu sáng ")).toBeNull();
  });

  it("wordBefore", () => {
    expect(wordBefore("hệ thống chiếu sáng", 15)).toBe("chiếu");
    expect(wordBefore("Kỳ họp  thứ 7", 8)).toBe("họp");
    expect(wordBefore("sáng", 0)).toBe("");
  });
});

describe("parsers and refiners", () => {
  it.each<[text: string, rules: string[]]>([
    ["Chiều 29-12, UBND phường", ["numeric-dm"]],
    ["ngày 07/01/2021", ["numeric-dmy"]],
    ["ngày 5-8/7/2020", ["day-list"]],
    ["ngày 10 tháng 01 năm 2023", ["words-dmy"]],
    ["Trong tháng 4 năm 2023", ["month-only"]],
    ["Thống kê: 77.629", []],
    ["0236.3822.123", []],
    ["nhiệm kỳ 2021-2026", []],
  ])("parseAtoms(%j) rules after dropContained: %j", (text, rules) => {
    expect(dropContained(parseAtoms(text)).map((a) => a.rule)).toEqual(rules);
  });

  it("parseAtoms example", () => {
    expect(parseAtoms("Chiều 29-12, UBND phường ...")[0]).toMatchObject({ rule: "numeric-dm", start: 6, end: 11, first: { day: 29, month: 12, year: null } });
  });

  it("attachContext reads the doubled day word and the part of day", () => {
    const text = "Chiều ngày ngày 28/12/2023, tại ...";
    const [atom] = parseAtoms(text);
    expect(attachContext(text, atom!)).toMatchObject({ partOfDay: "chiều", spanStart: 0, dayWord: true });
  });

  it("attachContext drops a bare d/m without a cue", () => {
    const text = "Phường đạt tỷ lệ 3/2 so với cùng kỳ.";
    expect(attachContext(text, parseAtoms(text)[0]!)).toBeNull();
  });

  it("hasMonthLead", () => {
    expect(hasMonthLead("Trong ")).toBe(true);
    expect(hasMonthLead("kết quả ")).toBe(false);
  });
});
