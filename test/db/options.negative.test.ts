/** Bad options to createPgSearchIndex are refused before any connection is tried. */
import { describe, expect, it } from "vitest";
import { createPgSearchIndex, type PgSearchIndexOptions } from "../../src/node/db/index.js";
import { checkSchemaName } from "../../src/node/db/schema.js";

describe("createPgSearchIndex refuses bad options with INVALID_OPTION", () => {
  it.each<[string, unknown]>([
    ["no options", undefined],
    ["no connection", {}],
    ["an empty connection string", { connection: "" }],
    ["a schema with SQL in it", { connection: "postgres://127.0.0.1:1/x", schema: "x; drop table y" }],
    ["an upper-case schema", { connection: "postgres://127.0.0.1:1/x", schema: "Vwn" }],
    ["a zero timeout", { connection: "postgres://127.0.0.1:1/x", connectTimeoutMs: 0 }],
    ["a fractional timeout", { connection: "postgres://127.0.0.1:1/x", connectTimeoutMs: 1.5 }],
    ["a non-boolean partial", { connection: "postgres://127.0.0.1:1/x", partial: "yes" }],
  ])("%s", async (_label, options) => {
    await expect(createPgSearchIndex(options as PgSearchIndexOptions)).rejects.toMatchObject({ code: "INVALID_OPTION" });
  });
});

describe("checkSchemaName", () => {
  it.each(["vwn", "news_2024", "_x", "a".repeat(63)])("accepts %s", (s) => {
    expect(checkSchemaName(s)).toBe(s);
  });
  it.each(["", "1abc", "a-b", "a.b", "a".repeat(64), 'a"b', "ŝ"])("refuses %j", (s) => {
    expect(() => checkSchemaName(s)).toThrow(/schema must be a lower-case SQL identifier/);
  });
});
