// What a browser user downloads: each browser entry point bundled and minified with esbuild, then gzipped
// (level 9), with the dependency costs taken apart by bundling again with each dependency left out.
//
// The entries are bundled from src/ with the build's own resolution (scripts/htmlparser2-plugin.mjs: only
// htmlparser2's Parser, Tokenizer and entity decoder, which tsup inlines into dist/), so the figures are those
// of the published ESM build (dist/index.js, dist/search.js) as a user's bundler sees it, zod included,
// without needing a build first. When dist/index.js exists, the core is also measured from it (last row):
// `npm run check:package` runs on a fresh build and fails when the two minified sizes differ by more than 1%
// (the same code), and holds the larger of the two gzipped sizes to the budget (gzip varies by about 1% with
// the order the modules end up in, which differs between the source and the chunked build).
//
//   node scripts/size.mjs          print the table; exit 1 when the core is over its budget
//   node scripts/size.mjs --json   the same as JSON
//
// The budget (bench/size-budget.json) is a ratchet on the core entry as users get it (zod and the inlined
// HTML parser included, flexsearch left out: the core does not import it). The goal is written there too.
import { build } from "esbuild";
import { gzipSync } from "node:zlib";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { htmlparser2ParserOnly } from "./htmlparser2-plugin.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const BUDGET_FILE = join(root, "bench", "size-budget.json");

/**
 * Minified and gzipped bytes of one entry point bundled for the browser, leaving `external` out. `htmlparser2`
 * resolves as in the build (its Parser module only) unless it is in `external`.
 */
export async function bundleSize(entry, external = [], plugins = []) {
  if (!external.includes("htmlparser2")) plugins = [htmlparser2ParserOnly(), ...plugins];
  const r = await build({
    entryPoints: [join(root, entry)],
    absWorkingDir: root,
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2020",
    write: false,
    external,
    logLevel: "error",
    metafile: true,
    plugins,
  });
  const code = r.outputFiles[0].contents;
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length, metafile: r.metafile };
}

/** Every figure the size report prints. */
export async function measureSizes() {
  const rows = [
    ["core (vn-ward-news): what a browser user downloads", "src/index.ts", ["flexsearch"]],
    ["core without zod", "src/index.ts", ["flexsearch", "zod"]],
    ["core without zod and htmlparser2", "src/index.ts", ["flexsearch", "zod", "htmlparser2"]],
    ["search (vn-ward-news/search) with flexsearch", "src/search/index.ts", []],
    ["search without flexsearch", "src/search/index.ts", ["flexsearch"]],
    ["core + search (one bundle of both)", "scripts/size-entry-both.ts", []],
  ];
  if (existsSync(join(root, DIST_CORE))) rows.push([DIST_CORE_ROW, DIST_CORE, ["flexsearch"]]);
  // the search entry as built too (no budget: shown so that a build-only regression there is seen)
  if (existsSync(join(root, "dist/search.js"))) rows.push(["search as built (dist/search.js, with flexsearch)", "dist/search.js", []]);
  const out = [];
  for (const [name, entry, external] of rows) {
    const { min, gzip, metafile } = await bundleSize(entry, external);
    out.push({ name, entry, external, min, gzip, parts: out.length === 0 ? partsOf(metafile) : undefined });
  }
  return out;
}

/** The core as built: measured when dist/ exists, to show the source figures are what the package ships. */
export const DIST_CORE = "dist/index.js";
const DIST_CORE_ROW = "core as built (dist/index.js, from the last build)";

/**
 * How far the built core's minified size is from the source figure (a fraction), or null without a build.
 * Only meaningful on a fresh build, as in `npm run check:package`.
 */
export function distDrift(sizes) {
  const dist = sizes.find((s) => s.entry === DIST_CORE);
  return dist ? Math.abs(dist.min - sizes[0].min) / sizes[0].min : null;
}

