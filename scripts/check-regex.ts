/**
 * npm run check:regex: every regular expression of src/ through recheck (a ReDoS checker).
 *
 * Literals come from the TypeScript syntax tree; patterns built with `new RegExp` are captured
 * while the library runs over the fixtures. Each verdict is saved in test/hardening/regex-report.json
 * (keyed by source and flags, so an unchanged pattern is not checked again; --fresh re-checks all).
 * test/hardening/regex.test.ts reads that report, checks patterns it does not hold, and replays the
 * attack strings. Exits 1 when a pattern is vulnerable (exponential or polynomial backtracking) and
 * not listed in test/hardening/regex-allow.ts, printing where it is and recheck's attack. A verdict of
 * recheck's fuzz checker counts only when its attack string, replayed at 20,000 characters, is superlinear.
 *
 *   npx tsx scripts/check-regex.ts [--fresh] [--timeout ms]
 */
import { checkPatterns, confirmed, currentPatterns, readReport, writeReport, reportKey, isAllowed, describeAttack } from "../test/hardening/regex-check.js";

const args = process.argv.slice(2);
const i = args.indexOf("--timeout");
const timeout = i >= 0 ? Number(args[i + 1]) : 20_000;

const { patterns, unreached } = await currentPatterns();
const report = args.includes("--fresh") ? {} : readReport();
const todo = patterns.filter((p) => !report[reportKey(p)]);
console.log(`${patterns.length} patterns (${patterns.filter((p) => p.kind === "literal").length} literals, ${patterns.filter((p) => p.kind === "runtime").length} built at run time); ${todo.length} to check with recheck`);
const t0 = performance.now();
await checkPatterns(todo, report, { timeout, onResult: (p, v, ms) => ms > 5000 && console.log(`  ${(ms / 1000).toFixed(1)} s  ${v.status}  ${p.where[0]}`) });
writeReport(report, patterns);
const verdicts = patterns.map((p) => ({ p, v: report[reportKey(p)]! }));
const short = (s: string) => (s.length > 160 ? s.slice(0, 157) + "..." : s);
let failing = 0;
for (const { p, v } of verdicts.filter((x) => x.v.status === "vulnerable")) {
  const allowed = isAllowed(p);
  const c = confirmed(p, v);
  const label = allowed ? "allowed" : c.confirmed ? "VULNERABLE" : "unconfirmed";
  if (label === "VULNERABLE") failing++;
  console.log(`${label} (${v.complexity}) ${p.where.join(", ")}\n  /${short(p.source)}/${p.flags}\n  attack: ${short(describeAttack(v))}\n  ${allowed ? `why allowed: ${allowed}` : `replay: ${c.evidence}`}`);
}
for (const { p, v } of verdicts.filter((x) => x.v.status === "unknown")) console.log(`unknown (${v.error}) ${p.where.join(", ")}  /${short(p.source)}/${p.flags}`);
for (const s of unreached) console.log(`not reached at run time (checked only by the tests' pathological inputs if at all): ${s.where}  RegExp(${short(s.argument)})`);
const count = (s: string) => verdicts.filter((x) => x.v.status === s).length;
console.log(`${verdicts.length} patterns: ${count("safe")} safe, ${count("vulnerable")} vulnerable (${failing} not allowed), ${count("unknown")} unknown; recheck ran ${todo.length} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
process.exitCode = failing ? 1 : 0;
