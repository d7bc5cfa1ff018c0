/**
 * Over a seeded corpus full of look-alikes ("Tấn Giang" beside "Tân Giang", "tân giáng",
 * "Tân Phú ... Bắc Giang", near-duplicate names, new-tone-style articles): every place and person
 * name queried with diacritics ranks all its exact occurrences first, and queried without them
 * finds every diacritic variant (folded recall 100%). The oracle works on the raw text with
 * regular expressions and the generator's own tone-style table, not with the index's code.
 */
import { describe, expect, it } from "vitest";
import { createSearchIndex } from "../../src/search/index.js";
import { fold } from "../../src/normalize/index.js";
import { generateCorpus, toOldTone, toPlainDocument, type GeneratedArticle } from "../support/generate.js";

const corpus = generateCorpus({ count: 1500, seed: 42 });
const index = createSearchIndex().addMany(corpus.map(toPlainDocument));

/** All searchable text of an article, fields separated so no phrase spans two of them. */
function fieldsOf(a: GeneratedArticle): string[] {
  return [a.title, a.venue, ...a.officials.map((o) => `${o.name} – ${o.titles.join(", ")}`), a.body];
}

const WORD = "[\\p{L}\\p{M}\\p{N}]";
/** Words of the phrase separated by spaces (or a dash or slash with spaces), whole words only. */
function phraseRegex(words: string[]): RegExp {
  const esc = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`(?<!${WORD})${esc.join("[\\s\\-–/’']+")}(?!${WORD})`, "u");
}
const canonExact = (s: string) => toOldTone(s.normalize("NFC")).toLowerCase();
const canonFolded = (s: string) => fold(s.normalize("NFC"));

const canonFields = new Map<(s: string) => string, string[][]>([canonExact, canonFolded].map((c) => [c, corpus.map((a) => fieldsOf(a).map(c))]));

function oracle(phrase: string, canon: (s: string) => string): Set<string> {
  const words = canon(phrase).split(/\s+/);
  const re = phraseRegex(words);
  const fields = canonFields.get(canon)!;
  return new Set(corpus.filter((_, i) => fields[i]!.some((f) => f.includes(words[words.length - 1]!) && re.test(f))).map((a) => a.id));
}

// every ward and every look-alike person, plus every 40th other person name (there are thousands)
const people = [...new Set(corpus.flatMap((a) => a.officials.map((o) => toOldTone(o.name))))].sort();
const names = [
  ...new Set([
    ...corpus.map((a) => toOldTone(a.ward)),
    ...people.filter((n) => /Tống|Trương Quang|Tấn Giang|Thanh Hư|Đức Th/.test(n)),
    ...people.filter((_, i) => i % 40 === 0),
  ]),
].sort();
// the decoys this corpus must contain for the test to mean anything
const MUST = ["Tân Giang", "Tấn Giang", "Tống Thị Quỳnh Hoa", "Tống Thị Quỳnh Hòa", "Trương Quang Hiếu", "Trương Quang Hiểu"];

describe("generated corpus with look-alikes", () => {
  it("contains the look-alikes and a share of new-tone-style articles", () => {
    for (const n of MUST) expect(names).toContain(n);
    expect(corpus.filter((a) => a.newTone).length).toBeGreaterThan(100);
    expect(oracle("tân giáng", canonExact).size).toBeGreaterThan(0);
    expect(corpus.some((a) => /Tân Phú, tỉnh Bắc Giang/.test(a.body))).toBe(true);
  });

  it.each(names.filter((n) => fold(n) !== n.toLowerCase()).map((n) => [n]))("%s: every exact occurrence ranks before any other hit", (name) => {
    const exact = oracle(name, canonExact);
    const hits = index.search(name, { limit: 10_000, snippets: false });
    const ids = hits.map((h) => h.id);
    expect(exact.size).toBeGreaterThan(0);
    // exact-first: the first |exact| hits are exactly the documents with the exact phrase
    expect(new Set(ids.slice(0, exact.size))).toEqual(exact);
    expect(hits.slice(0, exact.size).every((h) => h.tier === 1)).toBe(true);
    expect(hits.slice(exact.size).every((h) => h.tier > 1)).toBe(true);
  });

  it.each([...new Set(names.map(canonFolded))].map((n) => [n]))("%s (no diacritics): every diacritic variant is found, adjacent ones first", (folded) => {
    const variants = oracle(folded, canonFolded);
    const hits = index.search(folded, { limit: 10_000, snippets: false });
    const ids = new Set(hits.map((h) => h.id));
    for (const id of variants) expect(ids).toContain(id); // recall 100%
    expect(new Set(hits.slice(0, variants.size).map((h) => h.id))).toEqual(variants);
    expect(hits.slice(0, variants.size).every((h) => h.tier === 1)).toBe(true);
  });

  it("a query typed without diacritics ranks the variants of a phrase alike (same tier)", () => {
    const tiers = new Set(index.search("tan giang", { limit: 10_000, snippets: false }).filter((h) => oracle("tan giang", canonFolded).has(h.id)).map((h) => h.tier));
    expect([...tiers]).toEqual([1]);
  });
});
