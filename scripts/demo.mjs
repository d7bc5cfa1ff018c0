// npm run demo: the main job on the sample articles. Parses every fixture, prints a summary per
// article, builds a search index, and runs a few searches (folded, with diacritics, an abbreviation,
// a prefix suggestion, a did-you-mean). Uses the built package, as a user would.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArticle } from "../dist/index.js";
import { createSearchIndex } from "../dist/search.js";

const dir = process.argv[2] ?? "fixtures";
const files = readdirSync(dir).filter((f) => /\.(txt|html?)$/.test(f)).sort();
const index = createSearchIndex();
const t0 = performance.now();
let bytes = 0;
for (const f of files) {
  const path = join(dir, f);
  const input = readFileSync(path, "utf8");
  bytes += Buffer.byteLength(input);
  const r = parseArticle(input, { id: path });
  index.add(r);
  const d = r.event.date;
  console.log(`\n${path}${r.title ? `\n  ${r.title}` : ""}`);
  console.log(`  event   ${r.event.type ?? "?"}${d ? ` · ${[d.partOfDay, d.iso + (d.endIso ? "→" + d.endIso : ""), d.time].filter(Boolean).join(" ")}` : ""}`);
  if (r.event.venue) console.log(`  venue   ${r.event.venue.text}`);
  for (const o of r.officials) console.log(`  person  ${o.name}: ${o.titles.map((t) => t.text).join("; ")}`);
  for (const a of r.awards) console.log(`  award   ${a.kind}${a.giver ? ` of ${a.giver}` : ""} → ${a.recipients.map((x) => `${x.count ?? "some"} ${x.type}`).join(", ")}`);
  for (const s of r.shortcomings) console.log(`  lacking ${s.text.length > 90 ? s.text.slice(0, 88) + "…" : s.text}`);
}
const ms = performance.now() - t0;
console.log(`\nParsed and indexed ${files.length} articles (${(bytes / 1024).toFixed(0)} KB) in ${ms.toFixed(0)} ms.`);

for (const q of ["tan giang", "Tân Giang", "UBND phường", "hội nghị tổng kết", "huy hieu dang"]) {
  const hits = index.search(q, { limit: 3 });
  console.log(`\nsearch "${q}": ${hits.length ? "" : "no hits"}`);
  for (const h of hits) console.log(`  [tier ${h.tier}] ${h.id}${h.snippets[0] ? `\n      ${h.snippets[0]}` : ""}`);
}
console.log(`\nsuggest "tan gi" → ${JSON.stringify(index.suggest("tan gi"))}`);
console.log(`did you mean "tong thi quynh hoa" → ${JSON.stringify(index.didYouMean("tong thi quynh hoa"))}`);
