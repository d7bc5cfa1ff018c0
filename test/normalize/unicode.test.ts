import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fold, normalize, normalizeWithMap } from "../../src/normalize/index.js";
import { CLS_FIX, CLS_MARK, charClass, cleanCharacters, composeNfc, composeNfcBySegments } from "../../src/normalize/unicode.js";
import { EditMap } from "../../src/normalize/offsets.js";

const allOffsets = (input: string) => {
  const { text, map } = normalizeWithMap(input);
  return { text, offsets: Array.from({ length: text.length + 1 }, (_, o) => map.toOriginal(o)) };
};

describe("look-alikes of Đ/đ", () => {
  it.each([
    ["Ðà Nẵng", "Đà Nẵng"],
    ["ðồng chí", "đồng chí"],
    ["ƉẢNG ỦY", "ĐẢNG ỦY"],
    ["ɖiều", "điều"],
    ["Ðảng ủy", "Đảng ủy"],
    ["ÐOÀN", "ĐOÀN"],
  ])("%s -> %s", (input, want) => expect(normalize(input)).toBe(want));

  it.each(["Ðór", "Guðrún", "ðð", "Ðx", "bað"])("leaves %s (not Vietnamese) alone", (w) => expect(normalize(w)).toBe(w));
});

describe("invisible characters and spaces", () => {
  it.each([
    ["Hà\u200bNội", "HàNội"],
    ["Hà\u200b Nội", "Hà Nội"],
    ["\ufeffTân Giang", "Tân Giang"],
    ["Tân\u00a0Giang", "Tân Giang"],
    ["Tân\u202fGiang\u3000x", "Tân Giang x"],
    ["phư\u00adờng", "phường"],
    ["a\u2060b\u200cc\u200dd", "abcd"],
    ["Hòa\u2003bình", "Hòa bình"],
    ["line1\nline2\r\nline3\tx", "line1\nline2\r\nline3\tx"],
    ["a\u0007b\u0000c\u001bd\u007fe\u0090f", "abcdef"],
    ["page\fbreak\vvt\u0085nel", "page\nbreak\nvt\nnel"],
    ["👨\u200d👩\u200d👧 gia đình", "👨\u200d👩\u200d👧 gia đình"],
  ])("%j -> %j", (input, want) => expect(normalize(input)).toBe(want));

  it("replaces lone surrogates with U+FFFD and keeps pairs", () => {
    expect(normalize("a\ud800b")).toBe("a\ufffdb");
    expect(normalize("a\udc00")).toBe("a\ufffd");
    expect(normalize("\udc00\ud800")).toBe("\ufffd\ufffd");
    expect(normalize("x😀y")).toBe("x😀y");
  });
});

describe("NFC and Windows-1258-style sequences", () => {
  it.each([
    ["Vie\u0302\u0323t Nam", "Việt Nam"],
    ["Vie\u0323\u0302t Nam", "Việt Nam"],
    ["ơ\u0301", "ớ"],
    ["ư\u0300ơ\u0300ng", "ừờng"], // composed letter by letter; the word then does not parse (two marks): left as is
    ["Ho\u0300a", "Hòa"],
    ["Hoa\u0300", "Hòa"],
    ["qu\u0309a", "quả"],
    ["Đa\u0309ng u\u0309y", "Đảng ủy"],
    ["A\u030a", "Å"],
    ["\u2126", "\u03a9"],
  ])("%j -> %j", (input, want) => expect(normalize(input)).toBe(want));

  it("turns NFD text into the same text as its NFC form", () => {
    const s = "Ủy ban nhân dân phường Tân Giang tổ chức hội nghị tổng kết công tác năm 2020";
    expect(normalize(s.normalize("NFD"))).toBe(s);
  });

  it("composeNfc agrees with the segment-by-segment composition, text and map", () => {
    const samples = ["Vie\u0302\u0323t", "a\u0301\u0301b", "\u0301x", "e\u0302\u0301 \u1100\u1161\u11a8 A\u030a\u2126", "\u0958 \u0f73 \u0344x"];
    for (const s of samples) {
      const a = composeNfc(s);
      const b = composeNfcBySegments(s);
      expect(a.text).toBe(s.normalize("NFC"));
      expect(b.text).toBe(a.text);
      for (let o = 0; o <= a.text.length; o++) expect(a.map.toOriginal(o)).toBe(b.map.toOriginal(o));
    }
  });
});

