/**
 * Shortcomings: the listed items, each without its trailing ";", "." or "...", each with its span.
 */
import { describe, expect, it } from "vitest";
import { extractShortcomings, listRegion, proseRegion } from "../../src/extract/extractors/shortcomings.js";
import { eventContext } from "./event-context.js";

const items = (text: string) => extractShortcomings(eventContext(text)).map((s) => s.text);

describe("shortcomings lists", () => {
  it.each([
    [
      "Bên cạnh những kết quả đạt được, hội nghị cũng chỉ rõ công tác quản lý, điều hành năm 2023 vẫn còn có những tồn tại: tiến độ giải phóng mặt bằng một số dự án còn chậm; việc thu thuế ngoài quốc doanh chưa đạt kế hoạch; tình trạng lấn chiếm vỉa hè, lòng đường vẫn tái diễn ở một số tuyến phố; công tác cải cách hành chính có lúc chưa đáp ứng yêu cầu.",
      [
        "tiến độ giải phóng mặt bằng một số dự án còn chậm",
        "việc thu thuế ngoài quốc doanh chưa đạt kế hoạch",
        "tình trạng lấn chiếm vỉa hè, lòng đường vẫn tái diễn ở một số tuyến phố",
        "công tác cải cách hành chính có lúc chưa đáp ứng yêu cầu",
      ],
    ],
    [
      "Bên cạnh những kết quả đạt được, công tác Mặt trận năm 2022 vẫn còn tồn tại một số hạn chế như: việc vận động Quỹ “Vì người nghèo”, Quỹ Đền ơn đáp nghĩa chưa đạt chỉ tiêu đề ra; hoạt động của một số Ban công tác Mặt trận khu phố còn lúng túng, chưa chủ động; công tác giám sát, phản biện xã hội có mặt còn hình thức.",
      [
        "việc vận động Quỹ “Vì người nghèo”, Quỹ Đền ơn đáp nghĩa chưa đạt chỉ tiêu đề ra",
        "hoạt động của một số Ban công tác Mặt trận khu phố còn lúng túng, chưa chủ động",
        "công tác giám sát, phản biện xã hội có mặt còn hình thức",
      ],
    ],
    [
      "Tuy nhiên, bên cạnh đó vẫn còn có những tồn tại: Công tác tuyên truyền chưa được thường xuyên, chưa sâu; Chất lượng sinh hoạt của một số chi hội đoàn thể chưa cao về nội dung, cách thức tổ chức...",
      ["Công tác tuyên truyền chưa được thường xuyên, chưa sâu", "Chất lượng sinh hoạt của một số chi hội đoàn thể chưa cao về nội dung, cách thức tổ chức"],
    ],
    [
      // the last item uses "tồn tại" as a verb inside the item: still an item
      "Tuy nhiên, kỳ họp cũng chỉ rõ một số hạn chế như: tiến độ xây dựng một số công trình hạ tầng còn chậm; tỷ lệ thu Quỹ phòng, chống thiên tai chưa đạt kế hoạch; tình trạng sử dụng đất nông nghiệp sai mục đích vẫn còn tồn tại ở một số thôn.",
      [
        "tiến độ xây dựng một số công trình hạ tầng còn chậm",
        "tỷ lệ thu Quỹ phòng, chống thiên tai chưa đạt kế hoạch",
        "tình trạng sử dụng đất nông nghiệp sai mục đích vẫn còn tồn tại ở một số thôn",
      ],
    ],
    [
      // prose after "hạn chế là", split at the comma between two negative clauses
      "Hội nghị cũng chỉ ra hạn chế là công tác thu hút hội viên trẻ tham gia sinh hoạt còn gặp nhiều khó khăn, nội dung sinh hoạt ở một số chi hội chưa phong phú.",
      ["công tác thu hút hội viên trẻ tham gia sinh hoạt còn gặp nhiều khó khăn", "nội dung sinh hoạt ở một số chi hội chưa phong phú"],
    ],
    [
      // contrastive prose with an assessment verb, no shortcoming noun at all
      "Tuy vậy, Đại hội cũng thẳng thắn nhìn nhận công tác nắm bắt tình hình tư tưởng đoàn viên có lúc chưa kịp thời, việc tập hợp đoàn viên đi làm ăn xa còn nhiều khó khăn.",
      ["công tác nắm bắt tình hình tư tưởng đoàn viên có lúc chưa kịp thời", "việc tập hợp đoàn viên đi làm ăn xa còn nhiều khó khăn"],
    ],
    [
      // "Tuy nhiên ... vẫn còn ..." without an assessment verb
      "Tuy nhiên, công tác thu ngân sách vẫn còn chậm, việc chỉnh trang đô thị chưa đáp ứng yêu cầu.",
      ["công tác thu ngân sách vẫn còn chậm", "việc chỉnh trang đô thị chưa đáp ứng yêu cầu"],
    ],
    [
      // a predicate continuing after a comma stays in its item
      "Hội nghị chỉ ra hạn chế là công tác tuyên truyền chưa thường xuyên, chưa sâu.",
      ["công tác tuyên truyền chưa thường xuyên, chưa sâu"],
    ],
    [
      // "…" and trailing whitespace trimmed
      "Vẫn còn những hạn chế sau: phong trào chưa đồng đều; kinh phí còn thiếu… ",
      ["phong trào chưa đồng đều", "kinh phí còn thiếu"],
    ],
  ])("%s", (text, expected) => {
    expect(items(text)).toEqual(expected);
  });

  it("reads bulleted items from the paragraphs after a cue that ends its sentence", () => {
    const text = "Bên cạnh kết quả đạt được, vẫn còn một số hạn chế như sau:\n\n- Công tác tuyên truyền chưa sâu;\n\n- Kinh phí hoạt động còn thiếu.\n\nPhát biểu chỉ đạo, đồng chí A ghi nhận kết quả.";
    expect(items(text)).toEqual(["Công tác tuyên truyền chưa sâu", "Kinh phí hoạt động còn thiếu"]);
  });

  it("every item's span slices to its text", () => {
    const text = "Tuy nhiên, vẫn còn có những tồn tại: A chưa sâu; B chưa thường xuyên...";
    for (const s of extractShortcomings(eventContext(text))) expect(text.slice(s.span.start, s.span.end)).toBe(s.text);
  });

  it("listRegion and proseRegion point at the items", () => {
    const t = "Kỳ họp chỉ rõ một số hạn chế như: A còn chậm; B chưa đạt.";
    const r = listRegion(t, { start: 0, end: t.length })!;
    expect(t.slice(r.start, r.end)).toBe("A còn chậm; B chưa đạt.");
    const p = "Tuy vậy, hội nghị nhìn nhận A chưa kịp thời.";
    const q = proseRegion(p, { start: 0, end: p.length })!;
    expect(p.slice(q.start, q.end)).toBe("A chưa kịp thời.");
  });
});
