/**
 * Officials, phenomenon by phenomenon (PHENOMENA.md, "Officials"): sentence in, officials out
 * (name, honorific, title texts). Sentences are written in the corpus's styles.
 */
import { describe, expect, it } from "vitest";
import { extractOfficials } from "../../src/extract/extractors/officials.js";
import type { ExtractContext } from "../../src/extract/context.js";
import { makeContext } from "../support/context.js";

type Row = [string, string, [string, string | null, string[]][]];

const ctxOf = (text: string): ExtractContext => makeContext(text, { separator: "\n" });

const officials = (text: string) => extractOfficials(ctxOf(text)).map((o) => [o.name, o.honorific, o.titles.map((t) => t.text)]);

const check = (_label: string, text: string, expected: Row[2]) => expect(officials(text)).toEqual(expected);

describe("honorifics", () => {
  it.each<Row>([
    ["đồng chí", "Dự hội nghị có đồng chí Phạm Thị Thanh Hương – Thành ủy viên, Phó Chủ tịch HĐND thành phố.", [["Phạm Thị Thanh Hương", "đồng chí", ["Thành ủy viên", "Phó Chủ tịch HĐND thành phố"]]]],
    ["Đ/c", "Dự hội nghị có Đ/c Đặng Thị Thu Trang - PCT HĐND xã.", [["Đặng Thị Thu Trang", "đồng chí", ["PCT HĐND xã"]]]],
    ["đ/c, dash glued to the title", "Dự có đ/c Tạ Quang Hải –Chủ tịch UBND xã.", [["Tạ Quang Hải", "đồng chí", ["Chủ tịch UBND xã"]]]],
    ["Đ.c", "Dự buổi lễ có Đ.c Huỳnh Văn Lực – Thành ủy viên, BTĐU phường Phú Hòa.", [["Huỳnh Văn Lực", "đồng chí", ["Thành ủy viên", "BTĐU phường Phú Hòa"]]]],
    ["ông", "Tham gia có ông Nguyễn Hữu Thủy – Phó Chủ tịch UBND huyện.", [["Nguyễn Hữu Thủy", "ông", ["Phó Chủ tịch UBND huyện"]]]],
    ["bà, list runs into attendees", "Đến dự có bà Võ Lan – Phó Chủ tịch Ủy ban MTTQ Việt Nam phường cùng 85 đại biểu.", [["Võ Lan", "bà", ["Phó Chủ tịch Ủy ban MTTQ Việt Nam phường"]]]],
    ["capitalized Ông", "Ông Trần Văn Lợi, Chủ tịch Hội CCB phường Tân An ôn lại truyền thống.", [["Trần Văn Lợi", "ông", ["Chủ tịch Hội CCB phường Tân An"]]]],
    ["anh gives null", "Về dự có anh Phạm Văn Quyết- Phó Bí thư Huyện đoàn Ninh Giang.", [["Phạm Văn Quyết", null, ["Phó Bí thư Huyện đoàn Ninh Giang"]]]],
    ["TS gives null", "Dự có TS Nguyễn Văn An – Giám đốc Trung tâm Y tế huyện.", [["Nguyễn Văn An", null, ["Giám đốc Trung tâm Y tế huyện"]]]],
    ["doubled đồng chí", "Dự có đồng chí đồng chí Tống Thị Ngọc Hân – Phó Bí thư Thường trực Đảng ủy phường.", [["Tống Thị Ngọc Hân", "đồng chí", ["Phó Bí thư Thường trực Đảng ủy phường"]]]],
    [
      "các đồng chí: + ';' list",
      "Dự kỳ họp có các đồng chí: Hồ Sỹ Tuấn – Bí thư Đảng ủy xã; Lê Văn Thắng – ĐUV, Chủ tịch UBND xã.",
      [
        ["Hồ Sỹ Tuấn", "đồng chí", ["Bí thư Đảng ủy xã"]],
        ["Lê Văn Thắng", "đồng chí", ["ĐUV", "Chủ tịch UBND xã"]],
      ],
    ],
    [
      "các đồng chí: + ',' list",
      "Dự có các đồng chí: Nguyễn Văn An, Bí thư Đảng ủy; Trần Văn Bình, Chủ tịch UBND xã.",
      [
        ["Nguyễn Văn An", "đồng chí", ["Bí thư Đảng ủy"]],
        ["Trần Văn Bình", "đồng chí", ["Chủ tịch UBND xã"]],
      ],
    ],
    [
      "capitalized '; Đồng chí' mid-list",
      "Dự có các đồng chí: Hồ Sỹ Tuấn – Bí thư Đảng ủy xã; Các đồng chí Phó Chủ tịch UBND xã; Đồng chí Đinh Thị Hoa – Chủ tịch UB.MTTQ xã cùng 21 đại biểu HĐND xã.",
      [
        ["Hồ Sỹ Tuấn", "đồng chí", ["Bí thư Đảng ủy xã"]],
        ["Đinh Thị Hoa", "đồng chí", ["Chủ tịch UB.MTTQ xã"]],
      ],
    ],
    ["các ông/bà: list gives no honorific", "Tham dự có các ông/bà: Nguyễn Văn An – Chủ tịch UBND phường; Lê Thị Bình – Chủ tịch Hội LHPN phường.", [["Nguyễn Văn An", null, ["Chủ tịch UBND phường"]], ["Lê Thị Bình", null, ["Chủ tịch Hội LHPN phường"]]]],
  ])("%s", check);
});

