import type { Command } from "../command.js";
import { normalizeCommand } from "./normalize.js";
import { parseCommand } from "./parse.js";
import { indexCommand } from "./index-cmd.js";
import { searchCommand } from "./search.js";

/** Every subcommand, in the order --help lists them. */
export const commands: Command[] = [parseCommand, normalizeCommand, indexCommand, searchCommand];
