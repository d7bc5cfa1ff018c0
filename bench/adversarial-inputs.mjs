// Adversarial inputs for bench/adversarial.bench.mjs and test/hardening/linear.test.ts: each family
// makes an input of about `size` characters (UTF-16 code units) from the fixture articles.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import iconv from "iconv-lite";

const fixtures = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures");
const names = readdirSync(fixtures).filter((f) => /\.(txt|html?)$/.test(f)).sort();
/** The fixture articles (text and HTML), sorted by file name. */
export const ARTICLES = names.map((f) => readFileSync(join(fixtures, f), "utf8"));
const texts = names.filter((f) => f.endsWith(".txt")).map((f) => readFileSync(join(fixtures, f), "utf8"));
const html = ARTICLES[names.findIndex((f) => f.endsWith(".html"))];
const first = texts[0];

/** Digits rotated by k: the same article with other dates and counts (so no per-line cache is warm). */
export const rotateDigits = (s, k) => s.replace(/\d/g, (d) => String((Number(d) + k) % 10));

/** name -> { what, make(size) } */
export const ADVERSARIAL = {
  "dashes": { what: "one run of '-'", make: (n) => fill("-", n) },
  "dash lines": { what: "lines of 60 dashes", make: (n) => fill("-".repeat(60) + "\n", n) },
  "dashes in an article": { what: "an article with 10,000 dashes between paragraphs", make: (n) => fill(first.replace(/\n\n/g, `\n${"-".repeat(10_000)}\n`) + "\n", n) },
  "đồng chí": { what: "'đồng chí ' repeated", make: (n) => fill("đồng chí ", n) },
  "semicolons": { what: "100,000 ';' (at most half the input) in an article, then articles", make: (n) => { const s = first + ";".repeat(Math.min(100_000, n >> 1)); return s + fill(texts.join("\n\n") + "\n\n", Math.max(0, n - s.length)); } },
  "shortcoming list": { what: "'hạn chế:' then one list of items separated by ';'", make: (n) => ("Tuy nhiên, vẫn còn những hạn chế: " + fill("công tác tuyên truyền chưa sâu; ", n)).slice(0, n) },
  "deep html": { what: "an article inside nested <div> (closed), 11 characters per level", make: (n) => { const k = Math.max(0, Math.floor((n - html.length) / 11)); return "<div>".repeat(k) + html + "</div>".repeat(k); } },
  "unclosed html": { what: "<div><span> never closed", make: (n) => fill("<div><span>", n) },
  "one paragraph": { what: "the articles as one paragraph without line breaks", make: (n) => fill(texts.join(" ").replace(/\s+/g, " ") + " ", n) },
  "official chains": { what: "'Đồng chí Nguyễn Văn Hảo – Phó Bí thư Đảng ủy, Chủ tịch HĐND xã; ' repeated", make: (n) => fill("Đồng chí Nguyễn Văn Hảo – Phó Bí thư Đảng ủy, Chủ tịch HĐND xã; ", n) },
  "dates": { what: "'Sáng ngày 12/3/2024, ' repeated", make: (n) => fill("Sáng ngày 12/3/2024, ", n) },
  "captions": { what: "'(Ảnh: Minh Hà) ' repeated", make: (n) => fill("(Ảnh: Minh Hà) ", n) },
  "awards": { what: "'trao giấy khen cho 03 cá nhân, ' repeated", make: (n) => fill("trao giấy khen cho 03 cá nhân, ", n) },
  "no spaces": { what: "Vietnamese letters without a space", make: (n) => fill("HộinghịtổngkếtUBNDphườngTânGiang", n) },
  "legacy TCVN3 text": { what: "an article in TCVN3 bytes read as Latin-1 (pasted from an old document), repeated", make: (n) => fill(iconv.encode(first, "tcvn").toString("latin1") + "\n", n) },
  "control characters": { what: "control and invisible characters between words", make: (n) => fill("hội\u0000nghị\u200b\u0007tổng\ufeffkết\u00ad ", n) },
  "nested lists": { what: "<ul><li> nested (closed), an article's sentences as items", make: (n) => { const k = Math.floor(n / 2 / 9); return "<ul><li>".repeat(k) + "Đồng chí Nguyễn Văn Hảo phát biểu." + "</li></ul>".repeat(k); } },
};

function fill(unit, n) {
  return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
}
