/**
 * Reading articles from files, folders and stdin, with clear typed errors.
 */
import { readFile, stat, readdir } from "node:fs/promises";
import { join } from "node:path";
import { VnWardNewsError } from "../errors.js";

/** Extensions read when a folder is given. */
export const ARTICLE_EXTENSIONS = [".txt", ".html", ".htm"];

/**
 * Decodes bytes as UTF-8 text, refusing binary data and invalid UTF-8 (with the offset of the first bad byte).
 *
 * @example
 * ```ts
 * decodeText(new TextEncoder().encode("Hội nghị"), "a.txt"); // "Hội nghị"
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
    throw new VnWardNewsError("INPUT_NOT_TEXT", `${name}: not valid UTF-8 (a legacy byte encoding? try: vn-ward-news normalize --encoding windows-1258)`);
  }
}

/**
 * Reads one text file, with one-line errors for a missing file, a folder or binary content.
 *
 * @example
 * ```ts
 * const text = await readTextFile("fixtures/seed.txt");
 * ```
 */
export async function readTextFile(path: string): Promise<string> {
  let st;
  try {
    st = await stat(path);
  } catch {
    throw new VnWardNewsError("INPUT_NOT_FOUND", `${path}: no such file`);
  }
  if (st.isDirectory()) throw new VnWardNewsError("INPUT_IS_DIRECTORY", `${path}: is a folder, expected a file`);
  return decodeText(await readFile(path), path);
}

/**
 * Expands files and folders into the list of article files (folders: .txt/.html/.htm, sorted, not recursive into dot-folders).
 *
 * @example
 * ```ts
 * await expandInputs(["fixtures"]); // ["fixtures/01-....txt", ...]
 * ```
 */
export async function expandInputs(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    let st;
    try {
      st = await stat(p);
    } catch {
      throw new VnWardNewsError("INPUT_NOT_FOUND", `${p}: no such file or folder`);
    }
    if (st.isDirectory()) {
      const found: string[] = [];
      const walk = async (dir: string) => {
        for (const e of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
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
