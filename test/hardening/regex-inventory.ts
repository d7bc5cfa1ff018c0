/**
 * Every regular expression of src/: the literals, read from the TypeScript syntax tree, and the
 * ones built at run time with `new RegExp(...)` / `RegExp(...)`, captured by wrapping the global
 * constructor while the library is loaded and exercised. Used by scripts/check-regex.ts (recheck)
 * and test/hardening/regex.test.ts (pathological inputs per pattern).
 */
import ts from "typescript";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const SRC = join(ROOT, "src");

/** One pattern and where it comes from ("src/x.ts:12", or several places for a shared source). */
export interface RegexEntry {
  source: string;
  flags: string;
  where: string[];
  kind: "literal" | "runtime";
}

/** A `new RegExp(...)` or `RegExp(...)` call in the source, which only a run can resolve. */
export interface ConstructorSite {
  where: string;
  /** The first argument as written. */
  argument: string;
}

/** All .ts files under a folder, sorted. */
export function sourceFiles(dir: string = SRC): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...sourceFiles(full));
    else if (name.endsWith(".ts") && !name.endsWith(".d.ts")) out.push(full);
  }
  return out;
}

/** Splits a regex literal's text `/source/flags` into its parts. */
export function splitLiteral(text: string): { source: string; flags: string } {
  const end = text.lastIndexOf("/");
  return { source: text.slice(1, end), flags: text.slice(end + 1) };
}

/**
 * Reads every regex literal and every RegExp constructor call of the given files.
 */
export function scanSources(files: string[] = sourceFiles()): { literals: RegexEntry[]; sites: ConstructorSite[] } {
  const byKey = new Map<string, RegexEntry>();
  const sites: ConstructorSite[] = [];
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
    const rel = relative(ROOT, file);
    const at = (node: ts.Node) => `${rel}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const { source, flags } = splitLiteral(node.getText(sf));
        const key = `/${source}/${flags}`;
        const e = byKey.get(key);
        if (e) e.where.push(at(node));
        else byKey.set(key, { source, flags, where: [at(node)], kind: "literal" });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === "RegExp") {
        sites.push({ where: at(node), argument: node.arguments?.[0]?.getText(sf) ?? "" });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { literals: [...byKey.values()], sites };
}

/** The first src/ frame of a stack trace as "src/x.ts:12" (tsx and vitest map stacks to the .ts source). */
function srcFrame(stack: string | undefined): string {
  for (const line of (stack ?? "").split("\n").slice(1)) {
    const m = /\((?:file:\/\/)?([^()]*?\/src\/[^():]+\.ts):(\d+):\d+\)$/.exec(line) ?? /at (?:file:\/\/)?(\/[^\s()]*?\/src\/[^\s():]+\.ts):(\d+):\d+$/.exec(line);
    if (m) return `${relative(ROOT, m[1]!)}:${m[2]}`;
  }
  return "(outside src)";
}

/**
 * Runs `exercise` with the global RegExp constructor wrapped, and returns every pattern built
 * through it from src/ code (literals never go through the constructor, so they are not here).
 */
export async function captureRuntime(exercise: () => Promise<void> | void): Promise<RegexEntry[]> {
  const Original = globalThis.RegExp;
  const byKey = new Map<string, RegexEntry>();
  const record = (args: unknown[]) => {
    const where = srcFrame(new Error().stack);
    if (!where.startsWith("src/")) return;
    const probe = new Original(args[0] as string | RegExp, args[1] as string | undefined);
    const key = `/${probe.source}/${probe.flags}`;
    const e = byKey.get(key);
    if (!e) byKey.set(key, { source: probe.source, flags: probe.flags, where: [where], kind: "runtime" });
    else if (!e.where.includes(where)) e.where.push(where);
  };
  const Wrapped: RegExpConstructor = new Proxy(Original, {
    construct(target, args, newTarget): object {
      record(args);
      return Reflect.construct(target, args, newTarget === Wrapped ? target : newTarget);
    },
    apply(target, thisArg, args) {
      record(args);
      return Reflect.apply(target, thisArg, args);
    },
  });
  globalThis.RegExp = Wrapped;
  try {
    await exercise();
  } finally {
    globalThis.RegExp = Original;
  }
  return [...byKey.values()];
}

/**
 * Loads every module of src/ and runs the public API over the fixtures. Call it under
 * {@link captureRuntime} before anything else imports src/ (module-level patterns are built on first import).
 */
export async function exerciseLibrary(): Promise<void> {
  const files = sourceFiles().filter((f) => !f.endsWith("/cli/cli.ts"));
  for (const f of files) await import(/* @vite-ignore */ f);
  const core = await import(/* @vite-ignore */ join(SRC, "index.ts"));
  const search = await import(/* @vite-ignore */ join(SRC, "search/index.ts"));
  const dir = join(ROOT, "fixtures");
  const index = search.createSearchIndex();
  for (const name of readdirSync(dir).filter((n) => /\.(txt|html)$/.test(n)).sort()) {
    const text = readFileSync(join(dir, name), "utf8");
    const record = core.parseArticle(text, { id: name });
    core.normalize(text, { tone: "new" });
    core.repair(text);
    index.add(record);
  }
  for (const q of ["tan giang", "Chủ tịch UBND", "hoi nghi tong ket 2023", "Đ/c Nguyễn Văn A", "\"trao giấy khen\""]) {
    index.search(q, { limit: 5 });
    index.suggest(q);
  }
}
