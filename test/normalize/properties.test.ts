// fast-check properties of normalize / normalizeWithMap / fold on arbitrary strings.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { fold, normalize, normalizeWithMap } from "../../src/normalize/index.js";
import { allSyllables } from "../../src/normalize/inventory.js";

const STYLES = ["old", "new", "preserve"] as const;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const SYLLABLES = allSyllables();

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 60 });
/** Any code points (well-formed). */
const codePoints = fc.string({ unit: "binary", maxLength: 60 });
/** Vietnamese-looking text with the troublemakers normalize handles. */
const odd = ["\u200b", "\u00a0", "\ufeff", "\u00ad", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323", "\u0302", "\u031b", "Ð", "ð", "Ɖ", "\u0007", "\n", "\r\n", "\t", "\ud800", "😀", "\u200d"];
const vietnamese = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...SYLLABLES).chain((s) => fc.constantFrom(s, s.toUpperCase(), s.normalize("NFD"), s.charAt(0).toUpperCase() + s.slice(1))) },
      { weight: 3, arbitrary: fc.constantFrom(" ", ", ", ". ", "-", "\n") },
      { weight: 2, arbitrary: fc.constantFrom(...odd) },
      { weight: 1, arbitrary: codeUnits },
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(""));
/** Vietnamese-looking text without what normalize removes (so fold must agree before and after). */
const foldable = fc
  .array(fc.oneof(fc.constantFrom(...SYLLABLES).chain((s) => fc.constantFrom(s, s.toUpperCase(), s.normalize("NFD"))), fc.constantFrom(" ", ", ", "\n", "Ð", "ð")), { maxLength: 40 })
  .map((parts) => parts.join(""));

const anyText = fc.oneof(codeUnits, codePoints, vietnamese);
const params = { numRuns: 400 };

describe("normalize on arbitrary strings", () => {
  it("never throws, returns NFC, and is idempotent in every style", () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...STYLES), (s, tone) => {
        const out = normalize(s, { tone });
        expect(out).toBe(out.normalize("NFC"));
        expect(normalize(out, { tone })).toBe(out);
        expect(out).not.toMatch(/[\u200b\u200c\u2060\ufeff\u00ad\u00a0\u0000-\u0008\u000e-\u001f]/);
      }),
      params,
    );
  });

  it("has no lone surrogates in its output", () => {
    fc.assert(
      fc.property(codeUnits, (s) => {
        expect(normalize(s)).not.toMatch(LONE_SURROGATE);
      }),
      params,
    );
  });

  it("converting styles commutes: old(new(x)) === old(x), new(old(x)) === new(x)", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        expect(normalize(normalize(s, { tone: "new" }), { tone: "old" })).toBe(normalize(s, { tone: "old" }));
        expect(normalize(normalize(s, { tone: "old" }), { tone: "new" })).toBe(normalize(s, { tone: "new" }));
      }),
      params,
    );
  });

  it("map.toOriginal is monotonic, within bounds, and maps the end to the end", () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...STYLES), (s, tone) => {
        const { text, map } = normalizeWithMap(s, { tone });
        let prev = 0;
        for (let o = 0; o <= text.length; o++) {
          const p = map.toOriginal(o);
          expect(p).toBeGreaterThanOrEqual(prev);
          expect(p).toBeLessThanOrEqual(s.length);
          prev = p;
        }
        expect(map.toOriginal(text.length)).toBe(s.length);
        expect(map.toOriginal(0)).toBeLessThanOrEqual(s.length);
      }),
      params,
    );
  });

  it("maps each kept letter of Vietnamese text back to the same letter (after NFC)", () => {
    fc.assert(
      fc.property(vietnamese, (s) => {
        const { text, map } = normalizeWithMap(s);
        for (let o = 0; o < text.length; o++) {
          const ch = text[o]!;
          if (!/[a-z0-9,.]/.test(ch)) continue; // ASCII (but spaces, which may come from odd spaces) maps onto itself
          const p = map.toOriginal(o);
          const next = map.toOriginal(o + 1);
          expect(s.slice(p, next).normalize("NFC").startsWith(ch) || s[p] === ch, `${JSON.stringify(s)} @${o}`).toBe(true);
        }
      }),
      params,
    );
  });
});

describe("fold", () => {
  it("never throws on any string and never returns combining marks U+0300-036F", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        expect(fold(s)).not.toMatch(/[\u0300-\u036f]/);
      }),
      params,
    );
  });

  it("fold(normalize(x)) === fold(x) on Vietnamese text (NFC or NFD, any case, look-alikes)", () => {
    fc.assert(
      fc.property(foldable, fc.constantFrom(...STYLES), (s, tone) => {
        expect(fold(normalize(s, { tone }))).toBe(fold(s));
      }),
      params,
    );
  });

  it("keeps the length of NFC text without combining marks", () => {
    fc.assert(
      fc.property(codePoints, (s) => {
        const t = s.normalize("NFC").replace(/[\u0300-\u036f]/g, "");
        expect(fold(t).length).toBe(t.length);
      }),
      params,
    );
  });
});
