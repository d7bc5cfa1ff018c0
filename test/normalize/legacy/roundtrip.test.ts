/**
 * Encode -> repair returns the original, for every syllable of the inventory (every onset x rhyme x tone),
 * in lower case, Title case and UPPER case, for TCVN3, VNI, VIQR and mojibake.
 *
 * Each syllable is tested inside a short sentence of the same encoding ("Hội nghị <s>."), the way legacy
 * text arrives: a lone word can be truly ambiguous ("cã" is a valid Unicode syllable and TCVN3 for "có";
 * "a." is "a" and a period, or VIQR for "ạ"). Mojibake has no such ambiguity and is also tested alone.
 */
import { describe, expect, it } from "vitest";
import { allSyllables } from "../../../src/normalize/inventory.js";
import { repair } from "../../../src/normalize/legacy/index.js";
import { encodeMojibake, encodeTcvn3, encodeViqr, encodeVni, tcvn3Writes, title } from "./encoders.js";

const SYLLABLES = allSyllables();

const CASES = [
  ["lower", (s: string) => s, (s: string) => `Hội nghị ${s}.`],
  ["Title", title, (s: string) => `${s} hội nghị.`],
  ["UPPER", (s: string) => s.toUpperCase(), (s: string) => `HỘI NGHỊ ${s}.`],
] as const;

const ENCODINGS = [
  ["tcvn3", encodeTcvn3],
  ["vni", encodeVni],
  ["viqr", encodeViqr],
  ["mojibake-cp1252", (s: string) => encodeMojibake(s)],
] as const;

describe("the inventory is the whole syllable space", () => {
  it("has every onset x rhyme x tone (more than 15,000 syllables), no duplicates", () => {
    expect(SYLLABLES.length).toBeGreaterThan(15000);
    expect(new Set(SYLLABLES).size).toBe(SYLLABLES.length);
    expect(SYLLABLES).toContain("nghiêng");
    expect(SYLLABLES).toContain("quỳnh");
  });
});

describe.each(ENCODINGS)("%s: encode -> repair on every syllable", (name, encode) => {
  it.each(CASES)("%s case", (caseName, toCase, sentence) => {
    const failures: string[] = [];
    let tested = 0;
    for (const s of SYLLABLES) {
      const word = toCase(s);
      // TCVN3 (ABC) has no code for an upper-case toned letter outside the .VnTimeH all-capitals font
      if (name === "tcvn3" && caseName === "Title" && !tcvn3Writes(word)) continue;
      const original = sentence(word);
      const encoded = encode(original);
      const r = repair(encoded);
      tested++;
      if (r.text !== original || r.detected !== name) failures.push(`${original} -> ${encoded} -> ${r.text} (${r.detected})`);
    }
    expect(tested).toBeGreaterThan(14000);
    expect(failures.slice(0, 20)).toEqual([]);
  });
});

/**
 * Mojibake a clean text could hold as it is: "Ô" is C3 94, read "Ã”", which is also "Ã" and a closing
 * quote; "à" is C3 A0, read "Ã" and a no-break space. Alone and in capitals ("BÃ”") such a word stays
 * (its sentence repairs it, as the sentence tests show).
 */
const WEAK = /^[\x00-\x7f]*(?:Ã[\u00a0‘’“”•–—…«»·°][\x00-\x7f]*)+$/;

describe("mojibake needs little context", () => {
  it.each([["cp1252"], ["latin1"]] as const)("every syllable alone, in all three cases, read as %s", (reading) => {
    const failures: string[] = [];
    let weak = 0;
    for (const s of SYLLABLES)
      for (const w of [s, title(s), s.toUpperCase()]) {
        const enc = encodeMojibake(w, reading);
        // with a small letter beside it, "bÃ" is no word shape, so the lower-case ones are tested
        if (WEAK.test(enc) && !/[a-z]/.test(enc)) {
          weak++;
          continue;
        }
        const r = repair(enc);
        if (r.text !== w) failures.push(`${w} -> ${enc} -> ${r.text}`);
      }
    expect(failures.slice(0, 20)).toEqual([]);
    expect(weak).toBeLessThan(reading === "cp1252" ? 1000 : 300); // of 45,582 words
  });

  it.each([
    "Chiều 21.1, UBND phường Linh Trung tổ chức hội nghị đối thoại giữa Chủ tịch UBND phường với người dân.",
    "“Năm 2025, phường phấn đấu hoàn thành 100% chỉ tiêu” – ông Nguyễn Văn Ánh nói…",
    "ĐẠI HỘI ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH XÃ HỒNG PHONG, NHIỆM KỲ 2022–2027",
    "Giá 50.000₫ • Ảnh: Đức Huy 📷",
    "Thời sự | Thế giới | Đời sống | Giáo dục",
  ])("sentence round trip: %s", (sentence) => {
    for (const reading of ["cp1252", "latin1"] as const) {
      const r = repair(encodeMojibake(sentence, reading));
      expect(r.text).toBe(sentence);
      expect(r.detected).toBe("mojibake-cp1252");
    }
  });

  it("double mojibake (read as Windows-1252 twice) comes back in one call", () => {
    const s = "Hội nghị tổng kết công tác năm 2024";
    const r = repair(encodeMojibake(encodeMojibake(s)));
    expect(r.text).toBe(s);
    expect(r.segments[0]?.encodings).toEqual(["mojibake-cp1252", "mojibake-cp1252"]);
  });
});

describe("whole sentences in each encoding", () => {
  const SENTENCES = [
    "Sáng ngày 15/01/2024, UBND xã Tân Tiến tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024.",
    "Đồng chí Nguyễn Thị Thuỷ, Phó Chủ tịch HĐND huyện dự và phát biểu chỉ đạo hội nghị.",
    "Khen thưởng 12 tập thể và 25 cá nhân có thành tích xuất sắc trong phong trào thi đua.",
  ];
  it.each(ENCODINGS.flatMap(([name, enc]) => SENTENCES.map((s) => [name, enc, s] as const)))("%s: %s", (name, encode, s) => {
    const r = repair(encode(s));
    expect(r.text).toBe(s);
    expect(r.detected).toBe(name);
    expect(r.confidence).toBeGreaterThan(0.9);
  });
});
