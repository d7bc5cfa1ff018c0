/**
 * A seeded generator of ward news articles for search tests and benchmarks (never part of the
 * browser bundle). Same seed, same corpus. With `decoys`, it mixes in the look-alikes that make
 * Vietnamese search hard: "Tấn Giang" beside "Tân Giang", "tân giáng", "Tân Phú ... Bắc Giang",
 * a person named "Lê Tấn Giang", near-duplicate names ("Tống Thị Quỳnh Hòa"), and a share of
 * articles in the new tone style (hoà, uỷ).
 */
import type { PlainSearchDocument } from "../../src/search/index.js";

export interface GenerateOptions {
  count: number;
  seed?: number;
  /** Mix in look-alike names and phrases; default true. */
  decoys?: boolean;
  /** Also use the fixtures' own place and person names ("Tân Giang", "Tống Thị Quỳnh Hoa"); default true. */
  fixtureNames?: boolean;
  /** Share of articles written in the new tone style (hoà, uỷ); default 0.15. */
  newToneShare?: number;
  /** Id prefix; default "gen/". */
  idPrefix?: string;
}

export interface GeneratedOfficial {
  name: string;
  titles: string[];
}

export interface GeneratedArticle {
  id: string;
  title: string;
  body: string;
  venue: string;
  officials: GeneratedOfficial[];
  ward: string;
  unit: "phường" | "xã" | "thị trấn";
  year: number;
  type: string;
  awards: string[];
  /** True when written in the new tone style. */
  newTone: boolean;
}

/** mulberry32: a small, fast, seeded PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WARDS = [
  "An Hòa", "Bình Minh", "Cửa Nam", "Đại Phúc", "Hưng Bình", "Kim Tân", "Lộc Hạ", "Minh Khai", "Nam Lý", "Phú Diễn",
  "Quang Trung", "Sông Trí", "Thạch Linh", "Văn Miếu", "Xuân Phương", "Yên Thế", "Đồng Tâm", "Hương Long", "Thủy Xuân",
  "Hòa Khánh", "Hà Huy Tập", "Nguyễn Du", "Bắc Hà", "Thạch Quý", "Đại Nài", "Văn Yên", "Trung Đô", "Hưng Dũng", "Cẩm Lệ", "Vĩnh Ninh",
];
/** Look-alikes of the fixtures' names: same letters, other marks, or the same syllables apart. */
const DECOY_WARDS = ["Tấn Giang", "Trần Lam", "Đồng Vệ", "Tân Tiền", "Hưởng Sơ", "Đông Ngân", "Tấn An", "Thanh Phú", "Linh Trùng", "Hồng Phòng", "Hoà Trạch", "Phù Hòa", "Cam Bình"];
/** The fixtures' own names. */
const FIXTURE_WARDS = ["Tân Giang", "Trần Lãm", "Đông Vệ", "Tân Tiến", "Hương Sơ", "Đông Ngàn", "Tân An", "Thạnh Phú", "Linh Trung", "Hồng Phong", "Hòa Trạch", "Phú Hòa", "Cẩm Bình"];

const SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Lâm", "Mai", "Tạ", "Lương", "Tô"];
const MIDDLES = ["Văn", "Thị", "Hữu", "Đức", "Quang", "Minh", "Thanh", "Ngọc", "Thu", "Kim", "Xuân", "Công", "Đình", "Thị Thanh", "Văn Anh"];
const GIVENS = ["Hoa", "Hòa", "Hóa", "Hùng", "Hưng", "Hương", "Hường", "Lan", "Lân", "Tâm", "Tấm", "Thắng", "Thăng", "Thủy", "Thúy", "Thùy", "Sơn", "Hải", "Hài", "Phúc", "Phục", "Nam", "Nga", "Ngà", "Bình", "Long", "Dũng", "Khánh", "Linh", "Tuấn"];
const DECOY_PEOPLE = ["Tống Thị Quỳnh Hòa", "Tống Thị Quynh Hoa", "Trương Quang Hiểu", "Lê Tấn Giang", "Phạm Thị Thanh Hường", "Vũ Đức Thăng", "Lê Thị Thanh Huyên"];
const FIXTURE_PEOPLE = ["Tống Thị Quỳnh Hoa", "Trương Quang Hiếu", "Phạm Thị Thanh Hương", "Vũ Đức Thắng", "Lê Thị Thanh Huyền"];

