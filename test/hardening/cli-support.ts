/**
 * Running the CLI in tests: in memory (main() with a fake CliIO) and as a real process (for pipes,
 * closed stdin and exit codes as a shell sees them).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { main } from "../../src/cli/main.js";
import type { CliIO } from "../../src/cli/io.js";
import { encodeCp1258 } from "../normalize/legacy/encoders.js";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../..");

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

/** Runs main() with `stdin` as the standard input (text or bytes). */
export async function runCli(argv: string[], stdin: string | Uint8Array = ""): Promise<CliResult> {
  let out = "";
  let err = "";
  const io: CliIO = {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    env: {},
    cwd: ROOT,
    readStdin: async () => (typeof stdin === "string" ? new TextEncoder().encode(stdin) : stdin),
  };
  const code = await main(argv, io);
  return { code, out, err };
}

/** Runs the CLI from source as a child process through a shell command line (`$CLI` is the CLI). */
export function runShell(command: string, timeoutMs = 60_000): CliResult {
  const cli = `${join(ROOT, "node_modules/.bin/tsx")} ${join(ROOT, "src/cli/cli.ts")}`;
  const r = spawnSync("sh", ["-c", command.replaceAll("$CLI", cli)], { cwd: ROOT, encoding: "utf8", timeout: timeoutMs, env: { ...process.env, NO_COLOR: "1" } });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

/** A scratch folder with the bad inputs the tests use. */
export function scratch(): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), "vwn-hard-"));
  const p = (name: string) => join(dir, name);
  writeFileSync(p("binary.txt"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0xff]));
  writeFileSync(p("latin1.txt"), Buffer.from("H\xf4i ngh\xec x\xe3 T\xe2n Giang", "latin1"));
  writeFileSync(p("cp1258.txt"), encodeCp1258("Chiều ngày 07/01/2021 tại hội trường UBND phường Tân Giang đã diễn ra hội nghị tổng kết."));
  writeFileSync(p("empty.txt"), "");
  writeFileSync(p("bom.txt"), "\ufeffChiều ngày 07/01/2021 tại hội trường UBND phường Tân Giang đã diễn ra hội nghị tổng kết.\r\n");
  writeFileSync(p("big.txt"), "Hội nghị tổng kết. ".repeat(200));
  mkdirSync(p("empty-folder"));
  mkdirSync(p("no-articles"));
  writeFileSync(p("no-articles/readme.md"), "# not an article");
  writeFileSync(p("no-articles/data.json"), "{}");
  return { dir, ...Object.fromEntries(["binary.txt", "latin1.txt", "cp1258.txt", "empty.txt", "bom.txt", "big.txt", "empty-folder", "no-articles"].map((n) => [n, p(n)])) };
}
