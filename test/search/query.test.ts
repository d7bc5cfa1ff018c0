import { describe, expect, it } from "vitest";
import { planQuery, MAX_ALTERNATIVES, MAX_QUERY_SYLLABLES } from "../../src/search/query.js";
import { isSafeShort, SEARCH_ABBREVIATIONS } from "../../src/search/abbreviations.js";

const texts = (q: string) => planQuery(q).alternatives.map((a) => a.map((t) => t.text).join(" "));

describe("planQuery", () => {
  it.each([
    ["tan giang", false],
    ["Tân Giang", true],
    ["UBND", false],
    ["HĐND", true],
  ])("%s typed with diacritics: %s", (q, marked) => expect(planQuery(q).marked).toBe(marked));

  it.each([
    ["UBND phường Tân Giang", ["UBND phường Tân Giang", "Ủy ban nhân dân phường Tân Giang"]],
    ["ủy ban nhân dân xã", ["ủy ban nhân dân xã", "UBND xã"]],
    ["hdnd xa tan tien", ["hdnd xa tan tien", "Hội đồng nhân dân xa tan tien"]],
    ["tan giang", ["tan giang"]],
    ["ca hát", ["ca hát"]], // "CA" is never expanded: it is also a syllable
  ])("%s", (q, alternatives) => expect(texts(q)).toEqual(alternatives));

  it("widens a short to the bodies that contain it: MTTQ also finds UBMTTQ", () => {
    const alts = texts("MTTQ");
    expect(alts).toContain("UBMTTQ");
    expect(alts).toContain("Mặt trận Tổ quốc");
    expect(alts.length).toBeLessThanOrEqual(MAX_ALTERNATIVES);
  });

  it("marks syllables: all folded-only without diacritics, abbreviations always", () => {
    expect(planQuery("tan giang").alternatives[0]!.every((t) => t.foldedOnly)).toBe(true);
    const marked = planQuery("HDND phường Tân Giang").alternatives[0]!;
    expect(marked.map((t) => t.foldedOnly)).toEqual([true, false, false, false]);
  });

  it("caps long queries", () => {
    expect(planQuery("a ".repeat(100)).alternatives[0]!.length).toBe(MAX_QUERY_SYLLABLES);
  });

  it.each([[""], ["   "], ["!!!"]])("%j has no syllables", (q) => expect(planQuery(q).alternatives).toEqual([]));

  it.each([
    ["UBND", true],
    ["HĐND", true],
    ["CA", false],
    ["TU", false],
    ["UB ND", false],
    ["hoa", false],
  ])("isSafeShort(%s) = %s", (s, safe) => expect(isSafeShort(s)).toBe(safe));

  it("takes its abbreviations from the shared lexicon", () => {
    const shorts = SEARCH_ABBREVIATIONS.map((a) => a.short);
    for (const s of ["UBND", "HĐND", "MTTQ", "UBMTTQ", "LHPN", "CCB"]) expect(shorts).toContain(s);
  });
});
