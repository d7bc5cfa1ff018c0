/**
 * Search keys: no tone or vowel marks, đ -> d, lower case. Table-driven: each UTF-16 code unit is folded once
 * (on first sight) into a table, after which folding is one array lookup per code unit.
 */

/** -1: not computed yet; -2: dropped (a combining mark U+0300-036F); else the folded code unit. */
let table: Int32Array | undefined;

const DROP = -2;
const MARKS = /[\u0300-\u036f]/g;

function foldOne(c: number): number {
  if (c >= 0x300 && c <= 0x36f) return DROP;
  if (c >= 0xd800 && c <= 0xdfff) return c; // surrogates: astral characters are kept as they are
  if (c === 0xd0 || c === 0xf0 || c === 0x189 || c === 0x256 || c === 0x110 || c === 0x111) return 0x64; // Đ đ and look-alikes
  const s = String.fromCharCode(c);
  const f = s.normalize("NFD").replace(MARKS, "").toLowerCase();
  if (f.length === 1) return f.charCodeAt(0);
  // expands (Hangul syllables, ligatures, İ): keep one unit, lower-cased when that stays one unit
  const l = s.toLowerCase();
  return l.length === 1 ? l.charCodeAt(0) : c;
}

function build(): Int32Array {
  const t = new Int32Array(65536).fill(-1);
  for (let c = 0; c < 128; c++) t[c] = foldOne(c);
  return (table = t);
}

// The result is written as UTF-8 into a reused byte buffer and decoded once: TextDecoder's UTF-8 path is the
// fastest way a browser-safe library has to turn many computed code units into one string.
let bytes = new Uint8Array(4096);
const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });

/**
 * Folds text into a search key: tone and vowel marks removed (NFC or NFD input alike), đ/Đ (and the look-alikes
 * Ð ð Ɖ ɖ) to d, lower case.
 *
 * Length: for input without combining marks U+0300-036F (any NFC Vietnamese text) the result has exactly the
 * same length and each code unit folds in place, so offsets into the folded text are offsets into the input
 * (handy for highlighting). NFD input gets shorter by its combining marks.
 *
 * Differences from `s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase()`:
 * characters whose decomposition or lower case has several code units (Hangul syllables, "İ", ligatures) are
 * kept as one unit (lower-cased when possible); astral characters are kept unchanged; a lone surrogate becomes
 * U+FFFD (as in normalize).
 *
 * @example
 * ```ts
 * fold("Đảng ủy phường Tân Giang"); // "dang uy phuong tan giang"
 * fold("Vie\u0302\u0323t"); // "viet" (NFD input)
 * ```
 */
export function fold(text: string): string {
  const n = text.length;
  if (n === 0) return "";
  const t = table ?? build();
  if (bytes.length < 3 * n) bytes = new Uint8Array(Math.max(3 * n, 2 * bytes.length));
  const b = bytes;
  let j = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let f = t[c]!;
    if (f < 0x80) {
      if (f >= 0) {
        b[j++] = f;
        continue;
      }
      if (f === DROP) continue;
      f = t[c] = foldOne(c);
      if (f === DROP) continue;
      if (f < 0x80) {
        b[j++] = f;
        continue;
      }
    }
    if (f < 0x800) {
      b[j++] = 0xc0 | (f >> 6);
      b[j++] = 0x80 | (f & 63);
    } else if (f < 0xd800 || f > 0xdfff) {
      b[j++] = 0xe0 | (f >> 12);
      b[j++] = 0x80 | ((f >> 6) & 63);
      b[j++] = 0x80 | (f & 63);
    } else {
      const d = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if (f <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
        const cp = (f - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
        b[j++] = 0xf0 | (cp >> 18);
        b[j++] = 0x80 | ((cp >> 12) & 63);
        b[j++] = 0x80 | ((cp >> 6) & 63);
        b[j++] = 0x80 | (cp & 63);
        i++;
      } else {
        // a lone surrogate has no UTF-8 form: U+FFFD, like normalize
        b[j++] = 0xef;
        b[j++] = 0xbf;
        b[j++] = 0xbd;
      }
    }
  }
  const out = utf8.decode(b.subarray(0, j));
  if (b.length > 1 << 22) bytes = new Uint8Array(4096); // do not hold on to a huge buffer
  return out;
}
