/**
 * Traps: dates that are never the event date, alone (-> null) and before or after the real one.
 */
import { describe, expect, it } from "vitest";
import { extractEventDate, findDates } from "../../src/extract/extractors/date.js";
import { dateContext } from "./date-context.js";

describe("no event date at all", () => {
  it.each<[text: string, posted: string | null]>([
    ["Căn cứ Quyết định số 596/QĐ-BTV ngày 27/6/2025 của Ban Thường vụ, Đảng ủy xã triển khai thực hiện.", "2025-07-01"],
    ["Thực hiện Kế hoạch số 12/KH-UBND ngày 10/5/2024 của UBND huyện, xã đã triển khai.", "2024-05-20"],
    ["Theo Công văn số 123/UBND-VX ngày 2/3/2024, các đơn vị báo cáo kết quả.", "2024-03-10"],
    ["Theo Quyết định số 2875/QĐ-UBND, ngày 26/12/2023, Chủ tịch UBND phường tặng giấy khen.", "2024-01-02"],
    ["Thực hiện Kế hoạch số 45-KH/ĐU ngày 20/6/2024 của Ban Thường vụ Đảng ủy xã.", "2024-07-11"],
    ["Căn cứ Nghị quyết ngày 15/12/2023 của HĐND xã, UBND xã ban hành kế hoạch.", "2024-01-10"],
    ["Giấy phép số 11/GP-BTTTT ngày 12/01/2021.", "2024-12-04"],
    ["Đảng ủy phường trao Huy hiệu Đảng đợt 2/9/2023 cho các đảng viên.", "2023-09-05"],
    ["Đảng ủy phường Phú Hòa trao Huy hiệu Đảng đợt 3/2/2023", "2023-02-02"],
    ["Kỷ niệm 93 năm Ngày thành lập Mặt trận (18/11/1930 – 18/11/2023), vừa qua, khu dân cư tổ chức Ngày hội.", "2023-11-16"],
    ["Lễ kỷ niệm 96 năm Ngày thành lập Đảng (3-2-1930 – 3-2-2026) được tổ chức trang trọng.", "2026-02-04"],
    ["Kỷ niệm 93 năm Ngày thành lập Mặt trận 18/11/1930 – 18/11/2023 được tổ chức trang trọng.", null],
    ["Ngày đăng 15/03/2018 | 07:05 | Lượt xem: 381", "2018-03-15"],
    ["Thứ Năm, 16/11/2023 | Đăng nhập", "2023-11-16"],
    ["Cẩm Bình, ngày 21 tháng 12 năm 2023", "2023-12-21"],
    ["26/06/2019 08:56 Số lượt xem: 57", "2019-06-26"],
    ["Phường đạt tỷ lệ 3/2 so với cùng kỳ.", "2023-01-01"],
    ["Thống kê: 77.629", "2023-01-01"],
    ["Hội LHPN duy trì mô hình ở 12/12 chi hội.", "2022-12-10"],
    ["Liên hệ: 0236.3822.123 hoặc 0905.123.456.", "2023-01-01"],
    ["Năm 2020, phường hoàn thành 14/16 chỉ tiêu Nghị quyết.", "2021-01-08"],
    ["Năm 2023, khu dân cư có 312/325 hộ đạt danh hiệu “Gia đình văn hóa”.", "2023-11-16"],
    ["Vừa qua, Ban Công tác Mặt trận khu dân cư số 4 đã tổ chức Ngày hội Đại đoàn kết.", "2023-11-16"],
    ["Sáng ngày 31/02/2023, UBND xã tổ chức hội nghị.", null],
    ["Chiều 30-2, UBND xã tổ chức hội nghị.", "2023-03-05"],
    ["Sáng 32/1, UBND xã tổ chức hội nghị.", "2023-03-05"],
    ["Kỳ họp dự kiến diễn ra trong các ngày 5-7/12/2023.", "2023-11-29"],
    ["Hội thi chào mừng Cách mạng tháng Tám và Quốc khánh 2-9.", "2024-08-16"],
    ["Hưởng ứng Ngày Môi trường thế giới (5/6), phường phát động phong trào.", "2023-06-12"],
    ["Khu dân cư số 7 tổ chức Ngày hội Đại đoàn kết (14/11/2023)", "2023-11-16"],
    ["Tết Nguyên đán năm nay rơi vào (tức mồng 1 âm lịch) và ngày 7/1 âm lịch là ngày khai hạ.", "2024-02-10"],
    ["Tính đến ngày 30/6/2023, toàn phường có 1.286 hội viên.", "2023-07-05"],
    ["Đồng chí Nguyễn Văn A, sinh ngày 5/6/1950, được trao Huy hiệu 50 năm tuổi Đảng.", "2023-07-05"],
    ["Thường trực HĐND duy trì tiếp công dân định kỳ vào ngày 15 hằng tháng.", "2024-04-15"],
    ["Ngày 3/2/1930 là ngày thành lập Đảng Cộng sản Việt Nam.", "2023-02-02"],
    ["Nhiệm kỳ 2021 - 2026, HĐND xã khóa XX.", "2023-12-21"],
    ["Kỳ họp thường lệ cuối năm 2023 và dự kiến tổ chức vào cuối tháng 5/2024.", "2024-04-15"],
    ["Trước đó, sáng 28-12, Đảng ủy phường tổ chức hội nghị Ban Chấp hành.", "2024-01-02"],
    ["Phát biểu lúc 14 giờ 30, đồng chí Chủ tịch nhấn mạnh.", "2023-01-11"],
  ])("%j -> null", (text, posted) => {
    expect(extractEventDate(dateContext(text, posted))).toBeNull();
  });
});

