/**
 * Golden-ish tests over the 17 development articles: the headline equals the gold title, the posting line the
 * gold date came from is found, key sentences of the body survive, and none of the page chrome does.
 */
import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cleanInput } from "../../src/clean/index.js";
import { loadGolds, scoreFold } from "../support/score.js";
import { repair } from "../../src/normalize/legacy/index.js";

const DIR = join(__dirname, "..", "..", "fixtures");
const golds = loadGolds(DIR);
const cleaned = new Map(golds.map((g) => [g.id, cleanInput(readFileSync(join(DIR, g.input), "utf8"))]));
/** Body text as a reader sees it: blocks joined, repaired (fixture 10 is mojibake), NFC. */
const bodyOf = (id: string) => {
  const r = cleaned.get(id)!;
  return r.blocks.map((b) => repair(b.text).text.normalize("NFC")).join("\n\n");
};
const captionsOf = (id: string) => cleaned.get(id)!.blocks.filter((b) => b.kind === "caption").map((b) => repair(b.text).text.normalize("NFC"));
const same = (a: string | null, b: string | null) => (a === null || b === null ? a === b : scoreFold(repair(a).text) === scoreFold(b));

describe("clean: headline of every fixture", () => {
  it.each(golds.map((g) => [g.id, g.title] as const))("%s", (id, title) => {
    const got = cleaned.get(id)!.title;
    expect(same(got, title), `got ${JSON.stringify(got)}`).toBe(true);
  });
});

/** The posting line each gold publishedAt is read from (the first posting line is the one parse.ts reads first). */
const POSTING: Record<string, RegExp | null> = {
  "01-tong-ket-ubnd-tran-lam": /^Ngày đăng 29\/12\/2023 \| 15:20 \| Lượt xem: 214$/,
  "02-so-ket-dang-uy-trieu-thanh": /^11\/07\/2024 16:42 Số lượt xem: 57$/,
  "03-tong-ket-mttq-dong-ve": /^Người đăng tin: Admin\s+Ngày đăng tin: 11\/01\/2023$/,
  "04-giao-ban-hdnd-tan-tien": /^Cập nhật: 15-04-2024 \| 13:40:46$/,
  "05-tong-ket-hoi-lhpn-huong-so": /^2022-12-10 16:58:00\.0$/,
  "06-tet-trong-cay-dien-nam-bac": /^Thứ Sáu, 16\/02\/2024, 11:30 \[GMT\+7\]$/,
  "07-tong-ket-dong-ngan": /^Thứ Ba, 02\/01\/2024, 07:30 SA$/,
  "08-ky-niem-hoi-ccb-tan-an": /^04\/12\/2024 17:35 GMT\+7$/,
  "09-hoi-thi-van-nghe-thanh-phu": /^16\/08\/2024 - 10:05$/,
  "10-doi-thoai-linh-trung": /^11:08 22\/01\/2025$/,
  "11-dai-hoi-doan-hong-phong": /^Ngày cập nhật 24\/03\/2022$/,
  "12-tiep-xuc-cu-tri-hoa-trach": /^Ngày đăng: 29\/11\/2023 - 08:15$/,
  "13-trao-huy-hieu-dang-phu-hoa": /^02\/02\/2023$/,
  "14-ngay-hoi-dai-doan-ket-nghia-lo": /^Ngày đăng 16\/11\/2023 \| 09:12 \| Lượt xem: 1\.043$/,
  "15-ky-hop-hdnd-cam-binh": /^Cẩm Bình, ngày 21 tháng 12 năm 2023$/,
  "16-ra-quan-ve-sinh-phuong-7": /^Cập nhật lúc: 12\/06\/2023 14:25$/,
  seed: null,
};

describe("clean: the posting line comes first", () => {
  it.each(Object.entries(POSTING))("%s", (id, re) => {
    const lines = cleaned.get(id)!.postingLines.map((l) => l.normalize("NFC"));
    if (re === null) expect(lines).toEqual([]);
    else expect(lines[0]).toMatch(re);
  });
  it("fixture 08 also offers the meta publishing time, after the visible line", () => {
    expect(cleaned.get("08-ky-niem-hoi-ccb-tan-an")!.postingLines).toEqual(["04/12/2024 17:35 GMT+7", "2024-12-04T17:35:00+07:00"]);
  });
});

