/**
 * The legacy-encoding data files turned into lookup tables, once, at module load.
 */
import { CP1252_HIGH } from "./data/cp1252.js";
import { TCVN3_TABLE } from "./data/tcvn3.js";
import { VNI_TABLE, VNI_TONE_COLUMNS } from "./data/vni.js";

function rows(data: string): string[][] {
  return data
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "")
    .map((l) => l.split(/\s+/).map((cell) => cell.replace(/\\u([0-9A-Fa-f]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))));
}

/** Byte (0x80-0x9F) -> character shown by a browser reading Windows-1252. */
export const CP1252_DECODE: ReadonlyMap<number, string> = new Map(
  rows(CP1252_HIGH).map(([hex, ch]) => [parseInt(hex!, 16), ch!] as const),
);

/**
 * Character -> the byte it came from, for text that was bytes read as Windows-1252 or Latin-1:
 * U+0080-U+00FF are their own byte, the Windows-1252 punctuation maps back to 0x80-0x9F.
 * Indexed by UTF-16 code unit; -1 = not a byte-shaped character.
 */
export const BYTE_OF_CHAR: Int16Array = (() => {
  const t = new Int16Array(0x2200).fill(-1);
  for (let b = 0; b < 0x100; b++) t[b] = b;
  for (const [b, ch] of CP1252_DECODE) t[ch.charCodeAt(0)] = b;
  return t;
})();

/** TCVN3 as pasted: the Latin-1 character shown -> the Vietnamese letter. */
export const TCVN3_DECODE: ReadonlyMap<string, string> = new Map(
  rows(TCVN3_TABLE).map(([hex, shown, letter]) => {
    if (shown !== String.fromCharCode(parseInt(hex!, 16))) throw new Error(`tcvn3 table: ${hex} is not ${shown}`);
    return [shown, letter!] as const;
  }),
);

/** VNI as pasted: a one- or two-character spelling -> the Vietnamese letter (both cases). */
export const VNI_DECODE: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const [letter, ...spellings] of rows(VNI_TABLE)) {
    spellings.forEach((vni, i) => {
      const uni = (letter! + VNI_TONE_COLUMNS[i]!).normalize("NFC");
      if (vni === uni) return;
      m.set(vni, uni);
      m.set(vni.toUpperCase(), uni.toUpperCase());
    });
  }
  return m;
})();
