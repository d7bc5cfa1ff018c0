/**
 * Awards: kind, giver (the issuing authority) and recipients with counts, one entry per kind and giver.
 * Each row: sentence(s) -> [kind, giver, "type:count,..."] per award, in order.
 */
import { describe, expect, it } from "vitest";
import { extractAwards, isPerson } from "../../src/extract/extractors/awards.js";
import type { Award } from "../../src/schema.js";
import { eventContext } from "./event-context.js";

const brief = (a: Award) => [a.kind, a.giver, a.recipients.map((r) => `${r.type}:${r.count ?? "-"}`).join(",")];
const awardsOf = (text: string, kinds: ("paragraph" | "caption")[] = []) => extractAwards(eventContext(text, kinds)).map(brief);

describe("awards", () => {
  it.each([
    // counts as numbers, zero-padded
    ["Nhân dịp này, UBMTTQ tổ chức trao tặng kỷ niệm chương vì sự nghiệp đại đoàn kết toàn dân tộc cho 03 cá nhân.", [["kỷ niệm chương", "UBMTTQ", "individual:3"]]],
    // a count written as a word, passive with its agent
    ["Hai cá nhân được Ban Thường vụ Hội LHPN tỉnh tặng Bằng khen.", [["bằng khen", "Ban Thường vụ Hội LHPN tỉnh", "individual:2"]]],
    // the issuing authority, not the person handing it over
    ["Đ/c Nguyễn Văn An trao giấy khen của UBND phường cho 3 cá nhân.", [["giấy khen", "UBND phường", "individual:3"]]],
    ["UBND phường trao Huân chương Lao động hạng Ba của Chủ tịch nước cho 2 cá nhân có thành tích xuất sắc.", [["huân chương", "Chủ tịch nước", "individual:2"]]],
    [
      "Thực hiện Quyết định số 1258-QĐ/TU ngày 16/01/2023 của Ban Thường vụ Thành ủy về việc tặng Huy hiệu Đảng, tại buổi lễ, thừa ủy quyền của Ban Thường vụ Thành ủy, đồng chí Huỳnh Văn Lực đã trao Huy hiệu Đảng cho 07 đảng viên, trong đó: 01 đ/c nhận Huy hiệu 60 năm tuổi Đảng, 02 đ/c nhận Huy hiệu 45 năm tuổi Đảng và 04 đ/c nhận Huy hiệu 30 năm tuổi Đảng.",
      [["huy hiệu đảng", "Ban Thường vụ Thành ủy", "individual:7"]],
    ],
    // two givers with two counts in one sentence
    [
      "Dịp này, UBND thành phố Hà Tĩnh tặng giấy khen cho 8 tập thể và 10 cá nhân; UBND phường tặng giấy khen cho 11 tập thể, 25 cá nhân.",
      [
        ["giấy khen", "UBND thành phố Hà Tĩnh", "collective:8,individual:10"],
        ["giấy khen", "UBND phường", "collective:11,individual:25"],
      ],
    ],
    // a shared subject for a second award in the same clause
    [
      "Chủ tịch UBND phường tặng giấy khen cho 11 tập thể, 25 cá nhân có thành tích xuất sắc năm 2023 và công nhận danh hiệu “ Lao động tiên tiến” cho 09 cá nhân.",
      [
        ["giấy khen", "Chủ tịch UBND phường", "collective:11,individual:25"],
        ["danh hiệu", "Chủ tịch UBND phường", "individual:9"],
      ],
    ],
    // typo "các nhân"; "khen thưởng" as its own verb
    [
      "Dịp này, BCH Huyện đoàn Ninh Giang tặng giấy khen cho 4 tập thể và 12 các nhân có thành tích xuất sắc. BCH Đoàn xã cũng khen thưởng 08 đoàn viên tiêu biểu.",
      [
        ["giấy khen", "BCH Huyện đoàn Ninh Giang", "collective:4,individual:12"],
        ["khen thưởng", "BCH Đoàn xã", "individual:8"],
      ],
    ],
    // individuals before collectives, a count split by a line break
    ["Theo Quyết định số 2875/QĐ-UBND ngày 26/12/2023, Chủ tịch UBND phường tặng giấy khen cho 27 cá nhân và\n23 tập thể.", [["giấy khen", "Chủ tịch UBND phường", "individual:27,collective:23"]]],
    // one merged count names no number per type
    ["Ban Thường trực Ủy ban MTTQ Việt Nam phường tặng giấy khen cho 40 tập thể, cá nhân có thành tích xuất sắc năm 2022.", [["giấy khen", "Ban Thường trực Ủy ban MTTQ Việt Nam phường", "collective:-,individual:-"]]],
    ["Dịp này, Ủy ban MTTQ Việt Nam phường tặng giấy khen cho 27 gia đình và cá nhân tiêu biểu.", [["giấy khen", "Ủy ban MTTQ Việt Nam phường", "household:-,individual:-"]]],
    // a unit count ("15 suất"), households
    [
      "Hội Khuyến học phường trao 15 suất học bổng cho học sinh nghèo vượt khó học giỏi; Ban tổ chức trao quà cho 20 hộ nghèo, hộ cận nghèo.",
      [
        ["học bổng", "Hội Khuyến học phường", "individual:15"],
        ["quà", "Ban tổ chức", "household:20"],
      ],
    ],
    // prizes count the teams that won them
    ["Kết thúc hội thi, Ban Tổ chức đã trao 01 giải Nhất, 02 giải Nhì, 03 giải Ba và 04 giải Khuyến khích cho 10 đội tham gia.", [["giải thưởng", "Ban Tổ chức", "collective:10"]]],
    // a single named recipient counts 1; the receiving subject
    ["UBND huyện tặng Cờ thi đua cho Ủy ban MTTQ xã.", [["cờ thi đua", "UBND huyện", "collective:1"]]],
    ["Dịp này, phường Đông Ngàn vinh dự đón nhận Cờ thi đua của UBND tỉnh.", [["cờ thi đua", "UBND tỉnh", "collective:1"]]],
    // kinds listed together share giver and recipients; no count gives null
    [
      "Dịp này, UBND xã trao bằng khen, giấy khen cho các tập thể, cá nhân có thành tích xuất sắc.",
      [
        ["bằng khen", "UBND xã", "collective:-,individual:-"],
        ["giấy khen", "UBND xã", "collective:-,individual:-"],
      ],
    ],
    // a stated total wins over its breakdown
    [
      "Dịp này, Đảng ủy phường trao Huy hiệu Đảng cho 14 đảng viên: 01 đồng chí nhận Huy hiệu 75 năm tuổi Đảng; 02 đồng chí nhận Huy hiệu 65 năm tuổi Đảng; 11 đồng chí nhận Huy hiệu 30 năm tuổi Đảng.",
      [["huy hiệu đảng", "Đảng ủy phường", "individual:14"]],
    ],
    // passive with the recipients before "được", merged
    ["Dịp này, 15 tập thể, cá nhân được UBND huyện khen thưởng.", [["khen thưởng", "UBND huyện", "collective:-,individual:-"]]],
    // passive after the award, no giver stated
    ["Kỷ niệm chương “Vì giai cấp nông dân Việt Nam” được trao cho 5 hội viên.", [["kỷ niệm chương", null, "individual:5"]]],
    // a delegation names the giver; a named person counts 1
    ["Thay mặt Ban Thường vụ Huyện ủy, đồng chí Lê Văn Bình trao Huy hiệu 30 năm tuổi Đảng cho đồng chí Trần Văn Cường.", [["huy hiệu đảng", "Ban Thường vụ Huyện ủy", "individual:1"]]],
    // number words
    ["Hội Nông dân tỉnh tặng kỷ niệm chương “Vì giai cấp nông dân Việt Nam” cho mười hai hội viên.", [["kỷ niệm chương", "Hội Nông dân tỉnh", "individual:12"]]],
    // a batch qualifier or a value clause between the award and "cho"
    ["Dịp này, Đảng ủy xã trao Huy hiệu Đảng đợt 2/9/2023 cho 5 đảng viên.", [["huy hiệu đảng", "Đảng ủy xã", "individual:5"]]],
    ["UBND phường đã trao 50 suất quà, mỗi suất trị giá 500.000 đồng cho các hộ nghèo.", [["quà", "UBND phường", "household:50"]]],
    // a "cho" after another act belongs to that act
    [
      "Dịp này, UBND xã tặng giấy khen cho 5 tập thể và trao quà cho 20 hộ nghèo.",
      [
        ["giấy khen", "UBND xã", "collective:5"],
        ["quà", "UBND xã", "household:20"],
      ],
    ],
    ["Dịp này, UBND xã tặng giấy khen, trao quà cho các hộ nghèo.", [["giấy khen", "UBND xã", ""], ["quà", "UBND xã", "household:-"]]],
    // a named collective with a place noun counts 1; passive with an agent
    ["Dịp này, Chi bộ khu phố 3 vinh dự được UBND tỉnh tặng Bằng khen.", [["bằng khen", "UBND tỉnh", "collective:1"]]],
    ["Tại buổi lễ, 10 tập thể và 15 cá nhân được Chủ tịch UBND huyện tặng giấy khen vì có thành tích xuất sắc.", [["giấy khen", "Chủ tịch UBND huyện", "collective:10,individual:15"]]],
    // two authorities in one clause joined by a comma
    [
      "Chủ tịch UBND tỉnh tặng bằng khen cho 2 tập thể, Chủ tịch UBND huyện tặng giấy khen cho 5 cá nhân.",
      [
        ["bằng khen", "Chủ tịch UBND tỉnh", "collective:2"],
        ["giấy khen", "Chủ tịch UBND huyện", "individual:5"],
      ],
    ],
  ])("%s", (text, expected) => {
    expect(awardsOf(text)).toEqual(expected);
  });

  it("keeps the award's own name", () => {
    const text = "Nhân dịp này, Trung ương Hội CCB Việt Nam tặng Kỷ niệm chương “Vì sự nghiệp Cựu chiến binh Việt Nam” cho 05 hội viên.";
    expect(extractAwards(eventContext(text))[0]?.name).toBe("Kỷ niệm chương “Vì sự nghiệp Cựu chiến binh Việt Nam”");
    const t2 = "UBND phường trao Huân chương Lao động hạng Ba của Chủ tịch nước cho 2 cá nhân.";
    expect(extractAwards(eventContext(t2))[0]?.name).toBe("Huân chương Lao động hạng Ba");
  });

  it("gives a span over the award phrase", () => {
    const text = "Dịp này, Hội CCB thành phố tặng giấy khen cho 02 tập thể và 04 cá nhân có thành tích xuất sắc.";
    const a = extractAwards(eventContext(text))[0]!;
    expect(text.slice(a.span.start, a.span.end)).toBe("Hội CCB thành phố tặng giấy khen cho 02 tập thể và 04 cá nhân có thành tích xuất sắc");
  });

  it("keeps a caption's award when the body has none of its kind", () => {
    expect(awardsOf("Đồng chí Lê Văn An trao giấy khen cho các chi hội xuất sắc", ["caption"])).toEqual([["giấy khen", null, "collective:-"]]);
  });

  it.each([
    ["Đ/c Vũ Đức Thắng -", true],
    ["Thiếu tá Phạm Đức Thịnh", true],
    ["Chủ tịch UBND xã Thạnh Phú Nguyễn Thị Ngọc Mai", true],
    ["Chủ tịch UBND phường", false],
    ["Hội LHPN thành phố Huế", false],
    ["Đoàn TNCS Hồ Chí Minh xã Hồng Phong", false],
  ])("isPerson(%s) = %s", (subject, person) => {
    expect(isPerson(subject)).toBe(person);
  });
});
