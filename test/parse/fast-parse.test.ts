/**
 * The compiled fast path of record validation (src/fast-parse.ts) agrees with zod: whatever it accepts, zod
 * accepts with the same data (same keys in the same order, unknown keys stripped), and on the record schema it
 * accepts everything zod accepts. Schemas it does not cover compile to null.
 */
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { z } from "zod";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseArticle, ArticleRecordSchema } from "../../src/index.js";
import { compileFastParse } from "../../src/fast-parse.js";

const dir = join(__dirname, "../../fixtures");
const records = readdirSync(dir)
  .filter((f) => /\.(txt|html)$/.test(f))
  .sort()
  .map((f) => parseArticle(readFileSync(join(dir, f), "utf8"), { id: f }));

/** JSON with every object's keys in order, so that key order counts. */
const ordered = (v: unknown): string => JSON.stringify(v, (_k, x: unknown) => (x === undefined ? "<undefined>" : x));

function agree<T>(schema: z.core.$ZodType<T>, value: unknown, mustCover = true): void {
  const fast = compileFastParse(schema);
  expect(fast).not.toBeNull();
  const f = fast!(value);
  const zr = z.safeParse(schema, value);
  if (f) {
    expect(zr.success).toBe(true);
    expect(ordered(f.data)).toBe(ordered(zr.data));
    expect(f.data).toStrictEqual(zr.data);
  } else if (mustCover) {
    expect(zr.success).toBe(false);
  }
}

/** Every path to a value inside a JSON-like value. */
function paths(v: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
  else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) paths(x, [...at, k], out);
  return out;
}

const REPLACEMENTS: unknown[] = [null, undefined, -1, 1.5, 0, "", "x", "2024-13", "2024-01-02", "--01-02", "12:30", [], {}, Number.NaN, Infinity, true, "sáng", "bà", "quà", "individual", "text", { start: 5, end: 2 }, { start: 0, end: 0 }];

function mutate(record: unknown, pathIndex: number, op: number, repl: number): unknown {
  const copy = structuredClone(record) as Record<string | number, unknown>;
  const all = paths(copy);
  const path = all[pathIndex % all.length]!;
  if (!path.length) return REPLACEMENTS[repl % REPLACEMENTS.length];
  let parent: Record<string | number, unknown> = copy;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
  const key = path[path.length - 1]!;
  switch (op % 4) {
    case 0:
      delete parent[key];
      break;
    case 1:
      parent[key] = REPLACEMENTS[repl % REPLACEMENTS.length];
      break;
    case 2:
      if (parent[key] && typeof parent[key] === "object" && !Array.isArray(parent[key])) (parent[key] as Record<string, unknown>).extra = repl;
      else parent[key] = REPLACEMENTS[repl % REPLACEMENTS.length];
      break;
    default: {
      const target = parent[key] as { start?: unknown; end?: unknown } | null;
      if (target && typeof target === "object" && "start" in target) [target.start, target.end] = [target.end, target.start];
      else parent[key] = undefined;
    }
  }
  return copy;
}

describe("compileFastParse on the record schema", () => {
  it("accepts every fixture record with zod's data", () => {
    for (const r of records) {
      agree(ArticleRecordSchema, r);
      expect(compileFastParse(ArticleRecordSchema)!(r)).not.toBeNull();
    }
  });
  it("agrees with zod on records with extra keys and keys out of order", () => {
    for (const r of records) {
      const shuffled = Object.fromEntries(Object.entries(r).reverse());
      agree(ArticleRecordSchema, { ...shuffled, extra: 1, event: { ...r.event, note: "x" } });
    }
  });
  it("agrees with zod on mutated records (deleted keys, wrong types, bad spans, extra keys)", () => {
    fc.assert(
      fc.property(fc.nat(records.length - 1), fc.nat(), fc.nat(), fc.nat(), (i, p, op, repl) => {
        agree(ArticleRecordSchema, mutate(records[i], p, op, repl));
      }),
      { numRuns: 3000, seed: 20261127 },
    );
  });
});

describe("compileFastParse on small schemas", () => {
  const S = z.object({
    a: z.string().min(2),
    b: z.number().int().nonnegative().nullable(),
    c: z.enum(["x", "y"]).optional(),
    d: z.array(z.object({ s: z.number(), e: z.number() }).refine((o) => o.e >= o.s)),
    e: z.literal(1),
    f: z.string().regex(/^\d{2}$/).nullable().optional(),
    g: z.boolean(),
  });
  it.each([
    [{ a: "ab", b: 1, c: "x", d: [{ s: 1, e: 2 }], e: 1, f: "12", g: true }],
    [{ a: "ab", b: null, d: [], e: 1, g: false }],
    [{ a: "ab", b: null, c: undefined, d: [], e: 1, f: undefined, g: false }],
    [{ a: "ab", b: null, d: [], e: 1, f: null, g: false, extra: [1] }],
    [{ a: "a", b: 1, d: [], e: 1, g: true }],
    [{ a: "ab", b: -1, d: [], e: 1, g: true }],
    [{ a: "ab", b: 1.5, d: [], e: 1, g: true }],
    [{ a: "ab", b: 1, c: "z", d: [], e: 1, g: true }],
    [{ a: "ab", b: 1, d: [{ s: 3, e: 2 }], e: 1, g: true }],
    [{ a: "ab", b: 1, d: [], e: 2, g: true }],
    [{ a: "ab", b: 1, d: [], e: 1, f: "123", g: true }],
    [{ a: "ab", b: 1, d: {}, e: 1, g: true }],
    [{ a: "ab", d: [], e: 1, g: true }],
    [{ a: "ab", b: Number.NaN, d: [], e: 1, g: true }],
    [{ a: "ab", b: 1, d: [], e: 1, g: "true" }],
    [[]],
    [null],
    ["x"],
  ])("%j", (value) => agree(S, value));
});

describe("compileFastParse leaves what it does not cover to zod", () => {
  it.each([
    ["a default", z.object({ a: z.string().default("x") })],
    ["a transform", z.object({ a: z.string().transform((s) => s.length) })],
    ["a string format", z.object({ a: z.email() })],
    ["a union", z.object({ a: z.union([z.string(), z.number()]) })],
    ["coercion", z.object({ a: z.coerce.number() })],
    ["a catch-all", z.object({ a: z.string() }).passthrough()],
    ["a strict object", z.object({ a: z.string() }).strict()],
  ])("%s", (_name, schema) => {
    expect(compileFastParse(schema)).toBeNull();
  });
});
