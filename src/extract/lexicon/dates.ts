/**
 * Words the date grammar reads: parts of day, weekdays, number words and the cue phrases that
 * tell an event date from a document date, an award batch, a commemoration or a later event.
 *
 * Plain data, in the normalized (old tone style) spelling, lower case. The grammar in
 * src/extract/dates/ turns these lists into patterns, so a new word here is a new word understood.
 */
import type { PartOfDay } from "../../schema.js";

/** Part-of-day words and the value they give ("buổi sáng" is read as "sáng" after an optional "buổi"). */
export const PART_OF_DAY_WORDS: Readonly<Record<string, PartOfDay>> = {
  sáng: "sáng",
  trưa: "trưa",
  chiều: "chiều",
  tối: "tối",
  đêm: "đêm",
};

/** Words after a part of day that mean "today" and change nothing ("Sáng nay ngày 31/8/2018"). */
export const TODAY_WORDS = ["nay", "hôm nay", "qua", "hôm qua"] as const;

/** "Today" on its own, before a date in parentheses or "ngày" ("Hôm nay (10/3)", "hôm qua, ngày 9/3"). */
export const TODAY_ALONE_WORDS = ["hôm nay", "hôm qua"] as const;

/**
 * Words that make a compound with a part-of-day word, which then is no part of day:
 * "chiếu sáng 12/12 tuyến đường" is lighting, not a morning.
 */
export const PART_OF_DAY_COMPOUND_HEADS = ["chiếu", "ánh", "tỏa", "phát", "rực", "soi", "thắp", "làm", "tươi", "bóng", "tăng", "ban"] as const;

/** Words (one syllable, the last of the head) before "thứ N" that make it an ordinal, not a weekday ("Kỳ họp thứ 7", "lần thứ 5"). */
export const ORDINAL_HEADS = ["lần", "họp", "khóa", "phiên", "hạng", "giải", "lớp", "đợt", "kỳ", "hội", "người", "con"] as const;

/** Weekday names, Monday = 2 ... Saturday = 7, Sunday = 8 (the Vietnamese numbering). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  "thứ hai": 2,
  "thứ 2": 2,
  "thứ ba": 3,
  "thứ 3": 3,
  "thứ tư": 4,
  "thứ 4": 4,
  "thứ năm": 5,
  "thứ 5": 5,
  "thứ sáu": 6,
  "thứ 6": 6,
  "thứ bảy": 7,
  "thứ 7": 7,
  "chủ nhật": 8,
};

/** Number words up to ten, for "Trong hai ngày", "mồng một". */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  một: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  tư: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
};

/** Words for "day" that may stand before a date ("ngày", "hôm"); "mồng"/"mùng" may follow them. */
export const DAY_WORDS = ["ngày", "hôm"] as const;
export const DAY_NUMBER_PREFIXES = ["mồng", "mùng"] as const;

/** Range connectors between two dates ("Từ ngày 15 đến ngày 18/11/2020", "5-8/7"). */
export const RANGE_START_WORDS = ["từ"] as const;
export const RANGE_END_WORDS = ["đến", "tới"] as const;

/** Clock units: "14 giờ 30", "19h30’", "14g30"; minutes may end in "phút" or a prime. */
export const HOUR_UNITS = ["giờ", "h", "g"] as const;
export const MINUTE_UNITS = ["phút", "’", "'", "′"] as const;
/** Words before a clock time ("Vào lúc 14 giờ 30", "vào hồi 8 giờ"); not part of the date's span. */
export const TIME_LEAD_WORDS = ["vào lúc", "lúc", "vào", "vào hồi", "hồi", "khoảng", "từ", "đúng"] as const;
/** Between the two clocks of a time range ("từ 7 giờ 30 đến 11 giờ"): the first clock is the time. */
export const TIME_RANGE_WORDS = ["-", "–", "đến", "tới"] as const;

