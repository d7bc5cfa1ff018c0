/** What the cleaner must leave alone: real sentences that merely look like chrome, dates in prose, prose that is not a caption. */
import { describe, it, expect } from "vitest";
import { lineRole, continuesInto, isHeadlineLike } from "../../src/clean/pipeline.js";
import { isPostingLine } from "../../src/clean/posting.js";
import { isCaptionLine, splitCredit, gluedCaptionEnd } from "../../src/clean/captions.js";
import { isTailByline, isMenuLine, isImageFileName } from "../../src/clean/chrome.js";
import { cleanInput, looksLikeHtml } from "../../src/clean/index.js";

describe("real sentences that contain boilerplate words are kept", () => {
  it.each([
    "Nguồn vốn vay ưu đãi được giải ngân kịp thời cho 38 hộ.",
    "Nguồn: theo báo cáo của UBND xã, năm 2023 thu ngân sách đạt 156% dự toán và vượt kế hoạch đề ra.",
    "Tin vui đến với bà con khi tuyến đường liên thôn được khánh thành.",
    "Tin tưởng vào sự lãnh đạo của Đảng, nhân dân tích cực hưởng ứng.",
    "Thời tiết thuận lợi nên vụ Đông Xuân đạt năng suất cao.",
    "Chia sẻ tại hội nghị, đồng chí Nguyễn Văn A cho biết xã sẽ tiếp tục hỗ trợ người dân.",
    "Đánh giá cao kết quả đạt được, đồng chí Bí thư đề nghị tiếp tục phát huy.",
    "Thống kê cho thấy năm 2023 toàn xã có 312/325 hộ đạt danh hiệu “Gia đình văn hóa”.",
    "Trang chủ của cổng thông tin xã được nâng cấp để người dân tra cứu thủ tục hành chính.",
    "Tác giả của sáng kiến được UBND xã tặng giấy khen.",
    "Bình luận về kết quả này, đồng chí Chủ tịch cho rằng cần tiếp tục cố gắng.",
    "Theo ông Thành, năm 2024 phường phấn đấu trồng mới ít nhất 4.000 cây xanh.",
    "Tin, ảnh và video về hội nghị được đăng tải trên trang thông tin điện tử của xã trong ngày.",
  ])("%j", (line) => expect(lineRole(line)).toBe("content"));
});

describe("prose with dates is not a posting line", () => {
  it.each([
    "Sáng ngày 13/3/2018, UBND phường tổ chức hội nghị.",
    "Ngày 1/4/2018,Hội Nông dân xã tổ chức đại hội.",
    "Theo Quyết định số 596/QĐ-BTV ngày 27/6/2025 của Ban Thường vụ.",
    "Nhân kỷ niệm 93 năm Ngày thành lập Đảng (03/02/1930 – 03/02/2023), Đảng ủy tổ chức lễ trao Huy hiệu.",
    "Phường Đông Vệ ra quân tổng vệ sinh môi trường đón Tết Quý Mão (05/01/2023)",
    "Trong 02 ngày 22 & 23/03,tại Hội trường Trường THCS Hồng Phong",
  ])("%j", (line) => expect(isPostingLine(line)).toBe(false));
});

describe("prose is not a caption", () => {
  it.each([
    "Năm 2023, phường đã hoàn thành và hoàn thành vượt mức 14/16 chỉ tiêu Nghị quyết HĐND phường giao.",
    "Tham gia ra quân có hơn 200 cán bộ, công chức. Các lực lượng được chia thành 6 tổ, đồng loạt thực hiện:",
    "Hội nghị cũng chỉ ra những hạn chế như sau:",
    "A",
  ])("%j", (line) => expect(isCaptionLine(line)).toBe(false));
  it.each(["Ảnh hưởng của bão số 3, nhiều tuyến đường bị sạt lở.", "Hội nghị diễn ra trong 2 ngày."])("no credit in %j", (line) =>
    expect(splitCredit(line).credit).toBeNull(),
  );
  it.each([
    "Năm 2022, Ủy ban MTTQ phường đã phối hợp với các tổ chức thành viên triển khai đồng bộ các phong trào thi đua.Cuộc vận động",
    "UBND P.Linh Trung (TP.Thủ Đức, TP.HCM) tổ chức hội nghị",
    "Chủ tịch UB.MTTQ xã cùng 21 đại biểu",
    "tỷ lệ hộ nghèo giảm còn 2,1%.Xã tiếp tục giữ vững",
  ])("no glued caption in %j", (line) => expect(gluedCaptionEnd(line)).toBe(-1));
});

