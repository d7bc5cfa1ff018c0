/**
 * Input for the commands: a file or stdin ("-"), as UTF-8 (refusing binary data and invalid UTF-8
 * with a hint at --encoding) or in a byte encoding given with --encoding (see src/node/encoding.ts).
 *
 * Stdin that is empty or closed (`< /dev/null`, `<&-`: Node reads a closed stdin as empty) is an
 * empty input, like an empty file: `parse -` prints a record with only warnings, `normalize` prints
 * nothing.
 */
import { decodeText, readFileBytes, DEFAULT_MAX_FILE_BYTES } from "../../node/files.js";
import { byteEncodingName, decodeBytes } from "../../node/encoding.js";
import { InputTooLargeError, UnsupportedEncodingError } from "../../errors.js";
import { UsageError, type CliIO } from "../io.js";

export interface InputOptions {
  /** A byte encoding name (utf-8, windows-1258, tcvn, auto, or an alias); UTF-8 with strict checks when undefined. */
  encoding?: string;
  /** Largest input in bytes; default DEFAULT_MAX_FILE_BYTES. */
  maxBytes?: number;
}

/**
 * Validates an --encoding value (undefined when not given), as a usage error.
 *
 * @example
 * ```ts
 * parseEncodingOption("TCVN3"); // "tcvn"
 * parseEncodingOption("koi8-r"); // throws UsageError
 * ```
 */
export function parseEncodingOption(v: unknown): string | undefined {
  if (v === undefined) return undefined;
  try {
    return byteEncodingName(String(v));
  } catch (e) {
    if (e instanceof UnsupportedEncodingError) throw new UsageError(`--encoding must be one of utf-8, windows-1258, tcvn, auto; got "${String(v)}"`);
    throw e;
  }
}

/**
 * Validates --max-input-length (a positive whole number of characters, "_" and "," allowed as separators).
 *
 * @example
 * ```ts
 * parseMaxLengthOption("8_000_000"); // 8000000
 * parseMaxLengthOption("lots"); // throws UsageError
 * ```
 */
export function parseMaxLengthOption(v: unknown): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(String(v).replace(/[_,]/g, ""));
  if (!Number.isSafeInteger(n) || n <= 0) throw new UsageError(`--max-input-length must be a positive whole number of characters, got "${String(v)}"`);
  return n;
}

/** Bytes -> text, strict UTF-8 unless an encoding is given. */
function decode(bytes: Uint8Array, name: string, options: InputOptions): string {
  return options.encoding === undefined ? decodeText(bytes, name) : decodeBytes(bytes, options.encoding);
}

/**
 * Reads a file argument, or stdin for "-" / no argument, as text.
 *
 * @example
 * ```ts
 * const text = await readInput("old.txt", io, { encoding: "tcvn" });
 * ```
 */
export async function readInput(arg: string | undefined, io: CliIO, options: InputOptions = {}): Promise<string> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_FILE_BYTES;
  if (arg === undefined || arg === "-") {
    const bytes = await io.readStdin();
    if (bytes.length > maxBytes) throw new InputTooLargeError(bytes.length, maxBytes, "bytes", "stdin");
    return decode(bytes, "stdin", options);
  }
  return decode(await readFileBytes(arg, { maxBytes }), arg, options);
}
