/**
 * Posting and update lines ("Ngày đăng 15/03/2018 | 07:05 | Lượt xem: 381", "2020-11-23 16:58:00.0",
 * "Thứ Tư, 08/04/2015, 08:11 [GMT+7]", "Cẩm Bình, ngày 21 tháng 12 năm 2023"). The cleaner only finds them;
 * parsePostingDate (src/extract/extractors/date.ts) reads the date.
 */
import { foldLower } from "./probe.js";

/** Labels of posting lines, folded; stripped before checking that nothing but date and time is left. */
export const POSTING_LABELS: readonly string[] = [
  "ngay dang tin", "nguoi dang tin", "ngay dang", "nguoi dang", "dang ngay", "dang luc", "ngay cap nhat", "cap nhat luc",
  "cap nhat lan cuoi", "cap nhat", "ngay xuat ban", "xuat ban", "thoi gian dang", "thoi gian cap nhat", "thoi gian",
  "ngay viet", "ngay gui", "posted on", "posted", "published", "updated", "date", "ngay", "luc", "vao luc",
];
const COUNTERS = "(?:so luot nguoi xem|luot nguoi xem|so luot xem|luot xem|luot doc|luot truy cap|da xem|binh luan)\\s{0,3}:?\\s{0,3}[\\d.,]{0,12}";
const DATE = /\b(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{4}[/.-]\d{1,2}[/.-]\d{1,2}(?:t\d{1,2}:\d{2}(?::\d{2})?(?:\.\d{1,6})?(?:z|[+-]\d{2}:?\d{2})?)?)\b/g;
const TIME = /\b\d{1,2}(?::\d{2}){1,2}(?:\.\d{1,6})?\b|\b\d{1,2}h\d{2}(?:'|’)?/g;
const WEEKDAY = /\b(?:thu\s{0,2}(?:hai|ba|tu|nam|sau|bay|[2-7])|chu\s{0,2}nhat|cn)\b/g;
const ZONE = /\bgmt\s{0,2}[+-]\s{0,2}\d{1,2}(?::?\d{2})?\b|\b(?:sa|ch|am|pm|utc|ict)\b/g;
const LABELS = new RegExp(`\\b(?:${[...POSTING_LABELS].sort((a, b) => b.length - a.length).join("|")})\\b`, "g");
const COUNTER = new RegExp(COUNTERS, "g");
const LETTER_STYLE = /^(?:[^,\d]{2,40},\s{0,3})?ngay\s{1,3}\d{1,2}\s{1,3}thang\s{1,3}\d{1,2}\s{1,3}nam\s{1,3}\d{4}\.?$/;

/**
 * True when the line is a posting or update line: a date (with time, weekday, time zone, labels, a poster's name
 * or a view counter) and nothing else; or a letter-style dateline ("Hải Phòng, ngày 21 tháng 01 năm 2020").
 *
 * @example
 * ```ts
 * isPostingLine("Ngày đăng 15/03/2018 | 07:05 | Lượt xem: 381"); // true
 * isPostingLine("Người đăng tin: Admin Ngày đăng tin: 14/11/2022"); // true
 * isPostingLine("Sáng ngày 13/3/2018, UBND phường tổ chức hội nghị."); // false
 * ```
 */
export function isPostingLine(line: string): boolean {
  const low = foldLower(line);
  if (!low || low.length > 140) return false;
  if (LETTER_STYLE.test(low)) return true;
  const dates = low.match(DATE);
  if (!dates) return false;
  const rest = low
    .replace(DATE, " ")
    .replace(COUNTER, " ")
    .replace(TIME, " ")
    .replace(WEEKDAY, " ")
    .replace(ZONE, " ")
    .replace(LABELS, " ")
    .replace(/[^a-z0-9]{2,}|[^a-z0-9 ]/g, " ")
    .replace(/\b\d{1,2}\b/g, " ")
    .trim();
  if (!rest) return true;
  const words = rest.split(" ");
  return words.length <= 2 && rest.length <= 24;
}
