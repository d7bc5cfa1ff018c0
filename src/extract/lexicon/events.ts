/**
 * Vocabulary of the event frame: what kind of event, where, and who organized it.
 * Readable data only; src/extract/extractors/event.ts turns it into patterns.
 * All phrases are lower case NFC in the traditional tone style (hòa, ủy); matching is case-insensitive.
 */

/** An event type and the phrases that name it in an article ("Hội nghị giao ban" is a "giao ban"). */
export interface EventTypeEntry {
  /** The normalized type the record carries. */
  readonly type: string;
  /** Phrases naming it, as written (any case); the longest match at a position wins. */
  readonly phrases: readonly string[];
}

/**
 * Event types, from the development corpus (fixtures/*.gold.json) and the survey (PHENOMENA.md).
 * A "hội nghị" of a specific kind takes that kind's type; a bare "hội nghị" stays "hội nghị".
 */
export const EVENT_TYPES: readonly EventTypeEntry[] = [
  { type: "hội nghị tổng kết", phrases: ["hội nghị tổng kết", "hội nghị sơ, tổng kết"] },
  { type: "hội nghị sơ kết", phrases: ["hội nghị sơ kết"] },
  { type: "giao ban", phrases: ["hội nghị giao ban", "giao ban"] },
  { type: "đối thoại", phrases: ["hội nghị đối thoại", "buổi đối thoại", "đối thoại"] },
  { type: "tiếp xúc cử tri", phrases: ["hội nghị tiếp xúc cử tri", "buổi tiếp xúc cử tri", "tiếp xúc cử tri"] },
  { type: "hội nghị hiệp thương", phrases: ["hội nghị hiệp thương"] },
  { type: "hội nghị triển khai", phrases: ["hội nghị triển khai", "hội nghị quán triệt"] },
  { type: "hội nghị", phrases: ["hội nghị"] },
  { type: "đại hội", phrases: ["đại hội"] },
  { type: "kỳ họp", phrases: ["kỳ họp"] },
  { type: "phiên họp", phrases: ["phiên họp"] },
  { type: "hội thi", phrases: ["hội thi"] },
  { type: "hội thao", phrases: ["hội thao"] },
  { type: "hội diễn", phrases: ["hội diễn", "liên hoan văn nghệ"] },
  { type: "lễ kỷ niệm", phrases: ["lễ kỷ niệm", "lễ mít tinh kỷ niệm", "mít tinh kỷ niệm"] },
  // "tổ chức phát động Tết trồng cây": a launch is a launch ceremony, with or without "lễ"
  { type: "lễ phát động", phrases: ["lễ phát động", "phát động"] },
  { type: "lễ ra quân", phrases: ["lễ ra quân"] },
  { type: "ra quân", phrases: ["ra quân"] },
  { type: "tết trồng cây", phrases: ["tết trồng cây"] },
  { type: "lễ trao huy hiệu đảng", phrases: ["lễ trao tặng huy hiệu đảng", "lễ trao huy hiệu đảng", "lễ trao tặng huy hiệu", "lễ trao huy hiệu"] },
  { type: "lễ trao quyết định", phrases: ["lễ trao quyết định", "lễ công bố quyết định"] },
  { type: "lễ đón nhận", phrases: ["lễ đón nhận", "lễ công nhận"] },
  { type: "lễ khánh thành", phrases: ["lễ khánh thành", "lễ khởi công", "lễ gắn biển"] },
  { type: "lễ bàn giao", phrases: ["lễ bàn giao", "lễ trao nhà"] },
  { type: "lễ giao nhận quân", phrases: ["lễ giao nhận quân", "lễ tiễn tân binh"] },
  { type: "lễ ra mắt", phrases: ["lễ ra mắt"] },
  { type: "lễ ký kết", phrases: ["lễ ký kết"] },
  { type: "lễ khai giảng", phrases: ["lễ khai giảng"] },
  { type: "lễ tuyên dương", phrases: ["lễ tuyên dương", "lễ biểu dương"] },
  { type: "lễ dâng hương", phrases: ["lễ dâng hương", "lễ viếng"] },
  { type: "lễ chào cờ", phrases: ["lễ chào cờ", "lễ thượng cờ"] },
  { type: "mít tinh", phrases: ["lễ mít tinh", "mít tinh"] },
  { type: "ngày hội đại đoàn kết", phrases: ["ngày hội đại đoàn kết"] },
  { type: "ngày hội", phrases: ["ngày hội"] },
  { type: "hội thảo", phrases: ["hội thảo"] },
  { type: "tọa đàm", phrases: ["tọa đàm", "buổi tọa đàm"] },
  { type: "tập huấn", phrases: ["lớp tập huấn", "tập huấn"] },
  { type: "diễn tập", phrases: ["diễn tập"] },
  { type: "buổi sinh hoạt", phrases: ["buổi sinh hoạt chuyên đề", "sinh hoạt chuyên đề"] },
];

/**
 * Verbs that make a sentence the event's own sentence ("UBND phường tổ chức hội nghị ...",
 * "đã diễn ra hội nghị ..."). Lower case and matched case-sensitively, so "Ban Tổ chức" is not one.
 */
