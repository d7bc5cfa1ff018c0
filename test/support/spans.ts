/**
 * Checks every span of a record: inside `text`, and where the value is literal text,
 * `text.slice(start, end)` is that text. Returns the problems found (empty when all hold).
 */
import type { ArticleRecord, Span } from "../../src/schema.js";

export function spanProblems(r: ArticleRecord): string[] {
  const problems: string[] = [];
  const n = r.text.length;
  const inside = (where: string, s: Span | null | undefined) => {
    if (!s) return;
    if (!(s.start >= 0 && s.end <= n && s.start <= s.end)) problems.push(`${where}: span ${s.start}-${s.end} outside text of length ${n}`);
  };
  const literal = (where: string, s: Span | null | undefined, value: string) => {
    if (!s) return;
    inside(where, s);
    const got = r.text.slice(s.start, s.end);
    if (got !== value) problems.push(`${where}: span text ${JSON.stringify(got)} is not the value ${JSON.stringify(value)}`);
  };
  inside("publishedAt", r.publishedAt?.span);
  inside("event.date", r.event.date?.span);
  inside("event.typeSpan", r.event.typeSpan);
  if (r.event.venue) literal("event.venue", r.event.venue.span, r.event.venue.text);
  if (r.event.organizer) literal("event.organizer", r.event.organizer.span, r.event.organizer.text);
  r.officials.forEach((o, i) => {
    if (!o.mentions.length) problems.push(`officials[${i}] ${o.name}: no mentions`);
    o.mentions.forEach((m, k) => literal(`officials[${i}].mentions[${k}]`, m, o.name));
    o.titles.forEach((t, k) => literal(`officials[${i}].titles[${k}]`, t.span, t.text));
  });
  r.abbreviations.forEach((a, i) => a.spans?.forEach((s, k) => literal(`abbreviations[${i}].spans[${k}]`, s, r.text.slice(s.start, s.end)) ));
  r.shortcomings.forEach((s, i) => literal(`shortcomings[${i}]`, s.span, s.text));
  r.awards.forEach((a, i) => inside(`awards[${i}]`, a.span));
  r.captions.forEach((c, i) => literal(`captions[${i}]`, c.span, c.text));
  return problems;
}
