/**
 * Vocabulary of shortcomings ("tồn tại, hạn chế") in ward reports: the words that introduce a list,
 * the openers of a contrastive prose sentence, and the markers of a negative finding.
 * Readable data only; src/extract/extractors/shortcomings.ts turns it into patterns.
 * Lower case, traditional tone style; matched case-insensitively.
 */

/** Nouns that name shortcomings; followed by ":" / "như" / "là" they introduce the items. */
export const SHORTCOMING_NOUNS: readonly string[] = [
  "tồn tại",
  "hạn chế",
  "yếu kém",
  "khuyết điểm",
  "bất cập",
  "khó khăn",
  "vướng mắc",
  "thiếu sót",
  "mặt còn hạn chế",
];

/** Words between the noun and the list ("hạn chế như:", "tồn tại sau đây:", "hạn chế là ..."). */
export const LIST_INTRODUCERS: readonly string[] = ["như", "như sau", "như sau đây", "là", "sau", "sau đây", "cụ thể", "cụ thể như", "chủ yếu", "chủ yếu là", "đó là"];

/** Sentence openers of a contrast that may carry shortcomings in prose ("Tuy vậy, Đại hội ... nhìn nhận ..."). */
export const CONTRAST_OPENERS: readonly string[] = ["tuy nhiên", "tuy vậy", "song", "nhưng", "bên cạnh đó", "bên cạnh những kết quả đạt được", "bên cạnh những kết quả đã đạt được"];

/** Verbs of assessment after which the findings follow ("thẳng thắn nhìn nhận A chưa ..., B còn ..."). */
export const ASSESSMENT_VERBS: readonly string[] = ["nhìn nhận", "chỉ ra", "chỉ rõ", "thừa nhận", "nêu rõ", "nêu", "đánh giá", "cho thấy", "thấy rõ"];

/** Words that mark a negative finding; a clause without one is not a shortcoming. */
export const NEGATIVE_MARKERS: readonly string[] = [
  "chưa",
  "còn",
  "vẫn",
  "thiếu",
  "không",
  "hạn chế",
  "yếu",
  "chậm",
  "khó khăn",
  "bất cập",
  "hình thức",
  "lúng túng",
  "tái diễn",
  "chưa cao",
  "thấp",
];

/** Words that open a continuation of the previous clause's predicate ("..., chưa sâu"), not a new item. */
export const PREDICATE_CONTINUATIONS: readonly string[] = ["chưa", "còn", "không", "thiếu", "vẫn", "và", "nhất là", "đặc biệt là", "trong đó"];

/**
 * What a list after a colon is when it follows these words: tasks and directions, not shortcomings
 * ("đề ra nhiệm vụ, giải pháp trọng tâm 6 tháng cuối năm: ...").
 */
export const TASK_WORDS: readonly string[] = ["nhiệm vụ", "giải pháp", "phương hướng", "mục tiêu", "chỉ tiêu", "kiến nghị", "đề xuất", "quan tâm"];

/** "tồn tại" used as a verb: followed by one of these it states a fact, it does not open a list. */
export const EXISTENCE_OBJECTS: readonly string[] = ["tình trạng", "hiện tượng", "việc"];
