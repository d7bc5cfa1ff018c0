/**
 * repair on known inputs: the published sample words, each encoding's tell-tales, the fixtures (all
 * unchanged but fixture 10, which comes back exactly as the clean text), mixed texts.
 */
import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { repair } from "../../../src/normalize/legacy/index.js";
import { cleanInput } from "../../../src/clean/index.js";
import { encodeMojibake, encodeTcvn3, encodeVni } from "./encoders.js";

const FIXTURES = join(__dirname, "../../../fixtures");

describe("repair: known inputs", () => {
  it.each([
    ["Há»™i nghá»‹", "Hội nghị", "mojibake-cp1252"],
    ["Chá»§ tá»‹ch UBND phÆ°á»\u009dng", "Chủ tịch UBND phường", "mojibake-cp1252"],
    ["Ä\u0090á»\u009di sá»‘ng", "Đời sống", "mojibake-cp1252"],
    ["Ä\u0090á»\u009di", "Đời", "mojibake-cp1252"],
    ["â€œTáº¿tâ€\u009d", "“Tết”", "mojibake-cp1252"],
    ["Héi nghÞ", "Hội nghị", "tcvn3"],
    ["ViÖt Nam", "Việt Nam", "tcvn3"],
    ["§µ N½ng", "Đà Nẵng", "tcvn3"],
    ["UBND x· T©n TiÕn tæ chøc héi nghÞ tæng kÕt", "UBND xã Tân Tiến tổ chức hội nghị tổng kết", "tcvn3"],
    ["HéI NGHÞ TæNG KÕT N¡M 2023", "HỘI NGHỊ TỔNG KẾT NĂM 2023", "tcvn3"],
    ["Hoäi nghò", "Hội nghị", "vni"],
    ["Vieät Nam", "Việt Nam", "vni"],
    ["Xin chaøo caùc baïn", "Xin chào các bạn", "vni"],
    ["Ñaïi hoäi Ñoaøn TNCS Hoà Chí Minh", "Đại hội Đoàn TNCS Hồ Chí Minh", "vni"],
    ["ÑAÏI HOÄI ÑAÛNG BOÄ", "ĐẠI HỘI ĐẢNG BỘ", "vni"],
    ["Ho^.i nghi.", "Hội nghị", "viqr"],
    ["Vie^.t Nam", "Việt Nam", "viqr"],
    ["DDa`i ho^.i DDa?ng bo^.", "Đài hội Đảng bộ", "viqr"],
    ["tru+o+`ng dda.i ho.c", "trường đại học", "viqr"],
    ["tuo+`ng ra`o", "tường rào", "viqr"],
    ["Ho^.i nghi\\. Tha`nh co^ng.", "Hội nghi. Thành công.", "viqr"],
    ["UBND va` HDDND xa~", "UBND và HĐND xã", "viqr"],
    ["Hô\u0323i nghi\u0323 tô\u0309ng kê\u0301t", "Hội nghị tổng kết", "windows-1258"],
    ["Hội nghị tổng kết", "Hội nghị tổng kết", "none"],
  ] as const)("%s -> %s (%s)", (input, expected, detected) => {
    const r = repair(input);
    expect(r.text).toBe(expected);
    expect(r.detected).toBe(detected);
    expect(r.confidence).toBeGreaterThan(0.5);
  });

  it("VIQR: a sentence-final period after a vowel is a dot below when the text is VIQR and the word takes it", () => {
    // RFC 1456: "nghi." is nghị; a literal period is written "\."; a word that already has a tone, or whose
    // dotted form is no syllable, keeps its period
    expect(repair("Ho^.i nghi.").text).toBe("Hội nghị");
    expect(repair("Ho^.i nghi\\.").text).toBe("Hội nghi.");
    expect(repair("Ho^.i nghi~.").text).toBe("Hội nghĩ.");
    expect(repair("Ho^.i nghi.. Xong.").text).toBe("Hội nghị. Xong.");
    expect(repair("Ho^.i ngh.").text).toBe("Hội ngh.");
  });
});

