/**
 * The fuzzer's cases and its checks, shared by `npm run fuzz` (scripts/fuzz.ts, 100,000 cases) and
 * the 5,000-case slice in fuzz.test.ts.
 *
 * Case `i` of seed `s` is generated alone from the seed `s + i` (fast-check's `fc.sample`), so any
 * case can be replayed by its number without generating the others. Cases:
 *   random    fast-check strings: any UTF-16 (lone surrogates too), Vietnamese letters, control and
 *             invisible characters, markup characters
 *   window    a slice of a fixture (up to 800 characters) with 1-4 mutations (below)
 *   fixture   a whole fixture with 1-3 mutations
 *   bytes     a fixture slice as Windows-1258, TCVN3 or UTF-8 bytes with flipped bytes, decoded by
 *             decodeBytes with a random encoding name (auto included), then parsed
 *   hostile   a run of one separator or phrase (dashes, "đồng chí ", ";", "<div>", ...) up to 16,000 characters
 *   limit     a fixture slice with a small maxInputLength: InputTooLargeError exactly when over it
 * Mutations: insert characters, delete a range, duplicate a range (up to 20 times), repeat a separator
 * 100-3,000 times, truncate, wrap in nested HTML (up to 3,000 levels, closed or not), drop markup
 * fragments, NFD, upper case, and re-encode a range in a legacy encoding (TCVN3, VNI, VIQR, mojibake).
 */
import fc from "fast-check";
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import iconv from "iconv-lite";
import { parseArticle, ArticleRecordSchema, normalize, normalizeWithMap, fold, repair, syllableTokens, InputTooLargeError, type ArticleRecord } from "../../src/index.js";
import { createSearchIndex, importSearchIndex, type SearchIndex } from "../../src/search/index.js";
import { decodeBytes } from "../../src/node/encoding.js";
import { spanProblems } from "../support/spans.js";
import { encodeTcvn3, encodeVni, encodeViqr, encodeMojibake, encodeCp1258 } from "../normalize/legacy/encoders.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../..");
const FIXTURE_DIR = join(ROOT, "fixtures");

export interface Fixture {
  name: string;
  text: string;
}

export const FIXTURES: Fixture[] = readdirSync(FIXTURE_DIR)
  .filter((f) => /\.(txt|html?)$/.test(f))
  .sort()
  .map((name) => ({ name, text: readFileSync(join(FIXTURE_DIR, name), "utf8") }));

export type Tone = "old" | "new" | "preserve";

/** One generated case: the input (text, or bytes for "bytes" cases), the parse options, and how it was made. */
export interface FuzzCase {
  id: number;
  kind: "random" | "window" | "fixture" | "bytes" | "hostile" | "limit";
  /** How the input was made, for the report ("window 03-...html@120+800; insert 5; nest div x2000"). */
  recipe: string;
  input: string;
  bytes?: { data: Uint8Array; encoding: string };
  html?: boolean;
  tone: Tone;
  maxInputLength?: number;
}

// ---------------------------------------------------------------------------------------------
// characters and strings

const FIXTURE_CHARS = [...new Set(FIXTURES.flatMap((f) => [...f.text]))].filter((c) => c.trim() !== "");
const SPECIAL_CHARS = [
  ..."\u0000\u0001\u0007\b\t\n\u000b\f\r\u001b\u001f\u007f\u0080\u0085\u0096\u009f",
  "\ud800", "\udbff", "\udc00", "\udfff", // lone surrogates
  ..."\u00a0\u00ad\u200b\u200c\u200d\u200e\u200f\u2028\u2029\u2060\ufeff\ufffd\ufffe",
  ..."\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b", // combining marks (tones, vowel marks)
  ..."ÐðĐđƉ", // look-alikes of đ
  ..."<>&\"'/;=!-[]{}()#%", "&nbsp;", "&#x1F600;", "&#0;", "<!--", "-->", "<![CDATA[", "]]>",
  "😀", "👍🏽", "\u{10FFFF}",
];

const vietChar = fc.constantFrom(...FIXTURE_CHARS, " ", " ", " ", "\n");
const specialChar = fc.constantFrom(...SPECIAL_CHARS);
const mixedChar = fc.oneof({ weight: 4, arbitrary: vietChar }, { weight: 1, arbitrary: specialChar });

/** Strings of every kind fast-check can make, plus Vietnamese text with odd characters mixed in. */
const piece = (maxLength: number, size: fc.SizeForArbitrary = "small") =>
  fc.oneof(
    fc.string({ unit: mixedChar, maxLength, size }),
    fc.string({ unit: "binary", maxLength, size }),
    fc.string({ unit: "grapheme", maxLength, size }),
    fc.string({ unit: specialChar, maxLength: Math.min(maxLength, 40) }),
  );

