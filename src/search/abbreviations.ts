/**
 * Abbreviations for query expansion ("UBND" finds "Ủy ban nhân dân" and the reverse).
 * A small local table until the shared lexicon lands in src/extract/lexicon/.
 */

/** One abbreviation and its expansion, as written in ward news. */
export interface AbbreviationEntry {
  short: string;
  expansion: string;
}

/**
 * Abbreviations common in ward and commune news. Only shorts of three letters or more: a two-letter
 * short like "CA" is also an everyday syllable ("ca hát") and would expand wrongly.
 */
export const SEARCH_ABBREVIATIONS: readonly AbbreviationEntry[] = [
  { short: "UBND", expansion: "Ủy ban nhân dân" },
  { short: "HĐND", expansion: "Hội đồng nhân dân" },
  { short: "MTTQ", expansion: "Mặt trận Tổ quốc" },
  { short: "UBMTTQ", expansion: "Ủy ban Mặt trận Tổ quốc" },
  { short: "LHPN", expansion: "Liên hiệp Phụ nữ" },
  { short: "CCB", expansion: "Cựu chiến binh" },
  { short: "TNCS", expansion: "Thanh niên Cộng sản" },
  { short: "BCH", expansion: "Ban Chấp hành" },
  { short: "BTV", expansion: "Ban Thường vụ" },
  { short: "TDP", expansion: "tổ dân phố" },
  { short: "KDC", expansion: "khu dân cư" },
  { short: "THCS", expansion: "trung học cơ sở" },
  { short: "THPT", expansion: "trung học phổ thông" },
];
