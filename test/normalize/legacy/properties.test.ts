/**
 * fast-check properties of repair: never throws, idempotent on its own output, keeps the line structure,
 * and never changes text made only of Vietnamese syllables and punctuation.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { allSyllables } from "../../../src/normalize/inventory.js";
import { repair } from "../../../src/normalize/legacy/index.js";
import { encodeMojibake, encodeTcvn3, encodeViqr, encodeVni, tcvn3Writes, title } from "./encoders.js";

const SYLLABLES = allSyllables();
const RUNS = { numRuns: 400 };

/** Characters legacy text and its look-alikes are made of, so random strings hit the detectors often. */
const PIECES = [
  ..."aeiouyAEIOUYdDnghtcmHNTđĐơưăâêô ",
  ..."àáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ",
  ..."ÀÁÃÈÉÊÌÍÒÓÔÕÙÚÝÂ",
  ..."¡¢£¤¥¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿ÄÅÆÇËÎÏÐÑÖ×ØÛÜÞßäåæçëîïðñö÷øûüþÿ\u00a0\u00ad",
  ..."€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ\u0081\u008d\u008f\u0090\u009d",
  ..."^(+'`?~.\\,;:!-\n\t",
  "\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0302", "\u0306", "\u031b", "\u200b", "\ud800", "😀",
];
const legacyish = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((a) => a.join(""));

const syllable = fc.constantFrom(...SYLLABLES);
const casedSyllable = fc.tuple(syllable, fc.constantFrom(0, 1, 2)).map(([s, c]) => (c === 0 ? s : c === 1 ? title(s) : s.toUpperCase()));
const separator = fc.constantFrom(" ", " ", " ", ", ", ". ", "; ", ": ", " - ", " – ", "\n", " (", ") ", " “", "” ", "? ", "! ", "…", "\u00a0", " / ");
/** Text made only of inventory syllables and punctuation. */
const cleanText = fc.array(fc.tuple(casedSyllable, separator), { minLength: 1, maxLength: 25 }).map((a) => a.map(([w, s]) => w + s).join(""));

const encoders = [encodeTcvn3, encodeVni, encodeViqr, (s: string) => encodeMojibake(s), (s: string) => s] as const;
/** Lines of clean text, each in a random encoding (or clean). */
const mixedText = fc
  .array(fc.tuple(cleanText, fc.integer({ min: 0, max: encoders.length - 1 })), { minLength: 1, maxLength: 5 })
  .map((lines) => lines.map(([t, e]) => encoders[e]!(t.replace(/\n/g, " "))).join("\n"));

describe("repair properties", () => {
  it("never throws and always returns a result, on any string", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 200 }), legacyish, mixedText), (s) => {
        const r = repair(s);
        expect(typeof r.text).toBe("string");
        expect(r.confidence).toBeGreaterThanOrEqual(0);
        expect(r.confidence).toBeLessThanOrEqual(1);
      }),
      RUNS,
    );
  });

  it("keeps the number of lines", () => {
    fc.assert(
      fc.property(fc.oneof(legacyish, mixedText), (s) => {
        expect(repair(s).text.split("\n").length).toBe(s.split("\n").length);
      }),
      RUNS,
    );
  });

  it("is idempotent: repair(repair(x).text).text === repair(x).text", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 200 }), legacyish, mixedText), (s) => {
        const once = repair(s).text;
        expect(repair(once).text).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });

  it("never changes text made only of inventory syllables and punctuation", () => {
    fc.assert(
      fc.property(cleanText, (s) => {
        const r = repair(s);
        expect(r.text).toBe(s);
        expect(r.detected).toBe("none");
      }),
      { numRuns: 2000 },
    );
  });

  it("in a mixed text, clean lines stay and each encoded line is either repaired or left as it was, never garbled", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 }), fc.array(fc.tuple(fc.array(syllable, { minLength: 3, maxLength: 12 }), fc.integer({ min: 0, max: 2 })), { minLength: 1, maxLength: 5 }), (legacy, picks) => {
        // one font encoding per text (TCVN3, VNI or VIQR), beside clean lines and mojibake lines
        const lines = picks.map(([w, k]) => [w, k === 0 ? legacy : k === 1 ? 3 : 4] as const);
        // TCVN3 (ABC) has no upper-case toned letters: a line starting with one stays in lower case
        const clean = lines.map(([words, e]) => {
          const t = title(words.join(" "));
          return (e === 0 && !tcvn3Writes(t) ? words.join(" ") : t) + ".";
        });
        const encoded = lines.map(([, e], i) => encoders[e]!(clean[i]!));
        const out = repair(encoded.join("\n")).text.split("\n");
        // random syllables can make a line that reads as valid Vietnamese both ways ("Léc a a." is TCVN3 for
        // "Lộc a a." and also three valid syllables): such a line may stay, but must not become anything else
        out.forEach((line, i) => expect([clean[i], encoded[i]]).toContain(line));
        const repaired = out.filter((line, i) => line === clean[i]).length;
        expect(repaired).toBeGreaterThanOrEqual(Math.ceil(out.length / 2) - 1);
      }),
      { numRuns: 1000 },
    );
  });
});
