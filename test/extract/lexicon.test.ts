/**
 * The government lexicon: size and hygiene of the data, context rules, the look-ups the search
 * index uses, and role/organization splitting.
 */
import { describe, expect, it } from "vitest";
import {
  ABBREVIATIONS,
  BODIES,
  NAMESAKES,
  RANKS,
  ROLES,
  SURNAMES,
  abbreviationKey,
  abbreviationsOf,
  expandAbbreviation,
  findAbbreviations,
  foldWords,
  lowerKey,
  officialsLexicon,
  tokenize,
} from "../../src/extract/lexicon/index.js";
import { splitTitle } from "../../src/extract/refiners/officials-titles.js";

/** New-style tone placement in an open syllable: "hoà", "uỷ", "khoẻ" (traditional: "hòa", "ủy", "khỏe"). */
const NEW_STYLE = /(?:o[àáảãạèéẻẽẹ]|(?<!q)u[ỳýỷỹỵ])(?!\p{L})/iu;

describe("abbreviation data", () => {
  it("has at least 80 abbreviations", () => {
    expect(ABBREVIATIONS.length).toBeGreaterThanOrEqual(80);
  });

  it("has no written form twice", () => {
    const forms = ABBREVIATIONS.flatMap((e) => [e.short, ...(e.variants ?? [])]);
    const dupes = forms.filter((f, i) => forms.indexOf(f) !== i);
    expect(dupes).toEqual([]);
  });

  it("writes every expansion in NFC, traditional tone style", () => {
    const expansions = ABBREVIATIONS.flatMap((e) => [e.expansion, ...(e.context ?? []).map((c) => c.expansion)]);
    expect(expansions.filter((x) => x !== x.normalize("NFC") || NEW_STYLE.test(x))).toEqual([]);
    expect(expansions.filter((x) => lowerKey(x) !== x.toLowerCase())).toEqual([]);
  });

  it("has the abbreviations the corpus uses", () => {
    const shorts = new Set(ABBREVIATIONS.flatMap((e) => [e.short, ...(e.variants ?? [])]));
    for (const s of ["UBND", "HĐND", "UBMTTQ", "UB.MTTQ", "UB MTTQ", "UB MTTQ VN", "UBMTTQVN", "MTTQVN", "UBMT", "PBT", "PBTTT", "PBT TT", "BT", "BTĐU", "BTCB", "CT", "PCT", "UVBTV", "UV BTV", "UVTV", "BTV", "UVTT", "ĐUV", "TUV", "ĐU", "LHPN", "LHTN", "TNCS", "ĐVTN", "CCB", "HND", "NDVN", "LĐLĐ", "BCH", "Ban CHQS", "TT", "BTT", "CTMT", "BCĐ", "BTC", "BGH", "UBKT", "VHTT", "CLB", "TDP", "KT-XH-QPAN", "KTXH-QPAN", "ANCT", "CCHC", "TĐYN", "ĐHTT", "NTVT", "TXCT", "LLCT", "VSMT", "NTM", "LLVT", "TW", "TƯ", "TP", "TP.HCM", "P.", "Q."]) {
      expect(shorts.has(s), s).toBe(true);
    }
  });

  it("has the other vocabularies", () => {
    expect(SURNAMES.length).toBeGreaterThanOrEqual(150);
    expect(new Set(SURNAMES).size).toBe(SURNAMES.length);
    expect(ROLES.length).toBeGreaterThanOrEqual(50);
    expect(BODIES.length).toBeGreaterThanOrEqual(80);
    expect(RANKS).toContain("Thiếu tá");
    expect(NAMESAKES).toContain("Hồ Chí Minh");
  });
});

describe("expandAbbreviation", () => {
  it.each<[string, string | undefined, string | null]>([
    ["UBND", undefined, "Ủy ban nhân dân"],
    ["UB.MTTQ", undefined, "Ủy ban Mặt trận Tổ quốc"],
    ["UB MTTQ VN", undefined, "Ủy ban Mặt trận Tổ quốc Việt Nam"],
    ["PBT TT", undefined, "Phó Bí thư Thường trực"],
    ["BTV", undefined, "Ban Thường vụ"],
    ["BCH", "BCH Quân sự phường", "Ban Chỉ huy"],
    ["BCH", "BCH Đoàn xã tặng giấy khen", "Ban Chấp hành"],
    ["TT", "PBT TT Đảng ủy xã", "Thường trực"],
    ["TT", "tại Hội trường TT Văn hóa phường", "Trung tâm"],
    ["CT", "CT UBND phường", "Chủ tịch"],
    ["CT", "Chỉ thị số 05/CT-TTg", "Chỉ thị"],
    ["TU", "Quyết định số 1258-QĐ/TU của Ban Thường vụ Thành ủy", "Thành ủy"],
    ["XYZ", undefined, null],
  ])("%s in %j", (short, context, expected) => {
    expect(expandAbbreviation(short, context)).toBe(expected);
  });
});