interface BodyCase {
  id: string;
  keeps: string[];
  drops: string[];
  captions?: string[];
}
const BODY: BodyCase[] = [
  {
    id: "seed",
    keeps: ["Chiều ngày 07/01/2021 tại hội trường UBND phường Tân Giang", "cho 03 cá nhân và khen thưởng các tập thể", "cách thức tổ chức..."],
    drops: ["Thống kê", "Online: 10", "Đánh giá", "lượt đánh giá", "Bản đồ hành chính", "Liên kết website", "77.629"],
    captions: [
      "đồng chí Tống Thị Quỳnh Hoa - Ủy viên Ban thường vụ Thành ủy, Trưởng ban tổ chức, Trưởng đoàn công tác của thành ủy phụ trách địa bàn phường Tân Giang phát biểu chỉ đạo tại hội nghị",
      "đồng chí Trương Quang Hiếu - Bí thư Đảng ủy, Chủ tịch HĐND phường phát biểu chỉ đạo",
      "Trao tặng kỷ niệm chương\u00a0vì sự nghiệp đại đoàn kết toàn dân tộc",
      "Khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong năm 2020",
    ],
  },
  {
    id: "01-tong-ket-ubnd-tran-lam",
    keeps: ["Chiều ngày ngày 28/12/2023, tại Hội trường UBND phường Trần Lãm", "công nhận danh hiệu “ Lao động tiên tiến” cho 09 cá nhân."],
    drops: ["Skip to main content", "Trang chủ", "Xem với cỡ chữ", "Tin tức - Sự kiện", "Ngày đăng", "./.", "Tin, ảnh", "Bùi Hải Yến", "Tin liên quan", "ra quân tổng vệ sinh", "Đang online", "Lượt xem"],
    captions: ["Toàn cảnh hội nghị", "Đ/c Đỗ Mạnh Cường – PBT Đảng uỷ, CT UBND phường phát biểu kết luận hội nghị", "Đ/c Vũ Đức Thắng - trao giấy khen cho các tập thể có thành tích xuất sắc năm 2023"],
  },
  {
    id: "02-so-ket-dang-uy-trieu-thanh",
    keeps: ["sáng nay ngày 11/7/2024 Đảng ủy xã Triệu Thành", "để cụ thể hóa thành chương trình hành động trong thời gian tới."],
    drops: ["Trang chủ »", "XÃ TRIỆU THÀNH SƠ KẾT", "Số lượt xem", "Tác giả", "Hoàng Minh Tâm", "Bài viết hay", "Tin khác", "Lễ ra quân huấn luyện"],
    captions: ["Đồng chí Nguyễn Thị Kim Oanh - PBT TT Đảng ủy xã trình bày báo cáo sơ kết"],
  },
  {
    id: "03-tong-ket-mttq-dong-ve",
    keeps: ["Vào lúc 14 giờ 30, ngày 10 tháng 01 năm 2023", "tổ chức Hội nghị tổng kết", "theo hướng\u00a0sát cơ sở, gần dân.", "thi đua.Cuộc vận động", "Cũng trong ngày 10/01"],
    drops: ["Tin khác", "ra quân tổng vệ sinh", "Đảng ủy phường tổng kết công tác năm 2022", "Thống kê truy cập", "Đang truy cập", "Nguồn:", "Cơ quan chủ quản", "Tin tức & Sự kiện", "gtag", "font-family", "Người đăng tin", "z4027781356420", "Ngày 10/01/2023, Ủy ban MTTQ", "Cổng thông tin điện tử phường Đông Vệ - Thành phố"],
    captions: ["Đồng chí Trịnh Xuân Lộc – UVBTV Đảng ủy – CT UBMTTQVN phường (thứ 3 từ trái sang) cùng các đại biểu dự hội nghị"],
  },
  {
    id: "04-giao-ban-hdnd-tan-tien",
    keeps: ["Chiều ngày 16/04, tại Phòng họp tầng 2", "kịp thời giải quyết những kiến nghị chính đáng của cử tri."],
    drops: ["Cổng thông tin điện tử", "Trang chủ", "Cập nhật", "z5338179466121", "Văn phòng HĐND - UBND xã", "Đánh giá", "Thống kê", "Online: 7", "Bản quyền"],
    captions: ["Đ/c Tạ Quang Hải – Chủ tịch UBND xã phát biểu tại hội nghị"],
  },
  {
    id: "05-tong-ket-hoi-lhpn-huong-so",
    keeps: ["Sáng ngày 09/12/2022, Hội Liên hiệp Phụ nữ phường Hương Sơ tổ chức", "Hai cá nhân được Ban Thường vụ Hội LHPN tỉnh tặng Bằng khen."],
    drops: ["Gương điển hình", "2022-12-10", "Tin: Hồ Thị Diệu Linh", "Hồ Thị Diệu Linh", "Chia sẻ", "Facebook"],
    captions: ["Bà Tôn Nữ minh Thư (giữa) trao giấy khen cho các chi hội có thành tích xuất sắc"],
  },
  {
    id: "06-tet-trong-cay-dien-nam-bac",
    keeps: ["Sáng 16-2 (tức mùng 7 tháng Giêng năm Giáp Thìn), UBND phường Điện Nam Bắc", "khu vực Trường THCS Lê Quý Đôn."],
    drops: ["BÁO QUẢNG NAM", "Thời tiết", "Tỷ giá", "[GMT+7]", "(QNO)", "Ảnh: T.T", "THANH THẢO", "Tin liên quan", "Núi Thành phát động"],
    captions: ["Các đại biểu trồng cây hưởng ứng Tết trồng cây."],
  },
  {
    id: "07-tong-ket-dong-ngan",
    keeps: ["Chiều 29-12, UBND phường Đông Ngàn", "giấy khen cho 27 cá nhân và 23 tập thể.", "Trước đó, sáng 28-12"],
    drops: ["Báo Bắc Ninh", "Pháp luật", "07:30 SA", "Thu Phương", "Chia sẻ", "Tin cùng chuyên mục", "1.600 thanh niên"],
  },
  {
    id: "08-ky-niem-hoi-ccb-tan-an",
    keeps: ["Sáng 4-12, Hội Cựu chiến binh (CCB) phường Tân An", "312\u00a0hội viên", "cho 02 tập thể và 04 cá nhân có thành tích xuất sắc giai đoạn 2019 – 2024."],
    drops: ["cookie", "Đồng ý", "Quốc phòng – An ninh", "Tin địa phương", "(ĐL)", "Responsive image", "Ảnh: H.T", "Hoài Thương", "Chia sẻ", "Tin liên quan", "Ea Tam", "Thống kê truy cập", "Giấy phép", "GMT+7", "querySelector"],
    captions: ["Ông Trần Văn Lợi, Chủ tịch Hội CCB phường Tân An ôn lại truyền thống của Hội CCB Việt Nam."],
  },
  {
    id: "09-hoi-thi-van-nghe-thanh-phu",
    keeps: ["Trong các ngày 13, 14 và 15-8, UBND xã Thạnh Phú", "Giải Nhất toàn đoàn thuộc về ấp 4."],
    drops: ["BÁO ĐỒNG NAI", "Đồng Nai cuối tuần", "10:05", "Ảnh: B.Nguyên", "BÌNH NGUYÊN", "Chia sẻ bài viết", "Tin cùng chuyên mục", "Hội thao nông dân"],
    captions: ["Phó Chủ tịch UBND huyện Vĩnh Cửu Trương Văn Lực và Chủ tịch UBND xã Thạnh Phú Nguyễn Thị Ngọc Mai trao giải Nhất toàn đoàn cho ấp 4."],
  },
  {
    id: "10-doi-thoai-linh-trung",
    keeps: ["Chiều 21.1, UBND P.Linh Trung (TP.Thủ Đức, TP.HCM)", "báo cáo UBND TP.Thủ Đức xem xét, giải quyết."],
    drops: ["Thế giới", "Tài chính - Kinh doanh", "Dân sinh\n", "11:08", "Ảnh: MINH KHANG", "Bình luận", "Xem thêm", "Quận 7 ra quân"],
    captions: ["Quang cảnh buổi đối thoại chiều 20.1."],
  },
  {
    id: "11-dai-hoi-doan-hong-phong",
    keeps: ["Trong 02 ngày 22 & 23/03,tại Hội trường Trường THCS Hồng Phong", "đồng chí Nguyễn Kim Đức – Bí thư Đoàn xã trình bày báo cáo chính trị"],
    drops: ["Trang thông tin điện tử", "Trang chủ >", "Ngày cập nhật", "Hình ảnh:", "Tin, ảnh", "Số lượt xem", "326", "Nguyễn\nKim"],
    captions: ["Toàn cảnh đại hội.", "Đồng chí Đinh Thị Hồng Nhung – PBT Đảng ủy xã phát biểu chỉ đạo đại hội"],
  },
  {
    id: "12-tiep-xuc-cu-tri-hoa-trach",
    keeps: ["tại Nhà văn hoá thôn Đông Hoà", "cùng các ông, bà trong Thường trực Đảng uỷ"],
    drops: ["Trang thông tin điện tử", "Thủ tục hành chính", "Ngày đăng", "Tin, ảnh", "Phương Thuỷ", "Lượt xem"],
    captions: ["Bà Đinh Thị Thuỳ Dung – Chủ tịch UBND xã tiếp thu và giải trình các ý kiến thuộc thẩm quyền của xã"],
  },
  {
    id: "13-trao-huy-hieu-dang-phu-hoa",
    keeps: ["sáng ngày 02 tháng 02/2023, Đảng ủy phường Phú Hòa long trọng tổ chức", "Phát biểu tại buổi lễ, đồng chí Huỳnh Văn Lực"],
    drops: ["{title}", "Trang chủ", "02/02/2023\n", "Tin: Đảng ủy", "Lượt xem", "96"],
    captions: ["Đồng chí Huỳnh Văn Lực – Bí thư Đảng ủy phường Phú Hòa (giữa) trao Huy hiệu Đảng cho các đảng viên"],
  },
  {
    id: "14-ngay-hoi-dai-doan-ket-nghia-lo",
    keeps: ["vừa qua, Ban Công tác Mặt trận khu dân cư số 4", "tiệc đoàn kết\u00a0ấm cúng tại khu dân cư."],
    drops: ["Đăng nhập", "Thứ Năm, 16/11/2023", "Hỏi đáp", "Trang chủ", "Ngày đăng", "z4891236500117", "Ban biên tập", "Tin khác", "Khu dân cư số 7", "Tập huấn phòng cháy", "Thống kê truy cập", "Bản quyền", "_gaq", "list-style", "TP. Quảng Ngãi"],
    captions: ["Ông Võ Văn Hiền (thứ 2 từ trái sang) trao giấy khen cho các gia đình tiêu biểu"],
  },
  {
    id: "15-ky-hop-hdnd-cam-binh",
    keeps: ["Từ ngày 19 đến ngày 20/12/2023, tại Hội trường UBND xã", "2,1%.Xã tiếp tục giữ vững", "đồng chí C hủ tịch UBND xã"],
    drops: ["Trang chủ >", "Cẩm Bình, ngày 21 tháng 12", "Người đăng", "Lượt xem", "142"],
    captions: ["Đồng chí Lê Văn Thắng – Chủ tịch UBND xã trả lời chất vấn của đại biểu"],
  },
  {
    id: "16-ra-quan-ve-sinh-phuong-7",
    keeps: ["Sáng Chủ nhật ngày 11/6, hưởng ứng Tháng hành động", "✅ Thu gom rác thải", "? Tháo dỡ bảng quảng cáo", "xử lý nghiêm các trường hợp vi phạm."],
    drops: ["UBND PHƯỜNG 7 - THÀNH PHỐ BẠC LIÊU", "Hỏi đáp", "Cập nhật lúc", "Ban biên tập", "Số lượt người xem", "1043"],
    // The gallery intro ends with ":" but introduces photos, so it is a caption too.
    captions: ["Một số hình ảnh tại buổi ra quân:", "Đoàn viên thanh niên thu gom rác thải tại khu vực chợ Phường 7", "Lực lượng dân quân phát quang bụi rậm"],
  },
];

describe("clean: body of every fixture", () => {
  it("covers every fixture", () => {
    expect(BODY.map((c) => c.id).sort()).toEqual(golds.map((g) => g.id).sort());
  });
  describe.each(BODY)("$id", ({ id, keeps, drops, captions }) => {
    it.each(keeps)("keeps %j", (s) => expect(bodyOf(id)).toContain(s));
    it.each(drops)("drops %j", (s) => expect(bodyOf(id)).not.toContain(s));
    if (captions) it("has exactly the captions", () => expect(captionsOf(id)).toEqual(captions));
    it("never keeps the headline in the body", () => {
      const t = golds.find((g) => g.id === id)!.title;
      if (t) expect(cleaned.get(id)!.blocks.some((b) => scoreFold(repair(b.text).text) === scoreFold(t))).toBe(false);
    });
  });
});
