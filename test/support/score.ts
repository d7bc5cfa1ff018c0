/**
 * The extraction scorer (the rules of ../shared/tools/score-extraction.mjs, carried over):
 * names by folded equality; titles by token F1 >= 0.85 after folding and abbreviation expansion;
 * shortcomings by token F1 >= 0.7; venue by token F1 >= 0.8; awards by kind plus the multiset of
 * recipient type:count; dates exactly. Used by `npm run eval` and the golden tests.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const ABBR: Record<string, string> = {
  ubnd: "uy ban nhan dan", hdnd: "hoi dong nhan dan", ubmttq: "uy ban mat tran to quoc", ubmttqvn: "uy ban mat tran to quoc viet nam",
  mttq: "mat tran to quoc", mttqvn: "mat tran to quoc viet nam", ubmt: "uy ban mat tran", lhpn: "lien hiep phu nu", ccb: "cuu chien binh",
  pbt: "pho bi thu", bt: "bi thu", ct: "chu tich", pct: "pho chu tich", uvbtv: "uy vien ban thuong vu", uvtv: "uy vien thuong vu",
  btv: "ban thuong vu", duv: "dang uy vien", tuv: "tinh uy vien", btdu: "bi thu dang uy", btcb: "bi thu chi bo", du: "dang uy",
  pbttt: "pho bi thu thuong truc", tt: "thuong truc", uvtt: "uy vien thuong truc", hnd: "hoi nong dan", dtn: "doan thanh nien",
  tncs: "thanh nien cong san", chqs: "chi huy quan su", ubkt: "uy ban kiem tra", tdp: "to dan pho", vn: "viet nam", ub: "uy ban", ctmt: "cong tac mat tran",
};
export function scoreFold(s: unknown): string {
  return String(s ?? "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đð]/g, "d").replace(/[ĐÐ]/g, "D")
    .toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
}
const expand = (s: string) => scoreFold(s).split(" ").map((t) => ABBR[t] ?? t).join(" ");
const tokens = (s: string) => expand(s).split(" ").filter(Boolean);
export function tokenF1(a: string, b: string): number {
  const ta = tokens(a), tb = tokens(b);
  if (!ta.length || !tb.length) return ta.length === tb.length ? 1 : 0;
  const bag = new Map<string, number>();
  for (const t of tb) bag.set(t, (bag.get(t) ?? 0) + 1);
  let hit = 0;
  for (const t of ta) if ((bag.get(t) ?? 0) > 0) { hit++; bag.set(t, bag.get(t)! - 1); }
  if (!hit) return 0;
  const p = hit / ta.length, r = hit / tb.length;
  return (2 * p * r) / (p + r);
}
function match<P, G>(pred: P[], gold: G[], same: (p: P, g: G) => boolean) {
  const used = new Set<number>(); let n = 0; const pairs: [P, G][] = [];
  for (const g of gold) { const i = pred.findIndex((p, k) => !used.has(k) && same(p, g)); if (i >= 0) { used.add(i); n++; pairs.push([pred[i]!, g]); } }
  return { n, pairs };
}
export interface Tally { tp: number; fp: number; fn: number }
const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0 });
const add = (t: Tally, nPred: number, nGold: number, n: number) => { t.tp += n; t.fp += nPred - n; t.fn += nGold - n; };
export const f1 = (t: Tally) => (t.tp === 0 ? (t.fp + t.fn === 0 ? 1 : 0) : (2 * t.tp) / (2 * t.tp + t.fp + t.fn));

export const MAIN_FIELDS = ["date", "venue", "officials", "titles", "shortcomings", "awards"] as const;
export const FIELDS = ["date", "partOfDay", "venue", "officials", "titles", "shortcomings", "awards", "counts", "time", "honorifics", "givers", "publishedAt", "title"] as const;
export type Field = (typeof FIELDS)[number];

export interface Gold {
  id: string; input: string; title: string | null; publishedAt: string | null;
  event: { type: string | null; date: { iso: string; endIso: string | null; partOfDay: string | null; time: string | null } | null; venue: string | null };
  officials: { name: string; honorific: string | null; titles: string[] }[];
  notOfficials?: string[];
  shortcomings: string[];
  awards: { kind: string; giver: string | null; recipients: { type: string; count: number | null }[] }[];
}

/** Loads every gold record of a folder, sorted by file name. */
export function loadGolds(dir: string): Gold[] {
  return readdirSync(dir).filter((f) => f.endsWith(".gold.json")).sort().map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as Gold);
}

