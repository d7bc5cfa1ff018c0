/**
 * Reading articles from files, folders and stdin, with clear typed errors: a missing file
 * (INPUT_NOT_FOUND), a folder (INPUT_IS_DIRECTORY), binary data or invalid UTF-8 (INPUT_NOT_TEXT),
 * a file over the size limit (INPUT_TOO_LARGE, checked before reading), and a file the system will
 * not let us read (INPUT_UNREADABLE). Devices and pipes (/dev/stdin, a FIFO) are read as a stream,
 * stopped at the limit, so `/dev/zero` cannot exhaust memory.
 */
import { readFile, stat, readdir } from "node:fs/promises";
import { createReadStream, type Stats } from "node:fs";
import { join } from "node:path";
import { InputTooLargeError, VnWardNewsError } from "../errors.js";

/** Extensions read when a folder is given. */
export const ARTICLE_EXTENSIONS = [".txt", ".html", ".htm"];

/**
 * Default limit on a file's size in bytes (12 MB), 3 bytes per character of parseArticle's default
 * limit of 4,000,000 characters: UTF-8 takes at most 3 bytes per UTF-16 code unit, so a larger file
 * would be refused by that limit anyway, only after reading and decoding all of it.
 */
export const DEFAULT_MAX_FILE_BYTES = 12_000_000;

export interface ReadFileOptions {
  /** Files larger than this are refused with InputTooLargeError before being read; default {@link DEFAULT_MAX_FILE_BYTES}. */
  maxBytes?: number;
}

/** Offset of the first byte that is not part of well-formed UTF-8, or -1. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  const n = b.length;
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let len: number;
    let min: number;
    if (c >= 0xc2 && c <= 0xdf) (len = 2), (min = 0x80);
    else if (c >= 0xe0 && c <= 0xef) (len = 3), (min = 0x800);
    else if (c >= 0xf0 && c <= 0xf4) (len = 4), (min = 0x10000);
    else return i;
    if (i + len > n) return i;
    let cp = c & (0xff >> (len + 1));
    for (let k = 1; k < len; k++) {
      const x = b[i + k]!;
      if ((x & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (x & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += len;
  }
  return -1;
}

/**
 * Decodes bytes as UTF-8 text, refusing binary data (NUL bytes in the first 8 KB) and invalid UTF-8
 * (naming the offset of the first bad byte and the --encoding option). A byte order mark is dropped.
 *
 * @example
 * ```ts
 * decodeText(new TextEncoder().encode("Hội nghị"), "a.txt"); // "Hội nghị"
 * decodeText(new Uint8Array([0x48, 0xf4, 0x69]), "a.txt"); // throws INPUT_NOT_TEXT: "a.txt: not valid UTF-8 (byte 1 ...)"
 * ```
 */
export function decodeText(bytes: Uint8Array, name: string): string {
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) throw new VnWardNewsError("INPUT_NOT_TEXT", `${name}: looks like a binary file (NUL bytes), not text`);
  try {
    let s = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
    return s;
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new VnWardNewsError(
      "INPUT_NOT_TEXT",
      `${name}: not valid UTF-8${at >= 0 ? ` (byte ${at})` : ""}; for a legacy Vietnamese encoding use --encoding windows-1258, tcvn or auto`,
    );
  }
}

/** A one-line error for a failed file-system call. */
function fsError(path: string, e: unknown, what: "file" | "file or folder" | "folder"): VnWardNewsError {
  const code = (e as { code?: string } | null)?.code;
  if (code === "ENOENT" || code === "ENOTDIR") return new VnWardNewsError("INPUT_NOT_FOUND", `${path}: no such ${what}`, { cause: e });
  if (code === "EISDIR") return new VnWardNewsError("INPUT_IS_DIRECTORY", `${path}: is a folder, expected a file`, { cause: e });
  const reason =
    code === "EACCES" || code === "EPERM" ? "permission denied" : code === "ELOOP" ? "too many symbolic links" : code === "ENAMETOOLONG" ? "name too long" : (code ?? "read error");
  return new VnWardNewsError("INPUT_UNREADABLE", `${path}: cannot read (${reason})`, { cause: e });
}

