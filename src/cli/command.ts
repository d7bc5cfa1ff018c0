import type { ParseArgsConfig } from "node:util";
import type { CliIO } from "./io.js";

/** One subcommand of `vn-ward-news`. Each lives in src/cli/commands/<name>.ts. */
export interface Command {
  name: string;
  summary: string;
  /** Usage line(s) shown by --help, after "vn-ward-news ". */
  usage: string;
  /** Shown by --help under "Examples:". */
  examples: string[];
  /** Options for node:util parseArgs (strict, positionals allowed). --help, --debug, --quiet are added for every command. */
  options: NonNullable<ParseArgsConfig["options"]>;
  /** Option descriptions for --help, by option name. */
  help: Record<string, string>;
  /** Returns the exit code. Throws UsageError for bad usage, VnWardNewsError for bad input. */
  run(values: Record<string, unknown>, positionals: string[], io: CliIO): Promise<number>;
}