export const SEPARATORS = [
  "-", "–", "—", "_", "=", "*", ".", "…", ",", ";", ":", "|", "/", "\\", "(", ")", "\"", "“", "”",
  " ", "\t", "\n", "\r\n", "\n\n", "\u00a0", "\u200b",
  "đồng chí ", "Đ/c ", "ông ", "bà ", "Nguyễn ", "UBND ", "Chủ tịch ", "Phó Bí thư Đảng ủy, ", "tại ", "cho ", "và ",
  "ngày ", "ngày 12/3/2024 ", "12/", "2024 ", "14h30 ", "Sáng ", "giấy khen ", "03 cá nhân, ", "tổ chức ", "hạn chế: ",
  "Ảnh: ", "(Ảnh: ", "- ", "; ", "<div>", "</div>", "<p>", "<br>", "<", "&", "<!--", "<td>", "<script>", "a", "A", "0", "1.",
];

// ---------------------------------------------------------------------------------------------
// mutations

type Mutation =
  | { op: "insert"; at: number; s: string }
  | { op: "delete"; at: number; len: number }
  | { op: "duplicate"; at: number; len: number; times: number }
  | { op: "repeat"; at: number; sep: string; times: number }
  | { op: "truncate"; at: number }
  | { op: "nest"; tag: string; depth: number; closed: boolean }
  | { op: "markup"; at: number; frag: string }
  | { op: "nfd" }
  | { op: "upper" }
  | { op: "legacy"; at: number; len: number; enc: "tcvn3" | "vni" | "viqr" | "mojibake" | "latin1" };

const pos = fc.nat({ max: 1_000_000 });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant("insert" as const), at: pos, s: piece(30) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant("delete" as const), at: pos, len: fc.nat({ max: 300 }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("duplicate" as const), at: pos, len: fc.integer({ min: 1, max: 300 }), times: fc.integer({ min: 1, max: 20 }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("repeat" as const), at: pos, sep: fc.constantFrom(...SEPARATORS), times: fc.integer({ min: 100, max: 3_000 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("truncate" as const), at: pos }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("nest" as const), tag: fc.constantFrom("div", "p", "span", "b", "table", "li", "font", "td", "a"), depth: fc.integer({ min: 1, max: 3_000 }), closed: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("markup" as const), at: pos, frag: fc.constantFrom("<", ">", "<div", "</p>", "<!--", "-->", "<script>", "</script>", "<style>", "<![CDATA[", "&#x", "&nbsp", "<br/>", "<img src=x onerror=alert(1)>", "<title>", "</title>", "<h1>", "<meta property=\"og:title\" content=\"", "<figcaption>", "\"") }) },
  { weight: 1, arbitrary: fc.constant({ op: "nfd" as const }) },
  { weight: 1, arbitrary: fc.constant({ op: "upper" as const }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("legacy" as const), at: pos, len: fc.integer({ min: 1, max: 2_000 }), enc: fc.constantFrom("tcvn3" as const, "vni" as const, "viqr" as const, "mojibake" as const, "latin1" as const) }) },
);

function legacy(s: string, enc: "tcvn3" | "vni" | "viqr" | "mojibake" | "latin1"): string {
  switch (enc) {
    case "tcvn3":
      return encodeTcvn3(s);
    case "vni":
      return encodeVni(s);
    case "viqr":
      return encodeViqr(s);
    case "mojibake":
      return encodeMojibake(s, "cp1252");
    case "latin1":
      return encodeMojibake(s, "latin1");
  }
}

/** Applies a mutation; positions are taken modulo the current length. */
export function mutate(s: string, m: Mutation): string {
  const at = (n: number) => n % (s.length + 1);
  switch (m.op) {
    case "insert":
      return s.slice(0, at(m.at)) + m.s + s.slice(at(m.at));
    case "delete":
      return s.slice(0, at(m.at)) + s.slice(at(m.at) + m.len);
    case "duplicate": {
      const a = at(m.at);
      const part = s.slice(a, a + m.len);
      return s.slice(0, a) + part.repeat(m.times + 1) + s.slice(a + m.len);
    }
    case "repeat": // at most 12,000 characters: "- " 3,000 times, a long phrase fewer times
      return s.slice(0, at(m.at)) + m.sep.repeat(Math.min(m.times, Math.ceil(12_000 / m.sep.length))) + s.slice(at(m.at));
    case "truncate":
      return s.slice(0, at(m.at));
    case "nest":
      return `<${m.tag}>`.repeat(m.depth) + s + (m.closed ? `</${m.tag}>`.repeat(m.depth) : "");
    case "markup":
      return s.slice(0, at(m.at)) + m.frag + s.slice(at(m.at));
    case "nfd":
      return s.normalize("NFD");
    case "upper":
      return s.toUpperCase();
    case "legacy": {
      const a = at(m.at);
      return s.slice(0, a) + legacy(s.slice(a, a + m.len), m.enc) + s.slice(a + m.len);
    }
  }
}