/** Minified bytes per package (node_modules) or per source folder, largest first. */
export function partsOf(metafile) {
  const parts = new Map();
  for (const output of Object.values(metafile.outputs)) {
    for (const [file, { bytesInOutput }] of Object.entries(output.inputs)) {
      const nm = file.lastIndexOf("node_modules/");
      const key = nm >= 0 ? file.slice(nm + 13).split("/").slice(0, file.slice(nm + 13).startsWith("@") ? 2 : 1).join("/") : file.split("/").slice(0, 2).join("/");
      parts.set(key, (parts.get(key) ?? 0) + bytesInOutput);
    }
  }
  return [...parts].sort((a, b) => b[1] - a[1]).map(([part, bytes]) => ({ part, bytes }));
}

export function readBudget() {
  return JSON.parse(readFileSync(BUDGET_FILE, "utf8"));
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** Largest accepted gap between the built core's minified size and the source figure, on a fresh build. */
export const MAX_DIST_DRIFT = 0.01;

/**
 * Prints the table and checks the budget; returns true when the core is within it. With `freshBuild` (dist/
 * was just built from these sources), it also fails when dist/index.js is missing or its minified size is more
 * than MAX_DIST_DRIFT from the source figure (the measurement would not be what users get), and the budget
 * holds the larger gzipped size of the two.
 */
export async function reportSizes({ json = false, log = console.log, freshBuild = false } = {}) {
  const sizes = await measureSizes();
  const budget = readBudget();
  const core = sizes[0];
  const drift = distDrift(sizes);
  const honest = !freshBuild || (drift !== null && drift <= MAX_DIST_DRIFT);
  const dist = sizes.find((s) => s.entry === DIST_CORE);
  const checked = freshBuild && dist ? Math.max(core.gzip, dist.gzip) : core.gzip;
  const ok = checked <= budget.core.maxGzipBytes && honest;
  if (json) {
    log(JSON.stringify({ sizes, budget, drift, ok }, null, 2));
    return ok;
  }
  log("bundle (esbuild --minify, gzip -9)".padEnd(56) + "minified".padStart(11) + "gzipped".padStart(11));
  for (const s of sizes) log(s.name.padEnd(56) + kb(s.min).padStart(11) + kb(s.gzip).padStart(11));
  const zod = sizes[0].gzip - sizes[1].gzip;
  const html = sizes[1].gzip - sizes[2].gzip;
  const flex = sizes[3].gzip - sizes[4].gzip;
  log(`\nlargest parts of the core (minified, before gzip): ${core.parts.slice(0, 8).map((p) => `${p.part} ${kb(p.bytes)}`).join(", ")}`);
  log(`cost of each dependency in the bundle (gzipped): zod ${kb(zod)}, htmlparser2 (its Parser and Tokenizer with the entity decoder of entities) ${kb(html)}, flexsearch ${kb(flex)}`);
  log(
    `core budget ${kb(budget.core.maxGzipBytes)}: ${checked <= budget.core.maxGzipBytes ? "within" : "OVER"} (${kb(checked)}${checked !== core.gzip ? ", the built core" : ""}); ` +
      `goal ${kb(budget.core.goalGzipBytes)}: ${core.gzip <= budget.core.goalGzipBytes ? "met" : `not met, ${kb(core.gzip - budget.core.goalGzipBytes)} over`}`,
  );
  if (drift !== null) log(`built core vs source figure, minified: ${(drift * 100).toFixed(2)}% apart${freshBuild ? ` (at most ${MAX_DIST_DRIFT * 100}% accepted)` : ""}`);
  if (!honest) log(drift === null ? "no dist/index.js to check the figures against: build first" : "the built core is not what the source figure says: check tsup.config.ts and scripts/htmlparser2-plugin.mjs");
  return ok;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const ok = await reportSizes({ json: process.argv.includes("--json") });
  if (!ok) {
    console.error("size: the core entry is over its budget (bench/size-budget.json)");
    process.exitCode = 1;
  }
}
