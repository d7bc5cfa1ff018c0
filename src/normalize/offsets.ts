/**
 * Offset maps: from an offset in normalized text back to the offset in the input it came from.
 *
 * Normalization mostly keeps lengths (tone moves, look-alikes, odd spaces are one unit for one unit), so a map
 * stores only the edits that change length (a removed zero-width character, an NFD sequence composed into one
 * letter) and answers with a binary search over them.
 */

/** Maps offsets in normalized text back to offsets in the input it came from. */
export interface OffsetMap {
  /**
   * Offset in the input for an offset in the normalized text (0..text.length; out-of-range values are clamped).
   * Monotonic (non-decreasing). An offset at removed characters maps to the next kept one; an offset inside
   * text that replaced several input units maps to the start of what it replaced.
   */
  toOriginal(offset: number): number;
}

function clamp(offset: number, max: number): number {
  if (!(offset > 0)) return 0; // also NaN
  return offset >= max ? max : Math.floor(offset);
}

/** The map of an unchanged text (or one changed without changing any length). */
export class IdentityMap implements OffsetMap {
  constructor(private readonly length: number) {}
  /** @example new IdentityMap(5).toOriginal(3); // 3 */
  toOriginal(offset: number): number {
    return clamp(offset, this.length);
  }
}

/**
 * A map made of length-changing edits, each "input [inStart, inEnd) became output [outStart, outEnd)",
 * added in order with {@link EditMap.add}; everything between edits is copied one to one.
 *
 * @example
 * ```ts
 * // "a\u200Bb" -> "ab": the zero-width space (input 1..2) was removed (output 1..1)
 * const m = new EditMap(3);
 * m.add(1, 2, 1, 1);
 * m.seal(2);
 * [0, 1, 2].map((o) => m.toOriginal(o)); // [0, 2, 3]
 * ```
 */
export class EditMap implements OffsetMap {
  /** Edits as quadruples (inStart, inEnd, outStart, outEnd), in a typed array grown by doubling. */
  private edits = new Int32Array(64);
  private count = 0;
  private outLength = 0;

  constructor(private readonly inLength: number) {}

  /** Records one edit. Edits must come in increasing order of position. */
  add(inStart: number, inEnd: number, outStart: number, outEnd: number): void {
    let e = this.edits;
    const at = this.count * 4;
    if (at + 4 > e.length) {
      const grown = new Int32Array(e.length * 2);
      grown.set(e);
      this.edits = e = grown;
    }
    e[at] = inStart;
    e[at + 1] = inEnd;
    e[at + 2] = outStart;
    e[at + 3] = outEnd;
    this.count++;
  }

  /** Sets the length of the output; call once, after the last edit. */
  seal(outLength: number): this {
    this.outLength = outLength;
    return this;
  }

  /** Number of recorded edits. */
  get size(): number {
    return this.count;
  }

  toOriginal(offset: number): number {
    const o = clamp(offset, this.outLength);
    const e = this.edits;
    // last edit with outStart <= o (among equal outStarts, the last one: it comes after a removal)
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (e[mid * 4 + 2]! <= o) lo = mid + 1;
      else hi = mid;
    }
    const k = (lo - 1) * 4;
    if (k < 0) return Math.min(o, this.inLength);
    const outEnd = e[k + 3]!;
    if (o < outEnd) return e[k]!;
    return Math.min(e[k + 1]! + (o - outEnd), this.inLength);
  }
}

/** Two maps in sequence: `second` maps the final text to an intermediate one, `first` that one to the input. */
export class ChainedMap implements OffsetMap {
  constructor(
    private readonly first: OffsetMap,
    private readonly second: OffsetMap,
  ) {}
  /** @example new ChainedMap(new IdentityMap(4), new IdentityMap(4)).toOriginal(2); // 2 */
  toOriginal(offset: number): number {
    return this.first.toOriginal(this.second.toOriginal(offset));
  }
}