describe("military ranks are titles", () => {
  it.each<Row>([
    ["rank then dash", "Trung tá Phạm Văn Vuông – Chỉ huy trưởng Ban CHQS phường báo cáo.", [["Phạm Văn Vuông", null, ["Trung tá", "Chỉ huy trưởng Ban CHQS phường"]]]],
    ["đồng chí + rank", "Dự có đồng chí Thiếu tá Trần Quốc Văn – Trưởng Công an xã.", [["Trần Quốc Văn", "đồng chí", ["Thiếu tá", "Trưởng Công an xã"]]]],
    ["rank then comma", "Dự còn có Thiếu tá Trần Quốc Vinh, Phó trưởng Công an phường cùng hơn 120 người dân.", [["Trần Quốc Vinh", null, ["Thiếu tá", "Phó trưởng Công an phường"]]]],
    ["title, then rank and name", "Dự có Chỉ huy trưởng Ban CHQS phường, Thiếu tá Phạm Đức Thịnh cùng hơn 150 hội viên.", [["Phạm Đức Thịnh", null, ["Chỉ huy trưởng Ban CHQS phường", "Thiếu tá"]]]],
    ["rank then ' và ' next person", "Tham gia có Thượng tá Hoàng Minh Khoa – Trưởng Công an huyện và bà Phan Thị Hòa – Phó Trưởng phòng Tài chính – Kế hoạch huyện.", [["Hoàng Minh Khoa", null, ["Thượng tá", "Trưởng Công an huyện"]], ["Phan Thị Hòa", "bà", ["Phó Trưởng phòng Tài chính – Kế hoạch huyện"]]]],
  ])("%s", check);
});

