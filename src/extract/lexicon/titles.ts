/**
 * Role vocabulary: how a title starts ("Phó Bí thư", "PCT", "Chỉ huy trưởng"), what the record's
 * `role` calls it, and which organization the role itself names ("Trưởng ban tổ chức" is head of the
 * "Ban tổ chức"). Plus the words that end a title list ("phát biểu", "chủ trì", "cùng", ...).
 *
 * Matching ignores case and tone style; forms written in capitals (abbreviations) only match capitals.
 */

/** One role and the ways it is written. */
export interface RoleEntry {
  /** The record's `role` ("Phó Chủ tịch"). */
  readonly role: string;
  /** Written forms, abbreviations included. */
  readonly forms: readonly string[];
  /** The body the role word names, put before the rest as the organization ("Trưởng ban" -> "Ban ..."). */
  readonly orgHead?: string;
  /** The organization folded into the form ("BTĐU" is Bí thư of the "Đảng ủy"; "Thành ủy viên" of the "Thành ủy"). */
  readonly impliedOrganization?: string;
  /** Only a title when a body follows ("Trưởng Công an xã"; "trưởng" alone is not). */
  readonly needsBody?: boolean;
}

/** Roles, longest forms matched first by the matcher (order here is for reading). */
export const ROLES: readonly RoleEntry[] = [
  // Party committees
  { role: "Bí thư", forms: ["Bí thư", "BT", "Bí thu"] },
  { role: "Bí thư", forms: ["BTĐU", "Bí thư ĐU"], impliedOrganization: "Đảng ủy" },
  { role: "Bí thư", forms: ["BTCB"], impliedOrganization: "chi bộ" },
  { role: "Phó Bí thư", forms: ["Phó Bí thư", "PBT", "Phó BT"] },
  { role: "Phó Bí thư", forms: ["PBTĐU", "PBT ĐU"], impliedOrganization: "Đảng ủy" },
  { role: "Phó Bí thư Thường trực", forms: ["Phó Bí thư Thường trực", "PBTTT", "PBT TT", "PBT.TT", "PBT thường trực", "Phó Bí thư TT"] },
  { role: "Ủy viên", forms: ["Ủy viên", "UV", "Ủy viên BCH", "Ủy viên Ban Chấp hành"] },
  { role: "Ủy viên", forms: ["UVBTV", "UV BTV", "UV.BTV", "UV. BTV", "Ủy viên BTV"], impliedOrganization: "Ban Thường vụ" },
  { role: "Ủy viên Thường vụ", forms: ["UVTV", "Ủy viên Thường vụ"] },
  { role: "Ủy viên Thường trực", forms: ["Ủy viên Thường trực", "UVTT"] },
  { role: "Đảng ủy viên", forms: ["Đảng ủy viên", "ĐUV"], impliedOrganization: "Đảng ủy" },
  { role: "Chi ủy viên", forms: ["Chi ủy viên"], impliedOrganization: "Chi ủy" },
  { role: "Thành ủy viên", forms: ["Thành ủy viên"], impliedOrganization: "Thành ủy" },
  { role: "Huyện ủy viên", forms: ["Huyện ủy viên", "HUV"], impliedOrganization: "Huyện ủy" },
  { role: "Quận ủy viên", forms: ["Quận ủy viên"], impliedOrganization: "Quận ủy" },
  { role: "Thị ủy viên", forms: ["Thị ủy viên"], impliedOrganization: "Thị ủy" },
  { role: "Tỉnh ủy viên", forms: ["Tỉnh ủy viên", "TUV"], impliedOrganization: "Tỉnh ủy" },
  { role: "Chủ nhiệm", forms: ["Chủ nhiệm"] },
  { role: "Phó Chủ nhiệm", forms: ["Phó Chủ nhiệm"] },
  { role: "Chánh Văn phòng", forms: ["Chánh Văn phòng", "CVP"], orgHead: "Văn phòng" },
  { role: "Phó Chánh Văn phòng", forms: ["Phó Chánh Văn phòng"], orgHead: "Văn phòng" },
  // Councils, committees, the Front, mass organizations
  { role: "Chủ tịch", forms: ["Chủ tịch", "CT"] },
  { role: "Phó Chủ tịch", forms: ["Phó Chủ tịch", "PCT", "Phó CT"] },
  { role: "Phó Chủ tịch Thường trực", forms: ["Phó Chủ tịch Thường trực", "PCTTT", "PCT TT", "PCT thường trực"] },
  { role: "Đại biểu", forms: ["Đại biểu"], needsBody: true },
  { role: "Đại biểu", forms: ["ĐBQH"], impliedOrganization: "Quốc hội" },
  { role: "Tổ trưởng", forms: ["Tổ trưởng"] },
  { role: "Tổ phó", forms: ["Tổ phó"] },
  { role: "Thư ký", forms: ["Thư ký"] },
  // Heads of boards, offices, delegations, units
  { role: "Trưởng ban", forms: ["Trưởng ban"], orgHead: "Ban" },
  { role: "Phó Trưởng ban", forms: ["Phó Trưởng ban", "Phó ban"], orgHead: "Ban" },
  { role: "Trưởng phòng", forms: ["Trưởng phòng"], orgHead: "Phòng" },
  { role: "Phó Trưởng phòng", forms: ["Phó Trưởng phòng", "Phó phòng"], orgHead: "Phòng" },
  { role: "Trưởng đoàn", forms: ["Trưởng đoàn"], orgHead: "Đoàn" },
  { role: "Phó Trưởng đoàn", forms: ["Phó Trưởng đoàn", "Phó đoàn"], orgHead: "Đoàn" },
  { role: "Trưởng", forms: ["Trưởng"], needsBody: true },
  { role: "Phó Trưởng", forms: ["Phó Trưởng", "Phó"], needsBody: true },
  { role: "Giám đốc", forms: ["Giám đốc", "GĐ"] },
  { role: "Phó Giám đốc", forms: ["Phó Giám đốc", "PGĐ"] },
  { role: "Hiệu trưởng", forms: ["Hiệu trưởng"] },
  { role: "Phó Hiệu trưởng", forms: ["Phó Hiệu trưởng"] },
  { role: "Chánh án", forms: ["Chánh án"] },
  { role: "Viện trưởng", forms: ["Viện trưởng"] },
  { role: "Phó Viện trưởng", forms: ["Phó Viện trưởng"] },
  { role: "Trạm trưởng", forms: ["Trạm trưởng"] },
  { role: "Đội trưởng", forms: ["Đội trưởng"] },
  { role: "Đội phó", forms: ["Đội phó"] },
  { role: "Tổng Biên tập", forms: ["Tổng Biên tập"] },
  { role: "Phó Tổng Biên tập", forms: ["Phó Tổng Biên tập"] },
  { role: "Thủ trưởng", forms: ["Thủ trưởng"] },
  // Neighbourhoods and branches
  { role: "Trưởng thôn", forms: ["Trưởng thôn"], orgHead: "thôn" },
  { role: "Trưởng khu phố", forms: ["Trưởng khu phố", "Trưởng KP"], orgHead: "khu phố" },
  { role: "Trưởng ấp", forms: ["Trưởng ấp"], orgHead: "ấp" },
  { role: "Trưởng khóm", forms: ["Trưởng khóm"], orgHead: "khóm" },
  { role: "Trưởng bản", forms: ["Trưởng bản"], orgHead: "bản" },
  { role: "Trưởng xóm", forms: ["Trưởng xóm"], orgHead: "xóm" },
  { role: "Trưởng khu dân cư", forms: ["Trưởng khu dân cư"], orgHead: "khu dân cư" },
  { role: "Chi hội trưởng", forms: ["Chi hội trưởng"] },
  { role: "Chi hội phó", forms: ["Chi hội phó"] },
  { role: "Chi đoàn trưởng", forms: ["Chi đoàn trưởng"] },
  // Military and police command
  { role: "Chỉ huy trưởng", forms: ["Chỉ huy trưởng", "CHT"] },
  { role: "Chỉ huy phó", forms: ["Chỉ huy phó", "CHP"] },
  { role: "Chính trị viên", forms: ["Chính trị viên"] },
  { role: "Chính trị viên phó", forms: ["Chính trị viên phó"] },
  { role: "Chính ủy", forms: ["Chính ủy"] },
  { role: "Tư lệnh", forms: ["Tư lệnh"] },
];

