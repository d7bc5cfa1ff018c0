/**
 * Wrong arguments from JavaScript callers (no type checker): every public function either returns
 * or throws a VnWardNewsError with a stable code (INVALID_INPUT, INVALID_OPTION, ...), never a
 * TypeError from deep inside. Text functions that promise never to throw (normalize, fold, the
 * syllable helpers) read a non-string as text (null and undefined as "") or as "not a syllable".
 */
import { describe, expect, it } from "vitest";
import * as core from "../../src/index.js";
import { createSearchIndex, importSearchIndex } from "../../src/search/index.js";

/* eslint-disable @typescript-eslint/no-explicit-any */
const any = (x: unknown) => x as any;
const index = () => createSearchIndex().add({ id: "a", body: "Hội nghị phường Tân Giang" });

/** [call, expected: "returns" or an error code, the call] */
const CALLS: Array<[string, "returns" | core.ErrorCode, () => unknown]> = [
  ["parseArticle(undefined)", "INVALID_INPUT", () => core.parseArticle(any(undefined))],
  ["parseArticle(123)", "INVALID_INPUT", () => core.parseArticle(any(123))],
  ["parseArticle(new String('x'))", "INVALID_INPUT", () => core.parseArticle(any(new String("x")))],
  ["parseArticle('x', null)", "returns", () => core.parseArticle("x", any(null))],
  ["parseArticle('x', { tone: 'loud' })", "INVALID_OPTION", () => core.parseArticle("x", { tone: any("loud") })],
  ["parseArticle('xx', { maxInputLength: NaN })", "INVALID_OPTION", () => core.parseArticle("xx", { maxInputLength: NaN })],
  ["parseArticle('xx', { maxInputLength: -1 })", "INVALID_OPTION", () => core.parseArticle("xx", { maxInputLength: -1 })],
  ["parseArticle('xx', { maxInputLength: '5' })", "INVALID_OPTION", () => core.parseArticle("xx", { maxInputLength: any("5") })],
  ["parseArticle('xx', { maxInputLength: Infinity })", "returns", () => core.parseArticle("xx", { maxInputLength: Infinity })],
  ["parseArticle('xx', { maxInputLength: 1 })", "INPUT_TOO_LARGE", () => core.parseArticle("xx", { maxInputLength: 1 })],
  ["parseArticle('<p>x</p>', { html: 'yes' })", "INVALID_OPTION", () => core.parseArticle("<p>x</p>", { html: any("yes") })],
  ["parseArticle('x', { id: 5 })", "INVALID_OPTION", () => core.parseArticle("x", { id: any(5) })],
  ["normalize(null)", "returns", () => core.normalize(any(null))],
  ["normalize('hoà', null)", "returns", () => core.normalize("hoà", any(null))],
  ["normalizeWithMap(undefined)", "returns", () => core.normalizeWithMap(any(undefined))],
  ["fold(undefined)", "returns", () => core.fold(any(undefined))],
  ["fold(123)", "returns", () => core.fold(any(123))],
  ["repair(null)", "INVALID_INPUT", () => core.repair(any(null))],
  ["syllableTokens(null)", "returns", () => core.syllableTokens(any(null))],
  ["parseSyllable(null)", "returns", () => core.parseSyllable(any(null))],
  ["isVietnameseSyllable(undefined)", "returns", () => core.isVietnameseSyllable(any(undefined))],
  ["placeTone(null, 'old')", "returns", () => core.placeTone(any(null), "old")],
  ["createSearchIndex(null)", "INVALID_OPTION", () => createSearchIndex(any(null))],
  ["index.add(null)", "INVALID_INPUT", () => index().add(any(null))],
  ["index.search(undefined)", "INVALID_OPTION", () => index().search(any(undefined))],
  ["index.search('x', { limit: NaN })", "INVALID_OPTION", () => index().search("x", { limit: NaN })],
  ["index.suggest(null)", "INVALID_OPTION", () => index().suggest(any(null))],
  ["importSearchIndex(undefined)", "INVALID_INDEX_FILE", () => importSearchIndex(undefined)],
  // formerly known bugs (issue 7), fixed in the search room: malformed plain documents and records, null options
  ["index.add({ id: 'b', body: 'x', officials: 'x' })", "INVALID_INPUT", () => index().add(any({ id: "b", body: "x", officials: "x" }))],
  ["index.add({ id: 'b', body: 'x', officials: [null] })", "INVALID_INPUT", () => index().add(any({ id: "b", body: "x", officials: [null] }))],
  ["index.add({ id: 'b', body: 'x', ward: 5 })", "INVALID_INPUT", () => index().add(any({ id: "b", body: "x", ward: 5 }))],
  ["index.add(a record with officials: null)", "INVALID_INPUT", () => index().add(any({ ...core.parseArticle("x", { id: "b" }), officials: null }))],
  ["index.search('x', null)", "returns", () => index().search("x", any(null))],
];

function outcome(expected: string, call: () => unknown) {
  let error: unknown;
  try {
    call();
  } catch (e) {
    error = e;
  }
  if (expected === "returns") expect(error).toBeUndefined();
  else {
    expect(error).toBeInstanceOf(core.VnWardNewsError);
    expect((error as core.VnWardNewsError).code).toBe(expected);
  }
}

describe("wrong arguments: a result or a typed error, never a TypeError", () => {
  it.each(CALLS)("%s -> %s", (_name, expected, call) => outcome(expected, call));
});

describe("error codes are stable and exported", () => {
  it("ERROR_CODES holds the documented codes", () => {
    expect([...core.ERROR_CODES].sort()).toEqual(
      ["DATABASE_ERROR", "DATABASE_UNAVAILABLE", "INPUT_IS_DIRECTORY", "INPUT_NOT_FOUND", "INPUT_NOT_TEXT", "INPUT_TOO_LARGE", "INPUT_UNREADABLE", "INVALID_INDEX_FILE", "INVALID_INPUT", "INVALID_OPTION", "UNSUPPORTED_ENCODING"].sort(),
    );
  });
  it.each([
    [new core.InputTooLargeError(10, 5), "INPUT_TOO_LARGE", "InputTooLargeError"],
    [new core.InvalidIndexFileError("x"), "INVALID_INDEX_FILE", "InvalidIndexFileError"],
    [new core.UnsupportedEncodingError("koi8-r"), "UNSUPPORTED_ENCODING", "UnsupportedEncodingError"],
    [new core.InvalidOptionError("x"), "INVALID_OPTION", "InvalidOptionError"],
  ] as const)("%s has code %s", (e, code, name) => {
    expect(e).toBeInstanceOf(core.VnWardNewsError);
    expect(e).toBeInstanceOf(Error);
    expect(e.code).toBe(code);
    expect(e.name).toBe(name);
    expect(e.message).toMatch(/^vn-ward-news: /);
  });
  it("the default input limit is 4,000,000 characters and can be raised", () => {
    expect(core.DEFAULT_MAX_INPUT_LENGTH).toBe(4_000_000);
    const big = "a".repeat(4_000_001);
    expect(() => core.parseArticle(big)).toThrow(core.InputTooLargeError);
    try {
      core.parseArticle(big);
    } catch (e) {
      expect(e).toMatchObject({ code: "INPUT_TOO_LARGE", limit: 4_000_000, actual: 4_000_001 });
    }
    expect(core.parseArticle(big.slice(0, 1000) + "x", { maxInputLength: 1001 }).source?.inputLength).toBe(1001);
  });
});