describe("separators between name and titles", () => {
  it.each<Row>([
    ["' - '", "Có đồng chí Lê Quang Vinh - Huyện ủy viên, Phó Chủ tịch UBND huyện Triệu Phong.", [["Lê Quang Vinh", "đồng chí", ["Huyện ủy viên", "Phó Chủ tịch UBND huyện Triệu Phong"]]]],
    ["', ' (newspaper)", "Phát biểu phát động, ông Đinh Công Thành, Bí thư Đảng ủy phường Điện Nam Bắc cho biết, phường đã trồng cây.", [["Đinh Công Thành", "ông", ["Bí thư Đảng ủy phường Điện Nam Bắc"]]]],
    ["' , ' with a space before the comma", "Dự có đồng chí Lê Văn Quân , Phó Bí thư Đảng ủy xã phát biểu.", [["Lê Văn Quân", "đồng chí", ["Phó Bí thư Đảng ủy xã"]]]],
    ["'- ' glued to the name", "Đồng chí Nguyễn Văn Hảo- Phó Bí thư Đảng ủy kiêm Chủ tịch HĐND xã chủ trì hội nghị.", [["Nguyễn Văn Hảo", "đồng chí", ["Phó Bí thư Đảng ủy", "Chủ tịch HĐND xã"]]]],
    ["dashes glued on both sides", "Dự có đ/c Tạ Quang Hải –Chủ tịch UBND xã– Chủ tịch Hội Nông dân xã.", [["Tạ Quang Hải", "đồng chí", ["Chủ tịch UBND xã", "Chủ tịch Hội Nông dân xã"]]]],
    ["none, lower-case title", "Ông Trần Văn Minh chủ tịch UBND phường chủ trì hội nghị.", [["Trần Văn Minh", "ông", ["chủ tịch UBND phường"]]]],
    ["none, abbreviated title", "Phát biểu chỉ đạo, đồng chí Võ Tấn Lạt BTĐU nhấn mạnh ba nhiệm vụ.", [["Võ Tấn Lạt", "đồng chí", ["BTĐU"]]]],
    ["colon after the verb", "Chủ trì kỳ họp: Bà Nguyễn Thị Lan Anh – Phó Bí thư Đảng ủy, Chủ tịch HĐND xã; ông Trần Đình Bảo – Phó Chủ tịch HĐND xã.", [["Nguyễn Thị Lan Anh", "bà", ["Phó Bí thư Đảng ủy", "Chủ tịch HĐND xã"]], ["Trần Đình Bảo", "ông", ["Phó Chủ tịch HĐND xã"]]]],
    ["colon after the name", "Đồng chí Lê Văn Hòa: Bí thư Chi bộ thôn 3 báo cáo.", [["Lê Văn Hòa", "đồng chí", ["Bí thư Chi bộ thôn 3"]]]],
    ["slash between titles", "Đồng chí Nguyễn Văn Nam – Phó Bí thư Đảng ủy/Chủ tịch HĐND xã phát biểu.", [["Nguyễn Văn Nam", "đồng chí", ["Phó Bí thư Đảng ủy", "Chủ tịch HĐND xã"]]]],
    ["'giữ chức'", "Ban Chấp hành đã bầu đồng chí Lương Thị Thu Hiền giữ chức Bí thư Đoàn xã khóa XXII.", [["Lương Thị Thu Hiền", "đồng chí", ["Bí thư Đoàn xã khóa XXII"]]]],
    ["dash followed by a verb is no title", "Đ/c Nguyễn Thị Thu Hà - trao giấy khen cho các tập thể.", []],
  ])("%s", check);
});

