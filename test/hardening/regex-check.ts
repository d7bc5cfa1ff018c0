/**
 * recheck verdicts for the patterns of src/, cached in regex-report.json by a hash of source and
 * flags (a verdict depends only on those and on recheck's version, which is pinned).
 * Shared by scripts/check-regex.ts and regex.test.ts.
 */
import { check } from "recheck";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { captureRuntime, exerciseLibrary, scanSources, ROOT, type ConstructorSite, type RegexEntry } from "./regex-inventory.js";
import { ALLOWED } from "./regex-allow.js";

export const REPORT_PATH = join(ROOT, "test/hardening/regex-report.json");

export interface Verdict {
  status: "safe" | "vulnerable" | "unknown";
  /** "linear", "2nd degree polynomial", "exponential", ... */
  complexity?: string;
  /** recheck's error kind for "unknown" (timeout, invalid, ...). */
  error?: string;
  /** The attack: prefix_i + pump_i repeated n times, for each pump, then the suffix. */
  attack?: { pumps: { prefix: string; pump: string }[]; suffix: string };
  /** For people reading the file. */
  where?: string[];
  pattern?: string;
}
export type Report = Record<string, Verdict>;

/** Key of a pattern in the report. */
export function reportKey(p: { source: string; flags: string }): string {
  return createHash("sha1").update(`${p.flags}/${p.source}`).digest("hex").slice(0, 16);
}

export function readReport(): Report {
  return existsSync(REPORT_PATH) ? (JSON.parse(readFileSync(REPORT_PATH, "utf8")) as Report) : {};
}

/** Writes the verdicts of the current patterns only (sorted by location, so diffs are readable). */
export function writeReport(report: Report, patterns: RegexEntry[]): void {
  const rows = patterns
    .filter((p) => report[reportKey(p)])
    .sort((a, b) => a.where[0]!.localeCompare(b.where[0]!, "en", { numeric: true }))
    .map((p) => {
      const v = report[reportKey(p)]!;
      const src = `/${p.source}/${p.flags}`;
      return [reportKey(p), { ...v, where: p.where, pattern: src.length > 200 ? src.slice(0, 197) + "..." : src }] as const;
    });
  writeFileSync(REPORT_PATH, JSON.stringify(Object.fromEntries(rows), null, 1) + "\n");
}

/** The patterns of src/ now: literals and runtime-built, deduplicated; and constructor sites no run reached. */
export async function currentPatterns(): Promise<{ patterns: RegexEntry[]; unreached: ConstructorSite[] }> {
  const runtime = await captureRuntime(exerciseLibrary);
  const { literals, sites } = scanSources();
  const byKey = new Map<string, RegexEntry>();
  for (const p of [...literals, ...runtime]) {
    const k = reportKey(p);
    const e = byKey.get(k);
    if (e) e.where.push(...p.where.filter((w) => !e.where.includes(w)));
    else byKey.set(k, { ...p, where: [...p.where] });
  }
  const reached = new Set(runtime.flatMap((e) => e.where));
  return { patterns: [...byKey.values()], unreached: sites.filter((s) => !reached.has(s.where)) };
}

/** Runs recheck on each pattern (the `d` flag, which recheck does not know and which does not change matching, is dropped). */
export async function checkPatterns(
  patterns: RegexEntry[],
  report: Report,
  opts: { timeout: number; onResult?: (p: RegexEntry, v: Verdict, ms: number) => void },
): Promise<void> {
  for (const p of patterns) {
    const t = performance.now();
    let v: Verdict;
    try {
      const d = await check(p.source, p.flags.replace("d", ""), { timeout: opts.timeout, randomSeed: 1 });
      v =
        d.status === "safe"
          ? { status: "safe", complexity: d.complexity.summary }
          : d.status === "vulnerable"
            ? {
                status: "vulnerable",
                complexity: d.complexity.summary,
                attack: { pumps: d.attack.pumps.map((x) => ({ prefix: x.prefix, pump: x.pump })), suffix: d.attack.suffix },
              }
            : { status: "unknown", error: d.error.kind };
    } catch (e) {
      v = { status: "unknown", error: String(e) };
    }
    report[reportKey(p)] = v;
    opts.onResult?.(p, v, performance.now() - t);
  }
}