describe("the trap is skipped and the event date found", () => {
  it.each<[text: string, posted: string | null, iso: string]>([
    ["Phường Đông Ngàn hoàn thành 15/15 chỉ tiêu năm 2023\n\nChiều 29-12, UBND phường tổ chức hội nghị. Theo Quyết định số 2875/QĐ-UBND ngày 26/12/2023, Chủ tịch UBND phường tặng giấy khen. Trước đó, sáng 28-12, Đảng ủy phường tổ chức hội nghị.", "2024-01-02", "2023-12-29"],
    ["Vào lúc 14 giờ 30, ngày 10 tháng 01 năm 2023, Ban Thường trực tổ chức hội nghị.\n\nCũng trong ngày 10/01, Ban Thường trực đã tổ chức hội nghị hiệp thương.", "2023-01-11", "2023-01-10"],
    ["Ngày đăng 29/12/2023 | 15:20 | Lượt xem: 214\nChiều ngày ngày 28/12/2023, tại Hội trường UBND phường.", "2023-12-29", "2023-12-28"],
    ["Cẩm Bình, ngày 21 tháng 12 năm 2023\nTừ ngày 19 đến ngày 20/12/2023, HĐND xã tổ chức kỳ họp.", "2023-12-21", "2023-12-19"],
    ["Đảng ủy phường trao Huy hiệu Đảng đợt 3/2/2023\n\nNhân dịp kỷ niệm 93 năm Ngày thành lập Đảng (03/02/1930 – 03/02/2023), sáng ngày 02 tháng 02/2023, Đảng ủy phường tổ chức lễ.", "2023-02-02", "2023-02-02"],
    ["Vào lúc 19h30’ ngày 28/11/2023 (tối thứ Ba), tại Nhà văn hóa thôn. Cử tri được thông báo kỳ họp dự kiến diễn ra trong các ngày 5-7/12/2023.", "2023-11-29", "2023-11-28"],
    ["Hưởng ứng Ngày Môi trường thế giới (5/6), sáng Chủ nhật ngày 11/6, UBND phường ra quân.", "2023-06-12", "2023-06-11"],
    ["Phường đạt tỷ lệ 3/2. Sáng 15/3, phường tổ chức hội nghị.", "2023-03-20", "2023-03-15"],
    ["Sáng 16-2 (tức ngày 7/1 âm lịch), UBND phường tổ chức Tết trồng cây.", "2024-02-16", "2024-02-16"],
  ])("%j -> %s", (text, posted, iso) => {
    expect(extractEventDate(dateContext(text, posted))?.iso).toBe(iso);
  });

  it("a caption date does not win over the lead", () => {
    const text = "Chiều 21.1, UBND phường tổ chức hội nghị đối thoại.\n\nQuang cảnh buổi đối thoại chiều 20.1. Ảnh: MINH KHANG";
    expect(extractEventDate(dateContext(text, "2025-01-22", ["paragraph", "caption"]))?.iso).toBe("2025-01-21");
  });

  it("a caption date is used when the body has none", () => {
    const text = "UBND phường tổ chức hội nghị đối thoại với người dân.\n\nQuang cảnh buổi đối thoại chiều 20.1. Ảnh: MINH KHANG";
    expect(extractEventDate(dateContext(text, "2025-01-22", ["paragraph", "caption"]))).toMatchObject({ iso: "2025-01-20", partOfDay: "chiều" });
  });

  it("a date after 'vừa qua' in a later sentence is not the event date", () => {
    const text = "Vừa qua, khu dân cư số 4 đã tổ chức Ngày hội. Ngày 15/11/2023, khu dân cư nhận giấy khen.";
    expect(extractEventDate(dateContext(text, "2023-11-16"))).toBeNull();
  });

  it("'năm vừa qua' is not 'recently'", () => {
    const text = "Tổng kết công tác năm vừa qua.\n\nSáng 28/12/2023, Hội Nông dân xã tổ chức hội nghị.";
    expect(extractEventDate(dateContext(text, "2023-12-29"))?.iso).toBe("2023-12-28");
  });

  it("names the trap of each date it rejects", () => {
    const text =
      "Thực hiện Kế hoạch số 45-KH/ĐU ngày 20/6/2024, Đảng ủy trao Huy hiệu Đảng đợt 2/9/2023 nhân kỷ niệm (18/11/1930 – 18/11/2023).";
    const traps = findDates(dateContext(text, "2024-07-11")).map((d) => [d.iso, d.traps]);
    expect(traps).toEqual([
      ["2024-06-20", ["document"]],
      ["2023-09-02", ["batch"]],
      ["1930-11-18", ["parenthetical", "anniversary", "other-year"]],
    ]);
  });
});

