/**
 * Event type: read from the event's own sentence (main verb + date), normalized to the lexicon's type.
 */
import { describe, expect, it } from "vitest";
import { extractEventFrame, typeCandidates } from "../../src/extract/extractors/event.js";
import { eventContext } from "./event-context.js";

const typeOf = (text: string, title: string | null = null) => extractEventFrame(eventContext(text, [], title)).type;

describe("event type from the event sentence", () => {
  it.each([
    ["Chiều ngày 07/01/2021 tại hội trường UBND phường Tân Giang đã diễn ra hội nghị tổng kết công tác năm 2020.", "hội nghị tổng kết"],
    ["Sáng nay ngày 11/7/2024 Đảng ủy xã Triệu Thành tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm.", "hội nghị sơ kết"],
    ["Chiều ngày 16/04, Thường trực HĐND xã tổ chức hội nghị giao ban quý I năm 2024.", "giao ban"],
    ["Chiều 21.1, UBND P.Linh Trung tổ chức hội nghị đối thoại giữa Chủ tịch UBND phường với người dân.", "đối thoại"],
    ["Vào lúc 19h30 ngày 28/11/2023, Tổ đại biểu HĐND huyện đã tổ chức hội nghị tiếp xúc cử tri trước Kỳ họp thứ 14.", "tiếp xúc cử tri"],
    ["Trong 02 ngày 22 & 23/03, Đoàn TNCS Hồ Chí Minh xã Hồng Phong tổ chức Đại hội đại biểu lần thứ XXII.", "đại hội"],
    ["Từ ngày 19 đến ngày 20/12/2023, HĐND xã Cẩm Bình tổ chức Kỳ họp thứ Chín.", "kỳ họp"],
    ["Trong các ngày 13, 14 và 15-8, UBND xã Thạnh Phú tổ chức Hội thi văn nghệ - thể thao các ấp năm 2024.", "hội thi"],
    ["Sáng 4-12, Hội Cựu chiến binh phường Tân An tổ chức lễ kỷ niệm 35 năm Ngày thành lập Hội CCB Việt Nam.", "lễ kỷ niệm"],
    ["Sáng 16-2, UBND phường Điện Nam Bắc tổ chức lễ phát động Tết trồng cây “Đời đời nhớ ơn Bác Hồ”.", "lễ phát động"],
    ["Sáng ngày 02 tháng 02/2023, Đảng ủy phường Phú Hòa long trọng tổ chức Lễ trao tặng Huy hiệu Đảng đợt 3/2/2023.", "lễ trao huy hiệu đảng"],
    ["Vừa qua, Ban Công tác Mặt trận khu dân cư số 4 đã tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2023.", "ngày hội đại đoàn kết"],
    ["Sáng Chủ nhật ngày 11/6, UBND Phường 7 tổ chức ra quân tổng vệ sinh môi trường.", "ra quân"],
    ["Sáng 15/3, Ban CHQS xã tổ chức lễ ra quân huấn luyện năm 2024.", "lễ ra quân"],
    ["Ngày 12/2, xã Hòa Phong tổ chức Tết trồng cây Xuân Giáp Thìn.", "tết trồng cây"],
    ["Sáng 14/2, UBND xã phối hợp với Đoàn Thanh niên xã tổ chức phát động Tết trồng cây năm 2024.", "lễ phát động"],
  ])("%s -> %s", (text, type) => {
    expect(typeOf(text)).toBe(type);
  });

  it("takes the dated event sentence over a glued headline and a later mention", () => {
    const text = "HĐND xã Tân Tiến tổ chức hội nghị giao ban quý I\n\nChiều ngày 16/04, Thường trực HĐND xã tổ chức hội nghị tiếp xúc cử tri.\n\nTại kỳ họp, đại biểu thảo luận.";
    expect(typeOf(text)).toBe("tiếp xúc cử tri");
  });

  it("takes the type after the main verb, not an earlier preamble phrase", () => {
    expect(typeOf("Hòa chung không khí kỷ niệm Ngày thành lập, vừa qua, khu dân cư số 4 đã tổ chức Ngày hội Đại đoàn kết toàn dân tộc.")).toBe("ngày hội đại đoàn kết");
  });

  it("falls back to the headline when the body names no event, without a span", () => {
    const f = extractEventFrame(eventContext("Năm 2023, phường hoàn thành 15/15 chỉ tiêu.", [], "Phường Đông Ngàn tổ chức hội nghị tổng kết năm 2023"));
    expect(f.type).toBe("hội nghị tổng kết");
    expect(f.typeSpan).toBeNull();
  });

  it("gives a typeSpan that slices to the phrase it was read from", () => {
    const text = "Sáng ngày 02 tháng 02/2023, Đảng ủy phường tổ chức Lễ trao tặng Huy hiệu Đảng đợt 3/2/2023.";
    const f = extractEventFrame(eventContext(text));
    expect(text.slice(f.typeSpan!.start, f.typeSpan!.end)).toBe("Lễ trao tặng Huy hiệu Đảng");
  });

  it("matches phrases across a line break and in any case", () => {
    expect(typeCandidates("HỘI NGHỊ\nTỔNG KẾT", 0)[0]?.value).toBe("hội nghị tổng kết");
  });
});
