/**
 * Invariants of the event frame, shortcomings and awards extractors over arbitrary and
 * article-shaped text: they never throw, every span lies inside the text, every literal value is
 * the slice of its span, and the output has the record's shape.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import * as z from "zod/mini";
import { extractEventFrame } from "../../src/extract/extractors/event.js";
import { extractShortcomings } from "../../src/extract/extractors/shortcomings.js";
import { extractAwards } from "../../src/extract/extractors/awards.js";
import { AwardSchema, EventSchema, TextSpanSchema, type Span } from "../../src/schema.js";
import type { Block } from "../../src/extract/context.js";
import { eventContext } from "./event-context.js";

/** Pieces that make article-like text: cue words, places, counts, separators, line breaks. */
const piece = fc.oneof(
  fc.constantFrom(
    "Sáng", "ngày", "07/01/2021", "16-2", "tại", "Tại", "hội trường", "Phòng họp tầng 2", "trụ sở", "UBND", "phường", "xã", "Trần Lãm",
    "Nhà văn hóa", "thôn", "điểm cầu", "(", ")", "(thôn An Cư, xã Hồng Phong)", "đã diễn ra", "tổ chức", "Ban Tổ chức", "hội nghị tổng kết",
    "Lễ trao tặng Huy hiệu Đảng", "đại hội", "kỳ họp", "ra quân", "phát biểu tại hội nghị", "tồn tại:", "hạn chế như:", "hạn chế là", "Tuy nhiên,",
    "Tuy vậy,", "nhìn nhận", "vẫn còn", "chưa", "còn", "nhiệm vụ, giải pháp", "tồn tại tình trạng", "tặng", "trao", "trao tặng", "được",
    "đón nhận", "nhận", "khen thưởng", "giấy khen", "Bằng khen", "Cờ thi đua", "Huân chương Lao động hạng Ba", "kỷ niệm chương",
    "danh hiệu “ Lao động tiên tiến”", "học bổng", "quà", "giải Nhất", "của", "cho", "03", "Hai", "mười lăm", "suất", "tập thể", "cá nhân",
    "các nhân", "gia đình", "hộ", "đội", "trong đó:", "thừa ủy quyền của", "Đ/c", "đồng chí", "Nguyễn Văn An", "Chủ tịch", "và", ",", ", ",
    ";", ":", ".", "...", "…", "“", "”", "-", "–", " ", "\n", "\n\n",
  ),
  fc.integer({ min: 0, max: 99 }).map(String),
  fc.string({ maxLength: 4 }),
);
const articleish = fc.array(piece, { maxLength: 60 }).map((xs) => xs.join(" "));
const kinds = fc.array(fc.constantFrom<Block["kind"]>("paragraph", "caption", "heading"), { maxLength: 8 });

function checkAll(text: string, blockKinds: Block["kind"][]) {
  const ctx = eventContext(text, blockKinds);
  const inside = (s: Span) => {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(s.start).toBeLessThanOrEqual(s.end);
  };
  const frame = extractEventFrame(ctx);
  expect(z.pick(EventSchema, { type: true, typeSpan: true, venue: true, organizer: true }).safeParse(frame).success).toBe(true);
  if (frame.typeSpan) inside(frame.typeSpan);
  for (const v of [frame.venue, frame.organizer]) {
    if (!v) continue;
    inside(v.span);
    expect(text.slice(v.span.start, v.span.end)).toBe(v.text);
    expect(v.text.length).toBeGreaterThan(0);
  }
  for (const s of extractShortcomings(ctx)) {
    expect(TextSpanSchema.safeParse(s).success).toBe(true);
    inside(s.span);
    expect(text.slice(s.span.start, s.span.end)).toBe(s.text);
    expect(s.text).not.toMatch(/^\s|[\s;.…]$/u);
  }
  for (const a of extractAwards(ctx)) {
    expect(AwardSchema.safeParse(a).success).toBe(true);
    inside(a.span);
  }
}

describe("event, shortcomings and awards properties", () => {
  it("never throw; spans slice to their text (arbitrary strings)", () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), kinds, (t, k) => checkAll(t, k)), { numRuns: 400 });
  });

  it("never throw; spans slice to their text (article-shaped text)", () => {
    fc.assert(fc.property(articleish, kinds, (t, k) => checkAll(t, k)), { numRuns: 1500 });
  });

  it("stay fast on long adversarial input (no super-linear patterns)", () => {
    const long = ["tại hội trường ", "tồn tại: ", "tặng giấy khen cho ", "03 tập thể, ", "cá nhân và ", "(", "Tuy nhiên, vẫn còn chưa, "]
      .map((p) => p.repeat(3000))
      .join("");
    const started = Date.now();
    checkAll(long, []);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