/** recheck's attack string with each pump repeated `n` times. */
export function attackString(v: Verdict, n: number): string {
  if (!v.attack) return "";
  return v.attack.pumps.map((x) => x.prefix + x.pump.repeat(n)).join("") + v.attack.suffix;
}

/** Short description of an attack, like recheck's. */
export function describeAttack(v: Verdict): string {
  if (!v.attack) return "";
  const parts = v.attack.pumps.flatMap((x) => [...(x.prefix ? [JSON.stringify(x.prefix)] : []), `${JSON.stringify(x.pump)}.repeat(n)`]);
  if (v.attack.suffix) parts.push(JSON.stringify(v.attack.suffix));
  return parts.join(" + ");
}

/** The reason a vulnerable pattern is allowed, or null. */
export function isAllowed(p: RegexEntry): string | null {
  const a = ALLOWED.find((x) => p.source.startsWith(x.startsWith) && p.where.some((w) => w.startsWith(`${x.file}:`)));
  return a ? a.reason : null;
}

/**
 * Milliseconds for one exec from position 0: every start position is tried, as a scanning caller
 * would, except for sticky patterns, which their callers run at chosen positions.
 */
export function timeExec(p: { source: string; flags: string }, input: string): number {
  const re = new RegExp(p.source, p.flags);
  const t = performance.now();
  re.exec(input);
  return performance.now() - t;
}

/**
 * The fastest of up to three runs, stopping as soon as one is under `enough` ms: one slow run on a busy
 * machine (a GC pause, another process on the core) is noise, three in a row are the pattern.
 */
function bestOf3(p: { source: string; flags: string }, input: string, enough: number): number {
  let best = Infinity;
  for (let i = 0; i < 3 && best >= enough; i++) best = Math.min(best, timeExec(p, input));
  return best;
}

/**
 * Slow when quadratic or worse: 2,500 characters over 50 ms (a linear scan takes well under 1 ms),
 * or 20,000 characters over 100 ms and more than 3x the time of 10,000, each the best of three runs so
 * that a busy machine does not fail a linear pattern. Returns the times, or null.
 */
export function slowOn(p: { source: string; flags: string }, make: (n: number) => string): string | null {
  const small = bestOf3(p, make(2_500), 50);
  if (small > 50) return `${Math.round(small)} ms at 2,500 characters`;
  const a = bestOf3(p, make(10_000), 25);
  if (a < 25) return null;
  const b = bestOf3(p, make(20_000), Math.max(100, 3 * a));
  return b > 100 && b > 3 * a ? `${Math.round(a)} ms at 10,000 characters, ${Math.round(b)} ms at 20,000` : null;
}

/** Replays recheck's attack at 2,500 to 20,000 characters: the times when superlinear, else null. */
export function replayAttack(p: RegexEntry, v: Verdict): string | null {
  if (!v.attack) return null;
  const unit = v.attack.pumps.reduce((n, x) => n + x.pump.length, 0) || 1;
  return slowOn(p, (n) => attackString(v, Math.ceil(n / unit)));
}

/**
 * Whether a verdict counts: an automaton verdict always does; a fuzz verdict ("(fuzz)": recheck
 * measured step counts on strings of a few thousand characters, which bounded repetitions such as
 * {0,100} can look like growth on) only when its own attack string, replayed at 20,000 characters,
 * is superlinear.
 */
export function confirmed(p: RegexEntry, v: Verdict): { confirmed: boolean; evidence: string } {
  const replay = replayAttack(p, v);
  if (!v.complexity?.includes("(fuzz)")) return { confirmed: true, evidence: replay ?? "automaton verdict" };
  return replay ? { confirmed: true, evidence: replay } : { confirmed: false, evidence: "fuzz verdict; its attack string runs in linear time at 20,000 characters" };
}

