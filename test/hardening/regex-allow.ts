/**
 * Patterns recheck calls vulnerable that are kept on purpose, each with the reason it cannot be
 * slow where it is used. Keep this list short: prefer bounded quantifiers ({0,80}) or a loop.
 * An entry matches a pattern whose source starts with `startsWith` and that is found in `file`.
 */
export interface AllowedPattern {
  file: string;
  startsWith: string;
  reason: string;
}

export const ALLOWED: AllowedPattern[] = [
  {
    file: "src/node/db/index.ts",
    startsWith: String.raw`\(id\)=\((.*)\) already exists`,
    reason: "applied only to a PostgreSQL error message (a few hundred characters), never to input text",
  },
  {
    file: "src/extract/extractors/event.ts",
    startsWith: String.raw`(?:\s+(?:trang\s+trọng|`,
    reason: "TRAILING_ADVERB_RE: applied only through trailingMatchLength, to the last 80 characters (TAIL_WINDOW in event-text.ts)",
  },
  {
    file: "src/extract/extractors/awards.ts",
    startsWith: String.raw`(?:\s+(?:(?<!(?:^|\s)(?:[Bb]an|BTC)\s{1,3})(?=tổ chức)|(?!tổ chức))`,
    reason: "TRAILING_WORDS_RE: applied only through trailingMatchLength, to the last 80 characters (TAIL_WINDOW in event-text.ts)",
  },
];
