/**
 * Venue (the place after "tại", without "tại", in the article's words) and organizer.
 */
import { describe, expect, it } from "vitest";
import { extractEventFrame, readVenue } from "../../src/extract/extractors/event.js";
import { eventContext } from "./event-context.js";

const frame = (text: string) => extractEventFrame(eventContext(text));

describe("venue", () => {
  it.each([
    // right after the date, ended by the main verb without a comma
    ["Chiều ngày 07/01/2021 tại hội trường UBND phường Tân Giang đã diễn ra hội nghị tổng kết.", "hội trường UBND phường Tân Giang"],
    // before the subject with no comma
    ["Chiều ngày 28/12/2023, tại Hội trường UBND phường Trần Lãm UBND phường tổ chức Hội nghị tổng kết.", "Hội trường UBND phường Trần Lãm"],
    // comma and dashes inside
    [
      "Chiều ngày 16/04, tại Phòng họp tầng 2, trụ sở Đảng ủy – HĐND – UBND – UBMTTQ Việt Nam phường Phù Vân, Thường trực HĐND phường tổ chức hội nghị giao ban.",
      "Phòng họp tầng 2, trụ sở Đảng ủy – HĐND – UBND – UBMTTQ Việt Nam phường Phù Vân",
    ],
    // a school with its address in parentheses, no space after the comma before "tại"
    [
      "Trong 02 ngày 22 & 23/03,tại Hội trường Trường THCS Hồng Phong (thôn An Cư, xã Hồng Phong), Đoàn xã tổ chức Đại hội.",
      "Hội trường Trường THCS Hồng Phong (thôn An Cư, xã Hồng Phong)",
    ],
    // at the end of the sentence
    ["Sáng ngày 09/12/2022, Hội LHPN phường tổ chức Hội nghị tổng kết năm 2022 tại Hội trường UBND phường.", "Hội trường UBND phường"],
    // split by a line break
    ["Vào lúc 19h30 ngày 28/11/2023, tại Nhà văn hóa\nthôn Đông Hòa, Tổ đại biểu HĐND huyện đã tổ chức hội nghị tiếp xúc cử tri.", "Nhà văn hóa\nthôn Đông Hòa"],
    // a dash inside the name of the place
    ["Trong các ngày 13, 14 và 15-8, UBND xã tổ chức Hội thi văn nghệ tại Trung tâm Văn hóa - Thể thao và Học tập cộng đồng xã.", "Trung tâm Văn hóa - Thể thao và Học tập cộng đồng xã"],
    // outdoors
    ["Vừa qua, Ban Công tác Mặt trận đã tổ chức Ngày hội Đại đoàn kết năm 2023 tại sân Nhà văn hóa khu dân cư số 4.", "sân Nhà văn hóa khu dân cư số 4"],
    // several places
    ["Sáng ngày 11/6, UBND Phường 7 tổ chức ra quân tổng vệ sinh môi trường tại các tuyến đường chính và khu vực chợ Phường 7.", "các tuyến đường chính và khu vực chợ Phường 7"],
    // khu phố
    ["Tối 8-9, tại khu phố 3, Ban Công tác Mặt trận tổ chức Ngày hội Đại đoàn kết.", "khu phố 3"],
    // ended by a time after the place
    ["Ban Chấp hành Đoàn xã tổ chức Đại hội tại hội trường UBND xã vào sáng ngày 5/3/2022.", "hội trường UBND xã"],
    // an address continues after a comma
    ["Sáng 5/7, tại Nhà văn hóa thôn 3, xã Hòa Phong, huyện Hòa Vang, UBND xã tổ chức hội nghị đối thoại.", "Nhà văn hóa thôn 3, xã Hòa Phong, huyện Hòa Vang"],
  ])("%s", (text, venue) => {
    const v = frame(text).venue;
    expect(v?.text).toBe(venue);
    expect(text.slice(v!.span.start, v!.span.end)).toBe(venue);
  });

  it("reads an online venue in the sentence after the event sentence", () => {
    const text =
      "Sáng nay ngày 11/7/2024 Đảng ủy xã Triệu Thành tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm. Hội nghị được tổ chức theo hình thức trực tuyến tại điểm cầu Hội trường Đảng ủy xã và 12 điểm cầu các chi bộ trực thuộc.";
    expect(frame(text).venue?.text).toBe("điểm cầu Hội trường Đảng ủy xã và 12 điểm cầu các chi bộ trực thuộc");
  });

  it("prefers a building over an area in the same sentence", () => {
    const text = "Sáng 5/7, Tổ đại biểu bầu tại xã Hòa Trạch tổ chức tiếp xúc cử tri tại Nhà văn hóa thôn Đông Hòa.";
    expect(frame(text).venue?.text).toBe("Nhà văn hóa thôn Đông Hòa");
  });

  it("readVenue returns null when no place follows", () => {
    const t = "tại hội nghị, các đại biểu thảo luận.";
    expect(readVenue(t, 4, t.length)).toBeNull();
  });
});

describe("organizer", () => {
  it.each([
    ["Chiều 29-12, UBND phường Đông Ngàn (thành phố Từ Sơn) tổ chức hội nghị tổng kết công tác năm 2023.", "UBND phường Đông Ngàn (thành phố Từ Sơn)"],
    ["Vào lúc 14 giờ 30, ngày 10 tháng 01 năm 2023, tại Hội trường UBND phường Đông Vệ, Ban Thường trực Ủy ban MTTQ Việt Nam phường tổ chức Hội nghị tổng kết.", "Ban Thường trực Ủy ban MTTQ Việt Nam phường"],
    ["Thực hiện Kế hoạch số 45-KH/ĐU ngày 20/6/2024 của Ban Thường vụ Đảng ủy xã, sáng nay ngày 11/7/2024 Đảng ủy xã Triệu Thành tổ chức Hội nghị sơ kết.", "Đảng ủy xã Triệu Thành"],
    ["Sáng ngày 02 tháng 02/2023, Đảng ủy phường Phú Hòa long trọng tổ chức Lễ trao tặng Huy hiệu Đảng.", "Đảng ủy phường Phú Hòa"],
    ["Vừa qua, Ban Công tác Mặt trận khu dân cư số 4, phường Nghĩa Lộ đã tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2023.", "Ban Công tác Mặt trận khu dân cư số 4, phường Nghĩa Lộ"],
    ["Chiều ngày 07/01/2021 tại hội trường UBND phường Tân Giang đã diễn ra hội nghị tổng kết công tác hoạt động của UBMTTQ và các đoàn thể năm 2020.", "UBMTTQ và các đoàn thể"],
    ["Chiều ngày 28/12/2023, tại Hội trường UBND phường Trần Lãm UBND phường tổ chức Hội nghị tổng kết.", "UBND phường"],
  ])("%s", (text, organizer) => {
    const o = frame(text).organizer;
    expect(o?.text).toBe(organizer);
    expect(text.slice(o!.span.start, o!.span.end)).toBe(organizer);
  });

  it("keeps 'Ban Tổ chức' out of the verb cues (a capitalized name is not the verb)", () => {
    const text = "Sáng 5/7, Ban Tổ chức hội thi đã khai mạc Hội thi văn nghệ tại sân vận động xã.";
    const f = frame(text);
    expect(f.type).toBe("hội thi");
    expect(f.venue?.text).toBe("sân vận động xã");
  });
});