function describe(m: Mutation): string {
  switch (m.op) {
    case "insert":
      return `insert ${m.s.length}@${m.at}`;
    case "delete":
      return `delete ${m.len}@${m.at}`;
    case "duplicate":
      return `duplicate ${m.len}x${m.times}@${m.at}`;
    case "repeat":
      return `repeat ${JSON.stringify(m.sep)}x${m.times}@${m.at}`;
    case "truncate":
      return `truncate@${m.at}`;
    case "nest":
      return `nest ${m.tag}x${m.depth}${m.closed ? "" : " unclosed"}`;
    case "markup":
      return `markup ${JSON.stringify(m.frag)}@${m.at}`;
    case "legacy":
      return `${m.enc} ${m.len}@${m.at}`;
    default:
      return m.op;
  }
}

// ---------------------------------------------------------------------------------------------
// cases

const fixtureIndex = fc.nat({ max: FIXTURES.length - 1 });
const tone = fc.constantFrom<Tone>("old", "old", "new", "preserve");
const htmlFlag = fc.constantFrom<boolean | undefined>(undefined, undefined, undefined, true, false);

type Draft = Omit<FuzzCase, "id">;

const windowOf = (f: number, start: number, len: number) => {
  const t = FIXTURES[f]!.text;
  const a = start % t.length;
  return { text: t.slice(a, a + len), label: `${FIXTURES[f]!.name}@${a}+${len}` };
};

const randomCase: fc.Arbitrary<Draft> = fc.record({ s: piece(400, "large"), tone, html: htmlFlag }).map(({ s, tone, html }) => ({
  kind: "random" as const,
  recipe: `random ${s.length}`,
  input: s,
  tone,
  ...(html === undefined ? {} : { html }),
}));

const windowCase: fc.Arbitrary<Draft> = fc
  .record({ f: fixtureIndex, start: pos, len: fc.integer({ min: 1, max: 800 }), muts: fc.array(mutation, { minLength: 1, maxLength: 4 }), tone, html: htmlFlag })
  .map(({ f, start, len, muts, tone, html }) => {
    const w = windowOf(f, start, len);
    return {
      kind: "window" as const,
      recipe: [`window ${w.label}`, ...muts.map(describe)].join("; "),
      input: muts.reduce(mutate, w.text),
      tone,
      ...(html === undefined ? {} : { html }),
    };
  });

const fixtureCase: fc.Arbitrary<Draft> = fc
  .record({ f: fixtureIndex, muts: fc.array(mutation, { minLength: 1, maxLength: 3 }), tone, html: htmlFlag })
  .map(({ f, muts, tone, html }) => ({
    kind: "fixture" as const,
    recipe: [`fixture ${FIXTURES[f]!.name}`, ...muts.map(describe)].join("; "),
    input: muts.reduce(mutate, FIXTURES[f]!.text),
    tone,
    ...(html === undefined ? {} : { html }),
  }));

const ENCODING_NAMES = ["auto", "utf-8", "utf8", "windows-1258", "cp1258", "tcvn", "TCVN-5712", "tcvn3", "abc", "koi8-r", "", "latin1"];
const bytesCase: fc.Arbitrary<Draft> = fc
  .record({
    f: fixtureIndex,
    start: pos,
    len: fc.integer({ min: 0, max: 1_200 }),
    as: fc.constantFrom("windows-1258", "tcvn", "utf-8"),
    flips: fc.array(fc.record({ at: pos, byte: fc.nat({ max: 255 }) }), { maxLength: 8 }),
    name: fc.constantFrom(...ENCODING_NAMES),
    tone,
  })
  .map(({ f, start, len, as, flips, name, tone }) => {
    const w = windowOf(f, start, len);
    const data = new Uint8Array(as === "windows-1258" ? encodeCp1258(w.text) : as === "tcvn" ? iconv.encode(w.text, "tcvn") : Buffer.from(w.text, "utf8"));
    for (const x of flips) if (data.length) data[x.at % data.length] = x.byte;
    return {
      kind: "bytes" as const,
      recipe: `bytes ${w.label} as ${as}, ${flips.length} bytes flipped, decoded as ${JSON.stringify(name)}`,
      input: "",
      bytes: { data, encoding: name },
      tone,
    };
  });

