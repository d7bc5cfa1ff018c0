/**
 * Military and police ranks. In ward news a rank before a name is a title of its own
 * ("Thiếu tá Phạm Đức Thịnh" holds the title "Thiếu tá"), never an honorific.
 */

/** Ranks of the People's Army and the People's Public Security, lowest first, as normally written. */
export const RANKS: readonly string[] = [
  "Binh nhì",
  "Binh nhất",
  "Hạ sĩ",
  "Trung sĩ",
  "Thượng sĩ",
  "Chuẩn úy",
  "Thiếu úy",
  "Trung úy",
  "Thượng úy",
  "Đại úy",
  "Thiếu tá",
  "Trung tá",
  "Thượng tá",
  "Đại tá",
  "Thiếu tướng",
  "Trung tướng",
  "Thượng tướng",
  "Đại tướng",
  "Chuẩn Đô đốc",
  "Phó Đô đốc",
  "Đô đốc",
];

/** Other ways ranks are written (abbreviations in captions), mapped to the rank. */
export const RANK_VARIANTS: Readonly<Record<string, string>> = {
  "Th.úy": "Thiếu úy",
  "Tr.úy": "Trung úy",
  "Đ/úy": "Đại úy",
  "Th.tá": "Thiếu tá",
  "Tr.tá": "Trung tá",
  "Đ/tá": "Đại tá",
};
