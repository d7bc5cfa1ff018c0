// npm run check:package: is the package right for the people who install it? Run on a fresh build.
//   1. publint --strict          package.json fields, exports, files (warnings count as failures)
//   2. attw --pack .             types resolve for every entry point under node10, node16 (CJS and ESM), bundlers
//   3. size budget               the core entry, minified and gzipped, against bench/size-budget.json, and the
//                                built dist/index.js within 1% of that figure (the report measures what ships)
//   4. smoke test                the packed tarball installed into a throwaway project: ESM, CJS, types, bin
// Exit 1 when any of them fails. `--skip-smoke` leaves out step 4 (the slowest).
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { reportSizes } from "./size.mjs";
import { smoke } from "./smoke-pack.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => join(root, "node_modules", ".bin", name);
const failures = [];

function step(name, fn) {
  const t0 = performance.now();
  console.log(`\n== ${name}`);
  return Promise.resolve(fn()).then((ok) => {
    console.log(`== ${name}: ${ok ? "ok" : "FAILED"} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    if (!ok) failures.push(name);
  });
}

function tool(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" } });
  const out = `${r.stdout ?? ""}${r.stderr ?? ""}`.trim();
  if (out) console.log(out.split("\n").map((l) => `  ${l}`).join("\n"));
  return r.status === 0;
}

await step("publint --strict", () => tool(bin("publint"), ["--strict"]));
await step("attw --pack . (@arethetypeswrong/cli)", () => tool(bin("attw"), ["--pack", ".", "--format", "table-flipped", "--no-emoji"]));
await step("size budget of the core entry", () => reportSizes({ freshBuild: true, log: (l) => console.log(`  ${l.split("\n").join("\n  ")}`) }));
if (!process.argv.includes("--skip-smoke")) {
  await step("smoke test of the packed tarball", async () => {
    const problems = await smoke();
    for (const p of problems) console.log(`  problem: ${p}`);
    return problems.length === 0;
  });
}

if (failures.length) {
  console.error(`\ncheck:package: ${failures.length} failed: ${failures.join("; ")}`);
  process.exitCode = 1;
} else console.log("\ncheck:package: all checks passed");
