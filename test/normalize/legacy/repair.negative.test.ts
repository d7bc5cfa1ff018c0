/**
 * What repair must leave alone: clean Vietnamese (with Latin-1 symbols, VNI- or VIQR-looking letter pairs,
 * look-alikes, NFD), English, other languages, abbreviations, lone words that read two ways, and junk.
 */
import { describe, expect, it } from "vitest";
import { repair } from "../../../src/normalize/legacy/index.js";
import { VnWardNewsError } from "../../../src/errors.js";

const unchanged = (s: string) => {
  const r = repair(s);
  expect(r.text).toBe(s);
  expect(r.detected).toBe("none");
  expect(r.segments).toEqual([]);
};

describe("repair leaves clean Vietnamese alone", () => {
  it.each([
    "Hội nghị tổng kết công tác năm 2023",
    "Nhiệt độ 30°C, giá 50.000 đồng © 2024 «Hội nghị» · tin mới",
    "Tôi và anh",
    "Bé có mèo",
    "Hoàng Toàn thuê khuyên quá, hoá, xoá, thuỷ, khoẻ",
    "cô ông có bò tôi",
    "“TỔNG KẾT XÃ”",
    "UBND XÃ\u00a0TÂN TIẾN",
    "Ông A. Nguyễn Văn B. và bà C.",
    "Ðảng ủy xã Ðông Hà", // Ð look-alikes: normalize's job, not repair's
    "Hội\u200bnghị\u00a0tổng\u00a0kết",
    "Ho\u0302\u0323i nghi\u0323 to\u0302\u0309ng ke\u0302\u0301t", // NFD: normalize composes it
    "Đà Lạt và Ho\u0302\u0300 Gươm", // NFD somewhere in the text: no Windows-1258 reading of "Đà"
    "ĐẠI HỘI ĐẢNG BỘ XÃ LẦN THỨ XX, NHIỆM KỲ 2020 – 2025",
    "Giá vé: 20.000đ/người – miễn phí cho trẻ em…",
    "<p>Hội nghị</p>",
    "Ảnh: MINH KHANG 📷",
  ])("%s", unchanged);
});

describe("repair leaves English and other languages alone", () => {
  it.each([
    "Café email Zalo COVID-19 online",
    "Meeting at 9 a.m. today, e.g. at the café.",
    "9 a.m.",
    "I can't do+it (really)?",
    "C++ and C# are languages; x^2 + y^2 = z^2",
    "Go.",
    "No.",
    "So?",
    "See fig. 3(a) and U.S. data.",
    "Path C:\\Users\\a\\b.txt",
    "Le café est très bon à Paris, où l'été est chaud.",
    "El niño está aquí con su mamá.",
    "Grüße aus München, Köln und Düsseldorf.",
    "Crème brûlée à la française",
    "São Paulo e Brasília",
    "Ærø, Øresund, Ñandú",
    "naïve façade — Zoë’s résumé",
  ])("%s", unchanged);
});

describe("repair leaves a lone word that reads two ways alone", () => {
  it.each([
    ["cã", "a valid syllable and TCVN3 for có"],
    ["Êm", "a valid syllable and TCVN3 for ấm"],
    ["oà", "a valid syllable (new style) and VNI for ồ"],
    ["BÃ”", "BÃ and a quote, or mojibake of BÔ"],
    ["a.", "a and a period, or VIQR for ạ"],
    ["pòa", "VNI pịa or TCVN3 pũa"],
  ])("%s (%s)", (s) => unchanged(s));
});

describe("repair on junk", () => {
  it.each([
    "",
    "\n\n\n",
    "\u0000\u0001\u0002",
    "\ud800\udc00\ud800",
    "\u0081\u008d\u008f\u0090\u009d",
    "\\\\\\",
    "^^^(((+++",
    "¡¢£¤¥¦§¨©ª«¬®¯",
    "\u0301\u0300",
  ])("%j returns a result and does not throw", (s) => {
    const r = repair(s);
    expect(typeof r.text).toBe("string");
    expect(r.text.split("\n").length).toBe(s.split("\n").length);
  });

  it("throws a typed error for a non-string", () => {
    expect(() => repair(42 as unknown as string)).toThrow(VnWardNewsError);
    try {
      repair(null as unknown as string);
    } catch (e) {
      expect((e as VnWardNewsError).code).toBe("INVALID_INPUT");
    }
  });

  it("a 5 MB clean text returns quickly, unchanged", () => {
    const big = "Hội nghị tổng kết công tác năm 2023 của UBND xã Tân Tiến. ".repeat(90_000);
    const t = performance.now();
    const r = repair(big);
    expect(r.text).toBe(big);
    expect(performance.now() - t).toBeLessThan(2000);
  });
});
