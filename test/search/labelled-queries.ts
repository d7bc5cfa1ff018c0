/** fixtures/queries.json, typed. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { SearchFilter } from "../../src/search/index.js";

export type LabelledQuery =
  | {
      kind: "search";
      q: string;
      tags: string[];
      expect: string[];
      ordered?: boolean;
      tiers?: number[];
      filter?: SearchFilter;
      exclusive?: boolean;
      note?: string;
    }
  | { kind: "suggest"; q: string; tags: string[]; expect: string[] }
  | { kind: "didYouMean"; q: string; tags: string[]; expect: string | null };

export const LABELLED: LabelledQuery[] = (
  JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "fixtures", "queries.json"), "utf8")) as { queries: LabelledQuery[] }
).queries;

export const SEARCHES = LABELLED.filter((q): q is Extract<LabelledQuery, { kind: "search" }> => q.kind === "search");
