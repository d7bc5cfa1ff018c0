/**
 * Posting and update lines: "Ngày đăng 15/03/2018 | 07:05 | Lượt xem: 381", "2020-11-23 16:58:00.0",
 * "Thứ năm, 23/07/2020, 08:48 SA", "Hải Phòng, ngày 21 tháng 01 năm 2020".
 */
import { toIso } from "./calendar.js";
import { NUM_START, WEEKDAY, alternation, formatClock } from "./patterns.js";
import { MERIDIEM, POSTING_LINE_WORDS } from "../lexicon/dates.js";

/** A posting date: ISO day and "HH:MM" when the line gives a time. */
export interface PostingDate {
  iso: string;
  time: string | null;
}

const DATE_FORMS: readonly { re: RegExp; ymd: (m: RegExpExecArray) => [number, number, number] }[] = [
  { re: /(?<![\d])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])/u, ymd: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  { re: new RegExp(`${NUM_START}(\\d{1,2})([./\\-])(\\d{1,2})\\2(\\d{4})(?!\\d)`, "u"), ymd: (m) => [Number(m[4]), Number(m[3]), Number(m[1])] },
  {
    re: /(?<![\p{L}\d])(\d{1,2})\s{1,3}tháng\s{1,3}(\d{1,2})(?:\s{0,3},?\s{0,3}năm\s{1,3}|\s{0,2}[/.-]\s{0,2})(\d{4})(?!\d)/iu,
    ymd: (m) => [Number(m[3]), Number(m[2]), Number(m[1])],
  },
];

const MERIDIEM_ALT = Object.keys(MERIDIEM).join("|");
const CLOCK_COLON = new RegExp(`(?<![\\d:])(\\d{1,2}):(\\d{2})(?::\\d{2}(?:\\.\\d{1,3})?)?(?![\\d:])(?:\\s{0,2}(${MERIDIEM_ALT})(?![\\p{L}]))?`, "iu");
const CLOCK_H = /(?<![\p{L}\d])(\d{1,2})\s{0,2}(?:h|giờ)\s{0,2}(\d{2})(?![\p{L}\d])/iu;

/** The first full date (with a year) in a line, where it is. */
function firstDate(line: string): { iso: string; index: number; length: number } | null {
  let best: { iso: string; index: number; length: number } | null = null;
  for (const form of DATE_FORMS) {
    const m = form.re.exec(line);
    if (!m) continue;
    const [year, month, day] = form.ymd(m);
    const iso = toIso({ year, month, day });
    if (iso && (!best || m.index < best.index)) best = { iso, index: m.index, length: m[0].length };
  }
  return best;
}

/** The clock time of a posting line ("07:05", "08:48 SA", "13:40:46"), outside the date itself. */
function clockIn(line: string): string | null {
  const m = CLOCK_COLON.exec(line);
  if (m) {
    let hour = Number(m[1]);
    const mer = m[3] ? MERIDIEM[m[3].toLowerCase()] : undefined;
    if (mer === "pm" && hour < 12) hour += 12;
    if (mer === "am" && hour === 12) hour = 0;
    return formatClock(hour, Number(m[2]));
  }
  const h = CLOCK_H.exec(line);
  return h ? formatClock(Number(h[1]), Number(h[2])) : null;
}

/**
 * Reads a posting/update line into its date and time; null when the line has no full date.
 * Day-first numeric dates ("08-05-2020" is 8 May); "SA"/"CH" after the time are AM/PM.
 *
 * @example
 * ```ts
 * parsePostingDate("Ngày đăng 15/03/2018 | 07:05 | Lượt xem: 381"); // { iso: "2018-03-15", time: "07:05" }
 * parsePostingDate("Thứ năm, 23/07/2020, 08:48 SA"); // { iso: "2020-07-23", time: "08:48" }
 * parsePostingDate("Hải Phòng, ngày 21 tháng 01 năm 2020"); // { iso: "2020-01-21", time: null }
 * ```
 */
export function parsePostingDate(line: string): PostingDate | null {
  if (typeof line !== "string" || !line) return null;
  const bounded = line.length > 400 ? line.slice(0, 400) : line;
  const date = firstDate(bounded);
  if (!date) return null;
  const rest = bounded.slice(0, date.index) + " ".repeat(date.length) + bounded.slice(date.index + date.length);
  return { iso: date.iso, time: clockIn(rest) };
}

const POSTING_WORD = new RegExp(`(?<![\\p{L}])${alternation(POSTING_LINE_WORDS)}(?![\\p{L}])`, "iu");
const LETTER_LINE = /^[\p{L}\p{M} .'-]{2,40},\s{0,3}ngày\s{1,3}\d{1,2}\s{1,3}tháng\s{1,3}\d{1,2}\s{1,3}năm\s{1,3}\d{4}\s{0,3}\.?$/iu;
const DATE_LEAD = new RegExp(
  `^[\\s|\\[(]{0,4}(?:${WEEKDAY}[\\s,]{0,4})?(?:\\d{1,2}:\\d{2}(?::\\d{2})?\\s{0,3})?(?:\\d{1,2}[./\\-]\\d{1,2}[./\\-]\\d{4}|\\d{4}-\\d{1,2}-\\d{1,2})(?!\\d)`,
  "iu",
);

/**
 * True when a line of the body is a posting/update line rather than prose: it carries a posting
 * word and a date ("Ngày đăng 16/11/2023 | 09:12"), it starts with a full date ("16/08/2024 - 10:05",
 * "Thứ Năm, 16/11/2023 | Đăng nhập"), or it is a letter-style dateline ("Cẩm Bình, ngày 21 tháng 12 năm 2023").
 *
 * @example
 * ```ts
 * looksLikePostingLine("Cập nhật: 15-04-2024 | 13:40:46"); // true
 * looksLikePostingLine("Ngày 10/01/2023, Ủy ban MTTQ phường tổ chức hội nghị"); // false
 * ```
 */
export function looksLikePostingLine(line: string): boolean {
  const t = line.trim();
  if (!t || t.length > 200) return false;
  if (LETTER_LINE.test(t)) return true;
  if (DATE_LEAD.test(t)) return true;
  return POSTING_WORD.test(t) && firstDate(t) !== null;
}
