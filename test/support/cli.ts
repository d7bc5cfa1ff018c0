/** Runs the CLI in-process with an in-memory CliIO: what it printed, and its exit code. */
import { main } from "../../src/cli/main.js";
import type { CliIO } from "../../src/cli/io.js";

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function runCli(argv: string[], stdin: string | Uint8Array = "", env: Record<string, string | undefined> = {}): Promise<CliRun> {
  let out = "";
  let err = "";
  const bytes = typeof stdin === "string" ? new TextEncoder().encode(stdin) : stdin;
  const io: CliIO = {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    env,
    cwd: process.cwd(),
    readStdin: async () => bytes,
  };
  const code = await main(argv, io);
  return { code, out, err };
}
