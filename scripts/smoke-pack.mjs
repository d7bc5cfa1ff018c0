// Installs the packed tarball into a throwaway project and uses it the way users will: ESM import and
// CJS require of every entry point, the JSON Schema, and the bin. Also checks that the tarball holds
// only what users need. Needs a fresh build in dist/ (npm run build).
//
//   node scripts/smoke-pack.mjs          exit 1 on the first problem
//   node scripts/smoke-pack.mjs --keep   keep the temporary project and print its path
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const NPM = process.platform === "win32" ? "npm.cmd" : "npm";

/**
 * What may be in the tarball: the build, the manifest, the README, the licence and the notices of the code
 * the build inlines (htmlparser2's parser, entities' decoder: scripts/htmlparser2-plugin.mjs).
 */
export const ALLOWED_IN_TARBALL = [/^dist\/[^/]+\.(?:js|cjs|d\.ts|d\.cts|json)$/, /^package\.json$/, /^README\.md$/, /^LICENSE$/, /^THIRD_PARTY_NOTICES\.md$/];
/** What must be in it. */
export const REQUIRED_IN_TARBALL = ["package.json", "README.md", "LICENSE", "THIRD_PARTY_NOTICES.md", "dist/index.js", "dist/index.cjs", "dist/index.d.ts", "dist/index.d.cts", "dist/search.js", "dist/search.cjs", "dist/node.js", "dist/node.cjs", "dist/cli.js", "dist/article-record.schema.json"];

function run(cmd, args, opts = {}) {
  return execFileSync(cmd, args, { encoding: "utf8", stdio: ["pipe", "pipe", "pipe"], ...opts });
}

/** Checks `npm pack`'s file list; returns the problems. */
export function tarballProblems(files) {
  const problems = [];
  for (const f of files) if (!ALLOWED_IN_TARBALL.some((re) => re.test(f))) problems.push(`unexpected file in the tarball: ${f}`);
  for (const f of REQUIRED_IN_TARBALL) if (!files.includes(f)) problems.push(`missing from the tarball: ${f}`);
  return problems;
}

// HTML with named and numeric entities: the HTML parser inlined into dist/ (htmlparser2 is not installed).
const HTML_ARTICLE = `const HTML = "<html><body><article><h1>H&ocirc;&#803;i ngh&#7883; tổng kết</h1><p>Chiều ngày 07/01/2021 tại hội trường UBND phường T&acirc;n Giang đã diễn ra hội nghị tổng kết năm 2020.</p></article></body></html>";`;

const ESM_CHECK = `
import * as core from "vn-ward-news";
import * as search from "vn-ward-news/search";
import * as node from "vn-ward-news/node";
import schema from "vn-ward-news/article-record.schema.json" with { type: "json" };
const r = core.parseArticle("Chiều ngày 07/01/2021 tại hội trường UBND phường Tân Giang đã diễn ra hội nghị tổng kết. Tham dự có đồng chí Trương Quang Hiếu - Bí thư Đảng ủy phường.", { id: "a" });
if (r.event.date?.iso !== "2021-01-07") throw new Error("ESM: parseArticle date " + JSON.stringify(r.event.date));
if (core.fold("Tân Giang") !== "tan giang") throw new Error("ESM: fold");
const h = core.parseArticle(HTML);
if (h.title !== "Hội nghị tổng kết" || !h.text.includes("phường Tân Giang")) throw new Error("ESM: HTML " + JSON.stringify([h.title, h.text]));
const ix = search.createSearchIndex().add(r);
if (ix.search("tan giang")[0]?.id !== "a") throw new Error("ESM: search");
if (typeof node.readTextFile !== "function" || typeof node.createPgSearchIndex !== "function") throw new Error("ESM: node entry");
if (schema.type !== "object") throw new Error("ESM: JSON Schema");
console.log("esm ok", core.VERSION);
`;

const CJS_CHECK = `
const core = require("vn-ward-news");
const search = require("vn-ward-news/search");
const node = require("vn-ward-news/node");
const schema = require("vn-ward-news/article-record.schema.json");
const pkg = require("vn-ward-news/package.json");
const r = core.parseArticle("Sáng ngày 15 tháng 3 năm 2024, tại hội trường UBND xã Hồng Phong diễn ra đại hội.", { id: "b" });
if (r.event.date?.iso !== "2024-03-15") throw new Error("CJS: parseArticle date " + JSON.stringify(r.event.date));
if (core.normalize("hoà", { tone: "old" }) !== "hòa") throw new Error("CJS: normalize");
const h = core.parseArticle(HTML);
if (h.title !== "Hội nghị tổng kết" || !h.text.includes("phường Tân Giang")) throw new Error("CJS: HTML " + JSON.stringify([h.title, h.text]));
const ix = search.createSearchIndex().add(r);
if (ix.search("Hồng Phong")[0]?.id !== "b") throw new Error("CJS: search");
if (typeof node.expandInputs !== "function") throw new Error("CJS: node entry");
if (schema.type !== "object" || pkg.name !== "vn-ward-news") throw new Error("CJS: JSON");
if (!(new core.VnWardNewsError("X", "y") instanceof Error)) throw new Error("CJS: errors");
console.log("cjs ok", core.VERSION);
`;

// The core alone (no classic zod loaded): the record schemas are zod/mini ones and must still give
// zod's English messages, not a bare "Invalid input".
const CORE_ONLY_CHECK = `
import { ArticleRecordSchema, SpanSchema } from "vn-ward-news";
const r = ArticleRecordSchema.safeParse({ schemaVersion: 1, title: 3 });
const m = r.success ? "" : r.error.issues[0].message;
if (!/expected string, received number/.test(m)) throw new Error("core only: zod message " + JSON.stringify(m));
if (SpanSchema.safeParse({ start: 2, end: 1 }).success) throw new Error("core only: span refinement");
console.log("core-only ok");
`;

