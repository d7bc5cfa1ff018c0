// Builds the browser demo into demo/dist/: demo/app.ts bundled with the library's browser entry points
// (src/index.ts as "vn-ward-news", src/search/index.ts as "vn-ward-news/search") and the sample
// articles of fixtures/ as a JSON module. htmlparser2 resolves to its Parser module only, as in tsup.config.ts.
// platform "browser" makes esbuild refuse any node:* import,
// so a Node-only module leaking into the browser-safe core breaks this build.
//
//   node demo/build.mjs            build (minified, with a source map)
//   node demo/build.mjs --quiet    print nothing but errors
import { build } from "esbuild";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { htmlparser2ParserOnly } from "../scripts/htmlparser2-plugin.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");

/** Labels for samples without a headline of their own. */
const LABELS = { "seed.txt": "Tân Giang: UBMTTQ và các đoàn thể tổng kết năm 2020 (no headline)" };

/** The sample articles: every fixtures/*.txt|html, seed first, with the headline from its gold file as label. */
export function readFixtures(dir = join(root, "fixtures")) {
  const files = readdirSync(dir)
    .filter((f) => /\.(txt|html?)$/.test(f))
    .sort((a, b) => (a.startsWith("seed") ? -1 : b.startsWith("seed") ? 1 : a.localeCompare(b)));
  return files.map((file) => {
    const input = readFileSync(join(dir, file), "utf8");
    const gold = join(dir, file.replace(/\.(txt|html?)$/, ".gold.json"));
    const title = existsSync(gold) ? JSON.parse(readFileSync(gold, "utf8")).title : null;
    const firstLine = input.replace(/<[^>]{0,500}>/g, " ").trim().split("\n")[0] ?? file;
    const label = title ?? LABELS[file] ?? (firstLine.length > 70 ? firstLine.slice(0, 68) + "…" : firstLine);
    return { id: file, label, format: /\.html?$/.test(file) ? "html" : "text", input };
  });
}

/** Bundles the demo; returns esbuild's metafile. */
export async function buildDemo({ outdir = join(here, "dist"), minify = true } = {}) {
  const fixtures = readFixtures();
  const result = await build({
    entryPoints: [join(here, "app.ts")],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: ["es2020", "chrome100", "firefox100", "safari15"],
    minify,
    sourcemap: true,
    outdir,
    metafile: true,
    logLevel: "warning",
    alias: {
      "vn-ward-news/search": join(root, "src/search/index.ts"),
      "vn-ward-news": join(root, "src/index.ts"),
    },
    plugins: [
      // as in the published build: only htmlparser2's Parser, not its index (scripts/htmlparser2-plugin.mjs)
      htmlparser2ParserOnly(),
      {
        name: "fixtures",
        setup(b) {
          b.onResolve({ filter: /^virtual:fixtures$/ }, () => ({ path: "fixtures", namespace: "fixtures" }));
          b.onLoad({ filter: /.*/, namespace: "fixtures" }, () => ({ contents: JSON.stringify(fixtures), loader: "json" }));
        },
      },
    ],
  });
  return { metafile: result.metafile, fixtures: fixtures.length };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const t0 = performance.now();
  const { metafile, fixtures } = await buildDemo();
  if (!process.argv.includes("--quiet")) {
    const bytes = Object.entries(metafile.outputs)
      .filter(([f]) => f.endsWith(".js"))
      .reduce((n, [, o]) => n + o.bytes, 0);
    console.log(`demo/dist/app.js: ${(bytes / 1024).toFixed(0)} KB with ${fixtures} sample articles, built in ${(performance.now() - t0).toFixed(0)} ms`);
  }
}
