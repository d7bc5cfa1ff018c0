import { defineConfig } from "tsup";
import { htmlparser2ParserOnly } from "./scripts/htmlparser2-plugin.mjs";

// One build, four entry points. The core (`index`) and `search` must stay browser-safe:
// nothing under src/node or src/cli may be imported from them.
//
// htmlparser2 is a devDependency: its Parser and Tokenizer (with the entity decoder of `entities`) are
// inlined into dist/ by the plugin below, so users' bundlers never see the package index, whose
// dom-serializer -> entities@4 tables cannot be tree-shaken (scripts/htmlparser2-plugin.mjs says why).
// Everything in `dependencies` stays external, as tsup does by default.
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
    esbuildPlugins: [htmlparser2ParserOnly()],
  },
  {
    entry: { cli: "src/cli/cli.ts" },
    format: ["esm"],
    dts: false,
    clean: false,
    target: "node20",
    platform: "node",
    external: ["pg-promise"],
    esbuildPlugins: [htmlparser2ParserOnly()],
  },
]);
