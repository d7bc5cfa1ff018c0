/**
 * Every date format of PHENOMENA.md "Dates and times", as real-style lead sentences -> the event date.
 * Columns: text, posting date (or null), iso, endIso, partOfDay, time, the span's text.
 */
import { describe, expect, it } from "vitest";
import { extractEventDate } from "../../src/extract/extractors/date.js";
import { dateContext } from "./date-context.js";

type Row = [text: string, posted: string | null, iso: string, endIso: string | null, partOfDay: string | null, time: string | null, spanText: string];

const check = ([text, posted, iso, endIso, partOfDay, time, spanText]: Row) => {
  const d = extractEventDate(dateContext(text, posted));
  expect(d).not.toBeNull();
  expect({ iso: d!.iso, endIso: d!.endIso, partOfDay: d!.partOfDay, time: d!.time }).toEqual({ iso, endIso, partOfDay, time });
  expect(text.slice(d!.span!.start, d!.span!.end)).toBe(spanText);
};

describe("numeric dates with a year", () => {
  it.each<Row>([
    ["Sáng ngày 13/3/2018, UBND phường tổ chức hội nghị.", null, "2018-03-13", null, "sáng", null, "Sáng ngày 13/3/2018"],
    ["Chiều ngày 07/01/2021 tại hội trường UBND phường Tân Giang đã diễn ra hội nghị.", null, "2021-01-07", null, "chiều", null, "Chiều ngày 07/01/2021"],
    ["Ngày 10/01/2023, Ủy ban MTTQ phường tổ chức hội nghị tổng kết.", "2023-01-11", "2023-01-10", null, null, null, "Ngày 10/01/2023"],
    ["Sáng ngày 26-8-2023 UBND xã tổ chức lễ ra quân.", null, "2023-08-26", null, "sáng", null, "Sáng ngày 26-8-2023"],
    ["Sáng ngày 26.8.2023 UBND xã tổ chức lễ ra quân.", null, "2023-08-26", null, "sáng", null, "Sáng ngày 26.8.2023"],
    ["Sáng ngày 26/8/2023 UBND xã Hòa Tiến tổ chức lễ ra quân.", null, "2023-08-26", null, "sáng", null, "Sáng ngày 26/8/2023"],
    ["Sáng nay ngày 31/8/2018 Đảng ủy phường tổ chức hội nghị.", null, "2018-08-31", null, "sáng", null, "Sáng nay ngày 31/8/2018"],
    ["Thực hiện kế hoạch của Ban Thường vụ, sáng nay ngày 11/7/2024 Đảng ủy xã tổ chức hội nghị.", null, "2024-07-11", null, "sáng", null, "sáng nay ngày 11/7/2024"],
    ["Chiều ngày ngày 29/12/2023, tại hội trường UBND phường.", null, "2023-12-29", null, "chiều", null, "Chiều ngày ngày 29/12/2023"],
    ["Sáng\nngày 15/11/2023, Hội LHPN phường tổ chức hội nghị.", null, "2023-11-15", null, "sáng", null, "Sáng\nngày 15/11/2023"],
    ["Tối 20/3/2024, Đoàn phường tổ chức đêm văn nghệ.", null, "2024-03-20", null, "tối", null, "Tối 20/3/2024"],
    ["Trưa 20/3/2024, Đoàn phường trao quà.", null, "2024-03-20", null, "trưa", null, "Trưa 20/3/2024"],
    ["Đêm 31/12/2023, phường tổ chức đón giao thừa.", null, "2023-12-31", null, "đêm", null, "Đêm 31/12/2023"],
    ["Buổi sáng ngày 4/5/2022, Hội CCB tổ chức đại hội.", null, "2022-05-04", null, "sáng", null, "Buổi sáng ngày 4/5/2022"],
    ["Sáng nay (11/7/2024), Đảng ủy xã tổ chức hội nghị.", null, "2024-07-11", null, "sáng", null, "Sáng nay (11/7/2024)"],
    ["SÁNG NGÀY 13/3/2018, UBND PHƯỜNG TỔ CHỨC HỘI NGHỊ.", null, "2018-03-13", null, "sáng", null, "SÁNG NGÀY 13/3/2018"],
  ])("%j", (...row) => check(row));
});

