/**
 * Not shortcomings: "tồn tại" as a verb, noun mentions without items, task lists, voters' concerns,
 * and captions.
 */
import { describe, expect, it } from "vitest";
import { extractShortcomings } from "../../src/extract/extractors/shortcomings.js";
import { eventContext } from "./event-context.js";

const items = (text: string) => extractShortcomings(eventContext(text)).map((s) => s.text);

describe("not shortcomings", () => {
  it.each([
    // "tồn tại" as a verb
    ["Hiện nay, trên một số tuyến đường của phường vẫn còn tồn tại tình trạng người dân để rác không đúng giờ, đúng nơi quy định."],
    ["Tuy nhiên, trên địa bàn vẫn còn tồn tại tình trạng ô tô đậu trên vỉa hè, lòng đường."],
    // a task list after "đề ra nhiệm vụ, giải pháp"
    [
      "Hội nghị cũng thẳng thắn chỉ ra những tồn tại, hạn chế trong lãnh đạo, chỉ đạo và đề ra nhiệm vụ, giải pháp trọng tâm 6 tháng cuối năm: tập trung chỉ đạo sản xuất vụ Hè Thu, phòng chống hạn hán; đẩy nhanh tiến độ thực hiện các tiêu chí nông thôn mới nâng cao; nâng cao chất lượng sinh hoạt chi bộ.",
    ],
    ["Hội nghị đã thảo luận phương hướng, nhiệm vụ năm 2024 như: phát triển kinh tế; giữ vững an ninh; chăm lo an sinh xã hội."],
    // noun phrases only
    ["Đồng chí Khánh đề nghị các ngành nghiêm túc nhìn nhận những tồn tại, hạn chế, phân tích rõ nguyên nhân để có giải pháp khắc phục."],
    ["Tại hội nghị, các đại biểu đã thẳng thắn trao đổi về những khó khăn, vướng mắc trong hoạt động của các Tổ đại biểu."],
    ["Tại phần thảo luận, các đại biểu đã thẳng thắn đánh giá các kết quả đạt được, nguyên nhân tồn tại và bài học kinh nghiệm."],
    ["Tuy nhiên, những tồn tại, hạn chế cần được khắc phục trong thời gian tới."],
    // a list of concerns, not shortcomings
    ["Đồng chí Chủ tịch UBND xã đã trả lời các vấn đề cử tri quan tâm như: việc nạo vét kênh mương nội đồng, giải quyết đơn thư về đất đai."],
    // contrast without a negative finding, or a cause clause
    ["Tuy nhiên, do ảnh hưởng của dịch bệnh, hội nghị được tổ chức trực tuyến còn 2 điểm cầu."],
    ["Tuy vậy, phường đã hoàn thành toàn bộ chỉ tiêu đề ra."],
  ])("%s", (text) => {
    expect(items(text)).toEqual([]);
  });

  it("ignores captions", () => {
    const text = "Bên cạnh kết quả, vẫn còn hạn chế như: A chưa sâu; B còn chậm";
    expect(extractShortcomings(eventContext(text, ["caption"]))).toEqual([]);
  });
});
