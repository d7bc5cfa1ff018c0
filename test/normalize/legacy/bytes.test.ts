/**
 * Byte input (Node): decodeBytes for UTF-8, Windows-1258 and TCVN 5712 through iconv-lite, "auto", the
 * names it accepts, and the CLI's --encoding.
 */
import { runCli } from "../../support/cli.js";
import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { byteEncodingName, decodeBytes, detectByteEncoding, readEncodedTextFile } from "../../../src/node/encoding.js";
import { UnsupportedEncodingError, VnWardNewsError } from "../../../src/errors.js";
import { allSyllables } from "../../../src/normalize/inventory.js";
import { encodeCp1258, title } from "./encoders.js";

const TEXT = "Hội nghị tổng kết công tác năm 2023 của UBND xã Tân Tiến.\nĐẠI HỘI ĐẢNG BỘ XÃ. Quỳnh, thuở, khuỷu, Nguyễn.";


describe("decodeBytes", () => {
  it.each([
    ["utf-8", Buffer.from(TEXT, "utf8")],
    ["windows-1258", encodeCp1258(TEXT)],
    ["tcvn", iconv.encode(TEXT, "tcvn")],
  ] as const)("%s bytes decode to the text, by name and by auto", (name, bytes) => {
    expect(decodeBytes(bytes, name)).toBe(TEXT);
    expect(detectByteEncoding(bytes)).toBe(name);
    expect(decodeBytes(bytes, "auto")).toBe(TEXT);
    expect(decodeBytes(bytes)).toBe(TEXT);
  });

  it("every syllable of the inventory survives Windows-1258 and TCVN 5712 bytes, in three cases", () => {
    const words = allSyllables().flatMap((s) => [s, title(s), s.toUpperCase()]);
    const text = words.join(" ");
    expect(decodeBytes(encodeCp1258(text), "windows-1258")).toBe(text);
    expect(decodeBytes(iconv.encode(text, "tcvn"), "tcvn")).toBe(text);
  });

  it("Windows-1258 bytes carry some tones as combining marks: the result is composed (NFC)", () => {
    const bytes = encodeCp1258("Hội");
    expect([...bytes]).toEqual([0x48, 0xf4, 0xf2, 0x69]); // H ô, combining dot below (0xF2), i
    expect(decodeBytes(bytes, "windows-1258")).toBe("Hội");
  });

  it("drops a UTF-8 byte order mark", () => {
    expect(decodeBytes(Buffer.from("\ufeffHội", "utf8"), "utf-8")).toBe("Hội");
  });

  it.each([
    ["UTF-8", "utf-8"],
    ["utf8", "utf-8"],
    ["Windows-1258", "windows-1258"],
    ["cp1258", "windows-1258"],
    ["TCVN-5712", "tcvn"],
    ["tcvn3", "tcvn"],
    ["TCVN", "tcvn"],
    ["AUTO", "auto"],
  ])("name %s is %s", (name, canonical) => expect(byteEncodingName(name)).toBe(canonical));
});

describe("decodeBytes: negative cases", () => {
  it.each(["koi8-r", "latin1", "", "viqr", "utf-16"])("unknown encoding %j throws UnsupportedEncodingError", (name) => {
    expect(() => decodeBytes(Buffer.from("x"), name)).toThrow(UnsupportedEncodingError);
    try {
      decodeBytes(Buffer.from("x"), name);
    } catch (e) {
      expect((e as VnWardNewsError).code).toBe("UNSUPPORTED_ENCODING");
    }
  });

  it("empty bytes are an empty text", () => {
    expect(decodeBytes(new Uint8Array(), "auto")).toBe("");
  });

  it("a missing file and a folder are typed errors", async () => {
    await expect(readEncodedTextFile("no/such/file.txt", "tcvn")).rejects.toMatchObject({ code: "INPUT_NOT_FOUND" });
    await expect(readEncodedTextFile("fixtures", "tcvn")).rejects.toMatchObject({ code: "INPUT_IS_DIRECTORY" });
  });
});

describe("CLI normalize --encoding", () => {
  const dir = mkdtempSync(join(tmpdir(), "vnwn-enc-"));
  const tcvnFile = join(dir, "tcvn.txt");
  writeFileSync(tcvnFile, iconv.encode(TEXT, "tcvn"));

  it("reads a TCVN 5712 file", async () => {
    const r = await runCli(["normalize", tcvnFile, "--encoding", "tcvn"]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(TEXT + "\n");
  });

  it("reads Windows-1258 from stdin, auto-detected", async () => {
    const r = await runCli(["normalize", "-", "--encoding", "auto"], encodeCp1258(TEXT));
    expect(r.code).toBe(0);
    expect(r.out).toBe(TEXT + "\n");
  });

  it("an unknown encoding is a usage error: one line, exit 2", async () => {
    const r = await runCli(["normalize", tcvnFile, "--encoding", "koi8-r"]);
    expect(r.code).toBe(2);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toContain("--encoding");
  });

  it("a missing file with --encoding is one line, exit 1", async () => {
    const r = await runCli(["normalize", join(dir, "nope.txt"), "--encoding", "tcvn"]);
    expect(r.code).toBe(1);
    expect(r.err.trim().split("\n")).toHaveLength(1);
  });

  it("--repair reports what it found on stderr", async () => {
    const r = await runCli(["normalize", "-", "--repair"], Buffer.from("Héi nghÞ tæng kÕt", "utf8"));
    expect(r.code).toBe(0);
    expect(r.out).toBe("Hội nghị tổng kết\n");
    expect(r.err).toMatch(/^repair: tcvn3 \(confidence 0\.\d\d\)\n$/);
  });
});