describe("numeric dates without a year (year from the posting date)", () => {
  it.each<Row>([
    ["Sáng 5/7, Hội Nông dân xã tổ chức hội nghị.", "2023-07-06", "2023-07-05", null, "sáng", null, "Sáng 5/7"],
    ["Chiều ngày 16/02, Đảng ủy phường tổ chức hội nghị.", "2024-02-17", "2024-02-16", null, "chiều", null, "Chiều ngày 16/02"],
    ["Ngày 8-7, Hội Cựu chiến binh phường tổ chức đại hội.", "2020-07-09", "2020-07-08", null, null, null, "Ngày 8-7"],
    ["Tối 9-2, Đoàn phường tổ chức chương trình.", "2024-02-10", "2024-02-09", null, "tối", null, "Tối 9-2"],
    ["Chiều ngày 21.1, UBND phường tổ chức đối thoại.", "2025-01-22", "2025-01-21", null, "chiều", null, "Chiều ngày 21.1"],
    ["Chiều 21.1, UBND P.Linh Trung (TP.Thủ Đức, TP.HCM) tổ chức hội nghị đối thoại.", "2025-01-22", "2025-01-21", null, "chiều", null, "Chiều 21.1"],
    ["(QNO) - Sáng 16-2 (tức mùng 7 tháng Giêng năm Giáp Thìn), UBND phường tổ chức Tết trồng cây.", "2024-02-16", "2024-02-16", null, "sáng", null, "Sáng 16-2"],
    ["Sáng thứ 7 ngày 15/5, Đoàn xã ra quân.", "2021-05-16", "2021-05-15", null, "sáng", null, "Sáng thứ 7 ngày 15/5"],
    ["Sáng Chủ nhật ngày 11/6, hưởng ứng Ngày Môi trường thế giới (5/6), UBND Phường 7 ra quân.", "2023-06-12", "2023-06-11", null, "sáng", null, "Sáng Chủ nhật ngày 11/6"],
    ["Cũng vào ngày 08/01, Hội Nông dân xã tổ chức hội nghị.", "2024-01-09", "2024-01-08", null, null, null, "ngày 08/01"],
  ])("%j", (...row) => check(row));
});

describe("dates in words", () => {
  it.each<Row>([
    ["Sáng ngày 01 tháng 3 năm 2023, Hội LHPN xã tổ chức hội nghị.", null, "2023-03-01", null, "sáng", null, "Sáng ngày 01 tháng 3 năm 2023"],
    ["Sáng ngày 21 tháng 3/2020, Đoàn xã tổ chức đại hội.", null, "2020-03-21", null, "sáng", null, "Sáng ngày 21 tháng 3/2020"],
    ["sáng ngày 02 tháng 02/2023, Đảng ủy phường Phú Hòa long trọng tổ chức lễ.", null, "2023-02-02", null, "sáng", null, "sáng ngày 02 tháng 02/2023"],
    ["Ngày 15 tháng 3, Hội Khuyến học tổ chức trao học bổng.", "2024-03-20", "2024-03-15", null, null, null, "Ngày 15 tháng 3"],
  ])("%j", (...row) => check(row));
});

