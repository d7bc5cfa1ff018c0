/** Line tables: which lines are chrome, posting lines, section ends or content; captions; joins. */
import { describe, it, expect } from "vitest";
import { lineRole, continuesInto, isHeadlineLike } from "../../src/clean/pipeline.js";
import { isPostingLine } from "../../src/clean/posting.js";
import { isCaptionLine, splitCredit, gluedCaptionEnd, stripCaptionLabel, hasCaptionLabel } from "../../src/clean/captions.js";
import { isTailByline, isMenuLine, isCounterLine, isImageFileName } from "../../src/clean/chrome.js";
import { foldKey, probe } from "../../src/clean/probe.js";

describe("boilerplate lines are dropped", () => {
  it.each([
    "Skip to main content", "Đăng nhập", "Xem với cỡ chữ A A", "A A", "Thời tiết", "Tỷ giá ngoại tệ", "Thời tiết  Tỷ giá ngoại tệ",
    "Đang online 614", "Lượt xem: 381", "Số lượt người xem:", "1043", "Đánh giá:", "lượt đánh giá: , trung bình:Bản đồ hành chính",
    "Bản đồ hành chính", " Liên kết website", "Thống kê: 77.629", "Online: 10", "{title}", "Your Website Title",
    "z4180312215755 42dbaa40c1f9e8b7a6d5", "z5338179466121_4c1f9a0e5be7d2a8f3b1c6e0d9a7f245.jpg", "Responsive image",
    "Tác giả: Hoàng Minh Tâm", "Tin, ảnh: ĐÔNG TRÚC", "Tin và ảnh: Phòng Văn hóa", "PV", "Ảnh: LAM KHUÊ", "Nguồn: Ủy ban MTTQ phường Đông Vệ",
    "Trang web sử dụng cookie để nâng cao trải nghiệm của bạn.", "Đang online 61 | Tổng lượt truy cập 102.477",
    "Thống kê truy cập: Đang online 614 – Hôm nay 12.480", "Trang chủ   Giới thiệu   Tin tức   Văn bản   Liên hệ",
    "Trang chủ » Tin tức » Hoạt động của Đảng ủy", "Trang chủ > Tin tức > Đoàn thể", "Thời sự | Kinh tế | Xã hội | Văn hóa",
    "Chia sẻ:  Facebook  Zalo  In bài viết", "Chia sẻ  Facebook  Zalo", "Bản quyền thuộc Đảng Uỷ - Uỷ Ban Nhân Dân Xã Tân Tiến",
    "Đánh giá: lượt đánh giá: , trung bình:Bản đồ hành chính Liên kết website Thống kê: 48.213 Online: 7", "Người đăng: Văn phòng HĐND-UBND",
    "Tin: Hồ Thị Diệu Linh", "Xem thêm: Quận 7 ra quân lập lại trật tự vỉa hè", "TIN KHÁC:",
  ])("%j", (line) => expect(lineRole(line)).not.toBe("content"));
});

describe("section ends close the article", () => {
  it.each(["Tin liên quan", "Tin khác", "Tin cùng chuyên mục", "Bài viết hay? Hãy đánh giá bài viết", "Bình luận (0)", "./.", "TIN LIÊN QUAN:"])(
    "%j",
    (line) => expect(lineRole(line)).toBe("end"),
  );
});

describe("posting lines", () => {
  it.each([
    "Ngày đăng 15/03/2018 | 07:05 | Lượt xem: 381", "26/06/2019 08:56 Số lượt xem: 57", "Cập nhật: 08-05-2020 | 13:40:46",
    "2020-11-23 16:58:00.0", "11:08 07/11/2018", "Người đăng tin: Admin Ngày đăng tin: 14/11/2022", "Ngày cập nhật 04/01/2021",
    "04/11/2025 17:35 GMT+7", "02/02/2023", "Thứ Tư, 08/04/2015, 08:11 [GMT+7]", "Thứ năm, 23/07/2020, 08:48 SA",
    "Hải Phòng, ngày 21 tháng 01 năm 2020", "Cập nhật lúc: 12/06/2023 14:25", "Ngày đăng: 29/11/2023 - 08:15", "16/08/2024 - 10:05",
    "Ngày đăng 16/11/2023 | 09:12 | Lượt xem: 1.043", "2024-12-04T17:35:00+07:00",
  ])("%j is a posting line", (line) => {
    expect(isPostingLine(line)).toBe(true);
    expect(lineRole(line)).toBe("posting");
  });
});

