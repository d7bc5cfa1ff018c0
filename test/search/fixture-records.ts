/**
 * The fixture articles as search input: each parsed by parseArticle (id "fixtures/<file>"), with the
 * gold file's title, event, officials and awards laid over the parser's, so search tests do not
 * depend on how far the extractors have come.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseArticle } from "../../src/parse.js";
import type { ArticleRecord } from "../../src/schema.js";
import type { PlainSearchDocument } from "../../src/search/index.js";

const ROOT = join(import.meta.dirname, "..", "..");

interface Gold {
  title: string | null;
  event: { type: string | null; date: { iso: string } | null; venue: string | null };
  officials: Array<{ name: string; honorific: "đồng chí" | "ông" | "bà" | null; titles: string[] }>;
  awards: Array<{ kind: ArticleRecord["awards"][number]["kind"]; giver: string | null; recipients: ArticleRecord["awards"][number]["recipients"] }>;
}

/** Fixture article files (not gold files), sorted. */
export function fixtureFiles(): string[] {
  return readdirSync(join(ROOT, "fixtures"))
    .filter((f) => /\.(txt|html)$/.test(f))
    .sort();
}

/** Every fixture article as a record with the gold metadata, id "fixtures/<file>". */
export function fixtureRecords(): ArticleRecord[] {
  return fixtureFiles().map((f) => {
    const id = `fixtures/${f}`;
    const record = parseArticle(readFileSync(join(ROOT, "fixtures", f), "utf8"), { id });
    const gold = JSON.parse(readFileSync(join(ROOT, "fixtures", f.replace(/\.(txt|html)$/, ".gold.json")), "utf8")) as Gold;
    const none = { start: 0, end: 0 };
    return {
      ...record,
      title: gold.title ?? record.title,
      event: {
        ...record.event,
        type: gold.event.type,
        date: gold.event.date ? { iso: gold.event.date.iso, endIso: null, partOfDay: null, time: null, yearInferred: false, span: null } : null,
        venue: gold.event.venue ? { text: gold.event.venue, span: none } : null,
      },
      officials: gold.officials.map((o) => ({
        name: o.name,
        honorific: o.honorific,
        titles: o.titles.map((t) => ({ text: t, role: null, organization: null })),
        mentions: [],
      })),
      awards: gold.awards.map((a) => ({ kind: a.kind, name: null, giver: a.giver, recipients: a.recipients, span: none })),
    };
  });
}

/** A record as a plain search document (the same fields the index takes from a record). */
export function recordToPlain(r: ArticleRecord): PlainSearchDocument {
  return {
    id: r.id!,
    title: r.title,
    body: r.text,
    venue: r.event.venue?.text ?? null,
    officials: r.officials.map((o) => ({ name: o.name, titles: o.titles.map((t) => t.text) })),
    year: r.event.date && /^\d{4}/.test(r.event.date.iso) ? r.event.date.iso.slice(0, 4) : (r.publishedAt?.iso.slice(0, 4) ?? null),
    type: r.event.type,
    awards: r.awards.map((a) => a.kind),
  };
}
