/** From a document to the row of the articles table (no database needed). */
import { describe, expect, it } from "vitest";
import { toRow, foldedKeysOf } from "../../src/node/db/rows.js";
import { parseArticle } from "../../src/parse.js";
import { toStoredDocument } from "../../src/search/index.js";

describe("toRow: filter columns", () => {
  it.each([
    [{ id: "a", body: "UBND phường Tân Giang tổ chức", year: 2021, type: "hội nghị" }, { ward: "Tân Giang", wards: ["Tân Giang"], year: 2021, eventType: "hội nghị", record: null }],
    [{ id: "b", body: "xã Hồng Phong và phường 7", ward: ["Hồng Phong", "Phường 7"] }, { ward: "Hồng Phong", wards: ["Hồng Phong", "7"], year: null, eventType: null }],
    [{ id: "c", body: "không có địa danh" }, { ward: null, wards: [], year: null }],
  ])("%j", (input, expected) => {
    expect(toRow(input)).toMatchObject(expected);
  });

  it("keeps the parsed record and reads the event date columns from it", () => {
    const r = parseArticle("Hội nghị tổng kết\nSáng ngày 07/01/2021, tại hội trường UBND phường Tân Giang đã diễn ra hội nghị tổng kết.", { id: "x.txt" });
    const row = toRow(r);
    expect(row.record).toBe(r);
    expect(row.eventIso).toBe(r.event.date?.iso ?? null);
    expect(row.eventDate).toBe(r.event.date && /^\d{4}-\d{2}-\d{2}$/.test(r.event.date.iso) ? r.event.date.iso : null);
    expect(row.ward).toBe("Tân Giang");
  });

  it.each([
    ["2021-01-07", "2021-01-07"],
    ["2021-01", null],
    ["2021", null],
    ["--01-07", null],
    ["2021-02-30", null],
  ])("event date %s -> date column %s", (iso, expected) => {
    const r = parseArticle("UBND phường Tân Giang tổ chức hội nghị.", { id: "y" });
    const withDate = { ...r, event: { ...r.event, date: { iso, endIso: null, partOfDay: null, time: null, yearInferred: false, span: null } } };
    const row = toRow(withDate);
    expect(row.eventIso).toBe(iso);
    expect(row.eventDate).toBe(expected);
  });
});

describe("foldedKeysOf", () => {
  it("gives each folded syllable once, from every text field", () => {
    const doc = toStoredDocument({ id: "a", title: "Tân Giang", venue: "Hội trường", officials: ["Nguyễn Văn Tấn"], body: "tân giang TÂN" });
    expect(foldedKeysOf(doc)).toEqual(["tan", "giang", "hoi", "truong", "nguyen", "van"]);
  });
  it("is empty for a document without syllables", () => {
    expect(foldedKeysOf(toStoredDocument({ id: "a", body: " ... " }))).toEqual([]);
  });
});
