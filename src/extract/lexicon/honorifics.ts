/**
 * What stands before a person's name: honorifics (mapped to the record's three values), other
 * name prefixes that give no honorific ("anh", "TS"), group markers ("các đồng chí") and position
 * remarks in photo captions ("(giữa)", "(thứ 3 từ trái sang)").
 */
import type { Honorific } from "../../schema.js";

/** Written honorifics and the record value each gives ("Đ/c", "đ/c", "Đ.c" give "đồng chí"). */
export const HONORIFIC_FORMS: readonly { readonly form: string; readonly honorific: Honorific }[] = [
  { form: "đồng chí", honorific: "đồng chí" },
  { form: "Đ/c", honorific: "đồng chí" },
  { form: "Đ.c", honorific: "đồng chí" },
  { form: "Đ / c", honorific: "đồng chí" },
  { form: "ông", honorific: "ông" },
  { form: "bà", honorific: "bà" },
];

/**
 * Words that stand before a name but give no honorific: "anh" and "chị" (youth-union style),
 * academic and professional prefixes. A military rank also gives none (see ranks.ts).
 */
export const NAME_PREFIXES: readonly string[] = [
  "anh",
  "chị",
  "ông/bà",
  "TS",
  "ThS",
  "PGS.TS",
  "PGS. TS",
  "GS.TS",
  "GS. TS",
  "PGS",
  "GS",
  "BS",
  "BSCKII",
  "BSCKI",
  "Bác sĩ",
  "NSND",
  "NSƯT",
  "Nhà giáo",
  "thầy",
  "cô",
  "Luật sư",
  "Kỹ sư",
  "Nhà báo",
  "Cử nhân",
  "Thạc sĩ",
  "Tiến sĩ",
];

/**
 * Group markers: a plural before a title or a list ("các đồng chí trong Thường trực Đảng ủy",
 * "các ông, bà"). Whatever titles follow belong to no one person; "các đồng chí:" opens a list
 * whose entries each get "đồng chí".
 */
export const GROUP_MARKERS: readonly { readonly form: string; readonly listHonorific: Honorific | null }[] = [
  { form: "các đồng chí", listHonorific: "đồng chí" },
  { form: "các đ/c", listHonorific: "đồng chí" },
  { form: "các Đ/c", listHonorific: "đồng chí" },
  { form: "những đồng chí", listHonorific: "đồng chí" },
  { form: "các ông, bà", listHonorific: null },
  { form: "các ông bà", listHonorific: null },
  { form: "các ông/bà", listHonorific: null },
  { form: "các bà, các ông", listHonorific: null },
  { form: "các ông", listHonorific: "ông" },
  { form: "các bà", listHonorific: "bà" },
  { form: "các vị", listHonorific: null },
  { form: "quý vị", listHonorific: null },
  { form: "các anh", listHonorific: null },
  { form: "các chị", listHonorific: null },
];

/**
 * Folded words that make a parenthesis a position remark in a photo caption ("(giữa)",
 * "(thứ 7 tính từ phải qua)", "(bên trái)", "(áo xanh)"): dropped, never part of a title.
 */
export const POSITION_REMARK_WORDS: readonly string[] = [
  "giua",
  "trai",
  "phai",
  "thu",
  "dung",
  "ngoi",
  "hang",
  "ben",
  "ngoai cung",
  "ao",
  "cam",
  "hinh",
  "anh",
];
