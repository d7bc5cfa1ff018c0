import { runCli } from "./support/cli.js";
import { describe, it, expect } from "vitest";


describe("cli", () => {
  it("prints the version", async () => {
    const r = await runCli(["--version"]);
    expect(r.code).toBe(0);
    expect(r.out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
  it("rejects an unknown command with exit 2 and one line", async () => {
    const r = await runCli(["frobnicate"]);
    expect(r.code).toBe(2);
    expect(r.err.trim().split("\n")).toHaveLength(1);
  });
  it("normalize: a missing file is one line and exit 1", async () => {
    const r = await runCli(["normalize", "no/such/file.txt"]);
    expect(r.code).toBe(1);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toContain("no such file");
  });
  it("normalize: a folder is one line and exit 1", async () => {
    const r = await runCli(["normalize", "fixtures"]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("folder");
  });
  it("normalize --fold reads stdin and keeps lines", async () => {
    const r = await runCli(["normalize", "-", "--fold"], "Tân Giang\nĐường Hồ");
    expect(r.code).toBe(0);
    expect(r.out).toBe("tan giang\nduong ho\n");
  });
  it("a bad --tone is a usage error", async () => {
    const r = await runCli(["normalize", "-", "--tone", "weird"], "x");
    expect(r.code).toBe(2);
  });
});
