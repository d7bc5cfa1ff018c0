import type { Plugin } from "esbuild";

/** Where htmlparser2's ESM Parser module is. */
export function htmlparser2ParserPath(): string;
/** esbuild plugin: the bare specifier `htmlparser2` resolves to its Parser module only. */
export function htmlparser2ParserOnly(): Plugin;
