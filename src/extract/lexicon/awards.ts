/**
 * Vocabulary of awards in ward news: what is given (kinds), how (verbs), to whom (recipient nouns),
 * and by whom (authority heads, and the marks of a person handing it over).
 * Readable data only; src/extract/extractors/awards.ts turns it into patterns.
 * Lower case, traditional tone style; matched case-insensitively unless said otherwise.
 */
import type { AwardKind } from "../../schema.js";

/** An award kind and the phrases that name it. */
export interface AwardKindEntry {
  readonly kind: AwardKind;
  readonly phrases: readonly string[];
  /** The kind is itself the giving verb ("khen thưởng 08 đoàn viên"). */
  readonly selfVerb?: boolean;
}

export const AWARD_KINDS_LEXICON: readonly AwardKindEntry[] = [
  { kind: "giấy khen", phrases: ["giấy khen"] },
  { kind: "bằng khen", phrases: ["bằng khen"] },
  { kind: "kỷ niệm chương", phrases: ["kỷ niệm chương", "kỉ niệm chương"] },
  // "Huy hiệu" alone is a Party badge only where the sentence speaks of the Party (see PARTY_CONTEXT)
  { kind: "huy hiệu đảng", phrases: ["huy hiệu đảng", "huy hiệu"] },
  { kind: "huân chương", phrases: ["huân chương"] },
  { kind: "huy chương", phrases: ["huy chương"] },
  { kind: "cờ thi đua", phrases: ["cờ thi đua", "cờ thi đua xuất sắc", "cờ truyền thống"] },
  { kind: "danh hiệu", phrases: ["danh hiệu"] },
  { kind: "học bổng", phrases: ["học bổng"] },
  {
    kind: "giải thưởng",
    phrases: [
      "giải thưởng",
      "giải nhất",
      "giải nhì",
      "giải ba",
      "giải tư",
      "giải khuyến khích",
      "giải đặc biệt",
      "giải a",
      "giải b",
      "giải c",
      "giải phong cách",
      "giải triển vọng",
      "giải toàn đoàn",
      "giải nhất toàn đoàn",
    ],
  },
  { kind: "quà", phrases: ["quà", "quà tặng"] },
  { kind: "khen thưởng", phrases: ["khen thưởng"], selfVerb: true },
];

/** Where "huy hiệu" alone counts as a Party badge: the clause mentions the Party. */
export const PARTY_CONTEXT = /đảng/iu;

/** Verbs by which an authority gives an award (the subject gives). Longest first when matched. */
export const GIVING_VERBS: readonly string[] = [
  "trao tặng",
  "tặng thưởng",
  "trao thưởng",
  "phong tặng",
  "truy tặng",
  "tặng",
  "trao",
  "công nhận",
  "khen thưởng",
];

/** Verbs by which the subject receives an award ("phường Đông Ngàn vinh dự đón nhận Cờ thi đua ..."). */
export const RECEIVING_VERBS: readonly string[] = ["đón nhận", "nhận", "được nhận", "vinh dự nhận"];

/** Units between a count and the award ("15 suất học bổng"): the count is the recipients'. */
export const AWARD_UNITS: readonly string[] = ["suất", "xuất", "phần", "chiếc", "bộ"];

/** Words before a giving verb that make the mention a name, not an act ("Lễ trao tặng Huy hiệu Đảng", "về việc tặng ..."). */
export const NOT_AN_ACT_BEFORE: readonly string[] = ["lễ", "về việc", "đề nghị", "xét", "quyết định", "thi đua"];

