/**
 * TCVN3 (TCVN 5712:1993, the VN3 subset used by the ABC fonts such as .VnTime) as it shows up when a
 * document in such a font is pasted into a page: each 8-bit code appears as the Latin-1 character of the
 * same number.
 *
 * Plain data, one code a line: `hex  shown-as  letter`. VN3 has every lower-case letter with its tone
 * (0xA8-0xAE and 0xB5-0xFE) but, of the upper-case letters, only Ă Â Ê Ô Ơ Ư Đ (0xA1-0xA7); upper-case
 * letters with a tone were typed in a separate font (.VnTimeH) that draws the lower-case codes as
 * capitals, so the repair upper-cases them from the word's other letters. The VN1 upper-case codes
 * (0x80-0x9F, 0xC0-0xC5, ...) are left out on purpose: pasted, they look like ordinary À Á Â Ã.
 * Sample words: "Héi nghÞ" = "Hội nghị", "ViÖt Nam" = "Việt Nam", "§µ N½ng" = "Đà Nẵng".
 */
export const TCVN3_TABLE = `
A1 ¡ Ă
A2 ¢ Â
A3 £ Ê
A4 ¤ Ô
A5 ¥ Ơ
A6 ¦ Ư
A7 § Đ
A8 ¨ ă
A9 © â
AA ª ê
AB « ô
AC ¬ ơ
AD \u00AD ư
AE ® đ
B5 µ à
B6 ¶ ả
B7 · ã
B8 ¸ á
B9 ¹ ạ
BB » ằ
BC ¼ ẳ
BD ½ ẵ
BE ¾ ắ
C6 Æ ặ
C7 Ç ầ
C8 È ẩ
C9 É ẫ
CA Ê ấ
CB Ë ậ
CC Ì è
CE Î ẻ
CF Ï ẽ
D0 Ð é
D1 Ñ ẹ
D2 Ò ề
D3 Ó ể
D4 Ô ễ
D5 Õ ế
D6 Ö ệ
D7 × ì
D8 Ø ỉ
DC Ü ĩ
DD Ý í
DE Þ ị
DF ß ò
E1 á ỏ
E2 â õ
E3 ã ó
E4 ä ọ
E5 å ồ
E6 æ ổ
E7 ç ỗ
E8 è ố
E9 é ộ
EA ê ờ
EB ë ở
EC ì ỡ
ED í ớ
EE î ợ
EF ï ù
F1 ñ ủ
F2 ò ũ
F3 ó ú
F4 ô ụ
F5 õ ừ
F6 ö ử
F7 ÷ ữ
F8 ø ứ
F9 ù ự
FA ú ỳ
FB û ỷ
FC ü ỹ
FD ý ý
FE þ ỵ
`;
