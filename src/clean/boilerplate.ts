/**
 * The boilerplate lexicon: what site chrome around a Vietnamese ward news article says.
 * Plain data; src/clean/chrome.ts turns it into checks. Entries are written as they appear on pages and
 * compared folded (lower case, no diacritics, punctuation as spaces), so "TIN KHÁC:" matches "Tin khác".
 * A sentence that merely contains one of these words is never chrome: entries match whole lines, or a line's
 * start followed by a short remainder.
 */

/** Whole lines that are chrome wherever they stand. */
export const CHROME_LINES: readonly string[] = [
  "Skip to main content", "Skip to content", "Bỏ qua nội dung chính", "Chuyển đến nội dung chính",
  "Đăng nhập", "Đăng ký", "Đăng xuất", "Tìm kiếm", "Tìm kiếm nâng cao", "Menu", "Đóng", "Close",
  "A A", "A A A", "A- A A+", "A+ A A-", "Cỡ chữ",
  "Thời tiết", "Tỷ giá", "Tỷ giá ngoại tệ", "Giá vàng", "Thời tiết Tỷ giá ngoại tệ", "Thời tiết Tỷ giá",
  "Your Website Title", "{title}", "Responsive image", "image", "photo", "Hình minh họa",
  "Trang chủ", "Quay lại", "Trở về", "Về đầu trang", "Đầu trang", "Lên đầu trang", "In", "In bài", "In bài viết",
  "In trang", "Gửi email", "Gửi bài", "Lưu bài viết", "Lưu tin", "Chia sẻ", "Chia sẻ bài viết", "Facebook", "Zalo",
  "Twitter", "Tweet", "Like", "Đồng ý", "Tôi đồng ý", "Chấp nhận", "Bình luận", "Gửi bình luận", "Ý kiến bạn đọc",
  "Ý kiến của bạn", "Bản đồ hành chính", "Liên kết website", "Liên kết web", "Đánh giá", "Thống kê", "Thống kê truy cập",
  "PV", "BBT", "CTV", "Ban biên tập", "Tin", "Ảnh", "Video", "Audio", "Nghe bài viết", "Nghe đọc bài",
  "Giới thiệu", "Liên hệ", "Sơ đồ site", "Sơ đồ cổng", "Hỏi đáp", "RSS",
];

/** A label at the start of a line, followed by a short remainder (a name, a count): bylines, sources, credits. */
export const SHORT_LABELS: readonly string[] = [
  "Tác giả", "Tin, ảnh", "Tin và ảnh", "Tin - ảnh", "Tin/ảnh", "Tin ảnh", "Bài, ảnh", "Bài và ảnh", "Bài - ảnh", "Bài/ảnh",
  "Bài", "Tin", "Ảnh", "Video", "Nguồn", "Nguồn tin", "Nguồn ảnh", "Theo", "Người đăng", "Người viết", "Người đăng tin",
  "Biên tập", "Biên tập viên", "Người duyệt", "Duyệt bài", "Phóng viên", "PV", "Nhóm PV", "CTV", "Cộng tác viên",
  "Từ khóa", "Từ khoá", "Tags", "Tag", "Chủ đề", "Chuyên mục", "Danh mục",
];

/** How long the remainder after a {@link SHORT_LABELS} label may be, in characters and words. */
export const SHORT_LABEL_REST = { chars: 70, words: 9 } as const;

/** A line starting with one of these is chrome whatever follows (footers, cookie banners, widgets). */
export const CHROME_STARTS: readonly string[] = [
  "Xem với cỡ chữ", "Cỡ chữ", "Skip to", "Bài viết hay", "Bạn thấy bài viết", "Đánh giá bài viết", "Đánh giá:",
  "lượt đánh giá", "Bản đồ hành chính", "Liên kết website", "Bản quyền", "Copyright", "©", "(c) Copyright",
  "Cơ quan chủ quản", "Chịu trách nhiệm", "Giấy phép số", "Giấy phép:", "Ghi rõ nguồn", "Trang web sử dụng cookie",
  "Website sử dụng cookie", "Chúng tôi sử dụng cookie", "Trang web này sử dụng cookie", "This website uses cookies",
  "We use cookies", "Chia sẻ:", "Chia sẻ bài", "Chia sẻ qua", "Xem thêm:", "Đọc thêm:", "Xem tiếp:", "Xem bản in",
  "Thống kê truy cập", "Số lượt người xem", "Lượt người xem", "Địa chỉ:", "Điện thoại:", "Email:", "Fax:",
  "Trang chủ »", "Trang chủ >", "Trang chủ /", "Trang chủ |", "Trang chủ ›", "Trang chủ -",
];

/** Headings of related-news lists: the article is over, and dates below belong to other articles. */
export const RELATED_HEADINGS: readonly string[] = [
  "Tin liên quan", "Tin khác", "Các tin khác", "Tin cùng chuyên mục", "Tin cùng loại", "Bài viết liên quan",
  "Bài viết khác", "Các bài viết khác", "Tin bài khác", "Tin bài liên quan", "Tin mới", "Tin mới nhất", "Tin đã đưa",
  "Tin đọc nhiều", "Tin xem nhiều", "Đọc nhiều", "Xem nhiều", "Xem thêm", "Đọc thêm", "Có thể bạn quan tâm",
  "Bạn có thể quan tâm",
];

