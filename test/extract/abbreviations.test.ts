/**
 * extractAbbreviations: the lexicon abbreviations in an article, with context-resolved expansions and spans.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { extractAbbreviations } from "../../src/extract/extractors/abbreviations.js";
import type { ExtractContext } from "../../src/extract/context.js";

const ctxOf = (text: string): ExtractContext => ({ text, blocks: [{ start: 0, end: text.length, kind: "paragraph" }], sentences: [], title: null, publishedAt: null });
const found = (text: string) => extractAbbreviations(ctxOf(text)).map((a) => [a.short, a.expansion, a.spans?.length]);

describe("extractAbbreviations", () => {
  it.each<[string, string, (string | number | undefined)[][]]>([
    ["one per written form, every span", "UBND phường và HĐND phường; UBND xã", [["UBND", "Ủy ban nhân dân", 2], ["HĐND", "Hội đồng nhân dân", 1]]],
    ["variants as written", "Chủ tịch UB.MTTQ xã và Chủ tịch UBMTTQ phường", [["UB.MTTQ", "Ủy ban Mặt trận Tổ quốc", 1], ["UBMTTQ", "Ủy ban Mặt trận Tổ quốc", 1]]],
    ["BCH by context", "BCH Quân sự phường và BCH Đoàn xã", [["BCH", "Ban Chỉ huy", 1], ["BCH", "Ban Chấp hành", 1]]],
    ["BTV is Ban Thường vụ", "Ủy viên BTV Thành ủy", [["BTV", "Ban Thường vụ", 1]]],
    ["TT by context", "PBT TT Đảng ủy xã tại TT Văn hóa", [["PBT TT", "Phó Bí thư Thường trực", 1], ["TT", "Trung tâm", 1]]],
    ["Ban CHQS", "Chỉ huy trưởng Ban CHQS phường", [["Ban CHQS", "Ban Chỉ huy Quân sự", 1]]],
    ["documents", "Quyết định số 2875/QĐ-UBND ngày 26/12/2023", [["QĐ", "Quyết định", 1], ["UBND", "Ủy ban nhân dân", 1]]],
    ["none", "Hội nghị tổng kết công tác năm 2023", []],
  ])("%s", (_label, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it("every span slices to the short", () => {
    const text = "Đ/c Đỗ Mạnh Cường – PBT Đảng uỷ, CT UBND phường; đồng chí Lê Văn Thắng – ĐUV; P.Linh Trung, TP.HCM";
    for (const a of extractAbbreviations(ctxOf(text))) for (const s of a.spans ?? []) expect(text.slice(s.start, s.end)).toBe(a.short);
  });

  it("never throws and its spans always slice to the short (property)", () => {
    const pieces = fc.constantFrom("UBND", "UB.", "MTTQ", " ", ".", "-", "/", "P.", "Linh", "TT", "BCH", "Quân sự", "12", "QĐ", "\n", "Đ/c", "ủy", "–");
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 80 }), fc.array(pieces, { maxLength: 30 }).map((a) => a.join(""))), (text) => {
        for (const a of extractAbbreviations(ctxOf(text))) for (const s of a.spans ?? []) expect(text.slice(s.start, s.end)).toBe(a.short);
      }),
      { numRuns: 500 },
    );
  });
});
