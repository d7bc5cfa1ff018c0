/**
 * zod as this library uses it: `zod/mini`, zod 4's functional API, with English error messages.
 *
 * zod/mini costs a browser bundle about 8 KB gzipped where classic `zod` costs 28 KB (classic schemas carry
 * methods such as `.toJSONSchema()`, so zod's whole JSON Schema converter comes along; issue 6). It loads no
 * error messages (classic zod sets the English ones when it loads): without them every issue would read
 * "Invalid input", and our errors quote the issue's message. So English, unless the application has chosen
 * a locale already. Every module of ours that builds schemas imports zod from here, so the messages are set
 * whichever entry point (core or search) is loaded first.
 *
 * @example
 * ```ts
 * import * as z from "./zod.js";
 * z.string().safeParse(1).error?.issues[0]?.message; // "Invalid input: expected string, received number"
 * ```
 */
import * as z from "zod/mini";
import { en } from "zod/locales";

if (!z.config().localeError) z.config(en());

export * from "zod/mini";
