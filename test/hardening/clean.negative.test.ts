/**
 * Deep markup must not make the HTML cleaner quadratic. htmlparser2 keeps its open elements in an
 * array it unshifts and shifts at every tag and searches at every closing tag, so each tag costs the
 * current depth: 45,000 closed <div> levels around an article took 10 s of CPU for 1 MB
 * (bench/adversarial.bench.mjs, "deep html"), and closing tags that match nothing under a deep
 * stack cost as much. The cleaner only guarded markup left unclosed at the end.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArticle } from "../../src/index.js";
import { ARTICLES, rotateDigits } from "../../bench/adversarial-inputs.mjs";
import { ROOT } from "./cli-support.js";

const article = readFileSync(join(ROOT, "fixtures/03-tong-ket-mttq-dong-ve.html"), "utf8");
const SENTENCE = "Vào lúc 14 giờ 30, ngày 10 tháng 01";

function cpu(f: () => void): number {
  const a = process.cpuUsage();
  f();
  const b = process.cpuUsage(a);
  return (b.user + b.system) / 1000;
}

let normalPerChar = 0;
beforeAll(() => {
  let chars = 0;
  for (const a of ARTICLES) parseArticle(a);
  const ms = cpu(() => {
    for (let k = 0; k < 6; k++) for (const a of ARTICLES) {
      const s = rotateDigits(a, k);
      parseArticle(s);
      chars += s.length;
    }
  });
  normalPerChar = ms / chars;
}, 120_000);

const CASES: Array<[string, (levels: number) => string]> = [
  ["closed <div> levels around an article", (n) => "<div>".repeat(n) + article + "</div>".repeat(n)],
  ["<div> levels closed by as many </x> that match nothing", (n) => "<div>".repeat(n) + article + "</x>".repeat(n)],
  ["<section><div> levels around an article", (n) => "<section><div>".repeat(n >> 1) + article + "</div></section>".repeat(n >> 1)],
];

describe("deep markup is read in linear time and keeps the article", () => {
  it.each(CASES)("%s: 25,000 and 100,000 levels", (_name, make) => {
    const run = (levels: number) => {
      const input = make(levels);
      let text = "";
      const ms = cpu(() => {
        text = parseArticle(input).text;
      });
      expect(text).toContain(SENTENCE);
      return { ms, chars: input.length };
    };
    const small = run(25_000);
    const large = run(100_000);
    const growth = large.ms / Math.max(small.ms, 1);
    const vsNormal = large.ms / large.chars / normalPerChar;
    const say = `${Math.round(small.ms)} ms -> ${Math.round(large.ms)} ms CPU (x${growth.toFixed(1)} for 4x the levels), ${vsNormal.toFixed(1)}x normal per character`;
    expect({ linear: growth <= 8 || large.ms < 300, vsNormal: vsNormal <= 10 }, say).toEqual({ linear: true, vsNormal: true });
  }, 300_000);
});
