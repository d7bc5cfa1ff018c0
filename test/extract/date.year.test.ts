/**
 * The year of a date written without one: the posting year, one year back when the event month is
 * after the posting month; "--MM-DD" and no year flag when there is no posting date.
 */
import { describe, expect, it } from "vitest";
import { extractEventDate } from "../../src/extract/extractors/date.js";
import { inferYear, isValidDate, toIso, daysInMonth, yearMonthOf } from "../../src/extract/dates/calendar.js";
import { dateContext } from "./date-context.js";

describe("year inference in extractEventDate", () => {
  it.each<[text: string, posted: string | null, iso: string, endIso: string | null, yearInferred: boolean]>([
    ["Chiều 29-12, UBND phường tổ chức hội nghị.", "2024-01-02", "2023-12-29", null, true],
    ["Chiều 29-12, UBND phường tổ chức hội nghị.", "2023-12-30", "2023-12-29", null, true],
    ["Chiều ngày 16/04, tại Phòng họp tầng 2 diễn ra giao ban.", "2024-04-15", "2024-04-16", null, true],
    ["Sáng 4-12, Hội CCB phường tổ chức lễ kỷ niệm.", "2024-12-04", "2024-12-04", null, true],
    ["Sáng 30/11, Hội Nông dân tổ chức hội nghị.", "2024-12-01", "2024-11-30", null, true],
    ["Sáng 2/1, Hội Nông dân tổ chức hội nghị.", "2024-12-30", "2024-01-02", null, true],
    ["Trong 02 ngày 22 & 23/03, Đoàn xã tổ chức đại hội.", "2022-03-24", "2022-03-22", "2022-03-23", true],
    ["Từ ngày 30/12 đến ngày 2/1, phường tổ chức hội chợ.", "2024-01-05", "2023-12-30", "2024-01-02", true],
    ["Sáng 5/7, Hội Nông dân xã tổ chức hội nghị.", null, "--07-05", null, false],
    ["Các ngày 13, 14 và 15-8, xã tổ chức hội thi.", null, "--08-13", "--08-15", false],
    ["Sáng ngày 13/3/2018, UBND phường tổ chức hội nghị.", "2018-03-15", "2018-03-13", null, false],
    ["Từ ngày 19 đến ngày 20/12/2023, HĐND xã tổ chức kỳ họp.", "2023-12-21", "2023-12-19", "2023-12-20", false],
    ["Sáng 29/2, Hội LHPN tổ chức hội nghị.", "2024-03-01", "2024-02-29", null, true],
  ])("%j posted %s -> %s", (text, posted, iso, endIso, yearInferred) => {
    const d = extractEventDate(dateContext(text, posted));
    expect(d).toMatchObject({ iso, endIso, yearInferred });
  });

  it("drops 29/2 when the inferred year is not a leap year", () => {
    expect(extractEventDate(dateContext("Sáng 29/2, Hội LHPN tổ chức hội nghị.", "2023-03-01"))).toBeNull();
  });
});

describe("calendar helpers", () => {
  it.each<[month: number, posted: { year: number; month: number } | null, year: number | null]>([
    [12, { year: 2024, month: 1 }, 2023],
    [1, { year: 2024, month: 1 }, 2024],
    [4, { year: 2024, month: 4 }, 2024],
    [5, { year: 2024, month: 4 }, 2023],
    [3, { year: 2024, month: 12 }, 2024],
    [7, null, null],
  ])("inferYear(%i, %j) = %j", (month, posted, year) => expect(inferYear(month, posted)).toBe(year));

  it.each<[year: number | null, month: number, day: number | null, valid: boolean]>([
    [2023, 2, 28, true],
    [2023, 2, 29, false],
    [2024, 2, 29, true],
    [1900, 2, 29, false],
    [2000, 2, 29, true],
    [2023, 2, 31, false],
    [2023, 4, 31, false],
    [2023, 12, 31, true],
    [2023, 13, 1, false],
    [2023, 0, 1, false],
    [2023, 1, 0, false],
    [null, 2, 29, true],
    [null, 2, 30, false],
    [2023, 4, null, true],
  ])("isValidDate(%j-%j-%j) = %j", (year, month, day, valid) => expect(isValidDate({ year, month, day })).toBe(valid));

  it.each<[year: number | null, month: number, day: number | null, iso: string | null]>([
    [2023, 12, 29, "2023-12-29"],
    [2023, 4, null, "2023-04"],
    [null, 7, 8, "--07-08"],
    [null, 7, null, null],
    [2023, 2, 30, null],
  ])("toIso(%j, %j, %j) = %j", (year, month, day, iso) => expect(toIso({ year, month, day })).toBe(iso));

  it("daysInMonth and yearMonthOf", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2024, m))).toEqual([31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(yearMonthOf("2024-01-02")).toEqual({ year: 2024, month: 1 });
    expect(yearMonthOf("--01-02")).toBeNull();
    expect(yearMonthOf(null)).toBeNull();
  });
});
