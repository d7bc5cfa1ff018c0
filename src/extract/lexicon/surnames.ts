/**
 * Vietnamese personal names: surnames (including compound ones and those of ethnic minorities),
 * common middle names, syllables that appear in lower case inside names ("Tôn Nữ hồng Châu"), and
 * the names of historical figures that streets, schools and communes carry ("đường Lê Lợi",
 * "Trường THCS Nguyễn Du", "xã Lý Văn Lâm"), which are never officials.
 */

/** Surnames, most frequent first. Compound ones ("Tôn Nữ", "Công Tằng Tôn Nữ") are one entry. */
export const SURNAMES: readonly string[] = [
  "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
  "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Lương", "Trương", "Đinh", "Đoàn",
  "Lâm", "Mai", "Trịnh", "Đào", "Cao", "Hà", "Tạ", "Tô", "Tống", "Vương",
  "Phùng", "Quách", "Thái", "La", "Lưu", "Châu", "Chu", "Kiều", "Lại", "Mạc",
  "Nghiêm", "Ninh", "Phí", "Quan", "Tăng", "Thân", "Triệu", "Từ", "Âu", "Bạch",
  "Cù", "Diệp", "Doãn", "Đàm", "Đồng", "Giang", "Hàn", "Hầu", "Hứa", "Kim",
  "Khổng", "Khúc", "Khương", "Lạc", "Lục", "Mã", "Nông", "Ông", "Tiêu", "Trình",
  "Ung", "Vi", "Viên", "Yên", "Lã", "Lữ", "Mẫn", "Ngọ", "Ngụy", "Nhâm",
  "Ôn", "Phương", "Sái", "Tào", "Tiết", "Tòng", "Uông", "Vưu", "Xa", "Bành",
  "Biện", "Cái", "Cam", "Cát", "Chế", "Chiêm", "Chung", "Chương", "Cung", "Dư",
  "Đái", "Điêu", "Điền", "Đổng", "Giáp", "Hạ", "Hán", "Khiếu", "Khưu", "Lò",
  "Lộc", "Luyện", "Lỳ", "Mạch", "Mang", "Mông", "Nhan", "Quản", "Sầm", "Sử",
  "Thạch", "Thi", "Thiều", "Tôn", "Tông", "Trang", "Trà", "Tất", "Ứng",
  "Danh", "Kha", "Lường", "Lèo", "Bế", "Ma", "Lù", "Giàng", "Sùng", "Thào",
  "Vàng", "Mùa", "Hờ", "Vừ", "Lầu", "Chẩu", "Ksor", "Siu", "Nay",
  "Rơ Châm", "Rơ Mah", "Niê", "Byă", "Mlô", "Êban", "Kpă", "Y", "H",
  "Tôn Nữ", "Tôn Thất", "Công Tằng Tôn Nữ", "Công Tôn Nữ", "Âu Dương", "Nguyễn Phúc", "Khuất",
];

/**
 * Surnames frequent enough that a capitalized run starting with one, after a title, is very
 * likely a person ("Phó Chủ tịch UBND phường Kim Liên **Trương** Minh Quang").
 */
export const STRONG_SURNAMES: readonly string[] = [
  "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
  "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trương", "Đinh", "Lương", "Đào",
  "Trịnh", "Tống", "Tôn Nữ", "Công Tằng Tôn Nữ",
];

/** Middle names: the second syllable of most names ("Nguyễn **Văn** A", "Lê **Thị** B"). */
export const MIDDLE_NAMES: readonly string[] = [
  "Văn", "Thị", "Hữu", "Đức", "Minh", "Quang", "Công", "Ngọc", "Xuân", "Thanh",
  "Đình", "Bá", "Kim", "Hồng", "Thu", "Quốc", "Trung", "Tấn", "Hoàng", "Thế",
  "Duy", "Mạnh", "Anh", "Phước", "Phúc", "Như", "Sỹ", "Sĩ", "Khắc", "Viết",
  "Đăng", "Hải", "Huy", "Thành", "Trọng", "Tiến", "Nhật", "Phương", "Diệu", "Bích",
  "Mỹ", "Hoài", "Nữ", "Chí", "Gia", "Đắc", "Cảnh", "Vĩnh", "Trí", "Bảo",
  "Lệ", "Tường", "Thúy", "Thùy", "Kiều", "Long", "Tuấn", "Đại", "Quý", "Ánh",
];

