/**
 * The officials lexicons as token matchers, built once on first use from the readable data files.
 */
import type { Honorific } from "../../schema.js";
import { ABBREVIATIONS } from "./abbreviations.js";
import { ADMIN_LEVELS, BODIES, PLACE_NAME_CUES } from "./bodies.js";
import { foldKey } from "./fold.js";
import { GROUP_MARKERS, HONORIFIC_FORMS, NAME_PREFIXES } from "./honorifics.js";
import { PhraseMatcher } from "./phrases.js";
import { RANKS, RANK_VARIANTS } from "./ranks.js";
import { LOWERCASE_NAME_PARTS, MIDDLE_NAMES, NAMESAKES, STRONG_SURNAMES, SURNAMES } from "./surnames.js";
import { NAME_TITLE_LINKS, ROLES, ROLE_QUALIFIERS, TITLE_END_WORDS, TITLE_JOINERS, TITLE_TAIL_WORDS, type RoleEntry } from "./titles.js";

/** What stands before a name: an honorific (with its record value) or a prefix that gives none. */
export interface NamePrefix {
  readonly honorific: Honorific | null;
}

/** Every matcher the officials extractor uses. */
export interface OfficialsLexicon {
  readonly roles: PhraseMatcher<RoleEntry>;
  readonly qualifiers: PhraseMatcher<string>;
  readonly ranks: PhraseMatcher<string>;
  readonly bodies: PhraseMatcher<true>;
  readonly admin: PhraseMatcher<true>;
  readonly prefixes: PhraseMatcher<NamePrefix>;
  readonly groups: PhraseMatcher<Honorific | null>;
  readonly endWords: PhraseMatcher<string>;
  readonly tailWords: PhraseMatcher<true>;
  readonly joiners: PhraseMatcher<true>;
  readonly links: PhraseMatcher<true>;
  readonly placeCues: PhraseMatcher<true>;
  readonly surnames: PhraseMatcher<string>;
  readonly namesakes: PhraseMatcher<true>;
  /** Folded keys of strong surnames. */
  readonly strongSurnames: ReadonlySet<string>;
  /** Folded keys of middle names. */
  readonly middleNames: ReadonlySet<string>;
  /** Folded keys of given-name syllables seen in lower case inside names. */
  readonly lowercaseNameParts: ReadonlySet<string>;
}

let built: OfficialsLexicon | null = null;

function matcherOf<T>(mode: "fold" | "exact", items: readonly string[], value: (s: string) => T): PhraseMatcher<T> {
  const m = new PhraseMatcher<T>(mode);
  for (const s of items) m.add(s, value(s));
  return m;
}

/**
 * The officials lexicons as matchers (built on first call, then shared).
 *
 * @example
 * ```ts
 * const lex = officialsLexicon();
 * lex.roles.matchAt(tokenize("Phó Bí thư Đảng ủy"), 0)?.values[0]?.role; // "Phó Bí thư"
 * ```
 */
export function officialsLexicon(): OfficialsLexicon {
  if (built) return built;
  const roles = new PhraseMatcher<RoleEntry>("exact");
  for (const r of ROLES) for (const f of r.forms) roles.add(f, r);
  const ranks = new PhraseMatcher<string>("exact");
  for (const r of RANKS) ranks.add(r, r);
  for (const [form, rank] of Object.entries(RANK_VARIANTS)) ranks.add(form, rank);
  const bodies = matcherOf<true>("exact", BODIES, () => true);
  for (const a of ABBREVIATIONS) if (a.kind === "body") for (const f of [a.short, ...(a.variants ?? [])]) bodies.add(f, true);
  const prefixes = new PhraseMatcher<NamePrefix>("exact");
  for (const h of HONORIFIC_FORMS) prefixes.add(h.form, { honorific: h.honorific });
  for (const p of NAME_PREFIXES) prefixes.add(p, { honorific: null });
  const groups = new PhraseMatcher<Honorific | null>("exact");
  for (const g of GROUP_MARKERS) groups.add(g.form, g.listHonorific);
  built = {
    roles,
    qualifiers: matcherOf("exact", ROLE_QUALIFIERS, (s) => s),
    ranks,
    bodies,
    admin: matcherOf("exact", ADMIN_LEVELS, () => true as const),
    prefixes,
    groups,
    endWords: matcherOf("exact", TITLE_END_WORDS, (s) => s),
    tailWords: matcherOf("exact", TITLE_TAIL_WORDS, () => true as const),
    joiners: matcherOf("exact", TITLE_JOINERS, () => true as const),
    links: matcherOf("exact", NAME_TITLE_LINKS, () => true as const),
    placeCues: matcherOf("exact", PLACE_NAME_CUES, () => true as const),
    surnames: matcherOf("exact", SURNAMES, (s) => s),
    namesakes: matcherOf("exact", NAMESAKES, () => true as const),
    strongSurnames: new Set(STRONG_SURNAMES.map(foldKey)),
    middleNames: new Set(MIDDLE_NAMES.map(foldKey)),
    lowercaseNameParts: new Set(LOWERCASE_NAME_PARTS.map(foldKey)),
  };
  return built;
}
