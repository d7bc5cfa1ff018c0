/**
 * The browser demo: parse an article into a record shown as a page, with every value linked to its
 * evidence span in the article text; and search the sample articles as you type.
 * Uses only the library's public, browser-safe entry points.
 */
import { parseArticle, VERSION, type ArticleRecord, type Span, type ToneStyle, type EventDate } from "vn-ward-news";
import { createSearchIndex, type SearchFilter, type SearchHit, type Snippet, type StoredDocument } from "vn-ward-news/search";
import fixtures from "virtual:fixtures";

interface Fixture {
  id: string;
  label: string;
  format: "text" | "html";
  input: string;
}

const FIXTURES = fixtures as Fixture[];

// ---------------------------------------------------------------- small DOM helpers

function $(id: string): HTMLElement {
  const e = document.getElementById(id);
  if (!e) throw new Error(`#${id} missing`);
  return e;
}

type Child = Node | string | null | undefined | false;

function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | number | boolean | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (k === "class") e.className = String(v);
    else e.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) e.append(c);
  return e;
}

const spansAttr = (spans: readonly Span[]) => spans.map((s) => `${s.start}-${s.end}`).join(",");

function readSpans(attr: string | null): Span[] {
  if (!attr) return [];
  return attr.split(",").flatMap((p) => {
    const [a, b] = p.split("-").map(Number);
    return Number.isInteger(a) && Number.isInteger(b) ? [{ start: a!, end: b! }] : [];
  });
}

/** A value linked to its evidence: a button when it has spans, plain text when it was inferred. */
function ev(text: string, spans: ReadonlyArray<Span | null | undefined>, attrs: Record<string, string> = {}): HTMLElement {
  const real = spans.filter((s): s is Span => !!s);
  if (!real.length) return h("span", { class: "ev inferred", title: "inferred: no span in the text", ...attrs }, text);
  return h("button", { type: "button", class: "ev", "data-spans": spansAttr(real), "aria-pressed": "false", ...attrs }, text);
}

// ---------------------------------------------------------------- formatting

const RECIPIENT_LABEL: Record<string, [string, string]> = {
  individual: ["individual", "individuals"],
  collective: ["collective", "collectives"],
  household: ["household", "households"],
};

function formatDate(d: EventDate): string {
  const one = (iso: string) => {
    const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso);
    if (m) return [m[3], m[2], m[1]].filter(Boolean).join("/");
    const y = /^--(\d{2})-(\d{2})$/.exec(iso);
    return y ? `${y[2]}/${y[1]} (year unknown)` : iso;
  };
  const part = d.partOfDay ? d.partOfDay[0]!.toUpperCase() + d.partOfDay.slice(1) + ", " : "";
  const time = d.time ? ` · ${d.time}` : "";
  return `${part}${one(d.iso)}${d.endIso ? " – " + one(d.endIso) : ""}${time}`;
}

const plural = (n: number, [one, many]: [string, string]) => (n === 1 ? one : many);

// ---------------------------------------------------------------- the record as a page

let current: { record: ArticleRecord; fixture: Fixture | null } | null = null;

function fact(label: string, value: Node | string, testid?: string): HTMLElement {
  return h("div", { class: "fact", "data-testid": testid }, h("dt", {}, label), h("dd", {}, value));
}

function none(text = "not found"): HTMLElement {
  return h("span", { class: "muted" }, text);
}

