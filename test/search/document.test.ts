import { describe, expect, it } from "vitest";
import { compileFilter, extractWards, toStoredDocument, type StoredTags } from "../../src/search/document.js";

describe("extractWards", () => {
  it.each([
    ["Hội trường UBND phường Tân Giang, xã Hồng Phong và Phường 7", ["Tân Giang", "Hồng Phong", "7"]],
    ["UBND P.Linh Trung (TP.Thủ Đức)", ["Linh Trung"]],
    ["XÃ TRIỆU THÀNH SƠ KẾT", []], // all capitals: not a name we can delimit
    ["các phường, xã trên địa bàn; kinh tế - xã hội", []],
    ["thị trấn Điện Nam Bắc, phường Điện Nam Bắc", ["Điện Nam Bắc"]],
    ["Phường Đông Ngàn hoàn thành", ["Đông Ngàn"]],
  ])("%s", (text, wards) => expect(extractWards(text)).toEqual(wards));
});

const tags = (t: Partial<StoredTags>): StoredTags => ({ ward: [], year: [], type: [], award: [], official: [], ...t });

describe("compileFilter", () => {
  const doc = tags({ ward: ["Tân Giang"], year: ["2021"], type: ["hội nghị tổng kết"], award: ["kỷ niệm chương"], official: ["Tống Thị Quỳnh Hoa"] });
  it.each([
    [{ ward: "tan giang" }, true],
    [{ ward: "Tân Giang" }, true],
    [{ ward: "phường Tân Giang" }, true],
    [{ ward: "Tấn Giang" }, false],
    [{ ward: "Tân" }, false],
    [{ year: 2021 }, true],
    [{ year: "2020" }, false],
    [{ year: ["2020", "2021"] }, true],
    [{ type: "hội nghị" }, true],
    [{ type: "tong ket" }, true],
    [{ type: "kỳ họp" }, false],
    [{ award: "kỷ niệm chương" }, true],
    [{ official: "tong thi quynh hoa" }, true],
    [{ official: "Tống Thị Quỳnh Hòa" }, false],
    [{ ward: "tan giang", year: 2020 }, false],
    [{ ward: "!!!" }, false],
  ])("%o matches: %s", (filter, ok) => expect(compileFilter(filter)!.test(doc)).toBe(ok));

  it("is null for no filter", () => {
    expect(compileFilter(undefined)).toBeNull();
    expect(compileFilter({})).toBeNull();
  });
});

describe("toStoredDocument", () => {
  it("takes a plain document's fields and finds its wards", () => {
    const d = toStoredDocument({ id: "a", title: "Hội nghị", body: "tại hội trường UBND phường Tân Giang", officials: ["Tống Thị Quỳnh Hoa", { name: "Trương Quang Hiếu", titles: ["Bí thư Đảng ủy"] }], year: 2021, awards: ["giấy khen"] });
    expect(d.tags).toEqual({ ward: ["Tân Giang"], year: ["2021"], type: [], award: ["giấy khen"], official: ["Tống Thị Quỳnh Hoa", "Trương Quang Hiếu"] });
    expect(d.officials).toEqual(["Tống Thị Quỳnh Hoa", "Trương Quang Hiếu – Bí thư Đảng ủy"]);
  });

  it("uses a given ward without its prefix", () => {
    expect(toStoredDocument({ id: "a", body: "x", ward: ["phường Tân Giang", "xã Hòa"] }).tags.ward).toEqual(["Tân Giang", "Hòa"]);
  });
});
