/**
 * What is not the event's venue: someone's act "tại" a meeting, "tại địa phương", places in later
 * sentences, and sentences that are not about the event.
 */
import { describe, expect, it } from "vitest";
import { extractEventFrame, venueCandidates } from "../../src/extract/extractors/event.js";
import { eventContext } from "./event-context.js";

const venueOf = (text: string) => extractEventFrame(eventContext(text)).venue;

describe("not a venue", () => {
  it.each([
    ["Sáng 16-2, UBND phường Điện Nam Bắc tổ chức lễ phát động Tết trồng cây. Năm 2024 phường trồng mới 4.000 cây xanh, tập trung tại các tuyến đường mới mở."],
    ["Chiều 29-12, UBND phường tổ chức hội nghị tổng kết. Bà Hằng lưu ý tăng cường quản lý trật tự đô thị, nhất là tại các làng nghề truyền thống."],
    ["Chiều 21.1, UBND phường tổ chức hội nghị đối thoại. Tại buổi đối thoại, nhiều ý kiến phản ánh tình trạng lấn chiếm vỉa hè."],
    ["Sáng 5/3, Đoàn xã tổ chức Đại hội. Đồng chí Nhung đề nghị thanh niên phát triển kinh tế tại địa phương."],
    ["Sáng 4-12, Hội CCB phường tổ chức lễ kỷ niệm 35 năm. Phát biểu tại buổi lễ, bà H’Linh Niê ghi nhận đóng góp của hội viên."],
    ["Sáng 02/02/2023, Đảng ủy phường tổ chức Lễ trao Huy hiệu Đảng. Thực hiện Quyết định số 1258, tại buổi lễ, đồng chí Lực trao Huy hiệu Đảng."],
  ])("%s", (text) => {
    expect(venueOf(text)).toBeNull();
  });

  it.each([
    ["Đồng chí Hải phát biểu tại hội trường UBND xã."],
    ["Ông Bảy đề nghị phường bố trí điểm kinh doanh cho người dân sinh sống tại khu phố 3."],
    ["Các đại biểu phát biểu tại hội nghị."],
    ["Hơn 300 đảng viên tham dự tại địa phương."],
    ["Ô tô đậu tại tuyến đường Lê Duẩn."],
  ])("no candidate in %s", (sentence) => {
    expect(venueCandidates(sentence, { start: 0, end: sentence.length })).toEqual([]);
  });

  it("does not read 'tại' inside a word ('tái diễn')", () => {
    const t = "Sáng 5/7, UBND xã tổ chức hội nghị; tình trạng lấn chiếm vẫn tái diễn ở chợ.";
    expect(venueOf(t)).toBeNull();
  });
});
