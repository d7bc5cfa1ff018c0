/**
 * Calendar arithmetic for the date grammar: validation, ISO strings, and the year of a date
 * written without one (taken from the posting date).
 */

/** A date as read: the day may be missing (month only), the year may be missing (not written). */
export interface DateParts {
  readonly year: number | null;
  readonly month: number;
  readonly day: number | null;
}

/** Year and month of a posting date, what year inference needs. */
export interface YearMonth {
  readonly year: number;
  readonly month: number;
}

/**
 * Days in a month; February has 29 in leap years (Gregorian rule).
 *
 * @example
 * ```ts
 * daysInMonth(2024, 2); // 29
 * daysInMonth(2023, 2); // 28
 * ```
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * True when the parts name a real calendar day (or month). Without a year, 29 February is allowed.
 *
 * @example
 * ```ts
 * isValidDate({ year: 2023, month: 2, day: 31 }); // false
 * isValidDate({ year: null, month: 2, day: 29 }); // true
 * ```
 */
export function isValidDate(p: DateParts): boolean {
  if (!Number.isInteger(p.month) || p.month < 1 || p.month > 12) return false;
  if (p.year !== null && (!Number.isInteger(p.year) || p.year < 1000 || p.year > 2999)) return false;
  if (p.day === null) return true;
  return Number.isInteger(p.day) && p.day >= 1 && p.day <= daysInMonth(p.year ?? 2000, p.month);
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * The ISO form of the record: "YYYY-MM-DD", "YYYY-MM" (no day) or "--MM-DD" (no year); null otherwise.
 *
 * @example
 * ```ts
 * toIso({ year: 2023, month: 12, day: 29 }); // "2023-12-29"
 * toIso({ year: null, month: 7, day: 8 }); // "--07-08"
 * toIso({ year: 2023, month: 4, day: null }); // "2023-04"
 * ```
 */
export function toIso(p: DateParts): string | null {
  if (!isValidDate(p)) return null;
  if (p.year !== null && p.day !== null) return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
  if (p.year !== null) return `${p.year}-${pad(p.month)}`;
  if (p.day !== null) return `--${pad(p.month)}-${pad(p.day)}`;
  return null;
}

/**
 * The year of an event month written without a year: the posting year, or the year before when the
 * event month comes after the posting month (posted January 2024, event "29-12" is December 2023).
 *
 * @example
 * ```ts
 * inferYear(12, { year: 2024, month: 1 }); // 2023
 * inferYear(4, { year: 2024, month: 4 }); // 2024
 * inferYear(4, null); // null
 * ```
 */
export function inferYear(month: number, posted: YearMonth | null): number | null {
  if (!posted) return null;
  return month > posted.month ? posted.year - 1 : posted.year;
}

/**
 * Year and month of an ISO date string ("2024-01-02"), or null when it has no year.
 *
 * @example
 * ```ts
 * yearMonthOf("2024-01-02"); // { year: 2024, month: 1 }
 * yearMonthOf("--01-02"); // null
 * ```
 */
export function yearMonthOf(iso: string | null | undefined): YearMonth | null {
  const m = /^(\d{4})-(\d{2})/.exec(iso ?? "");
  return m ? { year: Number(m[1]), month: Number(m[2]) } : null;
}