describe("titles before the name (newspaper style)", () => {
  it.each<Row>([
    ["one title", "Phó Chủ tịch UBND phường Kim Liên Trương Minh Quang nhấn mạnh yêu cầu.", [["Trương Minh Quang", null, ["Phó Chủ tịch UBND phường Kim Liên"]]]],
    [
      "three titles then the name",
      "Ủy viên Ban Thường vụ Thành ủy, Bí thư Đảng ủy, Chủ tịch HĐND phường Đông Ngàn Nguyễn Hữu Khánh đề nghị các ngành.",
      [["Nguyễn Hữu Khánh", null, ["Ủy viên Ban Thường vụ Thành ủy", "Bí thư Đảng ủy", "Chủ tịch HĐND phường Đông Ngàn"]]],
    ],
    [
      "a list of officials by commas only",
      "Tham dự có Phó Chủ tịch UBND thị xã Điện Bàn Phan Công Nhựt, Bí thư Đảng ủy phường Điện Nam Bắc Đinh Công Thành, Chủ tịch UBND phường Võ Thị Bích Hạnh cùng đông đảo đoàn viên.",
      [
        ["Phan Công Nhựt", null, ["Phó Chủ tịch UBND thị xã Điện Bàn"]],
        ["Đinh Công Thành", null, ["Bí thư Đảng ủy phường Điện Nam Bắc"]],
        ["Võ Thị Bích Hạnh", null, ["Chủ tịch UBND phường"]],
      ],
    ],
    [
      "joined by 'và' (caption)",
      "Phó Chủ tịch UBND huyện Vĩnh Cửu Trương Văn Lực và Chủ tịch UBND xã Thạnh Phú Nguyễn Thị Ngọc Mai trao giải Nhất.",
      [
        ["Trương Văn Lực", null, ["Phó Chủ tịch UBND huyện Vĩnh Cửu"]],
        ["Nguyễn Thị Ngọc Mai", null, ["Chủ tịch UBND xã Thạnh Phú"]],
      ],
    ],
    ["title, then ', bà NAME'", "Dự có Phó Bí thư Thường trực Đảng ủy phường Tân An, bà H’Linh Niê; các hội viên.", [["H’Linh Niê", "bà", ["Phó Bí thư Thường trực Đảng ủy phường Tân An"]]]],
    ["two titles then the name", "Phó Chủ tịch UBND xã Thạnh Phú, Trưởng ban tổ chức hội thi Đoàn Văn Khải cho biết.", [["Đoàn Văn Khải", null, ["Phó Chủ tịch UBND xã Thạnh Phú", "Trưởng ban tổ chức hội thi"]]]],
    ["a place name with a weak surname before the name", "Phó Chủ tịch UBND thành phố Từ Sơn Lê Thị Thu Hằng dự và chỉ đạo hội nghị.", [["Lê Thị Thu Hằng", null, ["Phó Chủ tịch UBND thành phố Từ Sơn"]]]],
    ["a place name with a surname-like first word", "Chủ tịch UBND TP Hà Nội Trần Sỹ Thanh phát biểu.", [["Trần Sỹ Thanh", null, ["Chủ tịch UBND TP Hà Nội"]]]],
    ["a two-syllable name after a place", "Chủ tịch UBND xã Tân Lập Trần Long phát biểu.", [["Trần Long", null, ["Chủ tịch UBND xã Tân Lập"]]]],
    ["a school named after a poet, then the principal", "Hiệu trưởng Trường THCS Nguyễn Du Trần Văn An phát biểu.", [["Trần Văn An", null, ["Hiệu trưởng Trường THCS Nguyễn Du"]]]],
    ["a provincial body", "Bí thư Tỉnh ủy Nguyễn Văn An phát biểu.", [["Nguyễn Văn An", null, ["Bí thư Tỉnh ủy"]]]],
    ["the whole run after 'phường' with a middle name", "Chủ tịch UBND phường Dương Văn Tiến cho biết.", [["Dương Văn Tiến", null, ["Chủ tịch UBND phường"]]]],
  ])("%s", check);
});

