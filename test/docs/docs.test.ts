/**
 * The docs say what the code does: the example tables of docs/normalization.md and docs/search.md
 * (those after a `<!-- doc-test: ... -->` marker) are run against the library, and every relative
 * link in README.md and docs/*.md points to a file that exists.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { fold, normalize, repair, type ToneStyle } from "../../src/index.js";
import { createSearchIndex, type PlainSearchDocument } from "../../src/search/index.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const read = (p: string) => readFileSync(join(root, p), "utf8");

/** A cell's value: the text inside its backticks, with \uXXXX escapes decoded. */
function cell(s: string): string {
  const t = s.trim();
  const inner = t.startsWith("`") && t.endsWith("`") ? t.slice(1, -1) : t;
  return inner.replace(/\\u([0-9a-fA-F]{4})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** The rows (cells decoded) of the first table after the marker `<!-- doc-test: name`. */
export function docTable(markdown: string, name: string): string[][] {
  const at = markdown.indexOf(`<!-- doc-test: ${name}`);
  if (at < 0) throw new Error(`no doc-test marker "${name}"`);
  const lines = markdown.slice(at).split("\n").slice(1);
  const start = lines.findIndex((l) => l.startsWith("|"));
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith("|")) break;
    rows.push(line.slice(1, line.endsWith("|") ? -1 : undefined).split("|").map(cell));
  }
  return rows;
}

describe("docs/normalization.md", () => {
  const md = read("docs/normalization.md");
  const rows = docTable(md, "normalize");
  it("has examples", () => expect(rows.length).toBeGreaterThanOrEqual(8));
  it.each(rows)("normalize(%j)", (input, old, neu, preserve, folded) => {
    const tones: Array<[ToneStyle, string | undefined]> = [
      ["old", old],
      ["new", neu],
      ["preserve", preserve],
    ];
    for (const [tone, want] of tones) expect(normalize(input!, { tone }), tone).toBe(want);
    expect(fold(input!)).toBe(folded);
  });

  const repairs = docTable(md, "repair");
  it("has repair examples for every encoding and for clean text", () => {
    expect(new Set(repairs.map((r) => r[2]))).toEqual(new Set(["mojibake-cp1252", "tcvn3", "vni", "viqr", "windows-1258", "none"]));
  });
  it.each(repairs)("repair(%j)", (input, text, detected) => {
    const r = repair(input!);
    expect(r.text).toBe(text);
    expect(r.detected).toBe(detected);
  });
});

describe("docs/search.md", () => {
  const md = read("docs/search.md");
  const block = /<!-- doc-test: search-documents[^]*?```json\n([^]*?)```/.exec(md);
  const docs = JSON.parse(block?.[1] ?? "[]") as PlainSearchDocument[];
  const rows = docTable(md, "search");
  const index = createSearchIndex();
  for (const d of docs) index.add(d);

  it("has documents and queries", () => {
    expect(docs.length).toBeGreaterThanOrEqual(5);
    expect(rows.length).toBeGreaterThanOrEqual(4);
  });
  it.each(rows)("search(%j)", (query, hits) => {
    const got = index
      .search(query!, { limit: 20 })
      .map((h) => `${h.id}:${h.tier}`)
      .join(" ");
    // hits of one tier may come in any order the docs do not promise: compare tier by tier as sets
    const byTier = (s: string) => {
      const m = new Map<string, string[]>();
      for (const x of s.split(/\s+/).filter(Boolean)) {
        const [id, tier] = x.split(":");
        m.set(tier!, [...(m.get(tier!) ?? []), id!].sort());
      }
      return m;
    };
    expect(byTier(got)).toEqual(byTier(hits === "none" ? "" : hits!));
    // and tiers never go down the list
    const tiers = got.split(" ").filter(Boolean).map((x) => Number(x.split(":")[1]));
    expect([...tiers].sort((a, b) => a - b)).toEqual(tiers);
  });
});

describe("links", () => {
  const files = ["README.md", ...readdirSync(join(root, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)];
  const links = files.flatMap((f) =>
    [...read(f).matchAll(/\]\(([^)\s]+)\)/g)]
      .map((m) => m[1]!)
      .filter((l) => !/^(?:https?:|mailto:|#)/.test(l))
      .map((l) => [f, l.split("#")[0]!] as [string, string]),
  );
  it("README and docs have relative links", () => expect(links.length).toBeGreaterThan(5));
  it.each(links)("%s links to %s, which exists", (from, target) => {
    expect(existsSync(resolve(root, dirname(from), target))).toBe(true);
  });
});
