/** Sentence spans: where sentences end, and invariants over arbitrary text. */
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { splitSentences } from "../../src/segment/index.js";

const split = (t: string) => splitSentences(t, { start: 0, end: t.length }).map((s) => t.slice(s.start, s.end));

describe("sentence ends", () => {
  it.each([
    ["Hội nghị kết thúc. Các đại biểu ra về.", ["Hội nghị kết thúc.", "Các đại biểu ra về."]],
    ["Năm 2022, Ủy ban MTTQ phường phát động thi đua.Cuộc vận động được duy trì.", ["Năm 2022, Ủy ban MTTQ phường phát động thi đua.", "Cuộc vận động được duy trì."]],
    ["Toàn cảnh đại hội.Đồng chí Đinh Thị Hồng Nhung phát biểu.", ["Toàn cảnh đại hội.", "Đồng chí Đinh Thị Hồng Nhung phát biểu."]],
    ["tỷ lệ hộ nghèo giảm còn 2,1%.Xã tiếp tục giữ vững.", ["tỷ lệ hộ nghèo giảm còn 2,1%.", "Xã tiếp tục giữ vững."]],
    ["Thật tuyệt! Ai cũng vui? Vâng… Rồi... Hết.", ["Thật tuyệt!", "Ai cũng vui?", "Vâng…", "Rồi...", "Hết."]],
    ["Đồng chí nói: “Phải làm tốt.” Sau đó hội nghị bế mạc.", ["Đồng chí nói: “Phải làm tốt.”", "Sau đó hội nghị bế mạc."]],
    ["Hội nghị thành công. “Toàn dân đoàn kết” là chủ đề.", ["Hội nghị thành công.", "“Toàn dân đoàn kết” là chủ đề."]],
    ["Dòng một\nDòng hai.", ["Dòng một", "Dòng hai."]],
    ["Dự hội nghị có:\n- Ông A;\n- Bà B.", ["Dự hội nghị có:", "- Ông A;", "- Bà B."]],
    ["Tổng kết quý I. Sau đó khóa X. Xong.", ["Tổng kết quý I.", "Sau đó khóa X.", "Xong."]],
    ["Hội nghị kết thúc (theo kế hoạch). Đại biểu ra về.", ["Hội nghị kết thúc (theo kế hoạch).", "Đại biểu ra về."]],
  ])("%j", (text, want) => expect(split(text)).toEqual(want));

  it("spans stay inside the block and point into the whole text", () => {
    const text = "Tiêu đề\n\nCâu một. Câu hai.\n\nCâu ba.";
    const block = { start: 9, end: 26 };
    const spans = splitSentences(text, block);
    expect(spans).toEqual([{ start: 9, end: 17 }, { start: 18, end: 26 }]);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(["Câu một.", "Câu hai."]);
  });
});

describe("invariants", () => {
  const pieces = fc.constantFrom("Hội nghị", " ", ". ", ".", "TP. ", "Thanh Hóa", "07.01.2021", "\n", "! ", "? ", "…", "“", "”", "Đ.c", "a", "Z", ";", ": ", "UB.MTTQ", "  ", "\u00a0");
  const arbText = fc.oneof(fc.string({ maxLength: 200 }), fc.array(pieces, { maxLength: 60 }).map((p) => p.join("")));
  it("spans are ordered, disjoint, inside the block, trimmed, and cover every non-space character", () => {
    fc.assert(
      fc.property(arbText, fc.nat(), fc.nat(), (text, a, b) => {
        const start = text.length ? a % (text.length + 1) : 0;
        const end = start + (text.length - start ? b % (text.length - start + 1) : 0);
        const spans = splitSentences(text, { start, end });
        let last = start;
        for (const s of spans) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(end);
          expect(/\s/.test(text[s.start]!)).toBe(false);
          expect(/\s/.test(text[s.end - 1]!)).toBe(false);
          expect(text.slice(s.start, s.end)).not.toContain("\n");
          expect(text.slice(last, s.start).trim()).toBe("");
          last = s.end;
        }
        expect(text.slice(last, end).trim()).toBe("");
      }),
      { numRuns: 500 },
    );
  });
  it("never throws on blocks outside the text", () => {
    expect(splitSentences("abc. Def.", { start: 50, end: 80 })).toEqual([]);
    expect(splitSentences("", { start: 0, end: 0 })).toEqual([]);
  });
  it("is fast on long text without terminators", () => {
    const text = "a".repeat(200_000) + ". B" + ".".repeat(50_000);
    const t0 = performance.now();
    splitSentences(text, { start: 0, end: text.length });
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