describe("repair: fixtures", () => {
  const files = readdirSync(FIXTURES).filter((f) => /\.(txt|html)$/.test(f));
  const clean = files.filter((f) => !f.startsWith("10-"));

  it("has the fixtures", () => expect(clean.length).toBeGreaterThanOrEqual(16));

  it.each(clean)("%s passes through unchanged (raw file and cleaned blocks)", (f) => {
    const text = readFileSync(join(FIXTURES, f), "utf8");
    const r = repair(text);
    expect(r.text).toBe(text);
    expect(r.detected).toBe("none");
    const cleaned = cleanInput(text);
    for (const t of [cleaned.title ?? "", ...cleaned.postingLines, ...cleaned.blocks.map((b) => b.text)]) {
      expect(repair(t).text).toBe(t);
    }
  });

  it("fixture 10 (UTF-8 read as Windows-1252 by a browser) comes back exactly as the clean text", () => {
    const text = readFileSync(join(FIXTURES, "10-doi-thoai-linh-trung.txt"), "utf8");
    // the clean text, rebuilt independently: each character back to its byte, the bytes decoded as UTF-8
    const bytes = Buffer.from(
      [...text].flatMap((ch) => {
        const c = ch.charCodeAt(0);
        if (c < 0x100) return [c];
        return [...Buffer.from(ch, "latin1")].length === 1 && ch.charCodeAt(0) < 0x100 ? [c] : [cp1252Byte(ch)];
      }),
    );
    const expected = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    const r = repair(text);
    expect(r.text).toBe(expected);
    expect(r.detected).toBe("mojibake-cp1252");
    expect(r.confidence).toBeGreaterThan(0.9);
    const gold = JSON.parse(readFileSync(join(FIXTURES, "10-doi-thoai-linh-trung.gold.json"), "utf8")) as { title: string; officials: Array<{ name: string }>; notOfficials: string[] };
    expect(r.text).toContain(gold.title);
    for (const o of gold.officials) expect(r.text).toContain(o.name);
    for (const n of gold.notOfficials) expect(r.text).toContain(n);
    expect(r.text).not.toMatch(/[ÃÄÆá»]{2}|\u009d/);
  });
});

const CP1252_SPECIALS = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";
function cp1252Byte(ch: string): number {
  const i = CP1252_SPECIALS.indexOf(ch);
  if (i < 0) throw new Error(`not a Windows-1252 character: ${ch}`);
  return 0x80 + i;
}

describe("repair: mixed text", () => {
  const CLEAN = "Sáng 15/01, UBND xã Tân Tiến tổ chức hội nghị tổng kết công tác năm 2023.";
  const OTHER = "Đồng chí Nguyễn Văn Hùng, Chủ tịch UBND xã phát biểu chỉ đạo.";

  it("a clean paragraph beside a TCVN3 one: only the TCVN3 one changes", () => {
    const input = `${CLEAN}\n${encodeTcvn3(OTHER)}\n${CLEAN}`;
    const r = repair(input);
    expect(r.text).toBe(`${CLEAN}\n${OTHER}\n${CLEAN}`);
    expect(r.detected).toBe("tcvn3");
    expect(r.segments).toHaveLength(1);
    const seg = r.segments[0]!;
    expect(input.slice(seg.start, seg.end)).toBe(encodeTcvn3(OTHER));
    expect(r.text.slice(seg.outputStart, seg.outputEnd)).toBe(OTHER);
  });

  it("several encodings in one text: mixed", () => {
    const input = [encodeMojibake(CLEAN), encodeVni(OTHER), CLEAN].join("\n");
    const r = repair(input);
    expect(r.text).toBe([CLEAN, OTHER, CLEAN].join("\n"));
    expect(r.detected).toBe("mixed");
    expect(r.encodings).toEqual(["mojibake-cp1252", "vni"]);
  });

  it("a clean sentence and a TCVN3 sentence on one line: each piece decided on its own", () => {
    const r = repair(`${OTHER} ${encodeTcvn3(CLEAN)}`);
    expect(r.text).toBe(`${OTHER} ${CLEAN}`);
  });

  it("a line that reads as Vietnamese both ways stays, even beside TCVN3 lines (it could be clean text)", () => {
    // "Cã" is a valid syllable and TCVN3 for "Có"; "Xem thêm" is clean, and TCVN3 for "Xem thờm"
    expect(repair("Cã").text).toBe("Cã");
    expect(repair(`${encodeTcvn3(OTHER)}\nCã`).text).toBe(`${OTHER}\nCã`);
    expect(repair(`${encodeTcvn3(OTHER)}\nXem thêm`).text).toBe(`${OTHER}\nXem thêm`);
  });

  it("a line two font encodings explain equally goes to the one the other lines are in", () => {
    // "pòa" is VNI for "pịa" and TCVN3 for "pũa": alone it stays, in a VNI text it is VNI
    expect(repair("A a pòa.").text).toBe("A a pòa.");
    expect(repair(`${encodeVni(OTHER)}\nA a pòa.`).text).toBe(`${OTHER}\nA a pịa.`);
  });

  it("English and foreign words inside a repaired line are kept", () => {
    const r = repair("Héi nghÞ online qua Zalo, email vµ Facebook");
    expect(r.text).toBe("Hội nghị online qua Zalo, email và Facebook");
  });

  it("segments map every repaired line back to the input", () => {
    const input = `${encodeTcvn3(CLEAN)}\n\n${OTHER}\n${encodeVni(OTHER)}`;
    const r = repair(input);
    expect(r.segments.map((s) => [s.start, s.end])).toEqual([
      [0, encodeTcvn3(CLEAN).length],
      [input.lastIndexOf("\n") + 1, input.length],
    ]);
    for (const s of r.segments) expect(r.text.slice(s.outputStart, s.outputEnd)).not.toContain("\n");
  });
});