export const EVENT_CUES: readonly string[] = [
  "tổ chức",
  "diễn ra",
  "khai mạc",
  "phát động",
  "long trọng",
  "tiến hành",
  "đã họp",
];

/**
 * What may follow "tại" when it names the event's place. Strong heads are buildings and rooms;
 * weak ones are areas ("khu phố", "các tuyến đường"), taken only when no strong one is found.
 */
export const VENUE_HEADS = {
  strong: [
    "hội trường",
    "phòng họp",
    "phòng hội nghị",
    "phòng",
    "trụ sở",
    "nhà văn hóa",
    "nhà văn hoá",
    "nhà sinh hoạt cộng đồng",
    "nhà truyền thống",
    "nhà thi đấu",
    "nhà văn hóa - thể thao",
    "sân vận động",
    "sân",
    "trung tâm",
    "trường",
    "điểm cầu",
    "đài tưởng niệm",
    "khu tưởng niệm",
    "nghĩa trang",
    "quảng trường",
    "công viên",
    "khuôn viên",
    "đình",
    "chùa",
    "nhà thờ",
    "khách sạn",
    "văn phòng",
    "ủy ban nhân dân",
    "ubnd",
  ],
  weak: [
    "khu phố",
    "khu dân cư",
    "tổ dân phố",
    "thôn",
    "xóm",
    "ấp",
    "bản",
    "khóm",
    "tuyến đường",
    "đường",
    "khu vực",
    "chợ",
    "bãi biển",
    "bờ sông",
    "địa điểm",
  ],
} as const;

/** Words before "tại" that make it someone's act, not the event's place ("phát biểu tại hội nghị"). */
export const VENUE_BLOCKING_VERBS: readonly string[] = [
  "phát biểu",
  "trình bày",
  "báo cáo",
  "bầu",
  "ứng cử",
  "sinh sống",
  "cư trú",
  "làm việc",
  "công tác",
  "đóng quân",
  "kinh doanh",
  "tập trung",
  "đậu",
  "đỗ",
  "nhất là",
];

/**
 * Words that keep a venue going after a comma: an address continues it
 * ("Phòng họp tầng 2, trụ sở ...", "thôn An Cư, xã Hồng Phong").
 */
export const ADDRESS_WORDS: readonly string[] = [
  "trụ sở",
  "thôn",
  "xóm",
  "ấp",
  "bản",
  "khóm",
  "khu phố",
  "khu dân cư",
  "tổ dân phố",
  "phường",
  "xã",
  "thị trấn",
  "quận",
  "huyện",
  "thị xã",
  "thành phố",
  "tp.",
  "tp",
  "tỉnh",
  "số",
  "đường",
  "phố",
  "ngõ",
  "ngách",
  "hẻm",
  "tầng",
  "lô",
  "p.",
  "q.",
];

/**
 * Words that end a venue: the main verb, a time, a purpose. Lower case, matched case-sensitively
 * so a proper name ("Ban Tổ chức") does not end it.
 */
export const VENUE_STOPS: readonly string[] = [
  "đã",
  "diễn ra",
  "tổ chức",
  "long trọng",
  "khai mạc",
  "vào lúc",
  "vào ngày",
  "vào",
  "lúc",
  "với sự",
  "có sự",
  "dưới sự",
  "nhằm",
  "để",
  "trong không khí",
  "theo hình thức",
  "nhân dịp",
];

/** Administrative units: a venue's place name follows one ("phường Trần Lãm"). */
export const PLACE_WORDS: readonly string[] = [
  "phường",
  "xã",
  "thị trấn",
  "thôn",
  "ấp",
  "khóm",
  "khu phố",
  "quận",
  "huyện",
  "thị xã",
  "thành phố",
  "tỉnh",
];

/**
 * Heads of organization names. After a place name they start the sentence's subject even without a
 * comma ("tại Hội trường UBND phường Trần Lãm UBND phường tổ chức ..."). Matched case-sensitively.
 */
export const ORGANIZATION_HEADS: readonly string[] = [
  "UBND",
  "HĐND",
  "UBMTTQ",
  "MTTQ",
  "Ủy ban",
  "Uỷ ban",
  "Đảng ủy",
  "Đảng uỷ",
  "Đảng bộ",
  "Thường trực",
  "Ban",
  "BCH",
  "BTV",
  "Hội",
  "Đoàn",
  "Chi bộ",
  "Chi hội",
  "Công an",
  "Tổ đại biểu",
  "Liên đoàn",
  "Công đoàn",
  "Huyện đoàn",
  "Thành đoàn",
];

/** Leading time phrases stripped from an organizer ("sáng nay ngày 11/7/2024 Đảng ủy xã ..."). */
export const LEADING_TIME_WORDS: readonly string[] = ["sáng", "chiều", "tối", "trưa", "đêm", "nay", "ngày", "hôm nay", "vừa qua"];

/** Adverbs stripped from the end of a subject ("Đảng ủy phường long trọng tổ chức"). */
export const SUBJECT_TRAILING_ADVERBS: readonly string[] = ["đã", "long trọng", "vừa", "cũng", "sẽ", "vinh dự", "trang trọng"];