/** Words before a role that qualify it ("nguyên Bí thư" is a former post), kept in the role. */
export const ROLE_QUALIFIERS: readonly string[] = ["nguyên", "Quyền"];

/**
 * Words that end a title ("Chủ tịch UBND phường **chủ trì** hội nghị"): verbs of the event,
 * conjunctions and prepositions. Checked on lower-case words only; tone style does not matter.
 */
export const TITLE_END_WORDS: readonly string[] = [
  "phát biểu", "chủ trì", "chủ tọa", "điều hành", "trao", "tặng", "nhấn mạnh", "đã", "đang", "sẽ",
  "vừa", "cho biết", "khẳng định", "đề nghị", "yêu cầu", "ghi nhận", "biểu dương", "chúc mừng", "trình bày", "báo cáo",
  "thông qua", "kết luận", "chỉ đạo", "phát động", "khai mạc", "bế mạc", "dự", "tham dự", "đến dự", "tới dự",
  "về dự", "tiếp thu", "giải trình", "trả lời", "thăm", "ôn lại", "quán triệt", "đánh giá", "nêu", "chia sẻ",
  "gửi", "giới thiệu", "kiểm tra", "là", "cùng", "với", "có", "được", "bày tỏ", "mong",
  "lưu ý", "đồng thời", "cũng", "nhận", "đọc", "công bố", "trao đổi", "động viên", "thăm hỏi", "cắt băng",
  "đánh trống", "dâng hương", "tri ân", "hướng dẫn", "phân tích", "thông tin", "thông báo", "tiếp xúc", "lắng nghe", "tuyên bố",
  "cảm ơn", "tuyên dương", "hoan nghênh", "đề xuất", "kiến nghị", "chỉ rõ", "chỉ ra", "chào mừng", "trực tiếp", "tại",
  "ở", "trong", "thay mặt", "để", "nhằm", "và", "hoặc", "như", "khi", "sau",
  "trước", "ngày", "lúc", "sáng", "chiều", "tối", "các", "những", "hơn", "đại diện",
  "tổ chức", "giữ chức", "làm", "ra", "lên", "tiếp tục", "nói", "mở", "từ", "đón",
  "nhận định", "khen", "mời", "gặp", "chụp", "đi", "về việc", "theo", "bằng", "vào",
];

