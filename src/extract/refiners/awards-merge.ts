/**
 * Refiners for award candidates, in run order (chrono-node's shape: each takes candidates and returns
 * fewer or merged ones, never mutating its input):
 *
 * 1. {@link dropCaptionRepeats}: a photo caption repeating an award kind the body already lists adds nothing.
 * 2. {@link dropRestatements}: later mentions of an award already stated with its authority
 *    ("các đảng viên được nhận Huy hiệu Đảng đợt này", "Đ/c X - trao giấy khen cho các tập thể") add nothing.
 * 3. {@link mergeByKindAndGiver}: one entry per award kind and giver.
 */
import type { Award, AwardKind, Recipient, Span, TextSpan } from "../../schema.js";

/** One award as proposed by a reader in src/extract/extractors/awards.ts. */
export interface AwardCandidate {
  kind: AwardKind;
  /** The award's own name as written ("Huân chương Lao động hạng Ba"), else null. */
  name: string | null;
  /** The issuing authority as written, with its span. */
  giver: TextSpan | null;
  recipients: Recipient[];
  span: Span;
  /** Which reading produced it ("active", "passive", "receive", ...). */
  rule: string;
  /** Read from a photo caption rather than the body. */
  source: "body" | "caption";
}

const hasCount = (c: AwardCandidate) => c.recipients.some((r) => r.count !== null);

/** Folded key of a giver: no diacritics, lower case, single spaces. */
export function giverKey(giver: string | null): string {
  return (giver ?? "")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/**
 * Drops caption candidates whose kind the body already has.
 *
 * @example
 * ```ts
 * const body = { kind: "giấy khen", name: null, giver: null, recipients: [], span: { start: 0, end: 1 }, rule: "active", source: "body" } as const;
 * dropCaptionRepeats([body, { ...body, source: "caption" }]).length; // 1
 * ```
 */
export function dropCaptionRepeats(cands: readonly AwardCandidate[]): AwardCandidate[] {
  const bodyKinds = new Set(cands.filter((c) => c.source === "body").map((c) => c.kind));
  return cands.filter((c) => c.source === "body" || !bodyKinds.has(c.kind));
}

/**
 * Drops restatements: a candidate with neither a giver nor a count when another of the same kind
 * exists, and a candidate with no giver when another of the same kind names its authority.
 *
 * @example
 * ```ts
 * const a = { kind: "huy hiệu đảng", name: null, giver: { text: "Ban Thường vụ Thành ủy", span: { start: 0, end: 22 } },
 *   recipients: [{ type: "individual", count: 7 }], span: { start: 0, end: 40 }, rule: "active", source: "body" } as const;
 * const b = { ...a, giver: null, recipients: [{ type: "individual", count: null }] };
 * dropRestatements([a, b]).length; // 1
 * ```
 */
export function dropRestatements(cands: readonly AwardCandidate[]): AwardCandidate[] {
  // per kind: how many candidates, how many name a giver, how many have a count, and the first one
  const byKind = new Map<AwardKind, { n: number; givers: number; counted: number; first: number }>();
  cands.forEach((c, i) => {
    const k = byKind.get(c.kind) ?? { n: 0, givers: 0, counted: 0, first: i };
    k.n++;
    if (c.giver) k.givers++;
    if (hasCount(c)) k.counted++;
    byKind.set(c.kind, k);
  });
  return cands.filter((c, i) => {
    const k = byKind.get(c.kind)!;
    if (k.n === 1 || c.giver) return true;
    if (k.givers > 0) return false;
    if (!hasCount(c)) return k.counted === 0 && k.first === i;
    return true;
  });
}

/** Recipients of two statements of one award: identical lists are one; otherwise counts of a type add up. */
function mergeRecipients(a: readonly Recipient[], b: readonly Recipient[]): Recipient[] {
  const key = (rs: readonly Recipient[]) => rs.map((r) => `${r.type}:${r.count}`).sort().join(",");
  if (key(a) === key(b)) return a.map((r) => ({ ...r }));
  const out = a.map((r) => ({ ...r }));
  for (const r of b) {
    const same = out.find((o) => o.type === r.type);
    if (!same) out.push({ ...r });
    else if (same.count !== null && r.count !== null) same.count += r.count;
    else same.count = same.count ?? r.count;
  }
  return out;
}

/**
 * One award per kind and giver (givers compared folded), in order of first mention.
 *
 * @example
 * ```ts
 * const g = { text: "UBND phường", span: { start: 0, end: 11 } };
 * const a = { kind: "giấy khen", name: null, giver: g, recipients: [{ type: "collective", count: 5 }], span: { start: 0, end: 30 }, rule: "active", source: "body" } as const;
 * mergeByKindAndGiver([a, { ...a, recipients: [{ type: "individual", count: 10 }] }])[0]?.recipients;
 * // [{ type: "collective", count: 5 }, { type: "individual", count: 10 }]
 * ```
 */
export function mergeByKindAndGiver(cands: readonly AwardCandidate[]): Award[] {
  const out: Award[] = [];
  const keys: string[] = [];
  for (const c of cands) {
    const key = `${c.kind}|${giverKey(c.giver?.text ?? null)}`;
    const i = keys.indexOf(key);
    if (i < 0) {
      keys.push(key);
      out.push({ kind: c.kind, name: c.name, giver: c.giver?.text ?? null, recipients: c.recipients.map((r) => ({ ...r })), span: { ...c.span } });
      continue;
    }
    const prev = out[i]!;
    out[i] = { ...prev, name: prev.name ?? c.name, recipients: mergeRecipients(prev.recipients, c.recipients) };
  }
  return out;
}

/**
 * The refiners in order.
 *
 * @example
 * ```ts
 * refineAwards([]); // []
 * ```
 */
export function refineAwards(cands: readonly AwardCandidate[]): Award[] {
  return mergeByKindAndGiver(dropRestatements(dropCaptionRepeats(cands)));
}