const TS_CHECK = `
import { parseArticle, type ArticleRecord } from "vn-ward-news";
import { createSearchIndex, type SearchHit } from "vn-ward-news/search";
import { readTextFile } from "vn-ward-news/node";
const r: ArticleRecord = parseArticle("x");
const hits: SearchHit[] = createSearchIndex().add({ id: "1", body: "x" }).search("x");
const read: (path: string) => Promise<string> = readTextFile;
export { r, hits, read };
`;

/** Runs every check; returns the problems found (empty when all is well). */
export async function smoke({ keep = false, log: print = console.log } = {}) {
  let t = performance.now();
  const log = (line) => {
    const now = performance.now();
    print(`${line} (${((now - t) / 1000).toFixed(1)} s)`);
    t = now;
  };
  if (!existsSync(join(root, "dist", "index.js"))) return ["dist/ is missing: run npm run build first"];
  const dir = mkdtempSync(join(tmpdir(), "vwn-smoke-"));
  const problems = [];
  try {
    // 1. the tarball and what it holds
    const packed = JSON.parse(run(NPM, ["pack", "--json", "--pack-destination", dir], { cwd: root }))[0];
    const files = packed.files.map((f) => f.path).sort();
    problems.push(...tarballProblems(files));
    log(`  tarball ${packed.filename}: ${files.length} files, ${(packed.size / 1024).toFixed(0)} KB packed, ${(packed.unpackedSize / 1024).toFixed(0)} KB unpacked`);
    const tarball = join(dir, packed.filename);

    // 2. a fresh project that installs it (offline from the npm cache first, the registry otherwise)
    const app = join(dir, "app");
    run("mkdir", ["-p", app]);
    writeFileSync(join(app, "package.json"), JSON.stringify({ name: "smoke-app", version: "1.0.0", private: true }, null, 2));
    const install = ["install", tarball, "--no-audit", "--no-fund", "--no-save", "--ignore-scripts"];
    try {
      run(NPM, [...install, "--offline"], { cwd: app });
      log("  installed offline from the npm cache");
    } catch {
      run(NPM, install, { cwd: app });
      log("  installed (registry)");
    }

    // 3. use it: ESM, CJS, TypeScript types, bin
    const node = process.execPath;
    const check = (label, fn) => {
      try {
        const out = fn().trim();
        log(`  ${label}: ${out.split("\n").pop()}`);
        return out;
      } catch (e) {
        problems.push(`${label}: ${(e.stderr || e.message || String(e)).toString().trim().split("\n").slice(0, 3).join(" | ")}`);
        return "";
      }
    };
    if (existsSync(join(app, "node_modules", "htmlparser2"))) problems.push("htmlparser2 was installed: it should be inlined in dist/, not a dependency");
    writeFileSync(join(app, "check.mjs"), `${HTML_ARTICLE}\n${ESM_CHECK}`);
    writeFileSync(join(app, "check.cjs"), `${HTML_ARTICLE}\n${CJS_CHECK}`);
    check("import (ESM)", () => run(node, ["check.mjs"], { cwd: app }));
    check("require (CJS)", () => run(node, ["check.cjs"], { cwd: app }));
    writeFileSync(join(app, "check-core.mjs"), CORE_ONLY_CHECK);
    check("import of the core alone (zod messages)", () => run(node, ["check-core.mjs"], { cwd: app }));
    const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
    if (existsSync(tsc)) {
      writeFileSync(join(app, "check.mts"), TS_CHECK);
      for (const resolution of ["nodenext", "bundler"]) {
        const mod = resolution === "bundler" ? "esnext" : "nodenext";
        check(`types (moduleResolution ${resolution})`, () =>
          run(node, [tsc, "--noEmit", "--strict", "--skipLibCheck", "--module", mod, "--moduleResolution", resolution, "--target", "es2022", "--types", "node", "--typeRoots", join(root, "node_modules", "@types"), "check.mts"], { cwd: app }) + "ok",
        );
      }
    }
    const bin = join(app, "node_modules", ".bin", "vn-ward-news");
    const version = check("bin --version", () => run(bin, ["--version"], { cwd: app }));
    if (version && version !== packed.version) problems.push(`bin --version printed "${version}", the package is ${packed.version}`);
    check("bin parse -", () => {
      const out = run(bin, ["parse", "-", "--json"], { cwd: app, input: "Chiều ngày 07/01/2021 tại hội trường UBND phường Tân Giang đã diễn ra hội nghị tổng kết." });
      const rec = JSON.parse(out);
      if (rec.event?.venue?.text !== "hội trường UBND phường Tân Giang") throw new Error(`venue ${JSON.stringify(rec.event?.venue)}`);
      return "venue ok";
    });
    check("bin normalize --fold", () => {
      const out = run(bin, ["normalize", "--fold"], { cwd: app, input: "Đường Tân Giang\n" });
      if (out !== "duong tan giang\n") throw new Error(JSON.stringify(out));
      return "ok";
    });
  } finally {
    if (keep) log(`  kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
  return problems;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const problems = await smoke({ keep: process.argv.includes("--keep") });
  for (const p of problems) console.error(`smoke: ${p}`);
  if (problems.length) process.exitCode = 1;
  else console.log("smoke: the packed package installs and works as ESM, CJS, types and bin");
}