const TITLES = [
  "Bí thư Đảng ủy {unit}",
  "Phó Bí thư Thường trực Đảng ủy {unit}",
  "Chủ tịch UBND {unit}",
  "Phó Chủ tịch UBND {unit}",
  "Chủ tịch HĐND {unit}",
  "Chủ tịch Ủy ban MTTQ {unit}",
  "Trưởng Công an {unit}",
  "Ủy viên Ban Thường vụ Thành ủy",
  "Trưởng ban Tuyên giáo Thành ủy",
  "Chủ tịch Hội Cựu chiến binh {unit}",
];
const ORGS = ["UBND", "Ủy ban nhân dân", "HĐND", "Đảng ủy", "Ủy ban MTTQ", "UBMTTQ", "Hội Liên hiệp Phụ nữ", "Hội Cựu chiến binh", "Đoàn Thanh niên", "Hội Nông dân"];
const TYPES = ["hội nghị tổng kết", "hội nghị sơ kết", "lễ kỷ niệm", "hội thi", "đại hội", "kỳ họp", "tiếp xúc cử tri", "lễ phát động", "ra quân", "đối thoại", "giao ban"];
const AWARDS = ["giấy khen", "bằng khen", "kỷ niệm chương", "cờ thi đua", "huy hiệu đảng", "học bổng", "quà"];
const PARTS_OF_DAY = ["Sáng", "Chiều", "Tối"];
const FILLER = [
  "Năm qua, công tác tuyên truyền, vận động nhân dân thực hiện các chủ trương, chính sách của Đảng, pháp luật của Nhà nước được triển khai kịp thời.",
  "Phong trào toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư tiếp tục được duy trì và nâng cao chất lượng.",
  "Tình hình an ninh chính trị, trật tự an toàn xã hội trên địa bàn được giữ vững, không để xảy ra điểm nóng.",
  "Công tác chăm lo cho gia đình chính sách, hộ nghèo, hộ cận nghèo được quan tâm thường xuyên.",
  "Các chỉ tiêu kinh tế - xã hội cơ bản đều đạt và vượt kế hoạch đề ra.",
  "Việc chỉnh trang đô thị, vệ sinh môi trường có chuyển biến tích cực, người dân đồng tình hưởng ứng.",
  "Hội nghị đã nghe báo cáo kết quả thực hiện nhiệm vụ và thảo luận phương hướng, giải pháp cho thời gian tới.",
  "Bên cạnh những kết quả đạt được, vẫn còn một số tồn tại, hạn chế cần khắc phục trong thời gian tới.",
  "Công tác cải cách hành chính được đẩy mạnh, tỷ lệ hồ sơ giải quyết đúng hạn đạt cao.",
  "Các đại biểu đã tập trung thảo luận, đóng góp nhiều ý kiến tâm huyết, trách nhiệm.",
  "Phát biểu chỉ đạo, đồng chí đề nghị các đơn vị tiếp tục phát huy tinh thần đoàn kết, chủ động khắc phục khó khăn.",
  "Công tác xây dựng Đảng, xây dựng hệ thống chính trị được quan tâm, chất lượng sinh hoạt chi bộ từng bước được nâng lên.",
  "Cuộc vận động người Việt Nam ưu tiên dùng hàng Việt Nam được các tầng lớp nhân dân hưởng ứng.",
  "Phong trào thể dục thể thao, văn hóa văn nghệ diễn ra sôi nổi, thu hút đông đảo hội viên tham gia.",
  "Quỹ vì người nghèo được vận động đạt kết quả cao, kịp thời hỗ trợ các hộ gặp khó khăn.",
  "Công tác giám sát và phản biện xã hội được thực hiện đúng quy định, góp phần xây dựng chính quyền trong sạch, vững mạnh.",
  "Các khu phố đã ra quân dọn dẹp vệ sinh, khơi thông cống rãnh, trồng cây xanh.",
  "Ý kiến, kiến nghị của cử tri tập trung vào các vấn đề đất đai, môi trường, an sinh xã hội.",
  "Lãnh đạo địa phương đã tiếp thu, giải trình và làm rõ các nội dung cử tri quan tâm.",
  "Công tác chuyển đổi số được triển khai, nhiều thủ tục hành chính được thực hiện trực tuyến.",
  "Các chi hội đã tổ chức sinh hoạt định kỳ, lồng ghép nhiều nội dung thiết thực.",
  "Mô hình tự quản về an ninh trật tự ở khu dân cư phát huy hiệu quả.",
  "Hoạt động khuyến học, khuyến tài được quan tâm, nhiều học sinh nghèo vượt khó được hỗ trợ.",
  "Công tác phòng, chống thiên tai và tìm kiếm cứu nạn được chuẩn bị chu đáo theo phương châm bốn tại chỗ.",
];
const DECOY_SENTENCES = [
  "Đoàn công tác xã Tân Phú, tỉnh Bắc Giang đã đến thăm và trao đổi kinh nghiệm.",
  "Chương trình văn nghệ chào mừng tân giáng sinh được tổ chức ấm cúng.",
  "Đồng chí Lê Tấn Giang, Trưởng khu phố, đã báo cáo kết quả thực hiện phong trào.",
  "Nhiều hội viên đến từ huyện Tân Yên, tỉnh Bắc Giang cũng tham dự.",
  "Hộ ông Tống Văn Quỳnh ở khu phố 3 được tặng quà.",
];

