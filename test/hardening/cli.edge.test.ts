/**
 * Inputs at the edge that are not errors. Decided behaviour (documented in src/cli/commands/input.ts
 * and `parse --help`): an empty file, empty stdin and closed stdin are an empty article: `parse`
 * prints a record with only warnings and exits 0, `normalize` prints nothing and exits 0.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rmSync } from "node:fs";
import { runCli, runShell, scratch } from "./cli-support.js";
import { ArticleRecordSchema } from "../../src/index.js";

let f: Record<string, string> = {};
beforeAll(() => {
  f = scratch();
});
afterAll(() => rmSync(f.dir!, { recursive: true, force: true }));

const EMPTY_WARNINGS = ["no-title", "no-published-date", "no-event-date", "no-event-type", "no-venue", "no-officials"];

function emptyRecord(json: string) {
  const r = ArticleRecordSchema.parse(JSON.parse(json));
  expect(r.text).toBe("");
  expect(r.warnings.map((w) => w.code)).toEqual(EMPTY_WARNINGS);
}

describe("empty input", () => {
  it.each([
    ["an empty file", () => ["parse", f["empty.txt"]!, "--json"], ""],
    ["empty stdin", () => ["parse", "-", "--json"], ""],
    ["stdin of whitespace and invisible characters", () => ["parse", "-", "--json"], " \n\u200b\ufeff\t\n"],
  ] as Array<[string, () => string[], string]>)("parse: %s gives a record with only warnings", async (_n, argv, stdin) => {
    const r = await runCli(argv(), stdin);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    emptyRecord(r.out);
  });

  it.each([
    ["an empty file", () => ["normalize", f["empty.txt"]!]],
    ["empty stdin", () => ["normalize", "-"]],
    ["no argument and empty stdin", () => ["normalize"]],
  ] as Array<[string, () => string[]]>)("normalize: %s prints nothing", async (_n, argv) => {
    const r = await runCli(argv(), "");
    expect(r).toEqual({ code: 0, out: "", err: "" });
  });

  it("parse - with stdin closed (<&-) gives the empty record, exit 0", () => {
    const r = runShell("$CLI parse - --json <&-");
    expect(r.code).toBe(0);
    emptyRecord(r.out);
  });

  it("parse - with stdin from /dev/null gives the empty record, exit 0", () => {
    const r = runShell("$CLI parse - --json < /dev/null");
    expect(r.code).toBe(0);
    emptyRecord(r.out);
  });

  it("normalize with stdin closed prints nothing, exit 0", () => {
    const r = runShell("$CLI normalize <&-");
    expect({ code: r.code, out: r.out }).toEqual({ code: 0, out: "" });
  });
});

describe("legacy bytes with --encoding", () => {
  const TEXT = "Chiều ngày 07/01/2021 tại hội trường UBND phường Tân Giang đã diễn ra hội nghị tổng kết.";
  it.each(["windows-1258", "cp1258", "auto"])("parse --encoding %s reads a Windows-1258 file", async (enc) => {
    const r = await runCli(["parse", f["cp1258.txt"]!, "--encoding", enc, "--json"]);
    expect(r.code).toBe(0);
    const rec = JSON.parse(r.out);
    expect(rec.text).toBe(TEXT);
    expect(rec.event.date.iso).toBe("2021-01-07");
  });
  it("normalize --encoding auto reads the same file", async () => {
    const r = await runCli(["normalize", f["cp1258.txt"]!, "--encoding", "auto"]);
    expect(r).toEqual({ code: 0, out: TEXT + "\n", err: "" });
  });
  it("parse --encoding auto on stdin bytes", async () => {
    const { encodeCp1258 } = await import("../normalize/legacy/encoders.js");
    const r = await runCli(["parse", "-", "--encoding", "auto", "--json"], new Uint8Array(encodeCp1258(TEXT)));
    expect(JSON.parse(r.out).text).toBe(TEXT);
  });
});

describe("other edges", () => {
  it("a byte order mark and CRLF line ends are read as text", async () => {
    const r = await runCli(["parse", f["bom.txt"]!, "--json"]);
    expect(r.code).toBe(0);
    const rec = JSON.parse(r.out);
    expect(rec.text.startsWith("Chiều ngày 07/01/2021")).toBe(true);
    expect(rec.text).not.toMatch(/\r|\ufeff/);
  });
  it("--max-input-length raises the limit", async () => {
    const r = await runCli(["parse", f["big.txt"]!, "--max-input-length", "5_000", "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).source.inputLength).toBe(3800);
  });
});
