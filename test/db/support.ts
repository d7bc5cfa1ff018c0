/**
 * Shared pieces of the PostgreSQL integration tests.
 *
 * They run against a real server when VWN_TEST_DATABASE_URL is set (CI sets it: .ci/run starts a
 * throwaway cluster with scripts/pg-test-cluster.sh). Without it they are skipped with a message
 * saying how to run them; the unit tests of src/node/db that need no server always run.
 */
import { spawnSync } from "node:child_process";
import { createServer, type AddressInfo, type Server, type Socket } from "node:net";
import { afterAll, beforeAll } from "vitest";
import { join } from "node:path";
import { createPgSearchIndex, type PgSearchIndex, type PgSearchIndexOptions } from "../../src/node/db/index.js";
import { openDatabase } from "../../src/node/db/connection.js";

export const ROOT = join(import.meta.dirname, "..", "..");
export const DATABASE_URL = process.env.VWN_TEST_DATABASE_URL ?? "";
export const HAVE_DB = DATABASE_URL !== "";
export const SKIP_MESSAGE =
  "PostgreSQL integration tests skipped: VWN_TEST_DATABASE_URL is not set. " +
  "Run them with: eval \"$(scripts/pg-test-cluster.sh start)\" && npx vitest run test/db; scripts/pg-test-cluster.sh stop";

if (!HAVE_DB && !process.env.VWN_DB_SKIP_NOTED) {
  process.env.VWN_DB_SKIP_NOTED = "1";
  console.warn(SKIP_MESSAGE);
}

let counter = 0;

/** A schema name no other test (or test process) uses. */
export function uniqueSchema(label: string): string {
  counter++;
  return `t_${label}_${process.pid}_${counter}_${Date.now().toString(36)}`.toLowerCase().replace(/[^a-z0-9_]/g, "_").slice(0, 63);
}

/** Opens a fresh index in its own schema; `drop()` it after. */
export async function freshIndex(label: string, options: Partial<PgSearchIndexOptions> = {}): Promise<PgSearchIndex> {
  return createPgSearchIndex({ connection: DATABASE_URL, schema: uniqueSchema(label), ...options });
}

/** Runs scripts/pg-test-cluster.sh with a state file; throws with its stderr when it fails. */
export function clusterScript(args: string[], state: string): string {
  const r = spawnSync(join(ROOT, "scripts", "pg-test-cluster.sh"), args, {
    env: { ...process.env, VWN_PG_STATE: state },
    encoding: "utf8",
    timeout: 300_000,
  });
  if (r.status !== 0) throw new Error(`pg-test-cluster.sh ${args.join(" ")} failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

/** Node arguments that run a TypeScript file (the writer children of the concurrency and crash tests). */
export function tsNodeArgs(file: string, ...args: string[]): string[] {
  return ["--import", "tsx", join(ROOT, "test", "db", file), ...args];
}

/** Runs one SQL statement on the test database (to look under the index's API). */
export async function sql<T = Record<string, unknown>>(text: string, params: unknown[] = [], url = DATABASE_URL): Promise<T[]> {
  const { db, close } = await openDatabase(url, 5000);
  try {
    return await db.any<T>(text, params);
  } finally {
    await close();
  }
}

/**
 * Two loopback ports for the "unreachable database" tests, opened before the calling describe's tests and
 * closed after them: `refused`, a port that was free a moment ago (nothing listens, so connecting is refused),
 * and `tarpit`, a server that accepts TCP and never speaks PostgreSQL (without a timeout a client would wait
 * forever). Read the ports inside the tests: they are set in beforeAll.
 */
export function unreachablePorts(): { refused: number; tarpit: number } {
  const ports = { refused: 0, tarpit: 0 };
  let tarpit: Server;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    const probe = createServer().listen(0, "127.0.0.1");
    await new Promise((r) => probe.once("listening", r));
    ports.refused = (probe.address() as AddressInfo).port;
    await new Promise((r) => probe.close(r));
    tarpit = createServer((s) => sockets.push(s)).listen(0, "127.0.0.1");
    await new Promise((r) => tarpit.once("listening", r));
    ports.tarpit = (tarpit.address() as AddressInfo).port;
  });
  afterAll(async () => {
    for (const s of sockets) s.destroy();
    await new Promise((r) => tarpit.close(r));
  });
  return ports;
}