describe("ranges that run backwards are not ranges", () => {
  it.each<[text: string, posted: string | null]>([
    ["Trong các ngày 15 và 3/8/2024, xã tổ chức hội thi.", null],
    ["Từ ngày 20/12/2023 đến ngày 19/12/2023, HĐND xã tổ chức kỳ họp.", null],
  ])("%j -> no range", (text, posted) => {
    expect(extractEventDate(dateContext(text, posted))?.endIso ?? null).toBeNull();
  });
});

describe("cue words that are not cues", () => {
  it.each<[text: string, posted: string | null]>([
    ["Phường lắp đặt hệ thống chiếu sáng 12/12 tuyến đường.", "2023-12-20"],
    ["Khu phố có ánh sáng 3/4 tuyến hẻm.", "2023-12-20"],
    ["Tổ dân phố tổ chức lần thứ 7 giải bóng đá 12-9 đội.", null],
  ])("%j -> no event date from the false cue", (text, posted) => {
    expect(extractEventDate(dateContext(text, posted))).toBeNull();
  });

  it("a month alone in the lead dates the event; the one in a later paragraph does not", () => {
    const text = "Trong tháng 6 năm 2024 toàn xã ra quân làm đường.\n\nKết quả này cao hơn năm trước.\n\nTrong tháng 7 năm 2024, xã tiếp tục.";
    expect(extractEventDate(dateContext(text, "2024-08-01"))?.iso).toBe("2024-06");
  });

  it("a month alone later in the article is a statistic, not the event", () => {
    const text = "UBND xã tổ chức hội nghị sơ kết.\n\nTrong tháng 6 năm 2024, toàn xã thu ngân sách đạt 80%.";
    expect(extractEventDate(dateContext(text, "2024-07-10"))).toBeNull();
  });
});

describe("a month alone needs a lead word or a sentence start", () => {
  it.each(["Báo cáo kết quả thực hiện nhiệm vụ tháng 6 năm 2024 của UBND xã.", "Số liệu tính đến hết tháng 6/2024."])("%j -> null", (text) => {
    expect(extractEventDate(dateContext(text, "2024-07-10"))).toBeNull();
  });
});