describe("captions", () => {
  it.each([
    "Toàn cảnh hội nghị", "Quang cảnh Hội Nghị.", "(Ảnh: Toàn cảnh hội nghị)", "Hình ảnh: Toàn cảnh đại hội.",
    "Đ/c Vũ Đức Thắng - trao giấy khen cho các tập thể có thành tích xuất sắc năm 2023",
    "đồng chí Trương Quang Hiếu - Bí thư Đảng ủy, Chủ tịch HĐND phường phát biểu chỉ đạo",
    "Các đại biểu trồng cây hưởng ứng Tết trồng cây. Ảnh: T.T", "Quang cảnh buổi đối thoại chiều 20.1. Ảnh: MINH KHANG",
  ])("%j is a caption", (line) => expect(isCaptionLine(line)).toBe(true));

  it.each([
    ["Các đại biểu trồng cây hưởng ứng Tết trồng cây. Ảnh: T.T", "Các đại biểu trồng cây hưởng ứng Tết trồng cây.", "T.T"],
    ["Quang cảnh buổi đối thoại chiều 20.1. Ảnh: MINH KHANG", "Quang cảnh buổi đối thoại chiều 20.1.", "MINH KHANG"],
    ["Trao giải Nhất cho ấp 4. Ảnh: B.Nguyên", "Trao giải Nhất cho ấp 4.", "B.Nguyên"],
    ["Đại biểu dự lễ (Ảnh: Hoàng Minh)", "Đại biểu dự lễ", "Hoàng Minh"],
  ])("splitCredit(%j)", (line, text, credit) => expect(splitCredit(line)).toEqual({ text, credit }));

  it.each([
    ["Hình ảnh: Toàn cảnh đại hội.", "Toàn cảnh đại hội."],
    ["(Ảnh: Đại biểu dự hội nghị)", "Đại biểu dự hội nghị"],
    ["Toàn cảnh hội nghị", "Toàn cảnh hội nghị"],
  ])("stripCaptionLabel(%j) = %j", (line, out) => expect(stripCaptionLabel(line)).toBe(out));

  it("a bare credit is not a labelled caption", () => {
    expect(hasCaptionLabel("Ảnh: LAM KHUÊ")).toBe(false);
    expect(hasCaptionLabel("Ảnh: Đại biểu dự hội nghị")).toBe(true);
  });

  it.each([
    ["Hình ảnh: Toàn cảnh đại hội.Đồng chí Đinh Thị Hồng Nhung – PBT Đảng ủy xã phát biểu chỉ đạo đại hội", "Hình ảnh: Toàn cảnh đại hội."],
    ["Toàn cảnh hội nghị.Đồng chí Lê Văn A phát biểu.", "Toàn cảnh hội nghị."],
    ["Quang cảnh buổi lễ.Ông Trần Văn B trao quà", "Quang cảnh buổi lễ."],
  ])("gluedCaptionEnd(%j) cuts after the caption", (line, head) => expect(line.slice(0, gluedCaptionEnd(line))).toBe(head));
});

describe("hard line breaks", () => {
  it.each([
    ["Sáng", "ngày 15/11/2023, UBND phường tổ chức hội nghị."],
    ["Thay mặt Ban Chấp hành khóa XXI, đồng chí Nguyễn", "Kim Đức – Bí thư Đoàn xã trình bày báo cáo chính trị."],
    ["Chủ tịch UBND phường tặng giấy khen cho 27 cá nhân và", "23 tập thể."],
    ["Vào lúc 19h30’ ngày 28/11/2023 (tối thứ Ba), tại Nhà văn hoá", "thôn Đông Hoà, Tổ đại biểu HĐND huyện tổ chức hội nghị."],
    ["Tham dự có đồng chí Lê Văn A,", "Bí thư Đảng ủy xã."],
  ])("%j continues into %j", (a, b) => expect(continuesInto(a, b)).toBe(true));
});

describe("small checks", () => {
  it.each([
    ["Thu Phương", true], ["THANH THẢO", true], ["BÌNH NGUYÊN", true], ["Ban biên tập Phường 7", true], ["Văn phòng HĐND - UBND xã", true],
    ["Hoài Thương", true],
  ])("isTailByline(%j) = %s", (line, want) => expect(isTailByline(line)).toBe(want));

  it.each(["Đang online 61 | Tổng lượt truy cập 102.477", "Số lượt người xem:", "Thống kê: 77.629 Online: 10", "Bình luận (0)"])("counter %j", (l) =>
    expect(isCounterLine(foldKey(l))).toBe(true),
  );
  it.each(["IMG_2034.JPG", "z4891236500117_3fa2c6d81be04e", "DSC01234"])("image file name %j", (l) => expect(isImageFileName(l)).toBe(true));
  it.each(["Trang chủ   Giới thiệu   Tin tức", "Thời sự | Kinh tế | Xã hội"])("menu %j", (l) => expect(isMenuLine(l)).toBe(true));
  it.each(["UBND phường Trần Lãm tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024", "XÃ TRIỆU THÀNH SƠ KẾT CÔNG TÁC 6 THÁNG ĐẦU NĂM 2024"])(
    "headline %j",
    (l) => expect(isHeadlineLike(l)).toBe(true),
  );
  it("probe folds look-alikes, invisible characters and spacing", () => {
    expect(probe("Ð\u00a0c  Nguy\u0065\u0302\u0303n\u200b")).toBe("Đ c Nguyễn");
  });
});

