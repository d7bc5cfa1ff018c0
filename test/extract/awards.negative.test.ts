/**
 * Not awards, or not new ones: statistics with "danh hiệu", award batches and event names, document
 * titles, "thi đua - khen thưởng", caption repeats and later restatements of an award already listed.
 */
import { describe, expect, it } from "vitest";
import { extractAwards } from "../../src/extract/extractors/awards.js";
import type { Award } from "../../src/schema.js";
import { eventContext } from "./event-context.js";

const brief = (a: Award) => [a.kind, a.giver, a.recipients.map((r) => `${r.type}:${r.count ?? "-"}`).join(",")];
const awardsOf = (text: string, kinds: ("paragraph" | "caption")[] = []) => extractAwards(eventContext(text, kinds)).map(brief);

describe("not awards", () => {
  it.each([
    ["Tổng thu ngân sách ước đạt 38,6 tỷ đồng; tỷ lệ hộ gia đình đạt danh hiệu “Gia đình văn hóa” đạt 93,5%."],
    ["Năm 2023, khu dân cư có 312/325 hộ đạt danh hiệu “Gia đình văn hóa”."],
    ["Sáng ngày 02 tháng 02/2023, Đảng ủy phường Phú Hòa long trọng tổ chức Lễ trao tặng Huy hiệu Đảng đợt 3/2/2023 cho các đảng viên thuộc Đảng bộ phường."],
    ["Kỳ họp đã biểu quyết thông qua 08 nghị quyết quan trọng."],
    ["Giải Nhất toàn đoàn thuộc về ấp 4."],
    ["Hội đồng Thi đua - Khen thưởng phường đã họp xét các danh hiệu thi đua năm 2023."],
    ["Phòng Nội vụ hướng dẫn công tác thi đua, khen thưởng năm 2024."],
    ["Thường trực HĐND tiếp nhận 07 lượt đơn thư và ghi nhận ý kiến của cử tri."],
    ["Bà Hằng biểu dương những kết quả mà Hội LHPN phường đạt được."],
    ["Ông Lâm Văn Bảy đề nghị phường sớm cấp giấy chứng nhận quyền sử dụng đất."],
  ])("%s", (text) => {
    expect(awardsOf(text)).toEqual([]);
  });
});

describe("not new awards", () => {
  it("a caption repeating an award kind already listed adds nothing", () => {
    const text = "Dịp này, Hội LHPN thành phố Huế tặng giấy khen cho 03 tập thể, 05 cá nhân.\n\nBà Tôn Nữ Minh Thư (giữa) trao giấy khen cho các chi hội có thành tích xuất sắc";
    expect(awardsOf(text, ["paragraph", "caption"])).toEqual([["giấy khen", "Hội LHPN thành phố Huế", "collective:3,individual:5"]]);
  });

  it("a restatement by the person handing over adds nothing, even outside a caption", () => {
    const text = "Kết thúc hội thi, Ban Tổ chức đã trao 01 giải Nhất, 02 giải Nhì cho 10 đội tham gia. Phó Chủ tịch UBND huyện Vĩnh Cửu Trương Văn Lực trao giải Nhất toàn đoàn cho ấp 4.";
    expect(awardsOf(text)).toEqual([["giải thưởng", "Ban Tổ chức", "collective:10"]]);
  });

  it("later mentions of an award batch add nothing", () => {
    const text =
      "Đồng chí Lực đã trao Huy hiệu Đảng của Ban Thường vụ Thành ủy cho 07 đảng viên. Đồng chí Lực chúc mừng các đảng viên được nhận Huy hiệu Đảng đợt này. Các đảng viên được trao Huy hiệu hôm nay là những tấm gương sáng.";
    expect(awardsOf(text)).toEqual([["huy hiệu đảng", "Ban Thường vụ Thành ủy", "individual:7"]]);
  });

  it("captions repeating the seed's awards add nothing", () => {
    const text =
      "Nhân dịp này, UBMTTQ tổ chức trao tặng kỷ niệm chương vì sự nghiệp đại đoàn kết toàn dân tộc cho 03 cá nhân và khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong năm 2020.\n\nTrao tặng kỷ niệm chương vì sự nghiệp đại đoàn kết toàn dân tộc\n\nKhen thưởng các tập thể, cá nhân có thành tích xuất sắc trong năm 2020";
    expect(awardsOf(text, ["paragraph", "caption", "caption"])).toEqual([
      ["kỷ niệm chương", "UBMTTQ", "individual:3"],
      ["khen thưởng", "UBMTTQ", "collective:-,individual:-"],
    ]);
  });

  it("one entry per kind and giver: two statements by one giver merge", () => {
    const text = "UBND phường tặng giấy khen cho 5 tập thể. Cũng tại hội nghị, UBND phường tặng giấy khen cho 10 cá nhân.";
    expect(awardsOf(text)).toEqual([["giấy khen", "UBND phường", "collective:5,individual:10"]]);
  });
});
