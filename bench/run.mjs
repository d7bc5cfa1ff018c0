// npm run bench: runs every bench/*.bench.mjs in order. Each prints ratios against a baseline measured in the same run.
import { readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { dirname, join } from "node:path";

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
for (const f of readdirSync(here).filter((f) => f.endsWith(".bench.mjs")).sort()) {
  if (only && !f.includes(only)) continue;
  console.log(`\n## ${f}`);
  await import(pathToFileURL(join(here, f)).href);
}
