/**
 * `vn-ward-news <command>`: dispatch, --help/--version, and the error policy
 * (one line on stderr; exit 1 for bad input, 2 for bad usage; a stack trace only with --debug).
 */
import { parseArgs } from "node:util";
import { VnWardNewsError } from "../errors.js";
import { UsageError, type CliIO } from "./io.js";
import type { Command } from "./command.js";
import { commands } from "./commands/index.js";
import { VERSION } from "../version.js";

const COMMON = {
  help: { type: "boolean", short: "h" },
  debug: { type: "boolean" },
  quiet: { type: "boolean", short: "q" },
} as const;

function topHelp(): string {
  const lines = [
    `vn-ward-news ${VERSION}: Vietnamese ward and commune news to clean, structured, searchable data`,
    "",
    "Usage: vn-ward-news <command> [options]",
    "",
    "Commands:",
    ...commands.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`),
    "",
    "Options:",
    "  -h, --help     show help (also: vn-ward-news <command> --help)",
    "  -v, --version  print the version",
    "",
    "Run 'vn-ward-news <command> --help' for a command's options and examples.",
  ];
  return lines.join("\n") + "\n";
}

/** --help text of one command. */
export function commandHelp(c: Command): string {
  const opts = Object.entries({ ...c.options, ...COMMON }).map(([name, o]) => {
    const flag = `${"short" in o && o.short ? `-${o.short}, ` : "    "}--${name}${(o.type as string) === "string" ? " <value>" : ""}`;
    const desc =
      c.help[name] ?? { help: "show this help", debug: "print stack traces on errors", quiet: "print nothing on stderr but errors" }[name] ?? "";
    return `  ${flag.padEnd(28)} ${desc}`;
  });
  return [
    `vn-ward-news ${c.name}: ${c.summary}`,
    "",
    "Usage:",
    ...c.usage.split("\n").map((u) => `  vn-ward-news ${u}`),
    "",
    "Options:",
    ...opts,
    "",
    "Examples:",
    ...c.examples.map((e) => `  ${e}`),
    "",
  ].join("\n");
}

function oneLine(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return msg.split("\n")[0]!.replace(/^vn-ward-news: /, "");
}

/**
 * Runs the CLI with `argv` (without node and the script) and returns the exit code.
 *
 * @example
 * ```ts
 * const code = await main(["normalize", "-", "--fold"], processIO());
 * ```
 */
export async function main(argv: string[], io: CliIO): Promise<number> {
  const debug = argv.includes("--debug");
  const [name, ...rest] = argv;
  try {
    if (name === undefined || name === "--help" || name === "-h" || name === "help") {
      io.stdout.write(topHelp());
      return name === undefined ? 2 : 0;
    }
    if (name === "--version" || name === "-v") {
      io.stdout.write(`${VERSION}\n`);
      return 0;
    }
    const command = commands.find((c) => c.name === name);
    if (!command) throw new UsageError(`unknown command "${name}" (try: vn-ward-news --help)`);
    let parsed;
    try {
      parsed = parseArgs({ args: rest, options: { ...command.options, ...COMMON }, allowPositionals: true, strict: true });
    } catch (e) {
      throw new UsageError(`${oneLine(e)} (try: vn-ward-news ${command.name} --help)`);
    }
    if (parsed.values.help) {
      io.stdout.write(commandHelp(command));
      return 0;
    }
    return await command.run(parsed.values as Record<string, unknown>, parsed.positionals, io);
  } catch (e) {
    if (debug && e instanceof Error) io.stderr.write(`${e.stack}\n`);
    if (e instanceof UsageError) {
      io.stderr.write(`vn-ward-news: ${oneLine(e)}\n`);
      return 2;
    }
    if (e instanceof VnWardNewsError) {
      io.stderr.write(`vn-ward-news: ${oneLine(e)} [${e.code}]\n`);
      return 1;
    }
    io.stderr.write(`vn-ward-news: ${oneLine(e)}${debug ? "" : " (run with --debug for details)"}\n`);
    return 1;
  }
}