/**
 * Kinds of documents whose dates are never the event date
 * ("Quyết định số 596/QĐ-BTV ngày 27/6/2025", "Kế hoạch số 45-KH/ĐU ngày 20/6/2024").
 */
export const DOCUMENT_WORDS = [
  "quyết định",
  "kế hoạch",
  "công văn",
  "nghị quyết",
  "thông báo",
  "chỉ thị",
  "hướng dẫn",
  "tờ trình",
  "thông tư",
  "nghị định",
  "giấy phép",
  "văn bản",
  "chương trình",
  "báo cáo",
  "luật",
  "điều lệ",
  "quy chế",
  "đề án",
] as const;

/** Words that, right before a date, make it an award batch ("Huy hiệu Đảng đợt 3/2/2023"). */
export const BATCH_WORDS = ["đợt", "dịp"] as const;

/** Words before a date that name a commemorated day, not the event ("kỷ niệm ngày 20/10"). */
export const COMMEMORATION_WORDS = ["kỷ niệm", "chào mừng", "hướng tới", "nhân dịp", "nhân", "mừng", "kỉ niệm"] as const;

/** Words that mark a lunar date ("(tức mồng 7 âm lịch)"), ignored as event dates. */
export const LUNAR_BEFORE_WORDS = ["tức"] as const;
export const LUNAR_AFTER_WORDS = ["âm lịch", "âl"] as const;

/**
 * Sentence openers that announce another event on the same day ("Cũng trong ngày 10/01, ..."): not
 * preferred, but the article's only date after them is still the day of the event.
 */
export const SAME_DAY_CUES = ["cũng trong", "cũng vào", "cùng ngày", "cũng trong ngày"] as const;

/** Sentence openers that announce another event on another day ("Trước đó, sáng 28-12, ..."). */
export const SECOND_EVENT_CUES = ["trước đó", "sau đó", "tiếp đó", "trong khi đó", "ngay sau đó", "tiếp theo", "hôm sau", "hôm trước"] as const;

/** Words before a date (same sentence) that make it a plan, a deadline or a cut-off, not the event. */
export const NON_EVENT_CUES = [
  "dự kiến",
  "sẽ",
  "chậm nhất",
  "trước ngày",
  "hạn chót",
  "tính đến",
  "tính từ",
  "đến nay",
  "kể từ",
  "có hiệu lực",
  "sinh ngày",
  "sinh năm",
] as const;

/** Phrases that say "recently" instead of giving a date: the article then has no event date. */
export const VAGUE_TIME_CUES = [
  "vừa qua",
  "mới đây",
  "vừa tổ chức",
  "vừa được tổ chức",
  "vừa diễn ra",
  "vừa long trọng",
  "vừa khai mạc",
  "vừa ra quân",
] as const;

/** Nouns that, right before "vừa qua", make it "the past year/month", not "recently". */
export const VAGUE_TIME_EXCEPTIONS = ["năm", "tháng", "tuần", "quý", "gian", "kỳ", "đợt"] as const;

/** Month-only lead words ("Trong tháng 4 năm 2023"). */
export const MONTH_ONLY_LEADS = ["trong", "vào", "suốt", "trong suốt"] as const;

/** Words that mark a posting/update line ("Ngày đăng 15/03/2018 | 07:05 | Lượt xem: 381"). */
export const POSTING_LINE_WORDS = [
  "ngày đăng",
  "đăng ngày",
  "ngày đăng tin",
  "người đăng",
  "cập nhật",
  "ngày cập nhật",
  "lượt xem",
  "số lượt xem",
  "lượt đọc",
  "gmt",
  "đăng lúc",
  "xuất bản",
] as const;

/** "SA"/"CH" (sáng/chiều) after a clock time in posting lines: AM/PM. */
export const MERIDIEM: Readonly<Record<string, "am" | "pm">> = { sa: "am", am: "am", ch: "pm", pm: "pm" };