describe("character classes", () => {
  it("flags every code unit NFC may change or the character pass handles", () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x3100; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const s = String.fromCharCode(c);
      const k = charClass(c);
      if (s.normalize("NFC") !== s && k !== CLS_MARK && k !== CLS_FIX) wrong.push(c); // U+2000/2001 are odd spaces (FIX)
      if (/\p{M}/u.test(s) && k !== CLS_MARK && !(c >= 0xfe00 && c <= 0xfe0f)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
    for (const c of [0x00, 0x07, 0x0b, 0x7f, 0x85, 0xa0, 0xad, 0x200b, 0x200d, 0x2060, 0xfeff, 0x3000]) expect(charClass(c)).toBe(CLS_FIX);
  });
});

describe("offset maps", () => {
  it("maps through removals to the next kept character", () => {
    const { text, offsets } = allOffsets("\u200bHoà\u00a0bình\u200b");
    expect(text).toBe("Hòa bình");
    expect(offsets).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 10]);
  });

  it("maps a composed letter to the start of what it replaced", () => {
    const input = "Vie\u0302\u0323t x";
    const { text, offsets } = allOffsets(input);
    expect(text).toBe("Việt x");
    expect(offsets).toEqual([0, 1, 2, 5, 6, 7, 8]);
    // a span over "Việt" maps back to exactly "Vie\u0302\u0323t"
    expect(input.slice(offsets[0], offsets[4])).toBe("Vie\u0302\u0323t");
  });

  it("is the identity on clean text and clamps out-of-range offsets", () => {
    const { map } = normalizeWithMap("Hòa bình");
    expect([-5, 0, 3, 8, 99, NaN].map((o) => map.toOriginal(o))).toEqual([0, 0, 3, 8, 8, 0]);
  });

  it("EditMap answers between, inside and after edits", () => {
    // input "ab\u200bcd\u0301e" (8) -> "abcde\u0301" ... built by hand: removal at 2, replacement 4..6 -> 3..4
    const m = new EditMap(7);
    m.add(2, 3, 2, 2);
    m.add(4, 6, 3, 4);
    m.seal(5);
    expect([0, 1, 2, 3, 4, 5].map((o) => m.toOriginal(o))).toEqual([0, 1, 3, 4, 6, 7]);
  });

  it("cleanCharacters keeps lengths for one-for-one replacements", () => {
    const r = cleanCharacters("a\u00a0b\ud800");
    expect(r.text).toBe("a b\ufffd");
    expect(r.map.toOriginal(4)).toBe(4);
  });
});

describe("fixtures", () => {
  const dir = join(__dirname, "..", "..", "fixtures");
  const files = readdirSync(dir).filter((f) => /\.(txt|html)$/.test(f));
  it.each(files)("%s: idempotent, NFC, fold-stable, map monotonic", (f) => {
    const input = readFileSync(join(dir, f), "utf8");
    for (const tone of ["old", "new", "preserve"] as const) {
      const { text, map } = normalizeWithMap(input, { tone });
      expect(text).toBe(text.normalize("NFC"));
      expect(normalize(text, { tone })).toBe(text);
      for (const other of ["old", "new", "preserve"] as const) expect(fold(normalize(text, { tone: other }))).toBe(fold(text));
      let prev = 0;
      for (let o = 0; o <= text.length; o++) {
        const p = map.toOriginal(o);
        expect(p).toBeGreaterThanOrEqual(prev);
        prev = p;
      }
      expect(map.toOriginal(text.length)).toBe(input.length);
    }
  });
});