/** Old tone style to new: the tone moves from the first to the second vowel of oa, oe, uy at a word's end. */
const OLD_TO_NEW: Array<[string, string]> = [];
for (const [pair, marks] of [
  ["oa", ["òa", "óa", "ỏa", "õa", "ọa"]],
  ["oe", ["òe", "óe", "ỏe", "õe", "ọe"]],
  ["uy", ["ùy", "úy", "ủy", "ũy", "ụy"]],
] as const) {
  const second = pair[1]!;
  const tones = ["\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];
  marks.forEach((old, i) => {
    const neu = (pair[0] + (second + tones[i]).normalize("NFC")).normalize("NFC");
    OLD_TO_NEW.push([old, neu]);
    OLD_TO_NEW.push([old[0]!.toUpperCase() + old.slice(1), neu[0]!.toUpperCase() + neu.slice(1)]);
  });
}

/**
 * Rewrites text from the old tone style (hòa, ủy) to the new one (hoà, uỷ), at word ends only.
 *
 * @example
 * ```ts
 * toNewTone("Ủy ban phường Hòa Bình"); // "Uỷ ban phường Hoà Bình"
 * ```
 */
export function toNewTone(text: string): string {
  let out = text.normalize("NFC");
  for (const [o, n] of OLD_TO_NEW) out = out.replace(new RegExp(`${o}(?![\\p{L}\\p{M}])`, "gu"), n);
  return out;
}

/**
 * Rewrites text from the new tone style to the old one (the inverse of {@link toNewTone}), for oracles.
 *
 * @example
 * ```ts
 * toOldTone("Uỷ ban phường Hoà Bình"); // "Ủy ban phường Hòa Bình"
 * ```
 */
export function toOldTone(text: string): string {
  let out = text.normalize("NFC");
  for (const [o, n] of OLD_TO_NEW) out = out.replace(new RegExp(`${n}(?![\\p{L}\\p{M}])`, "gu"), o);
  return out;
}

/**
 * Generates `count` articles, deterministic for a seed.
 *
 * @example
 * ```ts
 * const corpus = generateCorpus({ count: 100, seed: 7 });
 * corpus[0]!.id; // "gen/000000"
 * ```
 */
export function generateCorpus(options: GenerateOptions): GeneratedArticle[] {
  const rnd = prng(options.seed ?? 20240601);
  const decoys = options.decoys ?? true;
  const fixtureNames = options.fixtureNames ?? true;
  const newToneShare = options.newToneShare ?? 0.15;
  const prefix = options.idPrefix ?? "gen/";
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const chance = (p: number) => rnd() < p;
  const wards = [...WARDS, ...(decoys ? DECOY_WARDS : []), ...(fixtureNames ? FIXTURE_WARDS : [])];
  const people = [...(decoys ? DECOY_PEOPLE : []), ...(fixtureNames ? FIXTURE_PEOPLE : [])];
  const person = () => (people.length && chance(0.04) ? pick(people) : `${pick(SURNAMES)} ${pick(MIDDLES)} ${pick(GIVENS)}`);
  const out: GeneratedArticle[] = [];
  for (let i = 0; i < options.count; i++) {
    const unit = pick(["phường", "phường", "xã", "thị trấn"] as const);
    const Unit = unit[0]!.toUpperCase() + unit.slice(1);
    const ward = pick(wards);
    const year = 2019 + Math.floor(rnd() * 7);
    const type = pick(TYPES);
    const org = pick(ORGS);
    const day = 1 + Math.floor(rnd() * 28);
    const month = 1 + Math.floor(rnd() * 12);
    const venue = pick([
      `hội trường UBND ${unit} ${ward}`,
      `Nhà văn hóa khu phố ${1 + Math.floor(rnd() * 12)}`,
      `Trung tâm Văn hóa - Thể thao ${unit} ${ward}`,
      `trụ sở Đảng ủy ${unit}`,
    ]);
    const officials: GeneratedOfficial[] = [];
    const nOfficials = 2 + Math.floor(rnd() * 3);
    for (let k = 0; k < nOfficials; k++) {
      const titles = [pick(TITLES).replace("{unit}", unit)];
      if (chance(0.3)) titles.push(pick(TITLES).replace("{unit}", unit));
      officials.push({ name: person(), titles });
    }
    const title = pick([
      `${org} ${unit} ${ward} tổ chức ${type} năm ${year}`,
      `${Unit} ${ward} ${type === "hội nghị tổng kết" ? "tổng kết" : type} năm ${year}`,
      `Sôi nổi ${type} tại ${unit} ${ward}`,
      `${org} ${unit} ${ward}: ${type} triển khai nhiệm vụ năm ${year + 1}`,
    ]);
    const sentences: string[] = [];
    sentences.push(`${pick(PARTS_OF_DAY)} ngày ${day}/${month}/${year}, tại ${venue}, ${org} ${unit} ${ward} đã tổ chức ${type}.`);
    sentences.push(
      `Tham dự có ${officials.map((o) => `đồng chí ${o.name} - ${o.titles.join(", ")}`).join("; ")}; cùng đại diện các ban, ngành, đoàn thể ${unit}.`,
    );
    const nFill = 8 + Math.floor(rnd() * 8);
    for (let k = 0; k < nFill; k++) {
      sentences.push(pick(FILLER));
      if (decoys && chance(0.02)) sentences.push(pick(DECOY_SENTENCES));
    }
    const awards: string[] = [];
    if (chance(0.5)) {
      const kind = pick(AWARDS);
      awards.push(kind);
      sentences.push(`Dịp này, ${pick(["UBND", "Ủy ban nhân dân", "Đảng ủy", "UBMTTQ"])} ${unit} đã trao ${kind} cho ${1 + Math.floor(rnd() * 9)} tập thể và ${2 + Math.floor(rnd() * 20)} cá nhân có thành tích xuất sắc.`);
    }
    const lead = officials[0]!;
    sentences.push(`Phát biểu kết luận, đồng chí ${lead.name} ghi nhận những kết quả ${org} ${unit} ${ward} đạt được.`);
    const paragraphs: string[] = [];
    for (let k = 0; k < sentences.length; k += 3) paragraphs.push(sentences.slice(k, k + 3).join(" "));
    const newTone = chance(newToneShare);
    const tone = (s: string) => (newTone ? toNewTone(s) : s);
    out.push({
      id: `${prefix}${String(i).padStart(6, "0")}`,
      title: tone(title),
      body: tone(paragraphs.join("\n\n")),
      venue: tone(venue),
      officials: officials.map((o) => ({ name: tone(o.name), titles: o.titles.map(tone) })),
      ward: tone(ward),
      unit,
      year,
      type,
      awards,
      newTone,
    });
  }
  return out;
}

/**
 * A generated article as a plain search document.
 *
 * @example
 * ```ts
 * index.addMany(generateCorpus({ count: 10 }).map(toPlainDocument));
 * ```
 */
export function toPlainDocument(a: GeneratedArticle): PlainSearchDocument {
  return { id: a.id, title: a.title, body: a.body, venue: a.venue, officials: a.officials, year: a.year, type: a.type, awards: a.awards };
}
