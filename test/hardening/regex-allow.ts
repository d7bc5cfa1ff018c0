/**
 * Patterns recheck calls vulnerable that are kept on purpose, each with the reason it cannot be
 * slow where it is used. Keep this list short: prefer bounded quantifiers ({0,80}) or a loop.
 * An entry matches a pattern by exact source and flags.
 */
export interface AllowedPattern {
  source: string;
  flags: string;
  reason: string;
}

export const ALLOWED: AllowedPattern[] = [
  {
    // src/node/db/index.ts: reads the id out of one PostgreSQL error message, never out of article text.
    source: String.raw`\(id\)=\((.*)\) already exists`,
    flags: "s",
    reason: "applied only to a PostgreSQL error message (a few hundred characters), never to input text",
  },
];
