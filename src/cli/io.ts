import cliProgress from "cli-progress";

/** The CLI's view of the outside world, so commands can be tested without a process. */
export interface CliIO {
  stdout: { write(chunk: string): unknown; isTTY?: boolean };
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
  /** Reads all of standard input as bytes. */
  readStdin(): Promise<Uint8Array>;
  env: Record<string, string | undefined>;
  cwd: string;
}

/** Thrown for bad usage (unknown flag, missing argument): exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** The process's IO. */
export function processIO(): CliIO {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    async readStdin() {
      const chunks: Buffer[] = [];
      for await (const c of process.stdin) chunks.push(c as Buffer);
      return new Uint8Array(Buffer.concat(chunks));
    },
  };
}

/** Colour only on a terminal and never with NO_COLOR. */
export function useColor(io: CliIO, stream: "stdout" | "stderr" = "stdout"): boolean {
  return Boolean(io[stream].isTTY) && io.env.NO_COLOR === undefined && io.env.TERM !== "dumb";
}

/** Text styles for terminal output; every function returns its input unchanged when colour is off. */
export interface Paint {
  enabled: boolean;
  bold(s: string): string;
  dim(s: string): string;
  /** Headings and names. */
  accent(s: string): string;
  /** Highlighted matches in snippets. */
  mark(s: string): string;
  warn(s: string): string;
}

const sgr = (on: string, off: string) => (s: string) => (s ? `\x1b[${on}m${s}\x1b[${off}m` : s);
const plain = (s: string) => s;

/**
 * Styles for one output stream: ANSI colours on a terminal, plain text otherwise (a pipe, a file,
 * NO_COLOR set, TERM=dumb).
 *
 * @example
 * ```ts
 * const p = paint(io);
 * io.stdout.write(`${p.bold("Tân Giang")} ${p.dim("(seed.txt)")}\n`);
 * ```
 */
export function paint(io: CliIO, stream: "stdout" | "stderr" = "stdout"): Paint {
  if (!useColor(io, stream)) return { enabled: false, bold: plain, dim: plain, accent: plain, mark: plain, warn: plain };
  return { enabled: true, bold: sgr("1", "22"), dim: sgr("2", "22"), accent: sgr("36", "39"), mark: sgr("1;33", "22;39"), warn: sgr("33", "39") };
}

/**
 * A snippet with its «marked» matches: coloured (without the guillemets) on a terminal, as is otherwise.
 *
 * @example
 * ```ts
 * markSnippet("phường «Tân Giang»", paint(io)); // "phường \x1b[1;33mTân Giang\x1b[22;39m" on a terminal
 * ```
 */
export function markSnippet(snippet: string, p: Paint): string {
  return p.enabled ? snippet.replace(/«([^«»]{0,500})»/g, (_m, s: string) => p.mark(s)) : snippet;
}

/** A progress display for batches; a no-op off a terminal or with --quiet. */
export interface Progress {
  tick(label?: string): void;
  stop(): void;
}

/**
 * A progress bar on stderr for `total` items, shown only when stderr is a terminal and not `quiet`
 * (so redirected or piped output never carries it).
 *
 * @example
 * ```ts
 * const bar = progress(io, files.length, { quiet: Boolean(values.quiet) });
 * for (const f of files) { work(f); bar.tick(f); }
 * bar.stop();
 * ```
 */
export function progress(io: CliIO, total: number, options: { quiet?: boolean; label?: string } = {}): Progress {
  const err = io.stderr as CliIO["stderr"] & { columns?: number; cursorTo?: unknown };
  if (options.quiet || !err.isTTY || total < 2 || typeof err.cursorTo !== "function") return { tick() {}, stop() {} };
  const p = paint(io, "stderr");
  const bar = new cliProgress.SingleBar({
    stream: err as unknown as NodeJS.WriteStream,
    format: `${options.label ?? "parsing"} ${p.accent("{bar}")} {value}/{total} ${p.dim("{file}")}`,
    barCompleteChar: "█",
    barIncompleteChar: "░",
    barsize: Math.max(10, Math.min(30, (err.columns ?? 80) - 60)),
    hideCursor: true,
    clearOnComplete: true,
    fps: 10,
  });
  bar.start(total, 0, { file: "" });
  return {
    tick(label = "") {
      bar.increment(1, { file: label.length > 40 ? "…" + label.slice(-39) : label });
    },
    stop() {
      bar.stop();
    },
  };
}
