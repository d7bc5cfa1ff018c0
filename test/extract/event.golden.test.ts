/**
 * Whole articles through parseArticle, checked strictly against the gold files for the fields this
 * room owns: event type, venue (exact words), shortcomings (exact items, in order) and awards (kind,
 * exact giver, recipients as a multiset). Stricter than `npm run eval`, which scores by token overlap.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";
import { loadGolds } from "../support/score.js";

const dir = "fixtures";
const golds = loadGolds(dir);
const recipientsKey = (rs: { type: string; count: number | null }[]) => rs.map((r) => `${r.type}:${r.count ?? "-"}`).sort().join(",");

describe.each(golds.map((g) => [g.id, g] as const))("%s", (_id, gold) => {
  const record = parseArticle(readFileSync(join(dir, gold.input), "utf8"));

  it("event type", () => {
    expect(record.event.type).toBe(gold.event.type);
  });

  it("venue, in the article's words", () => {
    expect(record.event.venue?.text.replace(/\s+/g, " ") ?? null).toBe(gold.event.venue);
  });

  it("shortcomings, item by item", () => {
    expect(record.shortcomings.map((s) => s.text)).toEqual(gold.shortcomings);
  });

  it("awards: kind, giver and recipient counts", () => {
    const got = record.awards.map((a) => `${a.kind} | ${a.giver} | ${recipientsKey(a.recipients)}`).sort();
    const want = gold.awards.map((a) => `${a.kind} | ${a.giver} | ${recipientsKey(a.recipients)}`).sort();
    expect(got).toEqual(want);
  });
});
