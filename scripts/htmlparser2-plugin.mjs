// The esbuild plugin that makes `import { Parser } from "htmlparser2"` bundle only htmlparser2's streaming
// Parser and Tokenizer (with `entities/decode`, the HTML entity decoder they need), not the package index.
//
// Why: htmlparser2's index also re-exports domhandler, domutils and dom-serializer, and dom-serializer
// brings an older copy of `entities` whose decode and encode tables (about 75 KB minified) sit in a folder
// with its own package.json that lacks `sideEffects: false`; the tables are built at module load, so no
// bundler can drop them, although src/clean/html.ts never uses any of it. htmlparser2's `exports` map does
// not publish `dist/esm/Parser.js`, so a plain deep import is not possible; the build inlines the parser
// into dist/ instead (htmlparser2 and entities are devDependencies; their licenses are in
// THIRD_PARTY_NOTICES.md, which the package ships).
//
// Used by tsup.config.ts (the published build), scripts/size.mjs (the size report) and demo/build.mjs.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Where htmlparser2's ESM Parser module is: next to the package's CommonJS index, found by Node's resolution. */
export function htmlparser2ParserPath() {
  const require = createRequire(join(root, "package.json"));
  const cjsIndex = require.resolve("htmlparser2"); // <pkg>/dist/commonjs/index.js
  return join(dirname(dirname(cjsIndex)), "esm", "Parser.js");
}

/** esbuild plugin: the bare specifier `htmlparser2` resolves to its Parser module only. */
export function htmlparser2ParserOnly() {
  return {
    name: "htmlparser2-parser-only",
    setup(build) {
      const path = htmlparser2ParserPath();
      build.onResolve({ filter: /^htmlparser2$/ }, () => ({ path }));
    },
  };
}
