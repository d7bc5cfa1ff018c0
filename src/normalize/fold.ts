/**
 * Search keys: no tone or vowel marks, đ -> d, lower case. Table-driven: each UTF-16 code unit is folded once
 * (on first sight) into a table, after which folding is one array lookup per code unit.
 */

/** -1: not computed yet; -2: dropped (a combining mark U+0300-036F); else the folded code unit. */
let table: Int32Array | undefined;

const DROP = -2;
const MARKS = /[\u0300-\u036f]/g;

/**
 * Typographic punctuation and spaces folded to their ASCII look-alikes, one unit for one unit: search keys then
 * match whichever quotes or dashes a writer used, and folded Vietnamese is pure ASCII (a one-byte string).
 */
const PUNCTUATION: ReadonlyMap<number, number> = new Map([
  ...[0x2018, 0x2019, 0x201a, 0x201b, 0x2032].map((c) => [c, 0x27] as const), // ‘ ’ ‚ ‛ ′ -> '
  ...[0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0xab, 0xbb].map((c) => [c, 0x22] as const), // “ ” „ ‟ ″ « » -> "
  ...[0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212].map((c) => [c, 0x2d] as const), // ‐ ‑ ‒ – — ― − -> -
  [0x2026, 0x2e] as const, // … -> .
  ...[0xa0, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x202f, 0x205f, 0x3000].map((c) => [c, 0x20] as const), // odd spaces -> " "
]);

function foldOne(c: number): number {
  if (c >= 0x300 && c <= 0x36f) return DROP;
  if (c >= 0xd800 && c <= 0xdfff) return c; // surrogates: astral characters are kept as they are
  if (c === 0xd0 || c === 0xf0 || c === 0x189 || c === 0x256 || c === 0x110 || c === 0x111) return 0x64; // Đ đ and look-alikes
  const p = PUNCTUATION.get(c);
  if (p !== undefined) return p;
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

// Output: the folded units go into a reused buffer that is decoded once. While they are ASCII the buffer is
// bytes (TextDecoder makes a one-byte string from ASCII at memory speed); at the first non-ASCII unit the rest
// goes into a UTF-16 buffer instead.
let bytes = new Uint8Array(4096);
let wide = new Uint16Array(4096);
const ascii = new TextDecoder("utf-8", { ignoreBOM: true });
const utf16 = new TextDecoder("utf-16le", { ignoreBOM: true });

/** Continues fold() from text[i0] with a UTF-16 buffer, the first j0 units (ASCII) already in `bytes`. */
function foldWide(text: string, t: Int32Array, i0: number, j0: number): string {
  const n = text.length;
  if (wide.length < n) wide = new Uint16Array(Math.max(n, 2 * wide.length));
  const w = wide;
  const b = bytes;
  for (let q = 0; q < j0; q++) w[q] = b[q]!;
  let j = j0;
  for (let i = i0; i < n; i++) {
    const c = text.charCodeAt(i);
    let f = t[c]!;
    if (f < 0) {
      if (f === DROP) continue;
      f = t[c] = foldOne(c);
      if (f === DROP) continue;
    }
    w[j++] = f;
  }
  const out = utf16.decode(w.subarray(0, j)); // a lone surrogate becomes U+FFFD
  if (w.length > 1 << 21) wide = new Uint16Array(4096); // do not hold on to a huge buffer
  return out;
}

/**
 * Folds text into a search key: tone and vowel marks removed (NFC or NFD input alike), đ/Đ (and the look-alikes
 * Ð ð Ɖ ɖ) to d, lower case; typographic quotes, dashes, the ellipsis and odd spaces to their ASCII look-alikes
 * (“ ” -> ", ‘ ’ -> ', – — -> -, … -> ., NBSP -> " "), so that folded Vietnamese is plain ASCII.
 *
 * Length: for input without combining marks U+0300-036F (any NFC Vietnamese text) the result has exactly the
 * same length and each code unit folds in place, so offsets into the folded text are offsets into the input
 * (handy for highlighting). NFD input gets shorter by its combining marks.
 *
 * Differences from `s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase()`:
 * the punctuation and look-alikes above; characters whose decomposition or lower case has several code units (Hangul syllables, "İ", ligatures) are
 * kept as one unit (lower-cased when possible); astral characters are kept unchanged; a lone surrogate becomes
 * U+FFFD (as in normalize).
 *
 * @example
 * ```ts
 * fold("Đảng ủy phường Tân Giang"); // "dang uy phuong tan giang"
 * fold("Vie\u0302\u0323t"); // "viet" (NFD input)
 * fold("“Hòa” – …"); // "\"hoa\" - ."
 * ```
 */
export function fold(text: string): string {
  if (typeof text !== "string") text = String(text ?? ""); // like normalize: JavaScript callers may pass anything
  const n = text.length;
  if (n === 0) return "";
  const t = table ?? build();
  if (bytes.length < n) bytes = new Uint8Array(Math.max(n, 2 * bytes.length));
  const b = bytes;
  let j = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let f = t[c]!;
    if (f < 0) {
      if (f === DROP) continue;
      f = t[c] = foldOne(c);
      if (f === DROP) continue;
    }
    if (f >= 0x80) return foldWide(text, t, i, j);
    b[j++] = f;
  }
  const out = ascii.decode(b.subarray(0, j));
  if (b.length > 1 << 22) bytes = new Uint8Array(4096);
  return out;
}