/**
 * End words that do not end a title after the given words: "tổ chức" is part of "Ban tổ chức",
 * "thông tin" of "Trung tâm Văn hóa – Thông tin".
 */
export const TITLE_END_EXCEPTIONS: Readonly<Record<string, readonly string[]>> = {
  "tổ chức": ["ban", "trưởng ban", "phó ban"],
  "thông tin": ["văn hóa", "-", "và"],
  "công tác": ["ban", "đoàn"],
};

/**
 * Words that may follow a place in a title without ending it ("Bí thư Đoàn xã **khóa** XXII",
 * "Chủ tịch Hội CCB phường **nhiệm kỳ** 2022 – 2027", "Phó Chủ tịch UBND xã **phụ trách** Văn hóa - Xã hội").
 */
export const TITLE_TAIL_WORDS: readonly string[] = ["khóa", "nhiệm kỳ", "số", "cũ", "mới", "phụ trách"];

/** Words joining two offices held by one person ("Phó Bí thư Đảng ủy **kiêm** Chủ tịch HĐND"). */
export const TITLE_JOINERS: readonly string[] = ["kiêm", "kiêm nhiệm", "đồng thời là"];

/** Words between a name and its title when there is no punctuation ("... **giữ chức** Bí thư Đoàn xã"). */
export const NAME_TITLE_LINKS: readonly string[] = ["giữ chức", "giữ chức vụ", "là", "làm", "được bầu giữ chức", "được bầu làm", "được bầu là"];
