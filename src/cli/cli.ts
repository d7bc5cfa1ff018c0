#!/usr/bin/env node
import { main } from "./main.js";
import { processIO } from "./io.js";

// A reader that goes away (`vn-ward-news parse dir --ndjson | head -1`) is not an error: stop quietly,
// as a pipe-killed Unix tool does, instead of Node's unhandled 'error' stack trace. Any other stream
// error is one line.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    if (stream !== process.stderr) process.stderr.write(`vn-ward-news: cannot write output (${e.code ?? e.message})\n`);
    process.exit(1);
  });
}

main(process.argv.slice(2), processIO()).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`vn-ward-news: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}\n`);
    process.exitCode = 1;
  },
);
