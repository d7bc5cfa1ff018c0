/**
 * What is not an official: group mentions, a title used alone, honorees, voters and residents, bylines,
 * people in the names of streets, schools and communes, "đồng chí" as a counting word.
 */
import { describe, expect, it } from "vitest";
import { extractOfficials } from "../../src/extract/extractors/officials.js";
import type { ExtractContext } from "../../src/extract/context.js";
import { makeContext } from "../support/context.js";

const ctxOf = (text: string): ExtractContext => makeContext(text, { separator: "\n" });
const names = (text: string) => extractOfficials(ctxOf(text)).map((o) => o.name);

describe("no official at all", () => {
  it.each([
    ["group mention", "Dự hội nghị có các đồng chí trong thường trực Đảng ủy, HĐND, UBND phường."],
    ["group mention, capitalized", "Các đồng chí Phó Chủ tịch UBND xã cùng dự."],
    ["group of ông, bà", "Về phía xã có các ông, bà trong Thường trực Đảng ủy, HĐND xã và hơn 130 cử tri."],
    ["group of vị", "Dự có các vị Ủy viên Ủy ban MTTQ phường, trưởng Ban công tác Mặt trận 14 khu phố."],
    ["group of leaders and heads", "Dự có các đồng chí Trưởng, Phó các Ban HĐND và Tổ trưởng các Tổ đại biểu HĐND xã."],
    ["a title used alone", "Kết luận hội nghị, đồng chí Bí thư Đảng ủy xã khẳng định: Đảng ủy sẽ tiếp thu."],
    ["a title alone, capitalized", "Đồng chí Chủ tịch UBND xã khẳng định sẽ giải quyết dứt điểm."],
    ["a title alone with a split syllable", "Tại phiên chất vấn, đồng chí C hủ tịch UBND xã đã trực tiếp trả lời."],
    ["a title alone in a headline", "Chủ tịch P.Linh Trung đối thoại với người dân về chỉnh trang đô thị"],
    ["a title alone giving an award", "Dịp này, Chủ tịch UBND thành phố tặng giấy khen cho 02 tập thể."],
    ["the President", "Thực hiện lời dạy của Chủ tịch Hồ Chí Minh “Vì lợi ích mười năm thì phải trồng cây”."],
    ["the Youth Union's name", "Đoàn TNCS Hồ Chí Minh xã Hồng Phong tổ chức Đại hội đại biểu lần thứ XXII."],
    ["Bác Hồ", "Tết trồng cây “Đời đời nhớ ơn Bác Hồ” Xuân Giáp Thìn."],
    ["a commune named after a person", "UBND xã Lý Văn Lâm tổ chức hội nghị; Chủ tịch UBND xã Lý Văn Lâm phát biểu."],
    ["a commune named after a person, not in the lexicon", "UBND xã Trần Văn Thời tổ chức hội nghị. Chủ tịch UBND xã Trần Văn Thời phát biểu."],
    ["a commune with a name-like name and no middle name", "Chủ tịch UBND xã Phan Sào Nam phát biểu."],
    ["a ward named after a hero", "Chủ tịch UBND phường Lê Hồng Phong phát biểu."],
    ["a company named like a person", "Giám đốc Công ty TNHH Nguyễn Hoàng Phát phát biểu."],
    ["a school named after a hero", "Hiệu trưởng Trường THCS Nguyễn Trãi phát biểu."],
    ["streets", "Thu gom rác thải dọc đường Nguyễn Thị Minh Khai, đường Lê Duẩn;"],
    ["a street then a title", "Dọc đường Lê Lợi, Chủ tịch UBND phường kiểm tra công trình."],
    ["a school", "Các đại biểu trồng cây tại khu vực Trường THCS Lê Quý Đôn."],
    ["a primary school", "Dọn dẹp khu vực quanh Trường Tiểu học Kim Đồng;"],
    ["a school named after a poet", "Hội trường Trường THCS Nguyễn Du, Hiệu trưởng nhà trường phát biểu."],
    ["a voter", "Cử tri Lương Văn Sáu (thôn Đông Hòa) đề nghị huyện sớm đầu tư."],
    ["a resident", "Ông Lâm Văn Bảy (khu phố 3) đề nghị phường bố trí điểm kinh doanh tạm thời."],
    ["a byline", "Tin, ảnh: Bùi Hải Yến"],
    ["a byline in capitals", "THANH THẢO"],
    ["an author line", "Tác giả: Hoàng Minh Tâm"],
    ["an editorial board", "Ban biên tập phường Nghĩa Lộ"],
    ["đồng chí as a counting word", "Ban Chấp hành Đoàn xã khóa XXII gồm 15 đồng chí; 19 đồng chí đã được kết nạp."],
    ["đ/c as a counting word", "Trong đó: 01 đ/c nhận Huy hiệu 60 năm tuổi Đảng, 02 đ/c nhận Huy hiệu 45 năm tuổi Đảng."],
    ["a short reference", "Theo ông Thành, năm 2024 phường phấn đấu trồng mới 4.000 cây xanh."],
    ["a dash then a verb", "Đ/c Vũ Đức Thắng - trao giấy khen cho các tập thể có thành tích xuất sắc."],
    ["voters as a count", "Hội nghị có hơn 130 cử tri thôn Đông Hòa tham dự."],
    ["an honoree", "Đồng chí Bí thư trao Huy hiệu 50 năm tuổi Đảng cho đồng chí Nguyễn Văn Tám, đảng viên Chi bộ khu phố 2."],
    ["an honoree given an award with a post", "UBND phường tặng giấy khen cho ông Trần Văn Sáu, Tổ trưởng tổ dân phố số 5."],
    ["a photo credit", "Các đại biểu trồng cây. Ảnh: B.Nguyên"],
  ])("%s", (_label, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe("the official is found, the others are not", () => {
  it.each([
    [
      "a title list runs into the attendee list",
      "Đồng chí Đinh Thị Hoa – Chủ tịch UB.MTTQ xã cùng 21 đại biểu HĐND xã và đại diện lãnh đạo các ban, ngành, đoàn thể, trưởng các thôn.",
      ["Đinh Thị Hoa"],
    ],
    ["group entry inside a list", "Dự có các đồng chí: Hồ Sỹ Tuấn – Bí thư Đảng ủy xã; Các đồng chí Phó Chủ tịch UBND xã; Lê Văn Thắng – ĐUV.", ["Hồ Sỹ Tuấn", "Lê Văn Thắng"]],
    ["a byline after the article", "Đồng chí Vũ Đức Thắng – Bí thư Đảng ủy phát biểu.\nTin, ảnh: Bùi Hải Yến", ["Vũ Đức Thắng"]],
    ["a voter in the same article", "Ông Nguyễn Hữu Thủy – Phó Chủ tịch UBND huyện giải trình.\nCử tri Lương Văn Sáu đề nghị làm đường.", ["Nguyễn Hữu Thủy"]],
  ])("%s", (_label, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
