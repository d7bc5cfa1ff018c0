/**
 * CLI polish: --help with examples on every command, --version, colour only on a terminal and never
 * with NO_COLOR, --quiet, "did you mean", help on stderr for bad usage.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { main, closestCommand } from "../../src/cli/main.js";
import { commands } from "../../src/cli/commands/index.js";
import { markSnippet, paint, useColor, type CliIO } from "../../src/cli/io.js";

const ANSI = /\x1b\[[0-9;]*m/;
const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };

async function run(argv: string[], opts: { stdin?: string; tty?: boolean; env?: Record<string, string> } = {}) {
  let out = "";
  let err = "";
  const io: CliIO = {
    stdout: { write: (s: string) => (out += s), isTTY: opts.tty ?? false },
    stderr: { write: (s: string) => (err += s), isTTY: opts.tty ?? false },
    env: opts.env ?? {},
    cwd: process.cwd(),
    readStdin: async () => new TextEncoder().encode(opts.stdin ?? ""),
  };
  const code = await main(argv, io);
  return { code, out, err };
}

describe("--help", () => {
  it.each(commands.map((c) => [c.name]))("%s --help: usage, every option, examples; exit 0", async (name) => {
    const c = commands.find((x) => x.name === name)!;
    const r = await run([name, "--help"]);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    expect(r.out).toContain(`vn-ward-news ${c.usage.split("\n")[0]}`);
    for (const opt of [...Object.keys(c.options), "help", "quiet", "debug"]) expect(r.out).toContain(`--${opt}`);
    expect(c.examples.length).toBeGreaterThan(0);
    expect(r.out).toContain("Examples:");
    for (const e of c.examples) expect(r.out).toContain(e);
  });

  it.each(commands.map((c) => [c.name]))("help %s prints the same as %s --help", async (name) => {
    expect((await run(["help", name])).out).toBe((await run([name, "--help"])).out);
  });

  it.each([["--help"], ["-h"], ["help"]])("%s lists every command with an example, exit 0", async (flag) => {
    const r = await run([flag]);
    expect(r.code).toBe(0);
    for (const c of commands) expect(r.out).toContain(`  ${c.name}`);
    expect(r.out).toContain("Examples:");
  });

  it("no command: the help on stderr (nothing on stdout), exit 2", async () => {
    const r = await run([]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toContain("Usage: vn-ward-news <command>");
  });

  it("help for a command that does not exist is bad usage", async () => {
    const r = await run(["help", "frobnicate"]);
    expect(r.code).toBe(2);
    expect(r.err.trim().split("\n")).toHaveLength(1);
  });
});

describe("--version", () => {
  it.each([["--version"], ["-v"]])("%s prints package.json's version", async (flag) => {
    const r = await run([flag]);
    expect(r).toEqual({ code: 0, out: `${pkg.version}\n`, err: "" });
  });
});

describe("unknown commands", () => {
  it.each([
    ["pars", "parse"],
    ["prase", "parse"],
    ["normalise", "normalize"],
    ["norm", "normalize"],
  ])("%s: did you mean %s", async (typed, meant) => {
    expect(closestCommand(typed)).toBe(meant);
    const r = await run([typed]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`did you mean "${meant}"`);
  });
  it.each([["xyzzy"], ["a"]])("%s: no suggestion", async (typed) => {
    expect(closestCommand(typed)).toBeNull();
    expect((await run([typed])).err).not.toContain("did you mean");
  });
});

describe("colour", () => {
  const seed = readFileSync(new URL("../../fixtures/seed.txt", import.meta.url), "utf8");

  it.each([
    [true, {}, true],
    [false, {}, false],
    [true, { NO_COLOR: "1" }, false],
    [true, { NO_COLOR: "" }, false],
    [true, { TERM: "dumb" }, false],
  ])("tty=%s env=%j: colour %s", (tty, env, expected) => {
    const io = { stdout: { write: () => 0, isTTY: tty }, stderr: { write: () => 0 }, env, cwd: "", readStdin: async () => new Uint8Array() } as CliIO;
    expect(useColor(io)).toBe(expected);
    expect(paint(io).bold("x") !== "x").toBe(expected);
  });

  it("the parse summary is coloured on a terminal and has the same text without the colour codes", async () => {
    const coloured = await run(["parse", "-"], { stdin: seed, tty: true });
    const plain = await run(["parse", "-"], { stdin: seed });
    expect(coloured.out).toMatch(ANSI);
    expect(plain.out).not.toMatch(ANSI);
    expect(coloured.out.replace(/\x1b\[[0-9;]*m/g, "")).toBe(plain.out);
  });

  it("NO_COLOR turns colour off on a terminal too", async () => {
    const r = await run(["parse", "-"], { stdin: seed, tty: true, env: { NO_COLOR: "1" } });
    expect(r.out).not.toMatch(ANSI);
    expect(r.out).toContain("Tống Thị Quỳnh Hoa");
  });

  it("--json never carries colour, even on a terminal", async () => {
    const r = await run(["parse", "-", "--json"], { stdin: seed, tty: true });
    expect(r.out).not.toMatch(ANSI);
    expect(JSON.parse(r.out).officials.length).toBeGreaterThan(0);
  });

  it.each([
    ["phường «Tân Giang»", true, "phường \x1b[1;33mTân Giang\x1b[22;39m"],
    ["phường «Tân Giang»", false, "phường «Tân Giang»"],
    ["no marks", true, "no marks"],
  ])("markSnippet(%j, colour=%s)", (snippet, tty, expected) => {
    const io = { stdout: { write: () => 0, isTTY: tty }, stderr: { write: () => 0 }, env: {}, cwd: "", readStdin: async () => new Uint8Array() } as CliIO;
    expect(markSnippet(snippet, paint(io))).toBe(expected);
  });
});

describe("--quiet", () => {
  it("normalize --repair reports the encoding on stderr, and nothing with --quiet", async () => {
    const loud = await run(["normalize", "--repair"], { stdin: "Tân Giang\n" });
    const quiet = await run(["normalize", "--repair", "--quiet"], { stdin: "Tân Giang\n" });
    expect(loud.err).toMatch(/^repair: /);
    expect(quiet.err).toBe("");
    expect(quiet.out).toBe(loud.out);
  });

  it("errors are still printed with --quiet", async () => {
    const r = await run(["normalize", "no/such/file.txt", "--quiet"]);
    expect(r.code).toBe(1);
    expect(r.err.trim().split("\n")).toHaveLength(1);
  });

  it("a batch to a pipe has no progress bar on stderr", async () => {
    const r = await run(["parse", "fixtures/01-tong-ket-ubnd-tran-lam.txt", "fixtures/seed.txt", "--ndjson"]);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    expect(r.out.trim().split("\n")).toHaveLength(2);
  });
});