async function statOf(path: string, what: "file" | "file or folder"): Promise<Stats> {
  if (typeof path !== "string" || path === "" || path.includes("\0")) throw new VnWardNewsError("INPUT_NOT_FOUND", `${JSON.stringify(String(path))}: no such ${what}`);
  try {
    return await stat(path);
  } catch (e) {
    throw fsError(path, e, what);
  }
}

/** Reads a device or pipe until its end, refusing more than `max` bytes. */
function readStream(path: string, max: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const s = createReadStream(path);
    s.on("data", (c: Buffer | string) => {
      const b = typeof c === "string" ? Buffer.from(c) : c;
      size += b.length;
      if (size > max) {
        s.destroy();
        reject(new InputTooLargeError(size, max, "bytes", path));
        return;
      }
      chunks.push(b);
    });
    s.on("error", (e) => reject(fsError(path, e, "file")));
    s.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
  });
}

/**
 * Reads one file's bytes with the one-line errors of this module: missing, a folder, over
 * `maxBytes` (checked before reading a regular file; a device or pipe is read up to it), unreadable.
 *
 * @example
 * ```ts
 * const bytes = await readFileBytes("fixtures/seed.txt");
 * await readFileBytes("/dev/zero", { maxBytes: 1000 }); // throws INPUT_TOO_LARGE
 * ```
 */
export async function readFileBytes(path: string, options: ReadFileOptions = {}): Promise<Uint8Array> {
  const max = options.maxBytes ?? DEFAULT_MAX_FILE_BYTES;
  const st = await statOf(path, "file");
  if (st.isDirectory()) throw new VnWardNewsError("INPUT_IS_DIRECTORY", `${path}: is a folder, expected a file`);
  if (!st.isFile()) return readStream(path, max);
  if (st.size > max) throw new InputTooLargeError(st.size, max, "bytes", path);
  try {
    return new Uint8Array(await readFile(path));
  } catch (e) {
    throw fsError(path, e, "file");
  }
}

/**
 * Reads one text file (UTF-8), with one-line errors for a missing file, a folder, binary or invalid
 * UTF-8 content, a file over the size limit, or a file that cannot be read.
 *
 * @example
 * ```ts
 * const text = await readTextFile("fixtures/seed.txt");
 * ```
 */
export async function readTextFile(path: string, options: ReadFileOptions = {}): Promise<string> {
  return decodeText(await readFileBytes(path, options), path);
}

/**
 * Expands files and folders into the list of article files (folders: .txt/.html/.htm, sorted,
 * recursively, skipping dot-folders and not following symbolic links to folders). A folder without
 * articles is an error (INPUT_NOT_FOUND), as is a missing path.
 *
 * @example
 * ```ts
 * await expandInputs(["fixtures"]); // ["fixtures/01-....txt", ...]
 * ```
 */
export async function expandInputs(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const st = await statOf(p, "file or folder");
    if (st.isDirectory()) {
      const found: string[] = [];
      const walk = async (dir: string) => {
        let entries;
        try {
          entries = await readdir(dir, { withFileTypes: true });
        } catch (e) {
          throw fsError(dir, e, "folder");
        }
        for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
          if (e.name.startsWith(".")) continue;
          const full = join(dir, e.name);
          if (e.isDirectory()) await walk(full);
          else if (ARTICLE_EXTENSIONS.some((x) => e.name.toLowerCase().endsWith(x))) found.push(full);
        }
      };
      await walk(p);
      if (!found.length) throw new VnWardNewsError("INPUT_NOT_FOUND", `${p}: folder has no .txt or .html articles`);
      out.push(...found);
    } else out.push(p);
  }
  return out;
}
