/**
 * VNI (the VNI-Windows / VNI-Times font encoding) as it shows up when such a document is pasted into a
 * page: a base letter followed by a Latin-1 character that the font drew as a mark above or below it.
 *
 * Plain data, one letter a row. The first column is the Unicode letter without a tone; the next six
 * columns are its VNI spelling with no tone, sắc, huyền, hỏi, ngã, nặng. Upper case is the same with
 * both characters upper-cased ("AÙ" = "Á", "ÔØ" = "Ờ", "Ñ" = "Đ"), as in the published VNI table.
 * Sample words: "Hoäi nghò" = "Hội nghị", "Vieät Nam" = "Việt Nam", "Ñaø Naüng" = "Đà Nẵng".
 */
export const VNI_TABLE = `
a   a   aù  aø  aû  aõ  aï
ă   aê  aé  aè  aú  aü  aë
â   aâ  aá  aà  aå  aã  aä
e   e   eù  eø  eû  eõ  eï
ê   eâ  eá  eà  eå  eã  eä
i   i   í   ì   æ   ó   ò
o   o   où  oø  oû  oõ  oï
ô   oâ  oá  oà  oå  oã  oä
ơ   ô   ôù  ôø  ôû  ôõ  ôï
u   u   uù  uø  uû  uõ  uï
ư   ö   öù  öø  öû  öõ  öï
y   y   yù  yø  yû  yõ  î
đ   ñ
`;

/** Column order of VNI_TABLE after the letter: the combining mark of each tone ("" = no tone). */
export const VNI_TONE_COLUMNS = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"] as const;