describe("lines that stand apart are not joined", () => {
  it.each([
    ["Toàn cảnh hội nghị", "Năm 2023, phường đã hoàn thành 14/16 chỉ tiêu."],
    ["Hội nghị kết thúc tốt đẹp.", "sau đó các đại biểu tham quan mô hình."],
    ["Các lực lượng đồng loạt thực hiện:", "✅ Thu gom rác thải;"],
    ["✅ Thu gom rác thải, khai thông cống rãnh", "? Tháo dỡ bảng quảng cáo"],
    ["XÃ TRIỆU THÀNH SƠ KẾT CÔNG TÁC 6 THÁNG", "11/07/2024 16:42"],
    ["Trao quà cho bà Nguyễn Thị Lan", "Năm 2024, xã tiếp tục hỗ trợ hộ nghèo."],
  ])("%j / %j", (a, b) => expect(continuesInto(a, b)).toBe(false));
});

describe("not bylines, menus, file names or headlines", () => {
  it.each(["Lực lượng dân quân phát quang bụi rậm", "Đồng chí Nguyễn Văn An", "Toàn cảnh hội nghị", "Ông Trần Văn B"])("byline? %j", (l) =>
    expect(isTailByline(l)).toBe(false),
  );
  it.each([
    "Tại hội nghị, thay mặt cho cấp ủy, chính quyền địa phương, UBMTTQ và các  đoàn thể trong năm 2020 đạt kết quả tốt.",
    "Ngày đăng 15/03/2018 | 07:05 | Lượt xem: 381 của hội nghị tổng kết năm nay được đánh giá cao",
  ])("menu? %j", (l) => expect(isMenuLine(l)).toBe(false));
  it.each(["Trường THCS Lê Quý Đôn 2023", "Hội nghị năm 2023"])("file name? %j", (l) => expect(isImageFileName(l)).toBe(false));
  it.each(["Trang chủ > Tin tức > Đoàn thể", "Tin tức - Sự kiện", "Báo Bắc Ninh", "Dự hội nghị có:", "Tin liên quan"])("headline? %j", (l) =>
    expect(isHeadlineLike(l)).toBe(false),
  );
});

describe("cleanInput leaves articles alone", () => {
  const para = "Chiều ngày 07/01/2021 tại hội trường UBND phường Tân Giang đã diễn ra hội nghị tổng kết công tác năm 2020.";
  it("a headline-less article has no title and keeps its first paragraph", () => {
    const r = cleanInput(`${para}\n\nTại hội nghị, các đại biểu đã thảo luận sôi nổi và thống nhất các giải pháp cho năm 2021.`);
    expect(r.title).toBeNull();
    expect(r.blocks.map((b) => b.text)).toEqual([para, "Tại hội nghị, các đại biểu đã thảo luận sôi nổi và thống nhất các giải pháp cho năm 2021."]);
  });
  it("a related-news heading above the article does not cut the article", () => {
    const r = cleanInput(`Tin khác\n${para}`);
    expect(r.blocks.map((b) => b.text)).toEqual([para]);
  });
  it("a short article of one sentence is kept whole", () => {
    expect(cleanInput("Xã tổ chức hội nghị.").blocks).toEqual([{ text: "Xã tổ chức hội nghị.", kind: "paragraph" }]);
  });
  it("chrome only gives no blocks and no title", () => {
    const r = cleanInput("Skip to main content\nĐăng nhập\nThống kê: 77.629\nOnline: 10");
    expect(r.blocks).toEqual([]);
    expect(r.title).toBeNull();
  });
  it("a sidebar headline with a date in HTML is not the posting line", () => {
    const r = cleanInput("<html><body><article><h1>Xã A tổng kết năm</h1><p>" + para + "</p></article><aside><a href='/x'>Tin cũ (05/01/2023)</a></aside></body></html>");
    expect(r.postingLines).toEqual([]);
  });
});

describe("looksLikeHtml is not fooled", () => {
  it.each(["Điểm thi 8 < 9 và 10 > 7", "Dùng thẻ <br> để xuống dòng", "", "&amp;&nbsp;", "Tin <b> lẻ"])("%j", (s) => expect(looksLikeHtml(s)).toBe(false));
});