/**
 * Given-name syllables that may appear in lower case inside a name in careless captions
 * ("Bà Tôn Nữ minh Thư", "Tôn Nữ hồng Châu"), as folded keys.
 */
export const LOWERCASE_NAME_PARTS: readonly string[] = [
  "minh", "hong", "thi", "van", "thanh", "ngoc", "kim", "thu", "xuan", "quang",
  "huu", "duc", "anh", "mai", "lan", "hoa", "huong", "thuy", "phuong", "bich",
];

/**
 * People whose names streets, schools, communes and organizations carry, and the places whose names
 * look like a surname and a given name. A run equal to one of these is never an official.
 */
export const NAMESAKES: readonly string[] = [
  "Hồ Chí Minh", "Nguyễn Tất Thành", "Nguyễn Ái Quốc", "Lê Lợi", "Lê Duẩn", "Nguyễn Du", "Lê Quý Đôn",
  "Kim Đồng", "Nguyễn Thị Minh Khai", "Trần Hưng Đạo", "Trần Quốc Tuấn", "Lý Thường Kiệt", "Nguyễn Huệ",
  "Quang Trung", "Trần Phú", "Võ Thị Sáu", "Nguyễn Trãi", "Lý Tự Trọng", "Phan Bội Châu", "Phan Chu Trinh",
  "Phan Châu Trinh", "Phan Đình Phùng", "Lê Hồng Phong", "Nguyễn Văn Trỗi", "Võ Nguyên Giáp", "Tôn Đức Thắng",
  "Nguyễn Văn Cừ", "Trường Chinh", "Phạm Văn Đồng", "Lê Văn Tám", "Nguyễn Văn Linh", "Hai Bà Trưng",
  "Bà Triệu", "Ngô Quyền", "Lê Thánh Tông", "Lý Thái Tổ", "Trần Quốc Toản", "Trần Quang Khải", "Lê Hoàn",
  "Đinh Tiên Hoàng", "Đinh Bộ Lĩnh", "Nguyễn Đình Chiểu", "Hàm Nghi", "Hoàng Diệu", "Hoàng Văn Thụ",
  "Lý Văn Lâm", "Chu Văn An", "Nguyễn Bỉnh Khiêm", "Võ Văn Kiệt", "Nguyễn Thái Học", "Phạm Ngũ Lão",
  "Trần Nhân Tông", "Nguyễn Chí Thanh", "Nguyễn Lương Bằng", "Lê Đức Thọ", "Hoàng Hoa Thám", "Nguyễn Khuyến",
  "Tô Hiến Thành", "Mạc Đĩnh Chi", "Lê Thị Hồng Gấm", "Nguyễn Thị Định", "Mạc Thị Bưởi", "Phan Đăng Lưu",
  "Hùng Vương", "Trần Văn Ơn", "Huỳnh Thúc Kháng", "Lương Thế Vinh", "Hồ Xuân Hương", "Đoàn Thị Điểm",
  "Lê Lai", "Nguyễn Thiện Thuật", "Cù Chính Lan", "Nguyễn Viết Xuân", "Bế Văn Đàn", "Phan Đình Giót",
  "Tô Vĩnh Diện", "La Văn Cầu", "Trần Văn Giàu", "Nguyễn Sinh Sắc", "Hoàng Thị Loan", "Lê Văn Sỹ",
  "Trần Cao Vân", "Nguyễn Hữu Thọ", "Huỳnh Tấn Phát", "Tôn Thất Tùng", "Hoàng Quốc Việt", "Lê Văn Lương",
  "Nguyễn Văn Trãi", "Trần Đại Nghĩa", "Đặng Thùy Trâm", "Nguyễn Văn Thoại", "Võ Chí Công",
  // places that read like names
  "Hà Nội", "Hà Tĩnh", "Hà Nam", "Hà Giang", "Hà Tiên", "Hà Đông", "Lâm Đồng", "Cao Bằng", "Lê Chân",
  "Phan Thiết", "Phan Rang", "Mai Châu", "Mai Sơn", "Lý Sơn", "Trà Vinh", "Trà My", "Kiên Giang", "Đồng Nai",
  "Đồng Tháp", "Đồng Hới", "Võ Nhai", "Đồng Xoài", "Hồ Gươm", "Giang Thành", "Đoàn Kết", "Tân Phú",
];
