/**
 * Bytes in a Vietnamese byte encoding -> text: UTF-8, Windows-1258 (CP1258) and TCVN 5712 (TCVN3/ABC),
 * the last two through iconv-lite, or "auto" to pick one.
 */
import { readFile, stat } from "node:fs/promises";
import iconv from "iconv-lite";
import { UnsupportedEncodingError, VnWardNewsError } from "../errors.js";
import { isSyllable } from "../normalize/legacy/syllable-check.js";

/** The byte encodings `decodeBytes` reads; "auto" picks one of the other three. */
export type ByteEncoding = "utf-8" | "windows-1258" | "tcvn" | "auto";

/** Accepted spellings of each encoding name (compared lower case, without spaces, dashes and underscores). */
const ALIASES: Readonly<Record<string, Exclude<ByteEncoding, "auto"> | "auto">> = {
  auto: "auto",
  utf8: "utf-8",
  windows1258: "windows-1258",
  cp1258: "windows-1258",
  win1258: "windows-1258",
  tcvn: "tcvn",
  tcvn3: "tcvn",
  tcvn5712: "tcvn",
  tcvn57121: "tcvn",
  vn3: "tcvn",
  abc: "tcvn",
};

/** iconv-lite's name for each encoding (see node_modules/iconv-lite/encodings). */
const ICONV_NAME = { "windows-1258": "windows1258", tcvn: "tcvn" } as const;

/**
 * The canonical name of a byte encoding, or throws UnsupportedEncodingError.
 *
 * @example
 * ```ts
 * byteEncodingName("TCVN-5712"); // "tcvn"
 * byteEncodingName("cp1258"); // "windows-1258"
 * byteEncodingName("koi8-r"); // throws UnsupportedEncodingError
 * ```
 */
export function byteEncodingName(name: string): ByteEncoding {
  const key = String(name).toLowerCase().replace(/[\s_-]/g, "");
  const found = ALIASES[key];
  if (found === undefined) throw new UnsupportedEncodingError(String(name));
  return found;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function decodeWith(bytes: Uint8Array, enc: Exclude<ByteEncoding, "auto">): string {
  let s = enc === "utf-8" ? new TextDecoder("utf-8").decode(bytes) : iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), ICONV_NAME[enc]);
  if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
  // both legacy encodings write some tones as combining marks after the letter: compose them
  return enc === "utf-8" ? s : s.normalize("NFC");
}

/** Share of the words with a non-ASCII letter that are Vietnamese syllables (0 when there are none). */
function syllableScore(text: string): number {
  let words = 0;
  let good = 0;
  for (const w of text.slice(0, 200_000).split(/[^\p{L}\p{M}]+/u)) {
    if (!/[^\x00-\x7f]/.test(w)) continue;
    words++;
    if (isSyllable(w)) good++;
  }
  return words ? good / words : 0;
}

/**
 * Which encoding bytes are in: valid UTF-8 is UTF-8; otherwise Windows-1258 or TCVN 5712, whichever
 * decoding has more Vietnamese syllables among its non-ASCII words (Windows-1258 on a tie).
 *
 * @example
 * ```ts
 * detectByteEncoding(new TextEncoder().encode("Hội nghị")); // "utf-8"
 * detectByteEncoding(iconv.encode("Hội nghị", "tcvn")); // "tcvn"
 * ```
 */
export function detectByteEncoding(bytes: Uint8Array): Exclude<ByteEncoding, "auto"> {
  if (isUtf8(bytes)) return "utf-8";
  const cp1258 = syllableScore(decodeWith(bytes, "windows-1258"));
  const tcvn = syllableScore(decodeWith(bytes, "tcvn"));
  return tcvn > cp1258 ? "tcvn" : "windows-1258";
}

/**
 * Decodes bytes as UTF-8, Windows-1258 or TCVN 5712 (TCVN3/ABC), or "auto" (see detectByteEncoding).
 * The result is NFC; a byte order mark is dropped. Names are forgiving ("cp1258", "TCVN-5712", "utf8");
 * an unknown one throws UnsupportedEncodingError.
 *
 * @example
 * ```ts
 * decodeBytes(Uint8Array.from([0x48, 0xf4, 0xf2, 0x69]), "windows-1258"); // "Hội" (ô, then a combining dot below)
 * decodeBytes(iconv.encode("Hội nghị", "tcvn"), "auto"); // "Hội nghị"
 * ```
 */
export function decodeBytes(bytes: Uint8Array, encoding: ByteEncoding | string = "auto"): string {
  const name = byteEncodingName(encoding);
  return decodeWith(bytes, name === "auto" ? detectByteEncoding(bytes) : name);
}

/**
 * Reads a file as text in a byte encoding (see decodeBytes), with the one-line errors of readTextFile
 * for a missing file or a folder.
 *
 * @example
 * ```ts
 * const text = await readEncodedTextFile("old-report.txt", "tcvn");
 * ```
 */
export async function readEncodedTextFile(path: string, encoding: ByteEncoding | string = "auto"): Promise<string> {
  const name = byteEncodingName(encoding);
  let st;
  try {
    st = await stat(path);
  } catch {
    throw new VnWardNewsError("INPUT_NOT_FOUND", `${path}: no such file`);
  }
  if (st.isDirectory()) throw new VnWardNewsError("INPUT_IS_DIRECTORY", `${path}: is a folder, expected a file`);
  return decodeBytes(await readFile(path), name);
}
