/**
 * Connection handling without a database server: descriptions without passwords, which errors mean
 * "unavailable", and the one-line error within the connect timeout for a refused port and for a
 * server that accepts TCP but never answers (the case that hangs without a timeout).
 */
import { describe, expect, it } from "vitest";
import { describeConnection, isUnavailable, openDatabase, toDatabaseError } from "../../src/node/db/connection.js";
import { createPgSearchIndex } from "../../src/node/db/index.js";
import { VnWardNewsError } from "../../src/errors.js";
import { unreachablePorts } from "./support.js";

describe("describeConnection", () => {
  it.each([
    ["postgres://u:secret@db.example:5433/news", "db.example:5433/news"],
    ["postgresql://u@127.0.0.1/x", "127.0.0.1:5432/x"],
    ["postgres://u:p%40ss@h:1/d?sslmode=require", "h:1/d"],
    ["not a url", "the given connection string"],
  ])("%s -> %s", (input, expected) => {
    expect(describeConnection(input)).toBe(expected);
    expect(describeConnection(input)).not.toMatch(/secret|p%40ss|p@ss/);
  });
  it("describes an options object", () => {
    expect(describeConnection({ host: "h", port: 6543, database: "d", password: "pw" })).toBe("h:6543/d");
  });
});

describe("isUnavailable", () => {
  const err = (code: string | undefined, message = "x") => Object.assign(new Error(message), code ? { code } : {});
  it.each([
    [err("ECONNREFUSED"), true],
    [err("ETIMEDOUT"), true],
    [err("ENOTFOUND"), true],
    [err("57P01", "terminating connection due to administrator command"), true],
    [err("57P03", "the database system is starting up"), true],
    [err("08006"), true],
    [err("28P01", "password authentication failed"), true],
    [err("3D000", 'database "x" does not exist'), true],
    [err(undefined, "Connection terminated due to connection timeout"), true],
    [err(undefined, "Connection terminated unexpectedly"), true],
    [err(undefined, "Client has encountered a connection error and is not queryable"), true],
    [err("08P01", "invalid message format"), false],
    [err("23505", "duplicate key value violates unique constraint"), false],
    [err("42P01", 'relation "x" does not exist'), false],
    [err("22P02", "invalid input syntax"), false],
  ])("%s -> %s", (e, expected) => {
    expect(isUnavailable(e)).toBe(expected);
  });
});

describe("toDatabaseError", () => {
  it("gives DATABASE_UNAVAILABLE with the place and a short reason, on one line", () => {
    const e = toDatabaseError(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" }), "127.0.0.1:1/x", "connecting");
    expect(e.code).toBe("DATABASE_UNAVAILABLE");
    expect(e.message).toBe("vn-ward-news: PostgreSQL at 127.0.0.1:1/x is unavailable while connecting: connection refused");
  });
  it("gives DATABASE_ERROR with the first line of the server's message and its SQLSTATE", () => {
    const e = toDatabaseError(Object.assign(new Error('relation "x" does not exist\nLINE 1: ...'), { code: "42P01" }), "h:1/d", "searching");
    expect(e.code).toBe("DATABASE_ERROR");
    expect(e.message).toBe('vn-ward-news: PostgreSQL error while searching: relation "x" does not exist (42P01)');
  });
  it("passes our own errors through", () => {
    const mine = new VnWardNewsError("INVALID_INPUT", "x");
    expect(toDatabaseError(mine, "w", "d")).toBe(mine);
  });
});

describe("an unreachable database", () => {
  const ports = unreachablePorts();

  it("a refused connection fails at once with one line", async () => {
    const t0 = Date.now();
    const e = await openDatabase(`postgres://u:pw@127.0.0.1:${ports.refused}/x`, 3000).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(VnWardNewsError);
    expect((e as VnWardNewsError).code).toBe("DATABASE_UNAVAILABLE");
    expect((e as Error).message).toBe(`vn-ward-news: PostgreSQL at 127.0.0.1:${ports.refused}/x is unavailable while connecting: connection refused`);
    expect(Date.now() - t0).toBeLessThan(3000);
  });

  it("a server that never answers times out after connectTimeoutMs, not later", async () => {
    const t0 = Date.now();
    const e = await createPgSearchIndex({ connection: `postgres://u@127.0.0.1:${ports.tarpit}/x`, connectTimeoutMs: 700 }).catch((x: unknown) => x);
    const took = Date.now() - t0;
    expect((e as VnWardNewsError).code).toBe("DATABASE_UNAVAILABLE");
    expect((e as Error).message).toBe(`vn-ward-news: PostgreSQL at 127.0.0.1:${ports.tarpit}/x is unavailable while connecting: connection timed out after 700 ms`);
    expect((e as Error).message).not.toContain("\n");
    expect(took).toBeGreaterThanOrEqual(650);
    expect(took).toBeLessThan(3000);
  });

  it("an unknown host fails with one line", async () => {
    const e = await openDatabase("postgres://u@no-such-host.invalid:5432/x", 3000).catch((x: unknown) => x);
    expect((e as VnWardNewsError).code).toBe("DATABASE_UNAVAILABLE");
    expect((e as Error).message).toMatch(/^vn-ward-news: PostgreSQL at no-such-host\.invalid:5432\/x is unavailable while connecting: [^\n]+$/);
  });
});
