/**
 * VIQR (RFC 1456, "Vietnamese Quoted-Readable"): Vietnamese written in ASCII, each mark typed as a
 * character after its vowel, the vowel mark first and the tone last ("Vie^.t Nam" = "Việt Nam",
 * "tru+o+`ng" = "trường", "DDa`" = "Đà"). A backslash before a mark character makes it literal
 * ("nghi\." = "nghi.").
 *
 * Plain data: mark character -> combining character, and which vowels take which vowel mark.
 */

/** Vowel marks: breve, circumflex, horn. */
export const VIQR_VOWEL_MARKS: Readonly<Record<string, string>> = {
  "(": "\u0306",
  "^": "\u0302",
  "+": "\u031B",
};

/** Tone marks: sắc, huyền, hỏi, ngã, nặng. */
export const VIQR_TONE_MARKS: Readonly<Record<string, string>> = {
  "'": "\u0301",
  "`": "\u0300",
  "?": "\u0309",
  "~": "\u0303",
  ".": "\u0323",
};

/** The vowels each vowel mark may follow (lower case): ă; â ê ô; ơ ư. */
export const VIQR_MARK_VOWELS: Readonly<Record<string, string>> = {
  "(": "a",
  "^": "aeo",
  "+": "ou",
};

/** The escape character of RFC 1456. */
export const VIQR_ESCAPE = "\\";
