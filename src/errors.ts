/**
 * Typed errors with stable codes. Callers branch on `error.code`, never on the message.
 *
 * @example
 * ```ts
 * try { index.import(data) } catch (e) {
 *   if (e instanceof VnWardNewsError && e.code === "INVALID_INDEX_FILE") showRebuildHint();
 * }
 * ```
 */
export const ERROR_CODES = [
  "INPUT_TOO_LARGE",
  "INVALID_INPUT",
  "INVALID_OPTION",
  "INVALID_INDEX_FILE",
  "UNSUPPORTED_ENCODING",
  "INPUT_NOT_FOUND",
  "INPUT_IS_DIRECTORY",
  "INPUT_NOT_TEXT",
  "INPUT_UNREADABLE",
  "DATABASE_UNAVAILABLE",
  "DATABASE_ERROR",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Base class of every error this library throws on purpose. */
export class VnWardNewsError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(`vn-ward-news: ${message}`, options);
    this.name = "VnWardNewsError";
    this.code = code;
  }
}

/**
 * The input is larger than `maxInputLength` allows (characters), or a file is larger than the
 * byte limit of the file readers (`unit` "bytes"; `actual` is then at least the bytes seen).
 */
export class InputTooLargeError extends VnWardNewsError {
  readonly limit: number;
  readonly actual: number;
  readonly unit: "characters" | "bytes";
  constructor(actual: number, limit: number, unit: "characters" | "bytes" = "characters", name?: string) {
    super(
      "INPUT_TOO_LARGE",
      `${name ? `${name}: ` : ""}` +
        (unit === "characters"
          ? `input is ${actual} characters, more than the limit of ${limit} (raise it with the maxInputLength option, or --max-input-length in the CLI)`
          : `input is larger than ${limit} bytes, the most the input limit allows (raise it with the maxBytes option, or --max-input-length in the CLI)`),
    );
    this.name = "InputTooLargeError";
    this.unit = unit;
    this.limit = limit;
    this.actual = actual;
  }
}

/** An index file or export object that is corrupted, truncated, foreign or of another format version. */
export class InvalidIndexFileError extends VnWardNewsError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("INVALID_INDEX_FILE", `invalid index file: ${message}`, options);
    this.name = "InvalidIndexFileError";
  }
}

/** A byte encoding that the library cannot decode. */
export class UnsupportedEncodingError extends VnWardNewsError {
  constructor(encoding: string) {
    super("UNSUPPORTED_ENCODING", `unsupported encoding "${encoding}"`);
    this.name = "UnsupportedEncodingError";
  }
}

/** An option with a value the function does not accept. */
export class InvalidOptionError extends VnWardNewsError {
  constructor(message: string) {
    super("INVALID_OPTION", message);
    this.name = "InvalidOptionError";
  }
}