/** Recipient nouns by type. Longest phrase wins ("đội viên" is a person, "đội" a team). */
export const RECIPIENT_NOUNS: Readonly<Record<"individual" | "collective" | "household", readonly string[]>> = {
  individual: [
    "cá nhân",
    "các nhân",
    "đảng viên",
    "hội viên",
    "đoàn viên",
    "đội viên",
    "học sinh",
    "sinh viên",
    "em",
    "cháu",
    "người",
    "đồng chí",
    "đ/c",
    "cán bộ",
    "công chức",
    "viên chức",
    "chiến sĩ",
    "thanh niên",
    "cựu chiến binh",
    "vận động viên",
    "diễn viên",
    "thí sinh",
    "gương",
    "điển hình",
    "nhân viên",
    "giáo viên",
    "công nhân",
    "cộng tác viên",
    "tình nguyện viên",
    "tuyên truyền viên",
    "hòa giải viên",
    "già làng",
    "bà mẹ",
    "mẹ",
    "cụ",
    "thiếu nhi",
    "trẻ em",
    "tác giả",
    "hội viên phụ nữ",
  ],
  collective: [
    "tập thể",
    "đội",
    "chi hội",
    "khóm",
    "chi bộ",
    "đơn vị",
    "tổ",
    "ấp",
    "thôn",
    "xóm",
    "bản",
    "khu phố",
    "tổ dân phố",
    "khu dân cư",
    "cơ quan",
    "trường",
    "doanh nghiệp",
    "câu lạc bộ",
    "clb",
    "đoàn",
    "nhóm",
    "chi đoàn",
    "tổ chức",
    "ban",
    "hội",
    "xã",
    "phường",
    "thị trấn",
    "cụm",
    "hợp tác xã",
    "mô hình",
    "đảng bộ",
    "ủy ban",
    "công an",
  ],
  household: ["hộ", "hộ gia đình", "gia đình", "hộ nghèo", "hộ cận nghèo"],
};

/** Words that may stand between a count and the noun, or before a noun ("các tập thể", "toàn thể đoàn viên"). */
export const RECIPIENT_DETERMINERS: readonly string[] = ["các", "những", "mỗi", "toàn thể", "tất cả"];

/** Honorifics and ranks that make a subject a person (who hands over, not who gives). */
export const PERSON_MARKERS: readonly string[] = [
  "đồng chí",
  "đ/c",
  "đ.c",
  "ông",
  "bà",
  "anh",
  "chị",
  "thầy",
  "cô",
  "các đồng chí",
  "lãnh đạo",
  "đại biểu",
  "thiếu úy",
  "trung úy",
  "thượng úy",
  "đại úy",
  "thiếu tá",
  "trung tá",
  "thượng tá",
  "đại tá",
];

/** Office words: a subject that starts with one and ends with a personal name is a person. */
export const ROLE_WORDS: readonly string[] = [
  "chủ tịch",
  "phó chủ tịch",
  "bí thư",
  "phó bí thư",
  "trưởng",
  "phó trưởng",
  "giám đốc",
  "phó giám đốc",
  "chánh",
  "ủy viên",
  "thủ tướng",
  "tổng bí thư",
  "hiệu trưởng",
  "chỉ huy trưởng",
];

/** Adverbs dropped from the end of a subject ("BCH Đoàn xã cũng khen thưởng", "Ban Tổ chức đã trao"). */
export const SUBJECT_TRAILING_WORDS: readonly string[] = ["cũng", "đã", "vinh dự", "tổ chức", "long trọng", "sẽ", "vừa", "đã tổ chức", "trân trọng", "và"];

/**
 * Markers of an issuing authority acting through a person: the giver follows them
 * ("thừa ủy quyền của Ban Thường vụ Thành ủy, đồng chí X đã trao ...", "thay mặt UBND tỉnh, ...").
 */
export const DELEGATION_MARKERS: readonly string[] = ["thừa ủy quyền của", "thừa ủy quyền", "thừa uỷ quyền của", "thừa uỷ quyền", "thay mặt cho", "thay mặt", "ủy quyền của"];

/** Where a recipient list stops and its breakdown begins: a stated total wins over the breakdown. */
export const BREAKDOWN_MARKERS: readonly string[] = ["trong đó", "gồm", "bao gồm", "cụ thể"];
