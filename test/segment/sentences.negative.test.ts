/** Where a sentence must NOT end. */
import { describe, it, expect } from "vitest";
import { splitSentences } from "../../src/segment/index.js";

const split = (t: string) => splitSentences(t, { start: 0, end: t.length }).map((s) => t.slice(s.start, s.end));

describe("no sentence end", () => {
  it.each([
    "Hội nghị diễn ra ngày 07.01.2021 tại xã.",
    "Thống kê: 77.629 lượt truy cập.",
    "Hội nghị tại TP. Thanh Hóa thành công.",
    "Đồng chí là PCT. HĐND phường.",
    "UB.MTTQ xã tổ chức hội nghị.",
    "UBND P.Linh Trung (TP.Thủ Đức, TP.HCM) tổ chức đối thoại.",
    "Dự có Đ.c Huỳnh Văn Lực và TS. Nguyễn Văn A.",
    "ThS. Lê Thị B trình bày tham luận.",
    "Ông Nguyễn V. An dự hội nghị.",
    "Tiến độ còn chậm; việc thu thuế chưa đạt; tình trạng lấn chiếm vẫn tái diễn.",
    "Đồng chí Bí thư khẳng định: Đảng ủy sẽ tiếp thu đầy đủ ý kiến.",
    "Đại biểu P. Tân An và Q. 1 tham dự.",
    "củng cố khối đại đoàn kết toàn dân. thực hiện hoàn thành chương trình.",
    "Chiều 21.1, UBND phường tổ chức hội nghị.",
  ])("%j", (text) => expect(split(text)).toEqual([text]));
  it("a lost bullet \"?\" at a line start is not a sentence", () => {
    expect(split("? Tháo dỡ bảng quảng cáo, băng rôn treo sai quy định;")).toEqual(["? Tháo dỡ bảng quảng cáo, băng rôn treo sai quy định;"]);
  });
});