/** Lines after which the article is over (comments, ratings, the "./." terminator); a posting line may still follow. */
export const ARTICLE_CLOSERS: readonly string[] = [
  "Bình luận", "Ý kiến bạn đọc", "Gửi ý kiến", "Bài viết hay? Hãy đánh giá bài viết", "Bài viết hay", "Đánh giá", "./.",
];

/** Words of visitor counters; a line of only these and numbers is a counter ("Đang online 61 | Tổng lượt truy cập 102.477"). */
export const COUNTER_WORDS: readonly string[] = [
  "Thống kê truy cập", "Thống kê", "Đang online", "Đang truy cập", "Tổng lượt truy cập", "Lượt truy cập",
  "Số lượt truy cập", "Truy cập", "Online", "Hôm nay", "Hôm qua", "Tuần này", "Tháng này", "Năm nay", "Tổng cộng",
  "Tổng số", "Tổng", "Số lượt người xem", "Lượt người xem", "Số lượt xem", "Lượt xem", "Lượt đọc", "Lượt thích",
  "Bình luận", "Đã xem", "Trung bình", "Lượt đánh giá", "Đánh giá", "Views", "Visitors", "Visits", "Total",
];

/** Short lines (a few words) containing one of these are page widgets. */
export const WIDGET_WORDS: readonly string[] = ["Thời tiết", "Tỷ giá", "Giá vàng", "Đăng nhập", "Tìm kiếm", "Skip to main content"];

/** Starts of site names ("BÁO QUẢNG NAM ĐIỆN TỬ", "Cổng thông tin điện tử xã ..."): never a headline. */
export const SITE_NAME_STARTS: readonly string[] = [
  "Báo ", "Cổng thông tin", "Cổng TTĐT", "Trang thông tin", "Trang TTĐT", "Trang tin", "Tạp chí", "Đài Phát thanh",
  "Đài PT-TH", "Website", "Cổng Thông Tin",
];

/** Words that name a site in a <title> or og:title suffix ("... | Báo Đắk Lắk điện tử"). */
export const SITE_NAME_WORDS: readonly string[] = [
  "báo", "cổng thông tin", "trang thông tin", "trang tin", "điện tử", "online", "tạp chí", "đài", "portal", "news",
  ".vn", ".com", ".net", "cổng ttđt", "trang chủ",
];

/** Bylines of an office rather than a person, at the end of an article ("Ban biên tập phường Nghĩa Lộ"). */
export const BYLINE_ORG_STARTS: readonly string[] = [
  "Ban biên tập", "BBT", "Văn phòng", "Bộ phận Văn phòng", "Bộ phận", "Đài Truyền thanh", "Đài truyền thanh",
  "Phòng Văn hóa", "Trung tâm Văn hóa", "Ban Tuyên giáo", "Tổ biên tập", "Nhóm PV", "PV", "CTV", "Theo",
];

/** How a standalone photo caption often starts ("Toàn cảnh hội nghị", "Quang cảnh Hội Nghị."). */
export const CAPTION_OPENERS: readonly string[] = [
  "Toàn cảnh", "Quang cảnh", "Hình ảnh", "Một số hình ảnh", "Ảnh", "Các đại biểu", "Đại biểu", "Lãnh đạo",
  "Tiết mục", "Các đồng chí", "Trao", "Trao tặng", "Khen thưởng",
];

/** Labels before a caption's text ("Hình ảnh: Toàn cảnh đại hội."), removed from the caption. */
export const CAPTION_LABELS: readonly string[] = ["Hình ảnh", "Ảnh", "Ảnh minh họa", "Ảnh minh hoạ"];

/** Labels of a photo credit at the end of a caption ("... cho ấp 4. Ảnh: B.Nguyên"), removed from the caption. */
export const CREDIT_LABELS: readonly string[] = ["Ảnh", "Ảnh minh họa", "Ảnh minh hoạ", "Ảnh/video", "Nguồn ảnh", "Ảnh tư liệu"];

/** Section labels a page puts above the headline (dropped with the rest of the page header). */
export const SECTION_LABELS: readonly string[] = ["Tin tức - Sự kiện", "Tin tức", "Sự kiện", "Tin địa phương", "Thời sự"];

/** class or id names of main-content containers (HTML). */
export const CONTENT_NAMES: readonly string[] = [
  "article", "content", "detail", "news", "post", "entry", "body", "story", "main", "noidung", "chitiet", "baiviet",
];

/** class or id names of chrome containers (HTML); a name holding one of these words is dropped with its contents. */
export const CHROME_NAMES: readonly string[] = [
  "nav", "navbar", "navigation", "menu", "mainmenu", "breadcrumb", "breadcrumbs", "sidebar", "side-bar", "aside",
  "header", "topbar", "top-bar", "footer", "share", "sharing", "social", "comment", "comments", "related", "relate",
  "tin-khac", "tinkhac", "tin-lien-quan", "tinlienquan", "lien-quan", "other-news", "othernews", "more-news",
  "cookie", "counter", "stats", "statistic", "thong-ke", "thongke", "banner", "advert", "ads", "quangcao",
  "quang-cao", "widget", "login", "search", "timkiem", "tim-kiem", "copyright", "rating", "vote", "tags", "tag",
  "keywords", "author", "byline", "source", "print", "toolbar", "tool", "pagination", "pager", "logo", "weather",
  "modal", "popup", "skip",
];
