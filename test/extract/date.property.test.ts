/**
 * Invariants of the date extractor over arbitrary and date-shaped text: it never throws, every
 * span lies inside the text, and what it returns has the record's shape.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { extractEventDate, findDates, parsePostingDate } from "../../src/extract/extractors/date.js";
import { EventDateSchema } from "../../src/schema.js";
import { dateContext } from "./date-context.js";

/** Pieces that make date-like text: numbers, separators, cue words, parentheses, line breaks. */
const piece = fc.oneof(
  fc.constantFrom(
    "Sáng", "sáng", "Chiều", "tối", "Đêm", "trưa", "nay", "ngày", "Ngày", "ngày ngày", "mồng", "tháng", "năm", "thứ", "Chủ nhật", "thứ 7",
    "Từ", "từ", "đến", "tới", "và", "&", ",", ", ", " ", "\n", "\n\n", "(", ")", "/", "-", "–", ".", ":", "giờ", "h", "’", "lúc", "Vào lúc",
    "đợt", "Quyết định số", "596/QĐ-BTV", "tức", "âm lịch", "vừa qua", "Cũng trong", "dự kiến", "SA", "CH", "GMT+7", "|", "Lượt xem:",
  ),
  fc.integer({ min: 0, max: 40 }).map(String),
  fc.integer({ min: 1900, max: 2100 }).map(String),
  fc.string({ maxLength: 4 }),
);
const dateish = fc.array(piece, { maxLength: 40 }).map((xs) => xs.join(" ").replace(/ {2,}/g, " "));
const posted = fc.option(fc.constantFrom("2024-01-02", "2023-12-29", "2020-02-29", "2025-07-01"), { nil: null });

describe("extractEventDate properties", () => {
  it("never throws, spans slice inside the text, output matches the schema (arbitrary text)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), posted, (text, p) => {
        const d = extractEventDate(dateContext(text, p));
        if (d) {
          expect(EventDateSchema.safeParse(d).success).toBe(true);
          expect(d.span!.start).toBeGreaterThanOrEqual(0);
          expect(d.span!.end).toBeLessThanOrEqual(text.length);
          expect(d.span!.start).toBeLessThan(d.span!.end);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("never throws, spans slice inside the text, output matches the schema (date-shaped text)", () => {
    fc.assert(
      fc.property(dateish, posted, (text, p) => {
        const d = extractEventDate(dateContext(text, p));
        if (d) {
          expect(EventDateSchema.safeParse(d).success).toBe(true);
          const slice = text.slice(d.span!.start, d.span!.end);
          expect(slice.length).toBe(d.span!.end - d.span!.start);
          expect(slice).toMatch(/\d/);
          if (d.endIso && !d.iso.startsWith("--") && !d.endIso.startsWith("--")) expect(d.endIso > d.iso).toBe(true);
        }
        for (const j of findDates(dateContext(text, p))) {
          expect(j.candidate.spanStart).toBeLessThanOrEqual(j.candidate.start);
          expect(j.candidate.spanEnd).toBeGreaterThanOrEqual(j.candidate.end);
          expect(j.candidate.spanEnd).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("the year is inferred only when a posting date exists, and never written as --MM-DD then", () => {
    fc.assert(
      fc.property(dateish, posted, (text, p) => {
        const d = extractEventDate(dateContext(text, p));
        if (d?.yearInferred) expect(p).not.toBeNull();
        if (d && p) expect(d.iso.startsWith("--")).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it("parsePostingDate never throws and returns a valid shape", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 120 }), dateish), (line) => {
        const p = parsePostingDate(line);
        if (p) {
          expect(p.iso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          if (p.time !== null) expect(p.time).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("runs in linear time on long adversarial input (4x the text costs far less than 16x the time)", () => {
    const chunks = ["ngày ", "13, ", "1/", "Sáng ", "(", "–", "19h", "tháng 1 ", "đợt ", "0.", "Sáng ngày 1/1. ", "(1/1/2020 – ", "ngày 13, 14 và 15/8 "];
    const cpu = (text: string) => {
      const u0 = process.cpuUsage();
      extractEventDate(dateContext(text, "2024-01-02"));
      const u = process.cpuUsage(u0);
      return (u.user + u.system) / 1000;
    };
    for (const c of chunks) {
      const small = c.repeat(Math.ceil(15_000 / c.length));
      const large = c.repeat(Math.ceil(60_000 / c.length));
      cpu(small);
      const tSmall = cpu(small);
      const tLarge = cpu(large);
      expect(tLarge, `${JSON.stringify(c)}: ${tSmall.toFixed(0)} ms -> ${tLarge.toFixed(0)} ms`).toBeLessThan(8 * tSmall + 200);
    }
  });
});
