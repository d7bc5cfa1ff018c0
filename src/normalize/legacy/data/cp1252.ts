/**
 * Windows-1252 bytes 0x80-0x9F and the characters a browser shows for them.
 *
 * Plain data, one byte a line: `hex character`. Bytes 0xA0-0xFF are Latin-1 (U+00A0-U+00FF) and need
 * no table. The five bytes Windows-1252 leaves undefined (0x81 0x8D 0x8F 0x90 0x9D) are decoded by
 * browsers (WHATWG encoding standard) to the C1 control of the same number, so they are listed
 * as such; a Latin-1 reading gives C1 controls for every byte 0x80-0x9F, which the reverse table
 * in ../mojibake.ts accepts as well.
 */
export const CP1252_HIGH = `
80 €
81 \u0081
82 ‚
83 ƒ
84 „
85 …
86 †
87 ‡
88 ˆ
89 ‰
8A Š
8B ‹
8C Œ
8D \u008D
8E Ž
8F \u008F
90 \u0090
91 ‘
92 ’
93 “
94 ”
95 •
96 –
97 —
98 ˜
99 ™
9A š
9B ›
9C œ
9D \u009D
9E ž
9F Ÿ
`;
