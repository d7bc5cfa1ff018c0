import { defineConfig } from "tsup";

// One build, four entry points. The core (`index`) and `search` must stay browser-safe:
// nothing under src/node or src/cli may be imported from them.
export default defineConfig([
  {
    entry: {
      index: "src/index.ts",
      search: "src/search/index.ts",
      node: "src/node/index.ts",
    },
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    sourcemap: false,
    target: "es2022",
    platform: "neutral",
    splitting: true,
    treeshake: true,
    external: ["pg-promise", "iconv-lite", "cli-progress", /^node:/],
  },
  {
    entry: { cli: "src/cli/cli.ts" },
    format: ["esm"],
    dts: false,
    clean: false,
    target: "node20",
    platform: "node",
    external: ["pg-promise"],
  },
]);