const hostileCase: fc.Arbitrary<Draft> = fc
  .record({ sep: fc.constantFrom(...SEPARATORS), size: fc.integer({ min: 1_000, max: 16_000 }), f: fixtureIndex, around: fc.boolean(), tone })
  .map(({ sep, size, f, around, tone }) => {
    const run = sep.repeat(Math.ceil(size / sep.length));
    const t = FIXTURES[f]!.text;
    return {
      kind: "hostile" as const,
      recipe: `hostile ${JSON.stringify(sep)}x${Math.ceil(size / sep.length)}${around ? ` inside ${FIXTURES[f]!.name}` : ""}`,
      input: around ? t.slice(0, t.length >> 1) + run + t.slice(t.length >> 1) : run,
      tone,
    };
  });

const limitCase: fc.Arbitrary<Draft> = fc
  .record({ f: fixtureIndex, start: pos, len: fc.integer({ min: 0, max: 400 }), limit: fc.integer({ min: 0, max: 400 }), tone })
  .map(({ f, start, len, limit, tone }) => {
    const w = windowOf(f, start, len);
    return { kind: "limit" as const, recipe: `limit ${limit} on window ${w.label}`, input: w.text, tone, maxInputLength: limit };
  });

export const caseArbitrary: fc.Arbitrary<Draft> = fc.oneof(
  { weight: 30, arbitrary: randomCase },
  { weight: 45, arbitrary: windowCase },
  { weight: 5, arbitrary: fixtureCase },
  { weight: 10, arbitrary: bytesCase },
  { weight: 6, arbitrary: hostileCase },
  { weight: 4, arbitrary: limitCase },
);

/** Case `id` of a run with `seed` (independent of every other case). */
export function makeCase(seed: number, id: number): FuzzCase {
  const [draft] = fc.sample(caseArbitrary, { seed: (seed + id * 7919) | 0, numRuns: 1 });
  return { id, ...draft! };
}

// ---------------------------------------------------------------------------------------------
// checks

/** What one case did: problems found (empty when it passed) and how long it took. */
export interface CaseResult {
  id: number;
  problems: string[];
  ms: number;
  inputLength: number;
}