function renderRecord(r: ArticleRecord, ms: number): void {
  const root = $("record");
  root.replaceChildren();
  const e = r.event;

  root.append(
    h("header", { class: "record-head" },
      h("p", { class: "kicker" }, e.type ? ev(e.type, [e.typeSpan], { "data-testid": "event-type" }) : none("event type not found")),
      r.title ? h("h3", { class: "record-title", "data-testid": "record-title" }, r.title) : h("p", { class: "muted small no-title" }, "No headline in the input"),
      h("p", { class: "muted small" },
        r.publishedAt ? `Posted ${formatDate({ iso: r.publishedAt.iso, endIso: null, partOfDay: null, time: r.publishedAt.time ?? null, yearInferred: false, span: null })} · ` : "",
        `${r.source?.format === "html" ? "HTML" : "plain text"}${r.source && r.source.repaired !== "none" ? `, repaired from ${r.source.repaired}` : ""}`,
        h("span", { class: "timing" }, ` · parsed in ${ms.toFixed(0)} ms`),
      ),
    ),
  );

  const facts = h("dl", { class: "facts" });
  facts.append(
    fact("When", e.date ? ev(formatDate(e.date), [e.date.span], { "data-testid": "event-date" }) : none(), "fact-date"),
    fact("Where", e.venue ? ev(e.venue.text, [e.venue.span], { "data-testid": "event-venue" }) : none(), "fact-venue"),
    fact("Organized by", e.organizer ? ev(e.organizer.text, [e.organizer.span]) : none()),
  );
  if (e.date?.yearInferred) facts.append(h("p", { class: "muted small note" }, "The year is not written; it comes from the posting date."));
  root.append(facts);

  // officials
  const officials = h("section", { class: "block" }, h("h4", {}, "Officials ", h("span", { class: "count" }, String(r.officials.length))));
  if (r.officials.length) {
    const tbody = h("tbody");
    for (const o of r.officials) {
      const titles = h("ul", { class: "titles" });
      for (const t of o.titles) {
        const split = t.role && t.organization ? `${t.role} · ${t.organization}` : undefined;
        titles.append(h("li", {}, ev(t.text, [t.span], split ? { title: split, "data-testid": "official-title" } : { "data-testid": "official-title" })));
      }
      tbody.append(
        h("tr", { "data-testid": "official" },
          h("th", { scope: "row" },
            o.honorific ? h("span", { class: "honorific" }, o.honorific) : null,
            ev(o.name, o.mentions, { "data-testid": "official-name", title: `${o.mentions.length} mention${o.mentions.length === 1 ? "" : "s"} in the text` }),
          ),
          h("td", {}, o.titles.length ? titles : none("no title")),
        ),
      );
    }
    officials.append(h("table", { class: "officials", "data-testid": "officials" }, h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Name"), h("th", { scope: "col" }, "Titles"))), tbody));
  } else officials.append(none("No named officials found."));
  root.append(officials);

  // awards
  const awards = h("section", { class: "block" }, h("h4", {}, "Awards ", h("span", { class: "count" }, String(r.awards.length))));
  if (r.awards.length) {
    const list = h("ul", { class: "awards", "data-testid": "awards" });
    for (const a of r.awards) {
      const recipients = h("div", { class: "recipients" });
      for (const x of a.recipients) {
        recipients.append(
          h("span", { class: "recipient", "data-testid": "award-recipient", "data-type": x.type },
            h("b", { class: "n", "data-testid": "award-count" }, x.count === null ? "?" : String(x.count)),
            " ",
            x.count === null ? `${RECIPIENT_LABEL[x.type]![1]} (number not stated)` : plural(x.count, RECIPIENT_LABEL[x.type]!),
          ),
        );
      }
      if (!a.recipients.length) recipients.append(none("recipients not stated"));
      list.append(
        h("li", { class: "award", "data-testid": "award", "data-kind": a.kind },
          h("div", { class: "award-head" }, ev(a.kind[0]!.toUpperCase() + a.kind.slice(1), [a.span], { class: "ev kind" }), a.giver ? h("span", { class: "giver" }, "from ", h("b", {}, a.giver)) : null),
          a.name && a.name !== a.kind ? h("p", { class: "award-name" }, a.name) : null,
          recipients,
        ),
      );
    }
    awards.append(list);
  } else awards.append(none("No awards found."));
  root.append(awards);

  // shortcomings
  const sc = h("section", { class: "block" }, h("h4", {}, "Shortcomings ", h("span", { class: "count" }, String(r.shortcomings.length))));
  if (r.shortcomings.length) {
    const ol = h("ol", { class: "shortcomings", "data-testid": "shortcomings" });
    for (const s of r.shortcomings) ol.append(h("li", {}, ev(s.text, [s.span])));
    sc.append(ol);
  } else sc.append(none("No shortcomings listed."));
  root.append(sc);

  // abbreviations, warnings, JSON
  if (r.abbreviations.length) {
    const ab = h("div", { class: "abbr" });
    for (const a of r.abbreviations) ab.append(ev(a.short, a.spans ?? [], { title: a.expansion, class: "ev abbr-chip" }), " ");
    root.append(h("section", { class: "block" }, h("h4", {}, "Abbreviations"), ab, h("p", { class: "muted small" }, "Hover for the expansion; click to see every occurrence.")));
  }
  if (r.warnings.length) {
    root.append(
      h("section", { class: "block warnings" },
        h("h4", {}, "Warnings"),
        h("ul", {}, ...r.warnings.map((w) => h("li", {}, h("code", {}, w.code), " ", w.message))),
      ),
    );
  }
  const json = h("pre", { class: "json" });
  json.textContent = JSON.stringify({ ...r, text: r.text.length > 120 ? r.text.slice(0, 120) + "…" : r.text }, null, 2);
  root.append(h("details", { class: "block" }, h("summary", {}, "The record as JSON"), json));
}

// ---------------------------------------------------------------- the article text with evidence

/** Renders `text` with caption blocks and highlighted spans; returns the first highlight. */
function renderText(text: string, highlights: readonly Span[], captions: readonly Span[]): HTMLElement | null {
  const pane = $("article-text");
  const cuts = new Set<number>([0, text.length]);
  for (const s of [...highlights, ...captions]) {
    cuts.add(Math.max(0, Math.min(text.length, s.start)));
    cuts.add(Math.max(0, Math.min(text.length, s.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const inside = (spans: readonly Span[], a: number, b: number) => spans.some((s) => s.start <= a && b <= s.end);
  const frag = document.createDocumentFragment();
  let first: HTMLElement | null = null;
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    if (a === b) continue;
    let node: Node = document.createTextNode(text.slice(a, b));
    if (inside(highlights, a, b)) {
      const m = h("mark", { "data-testid": "evidence", "data-start": a, "data-end": b });
      m.append(node);
      node = m;
      first ??= m;
    }
    if (inside(captions, a, b)) {
      const c = h("span", { class: "caption", title: "photo caption" });
      c.append(node);
      node = c;
    }
    frag.append(node);
  }
  pane.replaceChildren(frag);
  return first;
}

function showEvidence(button: HTMLElement | null): void {
  const r = current?.record;
  if (!r) return;
  document.querySelectorAll<HTMLElement>(".ev[aria-pressed='true']").forEach((b) => b.setAttribute("aria-pressed", "false"));
  const spans = button ? readSpans(button.getAttribute("data-spans")) : [];
  const first = renderText(r.text, spans, r.captions.map((c) => c.span));
  const status = $("evidence");
  if (!button || !spans.length) {
    $("sheet").hidden = true;
    status.textContent = "Click a value on the left to highlight its evidence.";
    return;
  }
  button.setAttribute("aria-pressed", "true");
  const s = spans[0]!;
  const quote = r.text.slice(s.start, s.end);
  status.replaceChildren(
    h("span", { class: "quote" }, `“${quote.length > 90 ? quote.slice(0, 88) + "…" : quote}”`),
    ` characters ${s.start}–${s.end}${spans.length > 1 ? ` · ${spans.length} places` : ""}`,
  );
  const reduce = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  if (window.matchMedia("(max-width: 860px)").matches) {
    // a phone: the article is far below, so show the evidence in context in a sheet instead of jumping there
    showSheet(r.text, s, spans.length);
    const pane = $("article-text");
    if (first) pane.scrollTop = first.offsetTop - pane.offsetTop - pane.clientHeight / 3;
  } else first?.scrollIntoView({ block: "center", behavior: reduce ? "auto" : "smooth" });
}

/** The evidence in a few words of context, at the bottom of a narrow screen. */
function showSheet(text: string, s: Span, places: number): void {
  const sheet = $("sheet");
  const from = Math.max(0, text.lastIndexOf(" ", Math.max(0, s.start - 70)));
  const to = text.indexOf(" ", Math.min(text.length, s.end + 70));
  const end = to < 0 ? text.length : to;
  sheet.replaceChildren(
    h("p", { class: "sheet-head" }, h("b", {}, "Evidence"), ` characters ${s.start}–${s.end}${places > 1 ? ` · ${places} places` : ""}`, h("button", { type: "button", class: "link", "data-close": "1", "aria-label": "Close" }, "Close")),
    h("p", { class: "sheet-text" }, from > 0 ? "…" : "", text.slice(from, s.start).trimStart(), h("mark", {}, text.slice(s.start, s.end)), text.slice(s.end, end), end < text.length ? "…" : ""),
  );
  sheet.hidden = false;
}

// ---------------------------------------------------------------- parsing

function tone(): ToneStyle {
  return ((document.querySelector<HTMLInputElement>("input[name=tone]:checked")?.value ?? "old") as ToneStyle);
}

function parseNow(): void {
  const input = ($("input") as HTMLTextAreaElement).value;
  const fixture = current?.fixture && current.fixture.input === input ? current.fixture : null;
  const t0 = performance.now();
  let record: ArticleRecord;
  try {
    record = parseArticle(input, { tone: tone(), ...(fixture ? { id: fixture.id } : {}) });
  } catch (e) {
    $("record").replaceChildren(h("p", { class: "error" }, e instanceof Error ? e.message : String(e)));
    return;
  }
  current = { record, fixture };
  renderRecord(record, performance.now() - t0);
  renderText(record.text, [], record.captions.map((c) => c.span));
  $("evidence").textContent = "Click a value on the left to highlight its evidence.";
  $("input-meta").textContent = `· ${input.length.toLocaleString("en")} characters${fixture ? ` · ${fixture.id}` : " · your text"}`;
}

function loadFixture(id: string): void {
  const f = FIXTURES.find((x) => x.id === id) ?? FIXTURES[0]!;
  ($("fixture") as HTMLSelectElement).value = f.id;
  ($("input") as HTMLTextAreaElement).value = f.input;
  current = { record: current?.record as ArticleRecord, fixture: f };
  parseNow();
}

// ---------------------------------------------------------------- search

const index = createSearchIndex();
const labels = new Map(FIXTURES.map((f) => [f.id, f.label]));
type ChipKey = "year" | "ward" | "type" | "award";
const CHIP_KEYS: readonly ChipKey[] = ["year", "ward", "type", "award"];
const active: Record<ChipKey, Set<string>> = { year: new Set(), ward: new Set(), type: new Set(), award: new Set() };
const TIER_LABEL: Record<number, string> = {
  1: "exact phrase",
  2: "phrase, other diacritics",
  3: "all words, exact",
  4: "all words, other diacritics",
  5: "partial match",
};

function filter(): SearchFilter | undefined {
  const f: SearchFilter = {};
  for (const k of CHIP_KEYS) if (active[k].size) f[k] = [...active[k]];
  return Object.keys(f).length ? f : undefined;
}

function snippetNode(s: Snippet): HTMLElement {
  const p = h("p", { class: `snippet ${s.field}` }, s.field !== "body" ? h("span", { class: "field" }, s.field === "officials" ? "official" : s.field) : null);
  let at = 0;
  for (const x of s.highlights) {
    p.append(s.text.slice(at, x.start), h("mark", {}, s.text.slice(x.start, x.end)));
    at = x.end;
  }
  p.append(s.text.slice(at));
  return p;
}

function hitNode(id: string, title: string, tier: SearchHit["tier"] | null, fragments: Snippet[], doc: StoredDocument | null): HTMLElement {
  const li = h("li", { class: "hit", "data-testid": "search-hit", "data-id": id });
  li.append(
    h("div", { class: "hit-head" },
      h("button", { type: "button", class: "hit-title", "data-open": id, title: "Open this article in the parser above" }, title),
      tier ? h("span", { class: `tier t${tier}`, title: `ranking tier ${tier}` }, TIER_LABEL[tier] ?? `tier ${tier}`) : null,
    ),
  );
  if (doc) {
    const meta = [doc.tags.type[0], doc.tags.ward.join(", "), doc.tags.year[0]].filter(Boolean).join(" · ");
    if (meta) li.append(h("p", { class: "hit-meta muted small" }, meta, h("span", { class: "hit-id" }, ` · ${id}`)));
  }
  for (const f of fragments.slice(0, 2)) li.append(snippetNode(f));
  return li;
}

let searchTimer = 0;

function runSearch(): void {
  const q = ($("q") as HTMLInputElement).value;
  const results = $("results");
  const status = $("search-status");
  const suggest = $("suggest");
  const f = filter();
  results.replaceChildren();
  suggest.replaceChildren();
  if (!index.size) return;
  results.dataset.query = q;
  if (!q.trim()) {
    // no query: the articles the filters let through
    const docs = FIXTURES.map((x) => index.get(x.id)).filter((d): d is StoredDocument => !!d && matches(d));
    for (const d of docs) results.append(hitNode(d.id, d.title || labels.get(d.id) || d.id, null, [], d));
    status.textContent = f ? `${docs.length} of ${index.size} articles match the filters.` : `${index.size} articles indexed. Type to search.`;
    return;
  }
  const t0 = performance.now();
  const hits = index.search(q, { limit: 10, ...(f ? { filter: f } : {}) });
  const ms = performance.now() - t0;
  for (const hit of hits) results.append(hitNode(hit.id, hit.title || labels.get(hit.id) || hit.id, hit.tier, hit.fragments, index.get(hit.id)));
  status.textContent = `${hits.length === 0 ? "No hits" : hits.length === 1 ? "1 hit" : `${hits.length} hits`} in ${ms < 1 ? ms.toFixed(2) : ms.toFixed(0)} ms${f ? " (filtered)" : ""}`;
  const last = q.trim().split(/\s+/).pop() ?? "";
  const completions = last.length >= 2 ? index.suggest(q, { limit: 4 }).filter((s) => s.toLowerCase() !== q.trim().toLowerCase()) : [];
  if (!hits.length) {
    const dym = index.didYouMean(q);
    if (dym && dym !== q) suggest.append("Did you mean ", h("button", { type: "button", class: "link", "data-query": dym }, dym), "?");
  } else if (completions.length) {
    suggest.append(h("span", { class: "muted small" }, "Complete: "), ...completions.map((s) => h("button", { type: "button", class: "link", "data-query": s }, s)));
  }
}

function matches(d: StoredDocument): boolean {
  for (const k of CHIP_KEYS) {
    const v = active[k];
    if (!v.size) continue;
    const have = d.tags[k];
    if (![...v].some((x) => have.includes(x))) return false;
  }
  return true;
}

function renderChips(): void {
  const root = $("chips");
  root.replaceChildren();
  const groups: Array<[ChipKey, string, number]> = [
    ["year", "Year", 6],
    ["type", "Event", 6],
    ["award", "Award", 6],
    ["ward", "Ward", 8],
  ];
  for (const [key, label, max] of groups) {
    const counts = new Map<string, number>();
    for (const f of FIXTURES) for (const v of index.get(f.id)?.tags[key] ?? []) counts.set(v, (counts.get(v) ?? 0) + 1);
    const values = [...counts].sort((a, b) => (key === "year" ? b[0].localeCompare(a[0]) : b[1] - a[1] || a[0].localeCompare(b[0], "vi"))).slice(0, max);
    for (const v of active[key]) if (!values.some(([x]) => x === v)) values.push([v, counts.get(v) ?? 0]);
    if (!values.length) continue;
    const group = h("div", { class: "chip-group", role: "group", "aria-label": label }, h("span", { class: "chip-label" }, label));
    for (const [v, n] of values) {
      const on = active[key].has(v);
      const text = key === "ward" && /^\d+$/.test(v) ? `Phường ${v}` : v;
      group.append(h("button", { type: "button", class: "chip", "aria-pressed": String(on), "data-key": key, "data-value": v, "data-testid": "chip" }, text, h("span", { class: "n" }, String(n))));
    }
    root.append(group);
  }
  if (Object.values(active).some((s) => s.size)) root.append(h("button", { type: "button", class: "link clear-chips", "data-clear": "1" }, "Clear filters"));
}

/** Parses and indexes the samples a few at a time so the page stays responsive. */
function indexFixtures(done: () => void): void {
  let i = 0;
  const t0 = performance.now();
  const step = () => {
    const until = performance.now() + 30;
    while (i < FIXTURES.length && performance.now() < until) {
      const f = FIXTURES[i++]!;
      index.add(parseArticle(f.input, { id: f.id }));
    }
    $("search-status").textContent = i < FIXTURES.length ? `Indexing the sample articles… ${i}/${FIXTURES.length}` : `${index.size} articles parsed and indexed in ${(performance.now() - t0).toFixed(0)} ms. Type to search.`;
    if (i < FIXTURES.length) setTimeout(step, 0);
    else done();
  };
  setTimeout(step, 0);
}

// ---------------------------------------------------------------- wiring

function init(): void {
  $("version").textContent = VERSION;
  const picker = $("fixture") as HTMLSelectElement;
  for (const f of FIXTURES) picker.append(h("option", { value: f.id }, `${f.label}${f.format === "html" ? " (HTML)" : ""}`));
  picker.addEventListener("change", () => loadFixture(picker.value));
  document.querySelectorAll("input[name=tone]").forEach((r) => r.addEventListener("change", parseNow));

  const input = $("input") as HTMLTextAreaElement;
  let parseTimer = 0;
  input.addEventListener("input", () => {
    clearTimeout(parseTimer);
    parseTimer = window.setTimeout(parseNow, 350);
  });
  $("parse-btn").addEventListener("click", () => {
    clearTimeout(parseTimer);
    parseNow();
  });
  $("clear-btn").addEventListener("click", () => {
    input.value = "";
    input.focus();
    parseNow();
  });

  $("sheet").addEventListener("click", (e) => {
    if ((e.target as HTMLElement).closest("[data-close]")) showEvidence(null);
  });
  $("record").addEventListener("click", (e) => {
    const b = (e.target as HTMLElement).closest<HTMLElement>("button.ev");
    if (b) showEvidence(b.getAttribute("aria-pressed") === "true" ? null : b);
  });

  const q = $("q") as HTMLInputElement;
  q.addEventListener("input", () => {
    clearTimeout(searchTimer);
    searchTimer = window.setTimeout(runSearch, 60);
  });
  $("suggest").addEventListener("click", (e) => {
    const b = (e.target as HTMLElement).closest<HTMLElement>("[data-query]");
    if (!b) return;
    q.value = b.getAttribute("data-query") ?? "";
    runSearch();
    q.focus();
  });
  $("chips").addEventListener("click", (e) => {
    const b = (e.target as HTMLElement).closest<HTMLElement>("button");
    if (!b) return;
    if (b.hasAttribute("data-clear")) for (const s of Object.values(active)) s.clear();
    else {
      const key = CHIP_KEYS.find((k) => k === b.getAttribute("data-key"));
      const v = b.getAttribute("data-value") ?? "";
      if (!key) return;
      const set = active[key];
      if (set.has(v)) set.delete(v);
      else set.add(v);
    }
    renderChips();
    runSearch();
  });
  $("results").addEventListener("click", (e) => {
    const b = (e.target as HTMLElement).closest<HTMLElement>("[data-open]");
    if (!b) return;
    loadFixture(b.getAttribute("data-open") ?? "");
    $("parse").scrollIntoView({ behavior: "smooth" });
  });

  loadFixture(FIXTURES[0]!.id);
  indexFixtures(() => {
    renderChips();
    runSearch();
    document.body.dataset.ready = "true";
  });
}

init();
