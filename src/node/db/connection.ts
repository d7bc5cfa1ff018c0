/**
 * Connecting to PostgreSQL through pg-promise (an optional peer dependency), with a connect timeout and
 * errors turned into one-line {@link VnWardNewsError}s: `DATABASE_UNAVAILABLE` when the server cannot be
 * reached (refused, timed out, shutting down, bad credentials), `DATABASE_ERROR` for everything else.
 */
import { VnWardNewsError } from "../../errors.js";

/** The part of a pg-promise database object this module uses (structural, so callers may pass their own `db`). */
/** A query as SQL with `$1`-style values formatted by pg-promise, or `{ text, values }` bound by the server. */
export type PgQuery = string | { text: string; values: unknown[] };

export interface PgQueryable {
  none(query: PgQuery, values?: unknown): Promise<null>;
  any<T = Record<string, unknown>>(query: PgQuery, values?: unknown): Promise<T[]>;
  oneOrNone<T = Record<string, unknown>>(query: PgQuery, values?: unknown): Promise<T | null>;
  one<T = Record<string, unknown>>(query: PgQuery, values?: unknown): Promise<T>;
}

/** A pg-promise database (or task/transaction) as far as this module uses it. */
export interface PgDatabase extends PgQueryable {
  tx<T>(cb: (t: PgDatabase) => Promise<T>): Promise<T>;
  tx<T>(options: { mode?: unknown; tag?: unknown }, cb: (t: PgDatabase) => Promise<T>): Promise<T>;
  task<T>(cb: (t: PgDatabase) => Promise<T>): Promise<T>;
  connect?(): Promise<{ done(kill?: boolean): void }>;
  $pool?: { end(): Promise<void> | void };
}

/** How to reach the database: a connection string, pg connection options, or a pg-promise database you own. */
export type PgConnection = string | { connectionString?: string; host?: string; port?: number; database?: string; user?: string; password?: string } | PgDatabase;

/** Default time allowed to open a connection (TCP + startup handshake). */
export const DEFAULT_CONNECT_TIMEOUT_MS = 5000;

export interface OpenedDatabase {
  db: PgDatabase;
  /** Where we connect, without the password, for error messages. */
  where: string;
  /** Ends the pool when we created it; a no-op for a database the caller passed in. */
  close(): Promise<void>;
}

function isDatabase(c: PgConnection): c is PgDatabase {
  return typeof c === "object" && c !== null && typeof (c as PgDatabase).any === "function";
}

/**
 * Describes a connection without its password: `host:port/database`.
 *
 * @example
 * ```ts
 * describeConnection("postgres://u:secret@db.example:5433/news"); // "db.example:5433/news"
 * ```
 */
export function describeConnection(c: PgConnection): string {
  if (isDatabase(c)) return "the given pg-promise database";
  if (typeof c === "string") {
    try {
      const u = new URL(c);
      const host = u.hostname || u.searchParams.get("host") || "localhost";
      return `${host}:${u.port || "5432"}${u.pathname && u.pathname !== "/" ? u.pathname : "/"}`;
    } catch {
      return "the given connection string";
    }
  }
  if (c.connectionString) return describeConnection(c.connectionString);
  return `${c.host ?? "localhost"}:${c.port ?? 5432}/${c.database ?? ""}`;
}

const UNAVAILABLE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN", "EPIPE"]);

function causeOf(e: unknown): { code?: string; message: string } {
  if (e && typeof e === "object") {
    const o = e as { code?: unknown; message?: unknown; errors?: unknown };
    // Node's "connect ECONNREFUSED ::1:5432, 127.0.0.1:5432" AggregateError keeps the code on the outer error.
    const code = typeof o.code === "string" ? o.code : undefined;
    const message = typeof o.message === "string" && o.message ? o.message : Array.isArray(o.errors) ? String((o.errors[0] as Error)?.message ?? "") : String(e);
    return { code, message };
  }
  return { message: String(e) };
}

/**
 * True when an error means "the server is not there or will not talk to us" rather than "the query was wrong".
 *
 * @example
 * ```ts
 * isUnavailable(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" })); // true
 * ```
 */