describe("several titles and where they end", () => {
  it.each<Row>([
    ["commas", "Đồng chí Đỗ Mạnh Cường – Phó Bí thư Đảng ủy, Chủ tịch UBND phường chủ trì hội nghị.", [["Đỗ Mạnh Cường", "đồng chí", ["Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"]]]],
    ["'cùng' joins two officials", "Đồng chí Nguyễn Văn An – Bí thư Đảng ủy cùng đồng chí Trần Văn Bình – Chủ tịch UBND phường dự.", [["Nguyễn Văn An", "đồng chí", ["Bí thư Đảng ủy"]], ["Trần Văn Bình", "đồng chí", ["Chủ tịch UBND phường"]]]],
    ["a list by commas only", "Tham dự có đồng chí Nguyễn Văn An, Bí thư Đảng ủy, đồng chí Trần Văn Bình, Chủ tịch UBND phường.", [["Nguyễn Văn An", "đồng chí", ["Bí thư Đảng ủy"]], ["Trần Văn Bình", "đồng chí", ["Chủ tịch UBND phường"]]]],
    ["a neighbourhood post", "Bà Nguyễn Thị Bình - Chi hội trưởng Chi hội Phụ nữ thôn 2 phát biểu.", [["Nguyễn Thị Bình", "bà", ["Chi hội trưởng Chi hội Phụ nữ thôn 2"]]]],
    ["dashes", "Đồng chí Trịnh Xuân Lộc – Ủy viên Ban Thường vụ Đảng ủy – Chủ tịch Ủy ban MTTQ Việt Nam phường cùng các vị.", [["Trịnh Xuân Lộc", "đồng chí", ["Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường"]]]],
    ["dashes between three", "Đồng chí Hoàng Văn Bình - Huyện ủy viên - Bí thư Đảng ủy - Chủ tịch HĐND xã phát biểu.", [["Hoàng Văn Bình", "đồng chí", ["Huyện ủy viên", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"]]]],
    ["kiêm", "Bà Lê Thị Mai – Bí thư Chi bộ kiêm Trưởng thôn Đông Hòa phát biểu.", [["Lê Thị Mai", "bà", ["Bí thư Chi bộ", "Trưởng thôn Đông Hòa"]]]],
    ["comma inside a department's name", "Ông Nguyễn Văn Tâm – Trưởng phòng Kinh tế, Hạ tầng và Đô thị huyện báo cáo.", [["Nguyễn Văn Tâm", "ông", ["Trưởng phòng Kinh tế, Hạ tầng và Đô thị huyện"]]]],
    ["a segment starting with a body continues the title", "Có đồng chí Lê Thị Thanh Huyền – Phó Trưởng Ban Phong trào, Ủy ban MTTQ Việt Nam thành phố Thanh Hóa; đồng chí Mai Thị Hồng – Phó Bí thư Thường trực Đảng ủy phường.", [["Lê Thị Thanh Huyền", "đồng chí", ["Phó Trưởng Ban Phong trào, Ủy ban MTTQ Việt Nam thành phố Thanh Hóa"]], ["Mai Thị Hồng", "đồng chí", ["Phó Bí thư Thường trực Đảng ủy phường"]]]],
    ["commas inside an organization path", "Bà Trần Thị Lan – Phó Trưởng Phòng Đoàn thể và các Hội, Ban Tuyên giáo và Dân vận Thành ủy phát biểu.", [["Trần Thị Lan", "bà", ["Phó Trưởng Phòng Đoàn thể và các Hội, Ban Tuyên giáo và Dân vận Thành ủy"]]]],
    ["dash inside a body's name", "Theo ông Lê Văn Quý, Phó Giám đốc Trung tâm Văn hóa – Thông tin và Thể thao huyện Vĩnh Cửu, Trưởng ban giám khảo, các tiết mục rất hay.", [["Lê Văn Quý", "ông", ["Phó Giám đốc Trung tâm Văn hóa – Thông tin và Thể thao huyện Vĩnh Cửu", "Trưởng ban giám khảo"]]]],
    ["dash then lower case inside a body's name", "Ông Lê Văn Quý – Phó Giám đốc Trung tâm Văn hóa – thông tin và Thể thao huyện phát biểu.", [["Lê Văn Quý", "ông", ["Phó Giám đốc Trung tâm Văn hóa – thông tin và Thể thao huyện"]]]],
    ["Ban Dân tộc – Tôn giáo", "Ông Y Moan Niê – Phó Trưởng Ban Dân tộc – Tôn giáo tỉnh dự.", [["Y Moan Niê", "ông", ["Phó Trưởng Ban Dân tộc – Tôn giáo tỉnh"]]]],
    ["the list ends at 'cùng các đồng chí'", "Có đồng chí Lê Đình Phúc - Phó Bí thư Đảng ủy, Chủ tịch UBND xã cùng các đồng chí Đảng ủy viên, bí thư các chi bộ.", [["Lê Đình Phúc", "đồng chí", ["Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"]]]],
    ["the list ends at a non-role segment", "Có đồng chí Tống Thị Quỳnh Hoa - Ủy viên Ban thường vụ Thành ủy, Trưởng ban tổ chức, Trưởng đoàn công tác của thành ủy phụ trách địa bàn phường Tân Giang, lãnh đạo các hội chính trị.", [["Tống Thị Quỳnh Hoa", "đồng chí", ["Ủy viên Ban thường vụ Thành ủy", "Trưởng ban tổ chức", "Trưởng đoàn công tác của thành ủy phụ trách địa bàn phường Tân Giang"]]]],
    ["a portfolio after the office", "Đồng chí Lê Văn Bình – Phó Chủ tịch UBND xã phụ trách Văn hóa - Xã hội phát biểu.", [["Lê Văn Bình", "đồng chí", ["Phó Chủ tịch UBND xã phụ trách Văn hóa - Xã hội"]]]],
    ["a term after the office", "Đồng chí Lê Văn Bình – Chủ tịch Hội CCB phường nhiệm kỳ 2022 – 2027 phát biểu.", [["Lê Văn Bình", "đồng chí", ["Chủ tịch Hội CCB phường nhiệm kỳ 2022 – 2027"]]]],
    ["a parenthesis after the office ends it", "Ông Nguyễn Văn Sơn, Chủ tịch UBND phường Phú Hội (TP Huế) cho biết.", [["Nguyễn Văn Sơn", "ông", ["Chủ tịch UBND phường Phú Hội"]]]],
    ["a list with comma-joined titles inside ';' entries", "Tham dự có các đồng chí: Nguyễn Văn Hùng, Phó Bí thư Thường trực Huyện ủy; Lê Thị Mai, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Huyện ủy.", [["Nguyễn Văn Hùng", "đồng chí", ["Phó Bí thư Thường trực Huyện ủy"]], ["Lê Thị Mai", "đồng chí", ["Ủy viên Ban Thường vụ", "Trưởng Ban Dân vận Huyện ủy"]]]],
    ["former post kept as written", "Dự có đồng chí Lê Văn Tư – nguyên Bí thư Đảng ủy xã Phú Hòa (cũ) cùng gia đình.", [["Lê Văn Tư", "đồng chí", ["nguyên Bí thư Đảng ủy xã Phú Hòa (cũ)"]]]],
    ["position remark dropped", "Đồng chí Huỳnh Văn Lực – Bí thư Đảng ủy phường Phú Hòa (giữa) trao Huy hiệu Đảng.", [["Huỳnh Văn Lực", "đồng chí", ["Bí thư Đảng ủy phường Phú Hòa"]]]],
    ["position remark after the name", "Ông Võ Văn Hiền (thứ 7 tính từ phải qua) – Phó Chủ tịch HĐND thành phố trao quà.", [["Võ Văn Hiền", "ông", ["Phó Chủ tịch HĐND thành phố"]]]],
    ["title ends at ')'", "Dự có ông Trần Long (Trưởng Ban Công tác Mặt trận khu dân cư số 4) và bà con.", []],
    ["sentence end", "Đồng chí Lê Quang Vinh - Phó Chủ tịch UBND huyện. Về phía xã có nhiều đồng chí.", [["Lê Quang Vinh", "đồng chí", ["Phó Chủ tịch UBND huyện"]]]],
    ["abbreviation dots do not end the title", "Ông Nguyễn Hoàng Phúc, Chủ tịch UBND P.Linh Trung và bà Lê Thị Ngọc Diễm, Phó chủ tịch UBND phường.", [["Nguyễn Hoàng Phúc", "ông", ["Chủ tịch UBND P.Linh Trung"]], ["Lê Thị Ngọc Diễm", "bà", ["Phó chủ tịch UBND phường"]]]],
    ["CT.HĐND and PCT. HĐND", "Dự có đồng chí Lê Văn An – CT.HĐND xã; đồng chí Trần Thị Bích – PCT. HĐND xã.", [["Lê Văn An", "đồng chí", ["CT.HĐND xã"]], ["Trần Thị Bích", "đồng chí", ["PCT. HĐND xã"]]]],
  ])("%s", check);
});

describe("names", () => {
  it.each<Row>([
    ["four syllables with a compound surname", "Bà Tôn Nữ Minh Thư chủ tịch Hội LHPN phường chủ trì hội nghị.", [["Tôn Nữ Minh Thư", "bà", ["chủ tịch Hội LHPN phường"]]]],
    ["six syllables", "Đến dự có bà Công Tằng Tôn Nữ Thị Hạnh – Phó Chủ tịch Hội LHPN thành phố Huế.", [["Công Tằng Tôn Nữ Thị Hạnh", "bà", ["Phó Chủ tịch Hội LHPN thành phố Huế"]]]],
    ["two syllables", "Phát biểu tại Ngày hội, ông Trần Long – Trưởng Ban Công tác Mặt trận khu dân cư số 4 cho biết.", [["Trần Long", "ông", ["Trưởng Ban Công tác Mặt trận khu dân cư số 4"]]]],
    ["a lower-case name part", "Bà Tôn Nữ hồng Châu – Chủ tịch Hội LHPN phường phát biểu.", [["Tôn Nữ hồng Châu", "bà", ["Chủ tịch Hội LHPN phường"]]]],
    ["Ê Đê name with an apostrophe", "Phát biểu, bà H’Linh Niê – Phó Bí thư Thường trực Đảng ủy phường ghi nhận.", [["H’Linh Niê", "bà", ["Phó Bí thư Thường trực Đảng ủy phường"]]]],
    ["a name that starts like a body (Đoàn)", "Đồng chí Đoàn Văn Khải – Phó Chủ tịch UBND xã phát biểu.", [["Đoàn Văn Khải", "đồng chí", ["Phó Chủ tịch UBND xã"]]]],
  ])("%s", check);
});

describe("one person named several times", () => {
  it("merges titles from every mention, keeps the fuller wording, takes the first honorific", () => {
    const text = [
      "Dự có đồng chí Đỗ Mạnh Cường – Phó Bí thư Đảng ủy, Chủ tịch UBND phường.",
      "Đ/c Đỗ Mạnh Cường – PBT Đảng uỷ, CT UBND phường phát biểu kết luận hội nghị",
    ].join("\n");
    expect(officials(text)).toEqual([["Đỗ Mạnh Cường", "đồng chí", ["Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"]]]);
  });

  it("keeps the fuller of two wordings of one office ('PBT TT' / 'Phó Bí thư Thường trực')", () => {
    const text = ["Đồng chí Nguyễn Thị Kim Oanh - PBT TT Đảng ủy xã trình bày báo cáo", "Có đồng chí Nguyễn Thị Kim Oanh - Phó Bí thư Thường trực Đảng ủy xã."].join("\n");
    expect(officials(text)).toEqual([["Nguyễn Thị Kim Oanh", "đồng chí", ["Phó Bí thư Thường trực Đảng ủy xã"]]]);
  });

  it("adds a caption's title and takes the honorific from a later mention", () => {
    const text = [
      "Phó Chủ tịch UBND thành phố Từ Sơn Lê Thị Thu Hằng dự hội nghị.",
      "Phát biểu chỉ đạo, bà Lê Thị Thu Hằng ghi nhận kết quả.",
      "Bà Lê Thị Thu Hằng – Thành ủy viên trao quà",
    ].join("\n");
    expect(officials(text)).toEqual([["Lê Thị Thu Hằng", "bà", ["Phó Chủ tịch UBND thành phố Từ Sơn", "Thành ủy viên"]]]);
  });

  it("merges 'Chủ tịch HĐND' into 'Chủ tịch HĐND phường'", () => {
    const text = "Có đồng chí Trương Quang Hiếu - Bí thư Đảng ủy, Chủ tịch HĐND, cùng các đồng chí.\nđồng chí Trương Quang Hiếu - Bí thư Đảng ủy, Chủ tịch HĐND phường phát biểu chỉ đạo";
    expect(officials(text)).toEqual([["Trương Quang Hiếu", "đồng chí", ["Bí thư Đảng ủy", "Chủ tịch HĐND phường"]]]);
  });

  it("a rank first, an honorific later: the honorific comes from the later mention", () => {
    const text = "Tại buổi lễ, Đại tá Trần Văn Lợi, Chủ tịch Hội CCB phường Tân An ôn lại truyền thống.\nÔng Trần Văn Lợi, Chủ tịch Hội CCB phường Tân An phát biểu";
    expect(officials(text)).toEqual([["Trần Văn Lợi", "ông", ["Đại tá", "Chủ tịch Hội CCB phường Tân An"]]]);
  });

  it("lists every mention of the name, captions included", () => {
    const text = "Có đồng chí Lê Quang Vinh - Huyện ủy viên.\nPhát biểu chỉ đạo, đồng chí Lê Quang Vinh đánh giá cao.\nĐồng chí Lê Quang Vinh phát biểu";
    const [o] = extractOfficials(ctxOf(text));
    expect(o?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(["Lê Quang Vinh", "Lê Quang Vinh", "Lê Quang Vinh"]);
  });
});

describe("roles and organizations", () => {
  it.each<[string, string, string | null, string | null]>([
    ["Dự có đồng chí Lê Văn An – Phó Chủ tịch UBND phường.", "Phó Chủ tịch UBND phường", "Phó Chủ tịch", "UBND phường"],
    ["Dự có đồng chí Lê Văn An – Trưởng ban tổ chức.", "Trưởng ban tổ chức", "Trưởng ban", "Ban tổ chức"],
    ["Dự có đồng chí Lê Văn An – Ủy viên Ban thường vụ Thành ủy.", "Ủy viên Ban thường vụ Thành ủy", "Ủy viên", "Ban thường vụ Thành ủy"],
    ["Dự có đồng chí Lê Văn An – PBT TT Đảng ủy xã.", "PBT TT Đảng ủy xã", "Phó Bí thư Thường trực", "Đảng ủy xã"],
    ["Dự có đồng chí Lê Văn An – BTĐU phường Phú Hòa.", "BTĐU phường Phú Hòa", "Bí thư", "Đảng ủy phường Phú Hòa"],
    ["Dự có đồng chí Lê Văn An – ĐUV.", "ĐUV", "Đảng ủy viên", "Đảng ủy"],
    ["Dự có đồng chí Lê Văn An – Trưởng Công an huyện.", "Trưởng Công an huyện", "Trưởng", "Công an huyện"],
    ["Dự có đồng chí Lê Văn An – nguyên Bí thư Đảng ủy xã.", "nguyên Bí thư Đảng ủy xã", "nguyên Bí thư", "Đảng ủy xã"],
  ])("%s", (text, title, role, organization) => {
    const [o] = extractOfficials(ctxOf(text));
    expect(o?.titles.map((t) => ({ text: t.text, role: t.role, organization: t.organization }))).toEqual([{ text: title, role, organization }]);
  });

  it("a rank is a role without organization", () => {
    const [o] = extractOfficials(ctxOf("Dự có Thiếu tá Trần Quốc Vinh – Phó trưởng Công an phường."));
    expect(o?.titles[0]).toMatchObject({ text: "Thiếu tá", role: "Thiếu tá", organization: null });
  });
});
