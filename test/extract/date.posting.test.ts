/** Posting and update lines -> { iso, time }; which body lines are posting lines. */
import { describe, expect, it } from "vitest";
import { parsePostingDate, looksLikePostingLine } from "../../src/extract/extractors/date.js";

describe("parsePostingDate", () => {
  it.each<[line: string, iso: string, time: string | null]>([
    ["Ngày đăng 15/03/2018 | 07:05 | Lượt xem: 381", "2018-03-15", "07:05"],
    ["26/06/2019 08:56 Số lượt xem: 57", "2019-06-26", "08:56"],
    ["Cập nhật: 08-05-2020 | 13:40:46", "2020-05-08", "13:40"],
    ["2020-11-23 16:58:00.0", "2020-11-23", "16:58"],
    ["11:08 07/11/2018", "2018-11-07", "11:08"],
    ["Người đăng tin: Admin Ngày đăng tin: 14/11/2022", "2022-11-14", null],
    ["Người đăng tin: Admin\u00a0\u00a0Ngày đăng tin: 11/01/2023", "2023-01-11", null],
    ["Ngày cập nhật 04/01/2021", "2021-01-04", null],
    ["04/11/2025 17:35 GMT+7", "2025-11-04", "17:35"],
    ["Hải Phòng, ngày 21 tháng 01 năm 2020", "2020-01-21", null],
    ["Cẩm Bình, ngày 21 tháng 12 năm 2023", "2023-12-21", null],
    ["Thứ Tư, 08/04/2015, 08:11 [GMT+7]", "2015-04-08", "08:11"],
    ["Thứ năm, 23/07/2020, 08:48 SA", "2020-07-23", "08:48"],
    ["Thứ năm, 23/07/2020, 08:48 CH", "2020-07-23", "20:48"],
    ["Thứ năm, 23/07/2020, 12:05 SA", "2020-07-23", "00:05"],
    ["Thứ năm, 23/07/2020, 12:05 CH", "2020-07-23", "12:05"],
    ["Thứ Ba, 02/01/2024, 07:30 SA", "2024-01-02", "07:30"],
    ["Thứ Sáu, 16/02/2024, 11:30 [GMT+7]", "2024-02-16", "11:30"],
    ["16/08/2024 - 10:05", "2024-08-16", "10:05"],
    ["Ngày đăng: 29/11/2023 - 08:15", "2023-11-29", "08:15"],
    ["Cập nhật lúc: 12/06/2023 14:25", "2023-06-12", "14:25"],
    ["02/02/2023", "2023-02-02", null],
    ["Ngày đăng 16.11.2023 | 09:12", "2023-11-16", "09:12"],
    ["Cập nhật lúc 14h25 ngày 12/06/2023", "2023-06-12", "14:25"],
  ])("%j -> %s %s", (line, iso, time) => {
    expect(parsePostingDate(line)).toEqual({ iso, time });
  });

  it.each([
    "",
    "Lượt xem: 381",
    "Ngày đăng 31/02/2018 | 07:05",
    "Thống kê: 77.629",
    "Sáng 5/7, Hội Nông dân xã tổ chức hội nghị",
    "Ngày đăng 15/03/18",
  ])("%j -> null", (line) => {
    expect(parsePostingDate(line)).toBeNull();
  });

  it("keeps a time out of range out (25:61)", () => {
    expect(parsePostingDate("Ngày đăng 15/03/2018 | 25:61")).toEqual({ iso: "2018-03-15", time: null });
  });
});

describe("looksLikePostingLine", () => {
  it.each([
    "Ngày đăng 16/11/2023 | 09:12 | Lượt xem: 1.043",
    "Thứ Năm, 16/11/2023 | Đăng nhập",
    "16/08/2024 - 10:05",
    "2022-12-10 16:58:00.0",
    "11:08 22/01/2025",
    "Cẩm Bình, ngày 21 tháng 12 năm 2023",
    "Cập nhật: 15-04-2024 | 13:40:46",
    "04/12/2024 17:35 GMT+7",
  ])("%j is a posting line", (line) => expect(looksLikePostingLine(line)).toBe(true));

  it.each([
    "Ngày 10/01/2023, Ủy ban MTTQ phường tổ chức hội nghị tổng kết.",
    "Chiều ngày 07/01/2021 tại hội trường UBND phường Tân Giang đã diễn ra hội nghị.",
    "Từ ngày 19 đến ngày 20/12/2023, tại Hội trường UBND xã, HĐND xã tổ chức kỳ họp.",
    "Cập nhật thông tin về công tác tuyên truyền",
    "",
  ])("%j is not", (line) => expect(looksLikePostingLine(line)).toBe(false));
});