const errorText = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message.split("\n")[0]}` : String(e));

/** Runs every layer on one case and returns the problems found. `index` (optional) receives the record of every third case, which is then searched. */
export function runCase(c: FuzzCase, index?: SearchIndex): CaseResult {
  const t0 = performance.now();
  const problems: string[] = [];
  const guard = <T>(what: string, f: () => T): T | undefined => {
    try {
      return f();
    } catch (e) {
      problems.push(`${what} threw ${errorText(e)}`);
      return undefined;
    }
  };

  // bytes -> text
  let input = c.input;
  if (c.bytes) {
    const known = /^(auto|utf-?8|windows-?1258|cp1258|tcvn(-?5712|3)?|abc)$/i.test(c.bytes.encoding);
    try {
      input = decodeBytes(c.bytes.data, c.bytes.encoding);
      if (!known) problems.push(`decodeBytes accepted the unknown encoding ${JSON.stringify(c.bytes.encoding)}`);
    } catch (e) {
      if (known || !(e instanceof Error && (e as { code?: string }).code === "UNSUPPORTED_ENCODING")) problems.push(`decodeBytes threw ${errorText(e)}`);
      input = new TextDecoder().decode(c.bytes.data);
    }
  }

  // the text layers
  const n = guard("normalize", () => normalize(input, { tone: c.tone }));
  if (n !== undefined) {
    const again = guard("normalize (twice)", () => normalize(n, { tone: c.tone }));
    if (again !== undefined && again !== n) problems.push("normalize is not idempotent");
    guard("fold", () => fold(n));
    guard("syllableTokens", () => {
      for (const t of syllableTokens(n)) if (!(t.start >= 0 && t.end <= n.length && t.start < t.end)) throw new Error(`token span ${t.start}-${t.end} outside 0-${n.length}`);
    });
  }
  guard("normalizeWithMap", () => normalizeWithMap(input, { tone: c.tone }));
  guard("repair", () => repair(input));

  // the parser
  let record: ArticleRecord | undefined;
  try {
    record = parseArticle(input, {
      tone: c.tone,
      id: `case-${c.id}`,
      ...(c.html === undefined ? {} : { html: c.html }),
      ...(c.maxInputLength === undefined ? {} : { maxInputLength: c.maxInputLength }),
    });
    if (c.maxInputLength !== undefined && input.length > c.maxInputLength) problems.push(`input of ${input.length} over maxInputLength ${c.maxInputLength} was parsed`);
  } catch (e) {
    const expected = c.maxInputLength !== undefined && input.length > c.maxInputLength && e instanceof InputTooLargeError && e.code === "INPUT_TOO_LARGE";
    if (!expected) problems.push(`parseArticle threw ${errorText(e)}`);
  }
  if (record) {
    const v = ArticleRecordSchema.safeParse(record);
    if (!v.success) problems.push(`record fails the schema: ${v.error.issues[0]?.path.join(".")}: ${v.error.issues[0]?.message}`);
    for (const w of record.warnings) if (w.code === "extractor-failed") problems.push(`warning ${w.code}: ${w.message}`);
    problems.push(...spanProblems(record));
    const json = guard("JSON.stringify", () => JSON.stringify(record));
    if (json !== undefined && JSON.stringify(JSON.parse(json)) !== json) problems.push("record does not survive a JSON round trip");
    if (index && c.id % 3 === 0) {
      guard("search index add", () => index.add(record!));
      const q = record.text.slice(record.text.length >> 2, (record.text.length >> 2) + 30);
      guard("search", () => {
        for (const h of index.search(q, { limit: 5 })) if (typeof h.id !== "string") throw new Error("hit without an id");
      });
      guard("suggest", () => index.suggest(input.slice(0, 12)));
      guard("search (raw input)", () => index.search(input.slice(0, 60), { limit: 3 }));
    }
  }
  return { id: c.id, problems, ms: performance.now() - t0, inputLength: input.length };
}

/** A fresh search index for a batch of cases. */
export function freshIndex(): SearchIndex {
  return createSearchIndex();
}

const jsonMutation = fc.oneof(
  fc.record({ op: fc.constant("truncate" as const), at: pos }),
  fc.record({ op: fc.constant("delete" as const), at: pos, len: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ op: fc.constant("insert" as const), at: pos, s: fc.constantFrom("{", "}", "[", "]", ",", '"', ":", "null", "1e999", '"__proto__":{"polluted":1},', '"constructor":{"prototype":{"polluted":1}},', "\\ud800") }),
  fc.record({ op: fc.constant("replace" as const), from: fc.constantFrom('"id"', '"documents"', '"version"', '"kind"', '"body"', '"tags"', "1", '"ward"'), to: fc.constantFrom('"__proto__"', '"constructor"', '"prototype"', "2", "null", '"x"', "[]", "{}") }),
);

/**
 * Exports an index, re-imports it, and imports mutated copies of its JSON (truncated, cut, spliced,
 * keys renamed to __proto__ or constructor): each must load or be refused with INVALID_INDEX_FILE,
 * and nothing may reach Object.prototype.
 */
export function indexProblems(index: SearchIndex, seed: number): string[] {
  const problems: string[] = [];
  let json: string;
  try {
    json = JSON.stringify(index.export());
    const copy = importSearchIndex(JSON.parse(json));
    if (copy.export().documents.length !== index.export().documents.length) problems.push("import lost documents");
  } catch (e) {
    return [`export/import threw ${errorText(e)}`];
  }
  for (const [k, m] of fc.sample(fc.array(jsonMutation, { minLength: 1, maxLength: 3 }), { seed, numRuns: 20 }).entries()) {
    let text = json;
    for (const x of m) {
      const at = "at" in x ? x.at % (text.length + 1) : 0;
      if (x.op === "truncate") text = text.slice(0, at);
      else if (x.op === "delete") text = text.slice(0, at) + text.slice(at + x.len);
      else if (x.op === "insert") text = text.slice(0, at) + x.s + text.slice(at);
      else text = text.replace(x.from, x.to);
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      continue; // not JSON: the CLI reports that before import sees it
    }
    try {
      importSearchIndex(data);
    } catch (e) {
      if (!(e instanceof Error && (e as { code?: string }).code === "INVALID_INDEX_FILE")) problems.push(`import of mutated export #${k} threw ${errorText(e)}`);
    }
    if (({} as Record<string, unknown>).polluted !== undefined || Object.prototype.hasOwnProperty.call(Object.prototype, "polluted")) {
      problems.push(`import of mutated export #${k} polluted Object.prototype`);
      delete (Object.prototype as Record<string, unknown>).polluted;
    }
  }
  return problems;
}

