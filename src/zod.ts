// zod's error messages for the schemas of this library (see ensureZodMessages).
import { config } from "zod/mini";
import { en } from "zod/locales";

/**
 * English error messages for the zod schemas of this library.
 *
 * The schemas are written with `zod/mini`, zod 4's functional API, which costs a browser bundle about 8 KB
 * gzipped where classic `zod` costs 28 KB (classic schemas carry methods such as `.toJSONSchema()`, so zod's
 * whole JSON Schema converter comes along; issue 6). zod/mini loads no error messages (classic zod sets the
 * English ones when it loads): without them every issue would read "Invalid input", and our errors quote the
 * issue's message. Each module that builds schemas imports `* as z from "zod/mini"` itself (a re-export of the
 * namespace from here would be bundled as one object holding all of zod/mini, which no bundler can trim) and
 * calls this at load.
 *
 * @example
 * ```ts
 * import * as z from "zod/mini";
 * ensureZodMessages();
 * z.string().safeParse(1).error?.issues[0]?.message; // "Invalid input: expected string, received number"
 * ```
 */
export function ensureZodMessages(): void {
  // English, unless the application has chosen a locale already
  if (!config().localeError) config(en());
}
