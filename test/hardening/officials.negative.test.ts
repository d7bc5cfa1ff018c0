/**
 * Every official is named somewhere: at least one mention, each slicing to the name. Found by the
 * fuzzer (case 18241 of seed 20261127, a fixture paragraph duplicated by a mutation): a title chain
 * ending in part of a name ("Phó Bí thư Đà Công Tằng") left a second official, "Tôn Nữ Thị Hạnh",
 * with no mention at all.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";
import { spanProblems } from "../support/spans.js";

const INPUTS: Array<[string, string]> = [
  ["minimized by the fuzzer", "ông Tằng Tôn Nữ Thị Hạnh Phó Chủ tịch;Bí thu Tằng Tôn Nữ Thị Hạnh"],
  [
    "a duplicated paragraph cut inside a word",
    "Đến dự có bà Công Tằng Tôn Nữ Thị Hạnh – Phó Chủ tịch Hội LHPN thành phố Huế; ông Lê Bá Hùng – Phó Bí thư Đà Công Tằng Tôn Nữ Thị Hạnh – Phó Chủ tịch Hội LHPN thành phố Huế; ông Lê Bá Hùng – Phó Bí thư Đảng ủy phường.",
  ],
];

describe("officials always have mentions that slice to their names", () => {
  it.each(INPUTS)("%s", (_name, text) => {
    const r = parseArticle(text);
    expect(r.officials.length).toBeGreaterThan(0);
    expect(spanProblems(r)).toEqual([]);
  });
});