/* eslint-disable @typescript-eslint/no-explicit-any */
/** Scores records (by gold id) against golds; returns per-field tallies and notes on every miss. */
export function score(golds: Gold[], records: Map<string, any>, verbose = false) {
  const T = Object.fromEntries(FIELDS.map((k) => [k, tally()])) as Record<Field, Tally>;
  const notes: string[] = [];
  for (const gold of golds) {
    const rec = records.get(gold.id) ?? {};
    const ev = rec.event ?? {};
    const gd = gold.event?.date?.iso ? gold.event.date : null, pd = ev.date?.iso ? ev.date : null;
    const dateOk = !!(gd && pd && pd.iso === gd.iso && (!gd.endIso || pd.endIso === gd.endIso));
    add(T.date, pd?.iso ? 1 : 0, gd ? 1 : 0, dateOk ? 1 : 0);
    if ((gd && !dateOk) || (!gd && pd)) notes.push(`${gold.id}: date ${JSON.stringify(pd?.iso)}${pd?.endIso ? "→" + pd.endIso : ""} want ${gd?.iso}${gd?.endIso ? "→" + gd.endIso : ""}`);
    const podOk = gd?.partOfDay ? pd?.partOfDay === gd.partOfDay : false;
    add(T.partOfDay, pd?.partOfDay ? 1 : 0, gd?.partOfDay ? 1 : 0, podOk ? 1 : 0);
    if ((pd?.partOfDay ?? null) !== (gd?.partOfDay ?? null)) notes.push(`${gold.id}: partOfDay ${pd?.partOfDay} want ${gd?.partOfDay}`);
    add(T.time, pd?.time ? 1 : 0, gd?.time ? 1 : 0, gd?.time && pd?.time === gd.time ? 1 : 0);
    if ((pd?.time ?? null) !== (gd?.time ?? null)) notes.push(`${gold.id}: time ${pd?.time} want ${gd?.time}`);
    const pp = typeof rec.publishedAt === "string" ? rec.publishedAt : rec.publishedAt?.iso;
    add(T.publishedAt, pp ? 1 : 0, gold.publishedAt ? 1 : 0, gold.publishedAt && pp === gold.publishedAt ? 1 : 0);
    if ((pp ?? null) !== (gold.publishedAt ?? null)) notes.push(`${gold.id}: publishedAt ${pp} want ${gold.publishedAt}`);
    add(T.title, rec.title ? 1 : 0, gold.title ? 1 : 0, gold.title && rec.title && tokenF1(rec.title, gold.title) >= 0.9 ? 1 : 0);
    if (!!rec.title !== !!gold.title || (gold.title && rec.title && tokenF1(rec.title, gold.title) < 0.9)) notes.push(`${gold.id}: title ${JSON.stringify(rec.title)} want ${JSON.stringify(gold.title)}`);
    const gv = gold.event?.venue, pv = ev.venue?.text;
    const venueOk = !!(gv && pv && tokenF1(pv, gv) >= 0.8);
    add(T.venue, pv ? 1 : 0, gv ? 1 : 0, venueOk ? 1 : 0);
    if ((gv && !venueOk) || (!gv && pv)) notes.push(`${gold.id}: venue ${JSON.stringify(pv)} want ${JSON.stringify(gv)}`);
    const po = (rec.officials ?? []).filter((o: any) => o && o.name);
    const go = gold.officials ?? [];
    const om = match(po, go, (p: any, g) => scoreFold(p.name) === scoreFold(g.name));
    add(T.officials, po.length, go.length, om.n);
    for (const g of go) if (!om.pairs.some(([, gg]) => gg === g)) notes.push(`${gold.id}: missed official ${g.name}`);
    for (const p of po) if (!om.pairs.some(([pp2]) => pp2 === p)) notes.push(`${gold.id}: spurious official ${JSON.stringify(p.name)}`);
    for (const [p, g] of om.pairs as [any, Gold["officials"][number]][]) {
      add(T.honorifics, p.honorific ? 1 : 0, g.honorific ? 1 : 0, g.honorific && scoreFold(p.honorific) === scoreFold(g.honorific) ? 1 : 0);
      if ((p.honorific ?? null) !== (g.honorific ?? null)) notes.push(`${gold.id}: ${g.name} honorific ${p.honorific} want ${g.honorific}`);
    }
    for (const g of go) {
      const pair = (om.pairs as [any, any][]).find(([, gg]) => gg === g);
      const pt: string[] = (pair?.[0].titles ?? []).map((t: any) => (typeof t === "string" ? t : t.text)).filter(Boolean);
      const tm = match(pt, g.titles ?? [], (p, q) => tokenF1(p, q) >= 0.85);
      add(T.titles, pair ? pt.length : 0, (g.titles ?? []).length, tm.n);
      if (pair && (tm.n < (g.titles ?? []).length || tm.n < pt.length)) notes.push(`${gold.id}: ${g.name} titles ${JSON.stringify(pt)} want ${JSON.stringify(g.titles)}`);
    }
    const ps: string[] = (rec.shortcomings ?? []).map((s: any) => (typeof s === "string" ? s : s.text)).filter(Boolean);
    const sm = match(ps, gold.shortcomings ?? [], (p, g) => tokenF1(p, g) >= 0.7);
    add(T.shortcomings, ps.length, (gold.shortcomings ?? []).length, sm.n);
    if (sm.n !== ps.length || sm.n !== (gold.shortcomings ?? []).length) {
      notes.push(`${gold.id}: shortcomings ${sm.n} matched of ${ps.length} found / ${(gold.shortcomings ?? []).length} gold`);
      if (verbose) notes.push(`    got ${JSON.stringify(ps)}\n    want ${JSON.stringify(gold.shortcomings)}`);
    }
    const key = (a: any) => (a.recipients ?? []).map((r: any) => `${r.type}:${r.count ?? "-"}`).sort().join(",");
    const pa: any[] = rec.awards ?? [], ga = gold.awards ?? [];
    const am = match(pa, ga, (p, g) => scoreFold(p.kind) === scoreFold(g.kind) && key(p) === key(g));
    add(T.awards, pa.length, ga.length, am.n);
    for (const [p, g] of am.pairs) {
      add(T.givers, p.giver ? 1 : 0, g.giver ? 1 : 0, g.giver && p.giver && tokenF1(p.giver, g.giver) >= 0.8 ? 1 : 0);
      if ((g.giver || p.giver) && !(g.giver && p.giver && tokenF1(p.giver, g.giver) >= 0.8)) notes.push(`${gold.id}: giver ${JSON.stringify(p.giver)} want ${JSON.stringify(g.giver)}`);
    }
    if (am.n !== pa.length || am.n !== ga.length) notes.push(`${gold.id}: awards got ${JSON.stringify(pa.map((a) => `${a.kind}[${key(a)}]`))} want ${JSON.stringify(ga.map((a) => `${a.kind}[${key(a)}]`))}`);
    const pc = pa.flatMap((a) => (a.recipients ?? []).filter((r: any) => r.count != null).map((r: any) => `${r.type}:${r.count}`));
    const gc = ga.flatMap((a) => (a.recipients ?? []).filter((r) => r.count != null).map((r) => `${r.type}:${r.count}`));
    add(T.counts, pc.length, gc.length, match(pc, gc, (p, g) => p === g).n);
  }
  const macro = MAIN_FIELDS.reduce((s, k) => s + f1(T[k]), 0) / MAIN_FIELDS.length;
  return { tallies: T, macro, notes };
}