describe("newspaper tags before the lede", () => {
  it.each([
    ["(QNO) - Sáng 16-2, UBND phường tổ chức lễ phát động.", "Sáng 16-2, UBND phường tổ chức lễ phát động."],
    ["(ĐL) – Sáng 4-12, Hội CCB phường tổ chức lễ kỷ niệm.", "Sáng 4-12, Hội CCB phường tổ chức lễ kỷ niệm."],
    ["(GLO)-Chiều 5-3, xã tổ chức hội nghị tổng kết công tác năm.", "Chiều 5-3, xã tổ chức hội nghị tổng kết công tác năm."],
    ["(Baohatinh.vn) - Sáng nay, phường tổ chức hội nghị.", "Sáng nay, phường tổ chức hội nghị."],
    ["(giữa) - không phải thẻ báo, giữ nguyên câu này.", "(giữa) - không phải thẻ báo, giữ nguyên câu này."],
  ])("%j", async (line, want) => {
    const { cleanInput } = await import("../../src/clean/index.js");
    expect(cleanInput(line).blocks[0]!.text).toBe(want);
  });
});

describe("layout of pasted text", () => {
  it("hard-wrapped text is joined into paragraphs, whatever the next line starts with", async () => {
    const { cleanInput } = await import("../../src/clean/index.js");
    const text = [
      "Sáng ngày 15/11/2023, tại Hội trường UBND phường Tân An, Ủy ban MTTQ Việt Nam",
      "phường tổ chức hội nghị tổng kết công tác Mặt trận năm 2023. Dự hội nghị có",
      "đồng chí Nguyễn Văn An – Phó Bí thư Thường trực Đảng ủy phường; bà Lê Thị Hoa",
      "– Chủ tịch UBND phường cùng 120 đại biểu đại diện các khu phố trên địa bàn",
      "Phường Tân An.",
      "",
      "Năm 2023, Ủy ban MTTQ phường đã vận động Quỹ Vì người nghèo được 186 triệu",
      "đồng, hỗ trợ sửa chữa 03 nhà ở cho hộ nghèo trên địa bàn phường.",
    ].join("\n");
    expect(cleanInput(text).blocks.map((b) => b.kind)).toEqual(["paragraph", "paragraph"]);
    expect(cleanInput(text).blocks[0]!.text).toContain("các khu phố trên địa bàn Phường Tân An.");
  });
  it("indentation marks captions only when deeper than the body's", async () => {
    const { cleanInput } = await import("../../src/clean/index.js");
    const body = "        Sáng ngày 15/11/2023, UBND phường tổ chức hội nghị tổng kết công tác năm 2023.";
    const r = cleanInput([body, body.replace("15/11", "16/11"), "                     Toàn cảnh hội nghị.", body.replace("15/11", "17/11")].join("\n\n"));
    expect(r.blocks.map((b) => b.kind)).toEqual(["paragraph", "paragraph", "caption", "paragraph"]);
  });
  it("<br><br> inside one HTML block is a paragraph break", async () => {
    const { cleanInput } = await import("../../src/clean/index.js");
    const r = cleanInput("<div>Sáng ngày 15/11/2023, UBND phường tổ chức hội nghị tổng kết công tác năm.<br><br>Dự hội nghị có đồng chí Nguyễn Văn An, Phó Bí thư Đảng ủy phường.<br>Hội nghị kết thúc lúc 11 giờ.</div>");
    expect(r.blocks.map((b) => b.text)).toEqual([
      "Sáng ngày 15/11/2023, UBND phường tổ chức hội nghị tổng kết công tác năm.",
      "Dự hội nghị có đồng chí Nguyễn Văn An, Phó Bí thư Đảng ủy phường.\nHội nghị kết thúc lúc 11 giờ.",
    ]);
  });
});

describe("pasted text with stray inline tags", () => {
  it("inline tags are removed and the lines stay lines", async () => {
    const { cleanInput } = await import("../../src/clean/index.js");
    const r = cleanInput("Xã A tổng kết công tác năm 2023\nNgày đăng 29/12/2023\n<b>Sáng</b> ngày 28/12/2023, UBND xã A tổ chức hội nghị tổng kết công tác năm 2023 tại <a href='/x'>hội trường</a>.\nToàn cảnh hội nghị");
    expect(r.format).toBe("text");
    expect(r.title).toBe("Xã A tổng kết công tác năm 2023");
    expect(r.blocks).toEqual([
      { text: "Sáng ngày 28/12/2023, UBND xã A tổ chức hội nghị tổng kết công tác năm 2023 tại hội trường.", kind: "paragraph" },
      { text: "Toàn cảnh hội nghị", kind: "caption" },
    ]);
  });
});
