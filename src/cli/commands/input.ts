import { readTextFile } from "../../node/files.js";
import { decodeText } from "../../node/files.js";
import type { CliIO } from "../io.js";

/** Reads a file argument, or stdin for "-" / no argument. */
export async function readInput(arg: string | undefined, io: CliIO): Promise<string> {
  if (arg === undefined || arg === "-") return decodeText(await io.readStdin(), "stdin");
  return readTextFile(arg);
}
