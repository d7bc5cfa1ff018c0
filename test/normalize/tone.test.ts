import { describe, expect, it } from "vitest";
import { normalize, parseSyllable, isVietnameseSyllable, placeTone } from "../../src/normalize/index.js";

const STYLES = ["old", "new", "preserve"] as const;

// Words whose spelling is the same in both styles: normalize must never touch them.
const NEVER_CHANGE = [
  "quý", "Quỳnh", "Huỳnh", "hoàn", "toán", "ngoài", "khuỷu", "khuya", "của", "giá", "thuở",
  "quả", "quá", "quạ", "quẻ", "quế", "Quảng", "quyết", "quyền", "Nguyễn", "nguyện", "tuyển", "khoảng", "hoạch",
  "xoáy", "khuấy", "huế", "thuế", "người", "được", "việc", "giữa", "gì", "gìn", "giếng", "yêu", "ỉa", "hoặc",
  "QUÝ", "HUỲNH", "NGOÀI", "CỦA", "GIÁ", "THUỞ", "Của", "Giá",
];

// [old style, new style]
const STYLE_PAIRS: Array<[string, string]> = [
  ["hòa", "hoà"], ["khỏe", "khoẻ"], ["thủy", "thuỷ"], ["ủy", "uỷ"], ["Ủy", "Uỷ"], ["ỦY", "UỶ"], ["HÒA", "HOÀ"],
  ["Hòa", "Hoà"], ["tòa", "toà"], ["xòe", "xoè"], ["lũy", "luỹ"], ["thúy", "thuý"], ["họa", "hoạ"], ["góa", "goá"],
  ["KHỎE", "KHOẺ"], ["Thủy", "Thuỷ"], ["nhòa", "nhoà"], ["úy", "uý"], ["tụy", "tuỵ"],
];

// misplaced -> repaired (the same in every style)
const REPAIRS: Array<[string, string]> = [
  ["qủa", "quả"], ["cuả", "của"], ["gía", "giá"], ["thủơ", "thuở"], ["gìa", "già"], ["QỦA", "QUẢ"], ["Qủa", "Quả"],
  ["múa", "múa"], ["muá", "múa"], ["mưá", "mứa"], ["kiá", "kía"], ["hoàn", "hoàn"], ["hòan", "hoàn"], ["tóan", "toán"],
  ["ngòai", "ngoài"], ["ngoaì", "ngoài"], ["khủyu", "khuỷu"], ["khuyủ", "khuỷu"], ["ngừơi", "người"], ["đựơc", "được"],
  ["viêc", "viêc"], ["tuổi", "tuổi"], ["tuôỉ", "tuổi"], ["qúy", "quý"], ["Qùynh", "Quỳnh"], ["húynh", "huýnh"],
  ["hủê", "huể"], ["ghẹ", "ghẹ"], ["nghiã", "nghĩa"], ["giưã", "giữa"], ["giừơng", "giường"], ["khúya", "khuýa"],
];

describe("words the styles must never change", () => {
  it.each(NEVER_CHANGE)("%s", (w) => {
    for (const tone of STYLES) {
      expect(placeTone(w, tone)).toBe(w);
      expect(normalize(w, { tone })).toBe(w);
      expect(normalize(`Ông ${w}, bà ${w}.`, { tone })).toBe(`Ông ${w}, bà ${w}.`);
    }
  });
});

describe("words the styles write differently", () => {
  it.each(STYLE_PAIRS)("old %s / new %s", (oldForm, newForm) => {
    expect(normalize(oldForm, { tone: "old" })).toBe(oldForm);
    expect(normalize(newForm, { tone: "old" })).toBe(oldForm);
    expect(normalize(oldForm, { tone: "new" })).toBe(newForm);
    expect(normalize(newForm, { tone: "new" })).toBe(newForm);
    expect(normalize(oldForm, { tone: "preserve" })).toBe(oldForm);
    expect(normalize(newForm, { tone: "preserve" })).toBe(newForm);
    expect(normalize(newForm)).toBe(oldForm); // old is the default
  });
});

describe("misplaced tone marks are repaired in every style", () => {
  it.each(REPAIRS)("%s -> %s", (bad, good) => {
    for (const tone of STYLES) expect(normalize(bad, { tone })).toBe(good);
  });

  it("repairs inside running text", () => {
    expect(normalize("hiệu qủa, cuả dân, gía cả, thủơ xưa")).toBe("hiệu quả, của dân, giá cả, thuở xưa");
    expect(normalize("Uỷ ban nhân dân phường Hoà Bình", { tone: "old" })).toBe("Ủy ban nhân dân phường Hòa Bình");
    expect(normalize("Ủy ban nhân dân phường Hòa Bình", { tone: "new" })).toBe("Uỷ ban nhân dân phường Hoà Bình");
  });
});

describe("foreign words are left alone", () => {
  it.each(["Café", "café", "email", "Zalo", "Facebook", "online", "COVID", "José", "Pelé", "Hà-Nội-ì", "ÉCOLE", "naïve", "Zoé", "Wifi"])("%s", (w) => {
    expect(isVietnameseSyllable(w)).toBe(false);
    for (const tone of STYLES) expect(normalize(w, { tone })).toBe(w);
  });
});

describe("parseSyllable", () => {
  it.each([
    ["quý", "qu", "", "y", "", "sac"],
    ["Quỳnh", "qu", "", "y", "nh", "huyen"],
    ["quốc", "qu", "", "ô", "c", "sac"],
    ["gì", "gi", "", "i", "", "huyen"],
    ["gìn", "gi", "", "i", "n", "huyen"],
    ["giá", "gi", "", "a", "", "sac"],
    ["giữa", "gi", "", "ưa", "", "nga"],
    ["giếng", "gi", "", "iê", "ng", "sac"],
    ["hòa", "h", "o", "a", "", "huyen"],
    ["HOÀ", "h", "o", "a", "", "huyen"],
    ["uỷ", "", "u", "y", "", "hoi"],
    ["khuya", "kh", "u", "ya", "", "ngang"],
    ["khuỷu", "kh", "u", "y", "u", "hoi"],
    ["ngoài", "ng", "o", "a", "i", "huyen"],
    ["nghiêng", "ngh", "", "iê", "ng", "ngang"],
    ["người", "ng", "", "ươ", "i", "huyen"],
    ["của", "c", "", "ua", "", "hoi"],
    ["cuả", "c", "", "ua", "", "hoi"],
    ["thuở", "th", "u", "ơ", "", "hoi"],
    ["yêu", "", "", "yê", "u", "ngang"],
    ["Đà", "đ", "", "a", "", "huyen"],
  ])("%s -> onset %j glide %j nucleus %j coda %j tone %s", (w, onset, glide, nucleus, coda, tone) => {
    const s = parseSyllable(w);
    expect(s).not.toBeNull();
    expect({ onset: s!.onset, glide: s!.glide, nucleus: s!.nucleus, coda: s!.coda, tone: s!.tone }).toEqual({ onset, glide, nucleus, coda, tone });
  });

  it.each(["", "ce", "ngi", "màt", "mảc", "hóà", "qa", "q", "gh", "nghiêngg", "ab", "1", "a b", "Ðà", "Vie\u0302\u0323t", "xyz"])("rejects %j", (w) => {
    expect(parseSyllable(w)).toBeNull();
  });

  it("reports where the mark is written", () => {
    expect(parseSyllable("qủa")!.markAt).toBe(1);
    expect(parseSyllable("quả")!.markAt).toBe(2);
    expect(parseSyllable("qua")!.markAt).toBe(-1);
  });
});
