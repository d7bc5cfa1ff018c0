/**
 * The data tables checked against published ones: TCVN3 against iconv-lite's TCVN 5712 table (VN1, of
 * which VN3 is the subset), Windows-1252 against the WHATWG decoder, VNI against the published sample
 * words and the xvnkb/VNI-Windows layout (tone order sắc huyền hỏi ngã nặng).
 */
import { describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import { CP1252_DECODE, TCVN3_DECODE, VNI_DECODE } from "../../../src/normalize/legacy/tables.js";
import { encodeTcvn3, encodeVni, encodeViqr, encodeMojibake } from "./encoders.js";

describe("TCVN3 table", () => {
  it("has the 74 VN3 letters: 67 lower case with tones and marks, and Ă Â Ê Ô Ơ Ư Đ", () => {
    expect(TCVN3_DECODE.size).toBe(74);
    const upper = [...TCVN3_DECODE.values()].filter((l) => l !== l.toLowerCase());
    expect(upper.sort()).toEqual(["Â", "Ê", "Ô", "Ă", "Đ", "Ơ", "Ư"].sort());
  });

  it.each([...TCVN3_DECODE].map(([shown, letter]) => [shown.charCodeAt(0).toString(16), shown, letter]))(
    "code 0x%s (%s) is %s in iconv-lite's TCVN 5712",
    (_hex, shown, letter) => {
      expect(iconv.decode(Buffer.from([shown.charCodeAt(0)]), "tcvn")).toBe(letter);
    },
  );

  it("covers every lower-case Vietnamese letter with every tone", () => {
    const letters = [..."aăâeêioôơuưy"].flatMap((v) => ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"].map((t) => (v + t).normalize("NFC")));
    const have = new Set(TCVN3_DECODE.values());
    for (const l of [...letters.filter((l) => !"aeiouy".includes(l)), "đ"]) expect(have.has(l), l).toBe(true);
  });
});

describe("Windows-1252 table", () => {
  // iconv-lite has the Microsoft table, with U+FFFD for the five undefined bytes; browsers (WHATWG) give C1 controls there
  const UNDEFINED = [0x81, 0x8d, 0x8f, 0x90, 0x9d];
  it.each([...CP1252_DECODE].map(([b, ch]) => [b.toString(16), ch]))("byte 0x%s decodes as a browser does", (hex, ch) => {
    const b = parseInt(hex, 16);
    expect(ch).toBe(UNDEFINED.includes(b) ? String.fromCharCode(b) : iconv.decode(Buffer.from([b]), "windows1252"));
  });
  it("lists all 32 bytes 0x80-0x9F", () => expect(CP1252_DECODE.size).toBe(32));
});

describe("VNI table", () => {
  it("has 67 letters in each case (12 vowels x 6 tones - 6 bare - í ì, + đ)", () => {
    expect(VNI_DECODE.size).toBe(130);
  });
  it.each([
    ["aù", "á"],
    ["aø", "à"],
    ["aû", "ả"],
    ["aõ", "ã"],
    ["aï", "ạ"],
    ["aâ", "â"],
    ["aê", "ă"],
    ["ô", "ơ"],
    ["ö", "ư"],
    ["ñ", "đ"],
    ["Ñ", "Đ"],
    ["æ", "ỉ"],
    ["ó", "ĩ"],
    ["ò", "ị"],
    ["î", "ỵ"],
    ["OÀ", "Ồ"],
  ])("%s is %s", (vni, letter) => expect(VNI_DECODE.get(vni)).toBe(letter));
});

describe("encoders give the published sample words", () => {
  it.each([
    [encodeTcvn3, "Hội nghị", "Héi nghÞ"],
    [encodeTcvn3, "Việt Nam", "ViÖt Nam"],
    [encodeTcvn3, "Đà Nẵng", "§µ N½ng"],
    [encodeTcvn3, "Người", "Ng­êi"],
    [encodeVni, "Hội nghị", "Hoäi nghò"],
    [encodeVni, "Việt Nam", "Vieät Nam"],
    [encodeVni, "Xin chào các bạn", "Xin chaøo caùc baïn"],
    [encodeVni, "Đường", "Ñöôøng"],
    [encodeViqr, "Hội nghị", "Ho^.i nghi."],
    [encodeViqr, "Việt Nam", "Vie^.t Nam"],
    [encodeViqr, "trường đại học", "tru+o+`ng dda.i ho.c"],
    [encodeViqr, "Hết.", "He^'t\\."],
    [encodeMojibake, "Hội nghị", "Há»™i nghá»‹"],
    [encodeMojibake, "Đời", "Ä\u0090á»\u009di"],
    [encodeMojibake, "“Tết”", "â€œTáº¿tâ€\u009d"],
  ] as const)("%#: %s -> %s", (enc, uni, legacy) => expect(enc(uni)).toBe(legacy));
});