export function isUnavailable(e: unknown): boolean {
  const { code, message } = causeOf(e);
  if (code && UNAVAILABLE_CODES.has(code)) return true;
  // SQLSTATE classes 08 (connection exception), 57P0x (shutdown, cannot connect now), 28 (auth), 3D000 (no database).
  // (08P01, a protocol violation, is what the server answers to bad data such as a NUL in a parameter.)
  if (code && ((/^08/.test(code) && code !== "08P01") || /^57P0/.test(code) || /^28/.test(code) || code === "3D000")) return true;
  if (code === "08P01") return false;
  return /timeout expired|connection terminated|terminating connection|connection error and is not queryable|server closed the connection|the database system is (starting up|shutting down|in recovery)/i.test(message);
}

/**
 * Turns any error of pg / pg-promise into a one-line VnWardNewsError (never a stack of driver internals).
 *
 * @example
 * ```ts
 * throw toDatabaseError(err, "127.0.0.1:5432/news", "adding articles");
 * ```
 */
export function toDatabaseError(e: unknown, where: string, doing: string): VnWardNewsError {
  if (e instanceof VnWardNewsError) return e;
  const { code, message } = causeOf(e);
  const first = message.split("\n")[0]!.trim();
  if (isUnavailable(e)) {
    const why = /timeout expired|connection timeout/i.test(first)
      ? "connection timed out"
      : code === "ECONNREFUSED"
        ? "connection refused"
        : code === "ENOTFOUND" || code === "EAI_AGAIN"
          ? "unknown host"
          : first || code || "unreachable";
    return new VnWardNewsError("DATABASE_UNAVAILABLE", `PostgreSQL at ${where} is unavailable while ${doing}: ${why}`, { cause: e });
  }
  return new VnWardNewsError("DATABASE_ERROR", `PostgreSQL error while ${doing}: ${first}${code ? ` (${code})` : ""}`, { cause: e });
}

type PgpFactory = (cn: unknown) => PgDatabase;
let pgpFactory: PgpFactory | undefined;

async function loadPgp(): Promise<PgpFactory> {
  if (pgpFactory) return pgpFactory;
  let mod: { default?: unknown };
  try {
    mod = (await import("pg-promise")) as { default?: unknown };
  } catch (e) {
    throw new VnWardNewsError("DATABASE_UNAVAILABLE", "the PostgreSQL mode needs the pg-promise package (npm install pg-promise)", { cause: e });
  }
  const init = (mod.default ?? mod) as (options?: object) => PgpFactory;
  // One pg-promise instance for the library; `noWarnings` because tests and the CLI may open the same URL twice
  // on purpose (two indexes, or an index and a check), which pg-promise would otherwise warn about.
  pgpFactory = init({ noWarnings: true });
  return pgpFactory;
}

/**
 * Opens a pool and proves the server answers within `connectTimeoutMs`; throws DATABASE_UNAVAILABLE otherwise.
 *
 * @example
 * ```ts
 * const { db, close } = await openDatabase("postgres://postgres@127.0.0.1:5432/news", 5000);
 * await db.one("select 1 as x"); await close();
 * ```
 */
export async function openDatabase(connection: PgConnection, connectTimeoutMs = DEFAULT_CONNECT_TIMEOUT_MS): Promise<OpenedDatabase> {
  const where = describeConnection(connection);
  if (isDatabase(connection)) return { db: connection, where, close: async () => {} };
  const pgp = await loadPgp();
  const base = typeof connection === "string" ? { connectionString: connection } : { ...connection };
  const db = pgp({
    ...base,
    connectionTimeoutMillis: connectTimeoutMs,
    // A query stuck on a dead server must end too (crash tests stop the server under our feet).
    query_timeout: Math.max(60_000, connectTimeoutMs * 12),
    application_name: "vn-ward-news",
    max: 10,
  });
  const close = async () => {
    await db.$pool?.end();
  };
  try {
    const c = await db.connect!();
    c.done();
  } catch (e) {
    await close().catch(() => {});
    const err = toDatabaseError(e, where, "connecting");
    if (/connection timed out$/.test(err.message)) {
      throw new VnWardNewsError("DATABASE_UNAVAILABLE", `${err.message.replace(/^vn-ward-news: /, "")} after ${connectTimeoutMs} ms`, { cause: e });
    }
    throw err;
  }
  return { db, where, close };
}
