/**
 * `vn-ward-news <command>`: dispatch, --help/--version, and the error policy
 * (one line on stderr; exit 1 for bad input, 2 for bad usage; a stack trace only with --debug).
 */
import { parseArgs } from "node:util";
import { VnWardNewsError } from "../errors.js";
import { UsageError, paint, type CliIO, type Paint } from "./io.js";
import type { Command } from "./command.js";
import { commands } from "./commands/index.js";
import { VERSION } from "../version.js";

const COMMON = {
  help: { type: "boolean", short: "h" },
  debug: { type: "boolean" },
  quiet: { type: "boolean", short: "q" },
} as const;

const PLAIN: Paint = paint({ stdout: { write: () => 0 }, stderr: { write: () => 0 }, env: {}, cwd: "", readStdin: async () => new Uint8Array() });

/**
 * The help shown by `vn-ward-news --help` (and, on stderr, by `vn-ward-news` alone).
 *
 * @example
 * ```ts
 * io.stdout.write(topHelp(paint(io))); // bold headings on a terminal, plain text otherwise
 * ```
 */
export function topHelp(p: Paint = PLAIN): string {
  const lines = [
    `${p.bold("vn-ward-news")} ${VERSION}: Vietnamese ward and commune news to clean, structured, searchable data`,
    "",
    `${p.bold("Usage:")} vn-ward-news <command> [options]`,
    "",
    p.bold("Commands:"),
    ...commands.map((c) => `  ${p.accent(c.name.padEnd(10))} ${c.summary}`),
    "",
    p.bold("Options:"),
    "  -h, --help     show help (also: vn-ward-news <command> --help, vn-ward-news help <command>)",
    "  -v, --version  print the version",
    "  -q, --quiet    print nothing on stderr but errors (every command)",
    "      --debug    print stack traces on errors (every command)",
    "",
    p.bold("Examples:"),
    ...commands.map((c) => c.examples[0]).filter((e): e is string => !!e).map((e) => `  ${e}`),
    "",
    "Colour is used only on a terminal, never with NO_COLOR set. Exit codes: 0 ok, 1 bad input, 2 bad usage.",
    "Run 'vn-ward-news <command> --help' for a command's options and examples.",
  ];
  return lines.join("\n") + "\n";
}

/**
 * --help text of one command: usage, every option (the common ones too), examples.
 *
 * @example
 * ```ts
 * commandHelp(parseCommand).includes("Examples:"); // true
 * ```
 */
export function commandHelp(c: Command, p: Paint = PLAIN): string {
  const opts = Object.entries({ ...c.options, ...COMMON }).map(([name, o]) => {
    const flag = `${"short" in o && o.short ? `-${o.short}, ` : "    "}--${name}${(o.type as string) === "string" ? " <value>" : ""}`;
    const desc =
      c.help[name] ?? { help: "show this help", debug: "print stack traces on errors", quiet: "print nothing on stderr but errors" }[name] ?? "";
    return `  ${flag.padEnd(28)} ${desc}`;
  });
  return [
    `${p.bold(`vn-ward-news ${c.name}`)}: ${c.summary}`,
    "",
    p.bold("Usage:"),
    ...c.usage.split("\n").map((u) => `  vn-ward-news ${u}`),
    "",
    p.bold("Options:"),
    ...opts,
    "",
    p.bold("Examples:"),
    ...c.examples.map((e) => `  ${e}`),
    "",
  ].join("\n");
}

/**
 * The command whose name is closest to a mistyped one (a prefix of two letters or more, or at most 2
 * edits away), for "did you mean"; null when none is that close.
 *
 * @example
 * ```ts
 * closestCommand("pars"); // "parse"
 * closestCommand("xyzzy"); // null
 * ```
 */
export function closestCommand(name: string): string | null {
  const dist = (a: string, b: string): number => {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      let prev = row[0]!;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const cur = row[j]!;
        row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
        prev = cur;
      }
    }
    return row[b.length]!;
  };
  let best: string | null = null;
  let bestD = 3;
  for (const c of commands) {
    const d = c.name.startsWith(name) && name.length >= 2 ? 0 : dist(name.slice(0, 20), c.name);
    if (d < bestD) [best, bestD] = [c.name, d];
  }
  return best;
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
    if (name === undefined) {
      // no command is bad usage: the help goes to stderr so nothing lands in a pipe
      io.stderr.write(topHelp(paint(io, "stderr")));
      return 2;
    }
    if (name === "--help" || name === "-h" || name === "help") {
      const topic = name === "help" ? rest[0] : undefined;
      const about = topic === undefined ? undefined : commands.find((c) => c.name === topic);
      if (topic !== undefined && !about) throw new UsageError(`no command "${topic}" (try: vn-ward-news --help)`);
      io.stdout.write(about ? commandHelp(about, paint(io)) : topHelp(paint(io)));
      return 0;
    }
    if (name === "--version" || name === "-v") {
      io.stdout.write(`${VERSION}\n`);
      return 0;
    }
    const command = commands.find((c) => c.name === name);
    if (!command) {
      const near = name.startsWith("-") ? null : closestCommand(name);
      throw new UsageError(`unknown ${name.startsWith("-") ? "option" : "command"} "${name}" (${near ? `did you mean "${near}"? ` : ""}try: vn-ward-news --help)`);
    }
    let parsed;
    try {
      parsed = parseArgs({ args: rest, options: { ...command.options, ...COMMON }, allowPositionals: true, strict: true });
    } catch (e) {
      throw new UsageError(`${oneLine(e)} (try: vn-ward-news ${command.name} --help)`);
    }
    if (parsed.values.help) {
      io.stdout.write(commandHelp(command, paint(io)));
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
