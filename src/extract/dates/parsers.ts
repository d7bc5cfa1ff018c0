/**
 * Date parsers: each is one pattern and one function from a match to a {@link DateAtom}, the bare
 * date core ("07/01/2021", "10 tháng 01 năm 2023", "13, 14 và 15-8") without the words around it.
 * The refiners (refiners.ts) then attach the part of day, weekday, clock time and "ngày" before
 * and after the core, merge ranges and mark traps.
 */
import type { DateParts } from "./calendar.js";
import { NUM_END, NUM_START, WORD_START, alternation } from "./patterns.js";
import { MONTH_ONLY_LEADS } from "../lexicon/dates.js";

/**
 * What a date core needs in front of it to count as a date:
 * "none" (it is unambiguous: "07/01/2021"), "any" (a part of day, weekday, clock, "ngày", "từ"/"đến":
 * "Chiều 29-12"), "day-word" ("ngày" itself: "các ngày 13, 14 và 15-8"), "month-lead" ("Trong tháng 4 năm 2023").
 */
export type CueNeed = "none" | "any" | "day-word" | "month-lead";

/** A date core read by one parser. Offsets are into the text the parser ran on. */
export interface DateAtom {
  readonly rule: string;
  readonly start: number;
  readonly end: number;
  /** The (first) day. */
  readonly first: DateParts;
  /** The last day of a range or list, else null. */
  readonly last: DateParts | null;
  readonly needs: CueNeed;
}

interface Parser {
  readonly rule: string;
  readonly pattern: RegExp;
  readonly build: (g: Readonly<Record<string, string | undefined>>) => Pick<DateAtom, "first" | "last" | "needs"> | null;
}

const num = (s: string | undefined): number | null => (s === undefined ? null : Number(s));
const YEAR_TAIL = (tag: string) => `(?:\\s{0,3},?\\s{0,3}năm\\s{1,3}(?<${tag}>\\d{4})|\\s{0,2}[/.\\-]\\s{0,2}(?<${tag}2>\\d{4}))`;

/** d/m/yyyy, dd/mm/yyyy, d-m-yyyy, d.m.yyyy (one separator throughout). */
const FULL_NUMERIC: Parser = {
  rule: "numeric-dmy",
  pattern: new RegExp(`${NUM_START}(?<d>\\d{1,2})(?<s>[./\\-])(?<m>\\d{1,2})\\k<s>(?<y>\\d{4})${NUM_END}`, "gu"),
  build: (g) => ({ first: { day: num(g.d), month: num(g.m)!, year: num(g.y) }, last: null, needs: "none" }),
};

/** d/m, d-m, d.m without a year ("Ngày 8-7", "Chiều ngày 21.1"): needs a cue word before it; "d/m năm yyyy" has its year. */
const PARTIAL_NUMERIC: Parser = {
  rule: "numeric-dm",
  pattern: new RegExp(`${NUM_START}(?<d>\\d{1,2})(?<s>[./\\-])(?<m>\\d{1,2})${NUM_END}(?:\\s{1,3}năm\\s{1,3}(?<y>\\d{4})(?!\\d))?`, "giu"),
  build: (g) => ({ first: { day: num(g.d), month: num(g.m)!, year: num(g.y) }, last: null, needs: g.y ? "none" : "any" }),
};

/** "10 tháng 01 năm 2023", "21 tháng 3/2020", "15 tháng 3" (the last needs a cue). */
const WORD_DATE: Parser = {
  rule: "words-dmy",
  pattern: new RegExp(`${NUM_START}(?<d>\\d{1,2})\\s{1,3}tháng\\s{1,3}(?<m>\\d{1,2})(?:${YEAR_TAIL("y")})?${NUM_END}`, "giu"),
  build: (g) => {
    const year = num(g.y ?? g.y2);
    return { first: { day: num(g.d), month: num(g.m)!, year }, last: null, needs: year === null ? "any" : "none" };
  },
};

/** "tháng 4 năm 2023", "tháng 5/2024": month only, after "Trong"/"Vào" or at a sentence start. */
const MONTH_ONLY: Parser = {
  rule: "month-only",
  pattern: new RegExp(`${WORD_START}tháng\\s{1,3}(?<m>\\d{1,2})${YEAR_TAIL("y")}(?!\\d)`, "giu"),
  build: (g) => ({ first: { day: null, month: num(g.m)!, year: num(g.y ?? g.y2) }, last: null, needs: "month-lead" }),
};

const END_NUMERIC = `(?<d>\\d{1,2})(?<s>[./\\-])(?<m>\\d{1,2})(?:\\k<s>(?<y>\\d{4}))?`;
const END_WORDS = `(?<wd>\\d{1,2})\\s{1,3}tháng\\s{1,3}(?<wm>\\d{1,2})(?:${YEAR_TAIL("wy")})?`;
const LIST_ITEM = `\\s{0,3}(?:,|&|và)\\s{0,3}\\d{1,2}(?![./\\-]?\\d)`;
const LIST_LAST = `\\s{0,3}(?:,|&|và|-|–|—|đến|tới)\\s{0,3}(?:(?:ngày|hôm)\\s{1,3})?`;

/**
 * Several days sharing one month: "5-8/7/2020", "22 & 23/03", "13, 14 và 15-8",
 * "15 đến ngày 18/11/2020" (after "Từ ngày"). Needs "ngày" before the first day.
 */
const DAY_LIST: Parser = {
  rule: "day-list",
  pattern: new RegExp(`${NUM_START}(?<d1>\\d{1,2})(?:${LIST_ITEM}){0,6}${LIST_LAST}(?:${END_NUMERIC}|${END_WORDS})${NUM_END}`, "giu"),
  build: (g) => {
    const month = num(g.m ?? g.wm)!;
    const year = num(g.y ?? g.wy ?? g.wy2);
    return {
      first: { day: num(g.d1), month, year },
      last: { day: num(g.d ?? g.wd), month, year },
      needs: "day-word",
    };
  },
};

/** The parsers, most specific first (a longer core wins over one it contains). */
export const PARSERS: readonly Parser[] = [DAY_LIST, WORD_DATE, FULL_NUMERIC, PARTIAL_NUMERIC, MONTH_ONLY];

/** Lead words of a month-only date, as a pattern anchored at the end of the text before it. */
export const MONTH_LEAD = new RegExp(`${WORD_START}${alternation(MONTH_ONLY_LEADS)}\\s{1,3}$`, "iu");
/**
 * Tests {@link MONTH_LEAD} on the few characters before a month-only core.
 *
 * @example
 * ```ts
 * hasMonthLead("Trong "); // true
 * hasMonthLead("kết quả "); // false
 * ```
 */
export const hasMonthLead = (before: string): boolean => MONTH_LEAD.test(before.slice(-16));

/**
 * Runs every parser over `text` and returns the date cores found, in text order.
 * Cores are not yet checked against the calendar or their context.
 *
 * @example
 * ```ts
 * parseAtoms("Chiều 29-12, UBND phường ...")[0]; // { rule: "numeric-dm", start: 6, end: 11, first: { day: 29, month: 12, year: null }, ... }
 * ```
 */
export function parseAtoms(text: string): DateAtom[] {
  const out: DateAtom[] = [];
  for (const p of PARSERS) {
    // The shared global regex is driven by hand (matchAll would clone it on every call).
    const re = p.pattern;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) re.lastIndex++;
      const built = p.build(m.groups ?? {});
      if (built) out.push({ rule: p.rule, start: m.index, end: m.index + m[0].length, first: built.first, last: built.last, needs: built.needs });
    }
    re.lastIndex = 0;
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
