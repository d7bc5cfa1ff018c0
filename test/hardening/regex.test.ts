/**
 * Linear time, pattern by pattern: every regular expression of src/ (literals from the syntax tree,
 * `new RegExp` patterns captured while the library runs) is
 *   1. judged by recheck (verdicts cached in regex-report.json; patterns not in it are checked here),
 *   2. run on hostile inputs of 10,000 and 20,000 characters: runs of whitespace, digits, punctuation,
 *      "đồng chí ", and of the pattern's own words; plus recheck's attack string when it has one.
 * `npm run check:regex` refreshes the report and prints every finding.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { checkPatterns, confirmed, currentPatterns, isAllowed, readReport, replayAttack, reportKey, slowOn, type Report } from "./regex-check.js";
import type { ConstructorSite, RegexEntry } from "./regex-inventory.js";

let patterns: RegexEntry[] = [];
let unreached: ConstructorSite[] = [];
let report: Report = {};

beforeAll(async () => {
  ({ patterns, unreached } = await currentPatterns());
  report = readReport();
}, 120_000);

/** Text units that make backtracking patterns slow when repeated. */
const UNITS = [" ", "\t", "\n", "a", "A", "Đ", "0", "0.", "0/", "1-", "-", "–", ",", ", ", ";", ".", ":", "(", "“", '"', "'", "<b", "<", "a ", "A a ", "đồng chí ", "Nguyễn Văn ", "ngày 1/1 ", "tổ chức ", "cho ", "và ", "Ảnh: ", "03 cá nhân, "];

/** Words in a pattern's source (lexicon alternations), each followed by a space or a tab. */
function ownUnits(source: string): string[] {
  const words = [...new Set(source.split(/[^\p{L}]+/u).filter((w) => w.length >= 2 && !/^[pPLNMuUsSdDwWbB]$/.test(w)))].slice(0, 6);
  return words.flatMap((w) => [`${w} `, `${w}\t`]);
}

/** `unit` repeated to `n` characters, then a character that makes the match fail late. */
const run = (unit: string, tail: string) => (n: number) => unit.repeat(Math.ceil(n / unit.length)) + tail;

describe("regular expressions of src/", () => {
  it("are found: literals and runtime-built patterns from every RegExp call site", () => {
    expect(patterns.filter((p) => p.kind === "literal").length).toBeGreaterThan(100);
    expect(patterns.filter((p) => p.kind === "runtime").length).toBeGreaterThan(20);
    expect(unreached.map((s) => `${s.where} RegExp(${s.argument.slice(0, 60)})`)).toEqual([]);
  });

  it("recheck: none is vulnerable (unless allowed with a reason; fuzz verdicts only when their attack replays superlinearly)", async () => {
    const todo = patterns.filter((p) => !report[reportKey(p)]);
    await checkPatterns(todo, report, { timeout: 10_000 });
    const found = patterns
      .filter((p) => report[reportKey(p)]!.status === "vulnerable" && !isAllowed(p) && confirmed(p, report[reportKey(p)]!).confirmed)
      .map((p) => `${p.where.join(", ")}: ${report[reportKey(p)]!.complexity} /${p.source.slice(0, 80)}/${p.flags}`);
    expect(found).toEqual([]);
  }, 600_000);

  it("hostile inputs: no pattern is quadratic on runs of whitespace, digits, punctuation or its own words", () => {
    const slow: string[] = [];
    for (const p of patterns) {
      if (isAllowed(p)) continue;
      const units = [...UNITS, ...ownUnits(p.source)];
      units.flatMap((u) => ["\u0000", "x"].map((tail) => [u, tail] as const)).some(([u, tail]) => {
        const s = slowOn(p, run(u, tail));
        if (s) slow.push(`${p.where[0]} on ${JSON.stringify(u)}×n+${JSON.stringify(tail)}: ${s}`);
        return s;
      });
    }
    expect(slow).toEqual([]);
  }, 300_000);

  it("recheck's attack strings run in linear time", () => {
    const slow: string[] = [];
    for (const p of patterns) {
      const v = report[reportKey(p)];
      if (!v?.attack || isAllowed(p)) continue;
      const s = replayAttack(p, v);
      if (s) slow.push(`${p.where[0]}: ${s}`);
    }
    expect(slow).toEqual([]);
  }, 300_000);
});
