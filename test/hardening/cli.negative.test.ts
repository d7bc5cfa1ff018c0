/**
 * Bad input and bad usage at the CLI: one line on stderr starting "vn-ward-news: ", no stack trace,
 * nothing on stdout, exit 1 for bad input and 2 for bad usage.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rmSync } from "node:fs";
import { runCli, runShell, scratch, type CliResult } from "./cli-support.js";

let f: Record<string, string> = {};
beforeAll(() => {
  f = scratch();
});
afterAll(() => rmSync(f.dir!, { recursive: true, force: true }));

function oneLineError(r: CliResult, code: number, pattern: RegExp) {
  expect(r.code).toBe(code);
  expect(r.out).toBe("");
  expect(r.err.endsWith("\n")).toBe(true);
  expect(r.err.trimEnd().split("\n")).toHaveLength(1);
  expect(r.err).toMatch(/^vn-ward-news: /);
  expect(r.err).not.toMatch(/\n\s+at /);
  expect(r.err).toMatch(pattern);
}

// [name, argv (paths by key of the scratch folder as {key}), exit code, stderr pattern]
const BAD_INPUT: Array<[string, string[], RegExp]> = [
  ["parse: a missing file", ["parse", "{dir}/missing.txt"], /missing\.txt: no such file or folder \[INPUT_NOT_FOUND\]/],
  ["normalize: a missing file", ["normalize", "{dir}/missing.txt"], /no such file \[INPUT_NOT_FOUND\]/],
  ["normalize: a folder where a file is expected", ["normalize", "{empty-folder}"], /is a folder, expected a file \[INPUT_IS_DIRECTORY\]/],
  ["parse: an empty folder", ["parse", "{empty-folder}"], /folder has no \.txt or \.html articles \[INPUT_NOT_FOUND\]/],
  ["parse: a folder without articles", ["parse", "{no-articles}"], /folder has no \.txt or \.html articles/],
  ["parse: a binary file", ["parse", "{binary.txt}"], /looks like a binary file .*\[INPUT_NOT_TEXT\]/],
  ["normalize: a binary file", ["normalize", "{binary.txt}"], /binary file/],
  ["parse: invalid UTF-8 names the byte and --encoding", ["parse", "{latin1.txt}"], /not valid UTF-8 \(byte 1\); .*--encoding windows-1258, tcvn or auto \[INPUT_NOT_TEXT\]/],
  ["normalize: invalid UTF-8", ["normalize", "{cp1258.txt}"], /not valid UTF-8 .*--encoding/],
  ["parse: over --max-input-length", ["parse", "{big.txt}", "--max-input-length", "2000"], /input is 3800 characters, more than the limit of 2000 .*\[INPUT_TOO_LARGE\]/],
  ["parse: a file over the byte limit is refused before reading", ["parse", "{big.txt}", "--max-input-length", "100"], /big\.txt: input is larger than 300 bytes.*\[INPUT_TOO_LARGE\]/],
  ["parse: a device that never ends", ["parse", "/dev/zero", "--max-input-length", "1000"], /\/dev\/zero: input is larger than 3000 bytes/],
  ["parse: a path with a NUL byte", ["parse", "a\0b.txt"], /no such file or folder/],
  ["parse: a file under a file", ["parse", "{big.txt}/x.txt"], /no such file or folder \[INPUT_NOT_FOUND\]/],
];

const BAD_USAGE: Array<[string, string[], RegExp]> = [
  ["no command", [], /./],
  ["an unknown command", ["frobnicate"], /unknown command "frobnicate"/],
  ["an unknown option", ["parse", "{big.txt}", "--frob"], /Unknown option '--frob'.*try: vn-ward-news parse --help/],
  ["parse without input", ["parse"], /parse needs a file, a folder or - for stdin/],
  ["- mixed with files", ["parse", "-", "{big.txt}"], /cannot be combined/],
  ["--json with --ndjson", ["parse", "{big.txt}", "--json", "--ndjson"], /cannot be used together/],
  ["a bad --tone", ["parse", "{big.txt}", "--tone", "loud"], /--tone must be one of old, new, preserve/],
  ["a bad --encoding (parse)", ["parse", "{big.txt}", "--encoding", "koi8-r"], /--encoding must be one of/],
  ["a bad --encoding (normalize)", ["normalize", "{big.txt}", "--encoding", "ebcdic"], /--encoding must be one of/],
  ["a bad --max-input-length", ["parse", "{big.txt}", "--max-input-length", "0"], /--max-input-length must be a positive whole number/],
  ["normalize with two files", ["normalize", "{big.txt}", "{bom.txt}"], /at most one file/],
];

const expand = (argv: string[]) => argv.map((a) => a.replace(/\{([^}]+)\}/g, (_, k: string) => f[k] ?? `{${k}}`));

describe("bad input: one line, exit 1", () => {
  it.each(BAD_INPUT)("%s", async (_name, argv, pattern) => {
    oneLineError(await runCli(expand(argv)), 1, pattern);
  });
});

describe("bad usage: one line, exit 2", () => {
  it.each(BAD_USAGE)("%s", async (_name, argv, pattern) => {
    const r = await runCli(expand(argv));
    if (argv.length === 0) {
      // no command prints the help on stderr (nothing lands in a pipe) and exits 2
      expect(r.code).toBe(2);
      expect(r.out).toBe("");
      expect(r.err).toMatch(/Usage: vn-ward-news <command>/);
      return;
    }
    oneLineError(r, 2, pattern);
  });
});

describe("a batch with bad files", () => {
  it("prints the good records, one line per bad file, and exits 1", async () => {
    const r = await runCli(["parse", f["bom.txt"]!, f["binary.txt"]!, f["big.txt"]!, f["latin1.txt"]!, "--ndjson"]);
    expect(r.code).toBe(1);
    const ids = r.out.trimEnd().split("\n").map((l) => JSON.parse(l).id);
    expect(ids).toEqual([f["bom.txt"], f["big.txt"]]);
    const lines = r.err.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^vn-ward-news: .*binary\.txt: looks like a binary file .*\[INPUT_NOT_TEXT\]$/);
    expect(lines[1]).toMatch(/^vn-ward-news: .*latin1\.txt: not valid UTF-8 .*\[INPUT_NOT_TEXT\]$/);
  });
  it("--json prints an array of the good records", async () => {
    const r = await runCli(["parse", f["binary.txt"]!, f["big.txt"]!, "--json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).map((x: { id: string }) => x.id)).toEqual([f["big.txt"]]);
  });
});

describe("as a process", () => {
  it("a missing file: one line, exit 1, no stack trace", () => {
    const r = runShell("$CLI parse /no/such/file.txt");
    oneLineError(r, 1, /no such file/);
  });
  it("a bad option: exit 2", () => {
    const r = runShell("$CLI parse --frob");
    oneLineError(r, 2, /Unknown option/);
  });
  it("--debug adds the stack trace", () => {
    const r = runShell("$CLI parse /no/such/file.txt --debug");
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/\n\s+at /);
  });
  it("a reader that closes the pipe early: no EPIPE stack trace", () => {
    const r = runShell("$CLI parse fixtures --ndjson | head -c 20 > /dev/null; echo \"exit=${PIPESTATUS:-done}\"");
    expect(r.err).not.toMatch(/EPIPE|Unhandled|\n\s+at /);
  });
});