describe("findAbbreviations", () => {
  it.each<[string, [string, string][]]>([
    ["Chủ tịch UB.MTTQ xã", [["UB.MTTQ", "Ủy ban Mặt trận Tổ quốc"]]],
    ["Chủ tịch UB. MTTQ xã", [["UB. MTTQ", "Ủy ban Mặt trận Tổ quốc"]]],
    ["UBND P.Linh Trung (TP.Thủ Đức, TP.HCM)", [["UBND", "Ủy ban nhân dân"], ["P.", "phường"], ["TP", "thành phố"], ["TP.HCM", "Thành phố Hồ Chí Minh"]]],
    ["Kế hoạch số 45-KH/ĐU ngày 20/6/2024", [["KH", "Kế hoạch"], ["ĐU", "Đảng ủy"]]],
    ["phát triển KT-XH-QPAN năm 2023", [["KT-XH-QPAN", "kinh tế - xã hội - quốc phòng - an ninh"]]],
    ["Hội trường TTVH – HTCĐ phường", [["TTVH", "Trung tâm Văn hóa"], ["HTCĐ", "Học tập cộng đồng"]]],
    ["Đ/c Lê Văn An – ĐUV", [["Đ/c", "đồng chí"], ["ĐUV", "Đảng ủy viên"]]],
    ["Trưởng CA phường và Trưởng CA xã", [["CA", "Công an"], ["CA", "Công an"]]],
    ["ĐOÀN TNCS HỒ CHÍ MINH XÃ HỒNG PHONG", [["TNCS", "Thanh niên Cộng sản"]]],
  ])("%s", (text, expected) => {
    const hits = findAbbreviations(text);
    expect(hits.map((h) => [h.written, h.expansion])).toEqual(expected);
    for (const h of hits) expect(text.slice(h.span.start, h.span.end)).toBe(h.written);
  });

  it.each([
    ["a syllable that looks like a short", "công tác ct năm nay"],
    ["a document-only short outside a document number", "Ban QĐ và KH"],
    ["P. not glued", "ông Nguyễn Văn P. và ông Q."],
    ["a short inside a longer word", "TTVHX và UBNDX"],
    ["a syllable in a line written in capitals", "CHƯƠNG TRÌNH CA NHẠC MỪNG XUÂN"],
  ])("nothing in %s", (_label, text) => {
    expect(findAbbreviations(text).map((h) => h.written)).toEqual([]);
  });
});

describe("abbreviationsOf and abbreviationKey", () => {
  it("finds the shorts of a phrase", () => {
    expect(abbreviationsOf("Ủy ban nhân dân")).toContain("UBND");
    expect(abbreviationsOf("uy ban mat tran to quoc")).toEqual(expect.arrayContaining(["UBMTTQ", "UB.MTTQ", "UB MTTQ"]));
    expect(abbreviationsOf("Ban Chỉ huy")).toContain("BCH");
  });

  it.each([
    ["PBT TT Đảng uỷ xã", "Phó Bí thư Thường trực Đảng ủy xã"],
    ["UVBTV Đảng ủy – CT UBMTTQVN phường", "Ủy viên Ban Thường vụ Đảng ủy Chủ tịch Ủy ban MTTQ Việt Nam phường"],
    ["BTĐU phường Phú Hòa", "Bí thư Đảng ủy phường Phú Hòa"],
    ["Chủ tịch UBND P.Linh Trung", "Chủ tịch Ủy ban nhân dân phường Linh Trung"],
  ])("%s = %s", (a, b) => {
    expect(abbreviationKey(a)).toBe(foldWords(abbreviationKey(b)));
  });
});

describe("splitTitle", () => {
  it.each<[string, string | null, string | null]>([
    ["Phó Chủ tịch UBND phường", "Phó Chủ tịch", "UBND phường"],
    ["Trưởng ban tổ chức", "Trưởng ban", "Ban tổ chức"],
    ["Ủy viên Ban thường vụ Thành ủy", "Ủy viên", "Ban thường vụ Thành ủy"],
    ["UVBTV Đảng ủy", "Ủy viên", "Ban Thường vụ Đảng ủy"],
    ["PCT HĐND xã", "Phó Chủ tịch", "HĐND xã"],
    ["PCT. HĐND xã", "Phó Chủ tịch", "HĐND xã"],
    ["Thành ủy viên", "Thành ủy viên", "Thành ủy"],
    ["Chỉ huy trưởng Ban CHQS phường", "Chỉ huy trưởng", "Ban CHQS phường"],
    ["Phó Trưởng phòng Tài chính – Kế hoạch huyện", "Phó Trưởng phòng", "Phòng Tài chính – Kế hoạch huyện"],
    ["Trưởng thôn Đông Hòa", "Trưởng thôn", "thôn Đông Hòa"],
    ["Phó Bí thư Thường trực Đảng ủy xã", "Phó Bí thư Thường trực", "Đảng ủy xã"],
    ["Đại tá", "Đại tá", null],
    ["nguyên Bí thư Đảng ủy xã Phú Hòa (cũ)", "nguyên Bí thư", "Đảng ủy xã Phú Hòa (cũ)"],
    ["Trưởng đoàn công tác", "Trưởng đoàn", "Đoàn công tác"],
    ["lãnh đạo phường", null, null],
  ])("%s", (title, role, organization) => {
    expect(splitTitle(title)).toEqual({ role, organization });
  });
});

describe("matching rules", () => {
  it("ignores tone style but not other marks", () => {
    const lex = officialsLexicon();
    expect(lex.bodies.matchAt(tokenize("Đảng uỷ phường"), 0)?.to).toBe(2);
    expect(lex.admin.matchAt(tokenize("Huyền"), 0)).toBeNull(); // not "huyện"
    expect(lex.prefixes.matchAt(tokenize("ba cá nhân"), 0)).toBeNull(); // not "bà"
    expect(lex.roles.matchAt(tokenize("bị thu hồi"), 0)).toBeNull(); // not "Bí thư"
  });

  it("matches abbreviations only in capitals", () => {
    const lex = officialsLexicon();
    expect(lex.roles.matchAt(tokenize("PCT HĐND"), 0)?.to).toBe(1);
    expect(lex.roles.matchAt(tokenize("pct"), 0)).toBeNull();
  });
});
