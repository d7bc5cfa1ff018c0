/**
 * Titles: split into role and organization through the lexicon, compared across wordings
 * ("PBT TT Đảng ủy xã" and "Phó Bí thư Thường trực Đảng ủy xã" are one office), merged keeping the
 * fuller wording.
 */
import type { Span, Title } from "../../schema.js";
import { abbreviationKey } from "../lexicon/abbreviations.js";
import { officialsLexicon } from "../lexicon/matchers.js";
import { tokenize } from "../lexicon/tokens.js";

/** A title as read: its text and where. */
export interface RawTitle {
  readonly text: string;
  readonly span: Span;
}

/**
 * Role and organization of a title, or nulls where the lexicon does not know the role. The role is the
 * lexicon's name for it (abbreviations expanded: "PCT" gives "Phó Chủ tịch"), with a qualifier kept
 * ("nguyên Bí thư"); the organization is the rest as written, headed by the body the role names
 * ("Trưởng ban tổ chức" gives "Ban tổ chức") or folded into an abbreviation ("BTĐU phường" gives
 * "Đảng ủy phường").
 *
 * @example
 * ```ts
 * splitTitle("Phó Chủ tịch UBND phường"); // { role: "Phó Chủ tịch", organization: "UBND phường" }
 * splitTitle("Trưởng ban tổ chức");       // { role: "Trưởng ban", organization: "Ban tổ chức" }
 * splitTitle("Thiếu tá");                 // { role: "Thiếu tá", organization: null }
 * ```
 */
export function splitTitle(text: string): { role: string | null; organization: string | null } {
  let hit = splitCache.get(text);
  if (!hit) {
    if (splitCache.size > 10_000) splitCache.clear();
    hit = split(text);
    splitCache.set(text, hit);
  }
  return { ...hit };
}

const splitCache = new Map<string, { role: string | null; organization: string | null }>();
const keyCache = new Map<string, string>();

function split(text: string): { role: string | null; organization: string | null } {
  const lex = officialsLexicon();
  const tokens = tokenize(text);
  let i = 0;
  const q = lex.qualifiers.matchAt(tokens, 0);
  if (q) i = q.to;
  const rank = lex.ranks.matchAt(tokens, i);
  const role = lex.roles.matchAt(tokens, i);
  if (rank && (!role || rank.to >= role.to)) {
    const rest = tokens[rank.to] ? text.slice(tokens[rank.to]!.start).trim() : "";
    return { role: rank.values[0]!, organization: rest || null };
  }
  if (!role) return { role: null, organization: null };
  const entry = role.values[0]!;
  const qualifier = q ? text.slice(tokens[0]!.start, tokens[q.to - 1]!.end) + " " : "";
  const restStart = tokens[role.to]?.start;
  const rest = restStart === undefined ? "" : text.slice(restStart).replace(/^[\s.,:–—-]+/u, "").trim();
  const parts = [entry.orgHead, entry.impliedOrganization, rest].filter((p): p is string => !!p);
  return { role: qualifier + entry.role, organization: parts.length ? parts.join(" ") : null };
}

/**
 * The comparison key of a title: folded words, abbreviations expanded.
 *
 * @example
 * ```ts
 * titleKey("PBT TT Đảng uỷ xã") === titleKey("Phó Bí thư Thường trực Đảng ủy xã"); // true
 * ```
 */
export function titleKey(text: string): string {
  let key = keyCache.get(text);
  if (key === undefined) {
    if (keyCache.size > 10_000) keyCache.clear();
    key = abbreviationKey(text);
    keyCache.set(text, key);
  }
  return key;
}

/** True when `a` is `b` or the start of it, word by word. */
function isWordPrefix(a: string, b: string): boolean {
  return a === b || b.startsWith(a + " ");
}

/**
 * Merges the titles read for one person, in order: one entry per office. Two wordings are one office
 * when they have the same role and one's key is the other's or its start ("Chủ tịch HĐND" and
 * "Chủ tịch HĐND phường"); the fuller wording is kept (more words after expansion, then the longer text).
 *
 * @example
 * ```ts
 * mergeTitles([{ text: "PBT Đảng uỷ", span }, { text: "Phó Bí thư Đảng ủy", span: s2 }]).map((t) => t.text);
 * // ["Phó Bí thư Đảng ủy"]
 * ```
 */
export function mergeTitles(titles: readonly RawTitle[]): Title[] {
  const kept: { raw: RawTitle; key: string; role: string | null }[] = [];
  for (const raw of titles) {
    const key = titleKey(raw.text);
    if (!key) continue;
    const { role } = splitTitle(raw.text);
    const same = kept.findIndex((k) => k.role === role && (isWordPrefix(k.key, key) || isWordPrefix(key, k.key)));
    if (same < 0) {
      kept.push({ raw, key, role });
      continue;
    }
    const old = kept[same]!;
    const fuller = key.length > old.key.length || (key.length === old.key.length && raw.text.length > old.raw.text.length);
    if (fuller) kept[same] = { raw, key, role };
  }
  return kept.map(({ raw }) => {
    const { role, organization } = splitTitle(raw.text);
    return { text: raw.text, role, organization, span: raw.span };
  });
}
