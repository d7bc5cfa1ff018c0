// Bundle size: what a browser user downloads for each entry point (esbuild --minify, gzip -9), and the
// core's budget from bench/size-budget.json (also enforced by `npm run check:package` in CI).
import { reportSizes } from "../scripts/size.mjs";

if (!(await reportSizes())) {
  console.error("size: the core entry is over its budget (bench/size-budget.json)");
  process.exitCode = 1;
}