describe("ranges and several days", () => {
  it.each<Row>([
    ["Từ ngày 07/01/2026 đến ngày 09/01/2026, HĐND xã tổ chức kỳ họp.", null, "2026-01-07", "2026-01-09", null, null, "Từ ngày 07/01/2026 đến ngày 09/01/2026"],
    ["Trong ngày 5-8/7/2020, Đoàn xã tổ chức hội trại.", null, "2020-07-05", "2020-07-08", null, null, "ngày 5-8/7/2020"],
    ["Trong 02 ngày 22 & 23/03,tại Hội trường Trường THCS Hồng Phong diễn ra đại hội.", "2022-03-24", "2022-03-22", "2022-03-23", null, null, "ngày 22 & 23/03"],
    ["Trong các ngày 13, 14 và 15-8, UBND xã Thạnh Phú tổ chức Hội thi văn nghệ.", "2024-08-16", "2024-08-13", "2024-08-15", null, null, "ngày 13, 14 và 15-8"],
    ["Từ ngày 15 đến ngày 18/11/2020, Hội Nông dân tổ chức lớp tập huấn.", null, "2020-11-15", "2020-11-18", null, null, "Từ ngày 15 đến ngày 18/11/2020"],
    ["Từ ngày 19 đến ngày 20/12/2023, tại Hội trường UBND xã, HĐND xã tổ chức Kỳ họp thứ Chín.", "2023-12-21", "2023-12-19", "2023-12-20", null, null, "Từ ngày 19 đến ngày 20/12/2023"],
    ["Từ ngày 28/12/2023 đến ngày 02/01/2024, phường tổ chức hội chợ.", null, "2023-12-28", "2024-01-02", null, null, "Từ ngày 28/12/2023 đến ngày 02/01/2024"],
    ["Từ ngày 28/12 đến ngày 2/1/2024, phường tổ chức hội chợ.", null, "2023-12-28", "2024-01-02", null, null, "Từ ngày 28/12 đến ngày 2/1/2024"],
    ["Trong hai ngày 10 và 11 tháng 4 năm 2023, Đoàn xã tổ chức hội trại.", null, "2023-04-10", "2023-04-11", null, null, "ngày 10 và 11 tháng 4 năm 2023"],
  ])("%j", (...row) => check(row));
});

describe("month only", () => {
  it.each<Row>([
    ["Trong tháng 4 năm 2023, Hội LHPN phường tổ chức nhiều hoạt động.", null, "2023-04", null, null, null, "tháng 4 năm 2023"],
    ["Tháng 5/2024, phường ra mắt mô hình mới.", null, "2024-05", null, null, null, "Tháng 5/2024"],
  ])("%j", (...row) => check(row));
});

describe("clock times (a clock alone sets time, not partOfDay)", () => {
  it.each<Row>([
    ["Vào lúc 14 giờ 30, ngày 10 tháng 3 năm 2023, tại Hội trường UBND phường diễn ra hội nghị.", null, "2023-03-10", null, null, "14:30", "14 giờ 30, ngày 10 tháng 3 năm 2023"],
    ["Vào lúc 14 giờ 30, ngày 10 tháng 01 năm 2023, tại Hội trường Ủy ban nhân dân phường Đông Vệ.", "2023-01-11", "2023-01-10", null, null, "14:30", "14 giờ 30, ngày 10 tháng 01 năm 2023"],
    ["Ban Thường trực tổ chức hội nghị vào 18 giờ 30 ngày 08/01/2026 (tối thứ năm) tại nhà văn hóa.", null, "2026-01-08", null, "tối", "18:30", "18 giờ 30 ngày 08/01/2026 (tối thứ năm)"],
    ["Vào lúc 19h30’ ngày 08/7/2019, tại Nhà văn hóa thôn diễn ra buổi tiếp xúc.", null, "2019-07-08", null, null, "19:30", "19h30’ ngày 08/7/2019"],
    ["Vào lúc 19h30’ ngày 28/11/2023 (tối thứ Ba), tại Nhà văn hóa thôn.", "2023-11-29", "2023-11-28", null, "tối", "19:30", "19h30’ ngày 28/11/2023 (tối thứ Ba)"],
    ["14 giờ 00 ngày 10 tháng 02 năm 2023, HĐND xã khai mạc kỳ họp.", null, "2023-02-10", null, null, "14:00", "14 giờ 00 ngày 10 tháng 02 năm 2023"],
    ["Lúc 8h ngày 10/3/2023, Đoàn xã ra quân.", null, "2023-03-10", null, null, "08:00", "8h ngày 10/3/2023"],
    ["Đúng 7 giờ ngày 2/9/2023, lễ chào cờ bắt đầu.", null, "2023-09-02", null, null, "07:00", "7 giờ ngày 2/9/2023"],
    ["Ngày 10/3/2023, lúc 8 giờ 30, UBND xã tổ chức hội nghị.", null, "2023-03-10", null, null, "08:30", "Ngày 10/3/2023, lúc 8 giờ 30"],
    ["Lúc 19 giờ 30 tối ngày 5/9/2023, Đoàn phường tổ chức Trung thu.", null, "2023-09-05", null, "tối", "19:30", "19 giờ 30 tối ngày 5/9/2023"],
    ["Sáng 9/3/2024, lúc 7h30, Đoàn phường ra quân.", null, "2024-03-09", null, "sáng", "07:30", "Sáng 9/3/2024, lúc 7h30"],
  ])("%j", (...row) => check(row));
});

