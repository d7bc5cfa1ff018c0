/**
 * A child process for the concurrency and crash tests: adds articles to a PostgreSQL index one at a
 * time (one transaction each), then optionally a batch, printing "ack <id>" after each write is
 * acknowledged. With VWN_WRITER_START_AT (epoch ms) it waits for that moment before writing. Exits 0 when done; on a database error prints "error <code> <message>" and exits 3.
 *
 *   node --import tsx test/db/writer.ts <url> <schema> <prefix> <count> [batch]
 */
import { createPgSearchIndex } from "../../src/node/db/index.js";
import { VnWardNewsError } from "../../src/errors.js";

/** The article a writer adds as number i: a unique syllable `<prefix>k<i>` makes it findable. */
export function writerDoc(prefix: string, i: number) {
  return {
    id: `${prefix}/${i}`,
    title: `Hội nghị ${prefix}k${i}`,
    body: `UBND phường Tân Giang tổ chức hội nghị tổng kết, mã ${prefix}k${i}. Đồng chí Tống Thị Quỳnh Hoa dự.`,
    year: 2021,
  };
}

async function main(): Promise<void> {
  const [url, schema, prefix, countText, batchText] = process.argv.slice(2);
  if (!url || !schema || !prefix || !countText) throw new Error("usage: writer.ts <url> <schema> <prefix> <count> [batch]");
  const count = Number(countText);
  const batch = Number(batchText ?? 0);
  const index = await createPgSearchIndex({ connection: url, schema, connectTimeoutMs: 5000 });
  // Start together with the other writer: both wait for the same moment (VWN_WRITER_START_AT, epoch ms).
  const startAt = Number(process.env.VWN_WRITER_START_AT ?? 0);
  if (startAt > Date.now()) await new Promise((r) => setTimeout(r, startAt - Date.now()));
  try {
    for (let i = 0; i < count; i++) {
      await index.add(writerDoc(prefix, i));
      process.stdout.write(`ack ${prefix}/${i}\n`);
    }
    if (batch > 0) {
      const docs = Array.from({ length: batch }, (_, j) => writerDoc(prefix, count + j));
      await index.addMany(docs);
      for (const d of docs) process.stdout.write(`ack ${d.id}\n`);
    }
  } finally {
    await index.close().catch(() => {});
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop()!)) {
  main().then(
    () => process.exit(0),
    (e: unknown) => {
      const code = e instanceof VnWardNewsError ? e.code : "OTHER";
      process.stdout.write(`error ${code} ${(e as Error).message.split("\n")[0]}\n`);
      process.exit(3);
    },
  );
}