describe("preambles before the event date", () => {
  it.each<Row>([
    ["Thực hiện Kế hoạch số 45-KH/ĐU ngày 20/6/2024 của Ban Thường vụ Đảng ủy xã, sáng nay ngày 11/7/2024 Đảng ủy xã tổ chức Hội nghị.", "2024-07-11", "2024-07-11", null, "sáng", null, "sáng nay ngày 11/7/2024"],
    ["Căn cứ Quyết định số 596/QĐ-BTV ngày 27/6/2025 của Ban Thường vụ, chiều 30/6/2025, Đảng ủy xã tổ chức hội nghị.", "2025-07-01", "2025-06-30", null, "chiều", null, "chiều 30/6/2025"],
    ["Nhân dịp kỷ niệm 93 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 – 03/02/2023), sáng ngày 02 tháng 02/2023, Đảng ủy phường tổ chức lễ.", "2023-02-02", "2023-02-02", null, "sáng", null, "sáng ngày 02 tháng 02/2023"],
    ["Nhân kỷ niệm ngày 20/10, sáng 18/10, Hội LHPN phường tổ chức tọa đàm.", "2023-10-19", "2023-10-18", null, "sáng", null, "sáng 18/10"],
    ["(ĐL) – Sáng 4-12, Hội Cựu chiến binh phường Tân An tổ chức lễ kỷ niệm 35 năm Ngày thành lập Hội CCB Việt Nam (6-12-1989 – 6-12-2024).", "2024-12-04", "2024-12-04", null, "sáng", null, "Sáng 4-12"],
  ])("%j", (...row) => check(row));
});

describe("today words, clock ranges, ordinals and compounds", () => {
  it.each<Row>([
    ["Hôm nay (10/3), UBND phường tổ chức hội nghị.", "2024-03-10", "2024-03-10", null, null, null, "Hôm nay (10/3)"],
    ["Sáng thứ Bảy (15/5), Đoàn xã ra quân.", "2021-05-16", "2021-05-15", null, "sáng", null, "Sáng thứ Bảy (15/5)"],
    ["Từ 7 giờ 30 đến 11 giờ ngày 10/3/2024, Hội Chữ thập đỏ tổ chức hiến máu.", null, "2024-03-10", null, null, "07:30", "7 giờ 30 đến 11 giờ ngày 10/3/2024"],
    ["Vào lúc 8 giờ, sáng ngày 10/3/2024, UBND xã khai mạc hội nghị.", null, "2024-03-10", null, "sáng", "08:00", "8 giờ, sáng ngày 10/3/2024"],
    ["Vào hồi 14h00 ngày 5/4/2024, Đảng ủy xã tổ chức hội nghị.", null, "2024-04-05", null, null, "14:00", "14h00 ngày 5/4/2024"],
    ["Kỳ họp thứ 7 ngày 15/12/2023 của HĐND xã đã bế mạc.", null, "2023-12-15", null, null, null, "ngày 15/12/2023"],
    ["Ngày 10/3 năm 2024, UBND xã tổ chức hội nghị.", "2024-05-01", "2024-03-10", null, null, null, "Ngày 10/3 năm 2024"],
    ["Chiều thứ Sáu, ngày 16/2, UBND phường tổ chức gặp mặt.", "2024-02-17", "2024-02-16", null, "chiều", null, "Chiều thứ Sáu, ngày 16/2"],
    ["Ngày 15/3/2024 (thứ Sáu), Hội Nông dân tổ chức hội nghị.", null, "2024-03-15", null, null, null, "Ngày 15/3/2024 (thứ Sáu)"],
  ])("%j", (...row) => check(row));
});
