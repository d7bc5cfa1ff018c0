/**
 * A token trie: the lexicons' phrases ("Phó Bí thư", "UB. MTTQ", "Ban CHQS") matched over tokens,
 * longest first, in time linear in the phrase length.
 *
 * Matching rules: words compare by folded key (tone style and case do not matter), except that a
 * phrase word written in capitals ("UBND", "TT") only matches a word written in capitals, so the
 * abbreviation "CT" never matches the syllable "ct"; punctuation compares by key (every dash is "-");
 * spaces between tokens are free, a line break ends the phrase.
 */
import { tokenize, type Token } from "./tokens.js";

interface Node<T> {
  /** Children by word label, any case. */
  next: Map<string, Node<T>>;
  /** Children reached only by a word written in capitals. */
  caps: Map<string, Node<T>>;
  values: T[];
}

const newNode = <T>(): Node<T> => ({ next: new Map(), caps: new Map(), values: [] });

let nextMatcherId = 0;

/** The longest phrase found at a token index. */
export interface PhraseMatch<T> {
  /** Index of the first token. */
  readonly from: number;
  /** Index after the last token. */
  readonly to: number;
  /** Every value registered for that phrase. */
  readonly values: readonly T[];
}

/**
 * Phrases and their values, matched over {@link Token} arrays.
 *
 * @example
 * ```ts
 * const m = new PhraseMatcher<string>();
 * m.add("Phó Bí thư", "role");
 * const toks = tokenize("Phó bí thư Đảng ủy");
 * m.matchAt(toks, 0); // { from: 0, to: 3, values: ["role"] }
 * ```
 */
export class PhraseMatcher<T> {
  private readonly root: Node<T> = newNode<T>();
  /** A small number naming this matcher, for tables indexed by matcher. */
  readonly id: number = nextMatcherId++;

  /**
   * @param mode how words compare: "fold" (no diacritics at all, the default) or "exact" (case and
   *   tone style ignored, every mark counts: "uỷ" = "Ủy" but "bà" ≠ "ba", "Huyền" ≠ "huyện").
   */
  constructor(private readonly mode: "fold" | "exact" = "fold") {}

  private label(t: Token): string {
    if (t.kind !== "word") return t.key;
    return this.mode === "fold" ? t.key : t.lower;
  }

  /** How words compare: "fold" or "exact" (see the constructor). */
  get comparison(): "fold" | "exact" {
    return this.mode;
  }

  /**
   * The labels a phrase can start with: a token whose label (its `lower` in "exact" mode, its `key` in
   * "fold" mode; the `key` of punctuation) is not among them starts no phrase, and `matchAt` returns null.
   */
  firstLabels(): string[] {
    return [...new Set([...this.root.next.keys(), ...this.root.caps.keys()])];
  }

  /** Registers a phrase (tokenized like the text) with a value. */
  add(phrase: string, value: T): this {
    const toks = tokenize(phrase);
    if (!toks.length) return this;
    let node = this.root;
    for (const t of toks) {
      const edges = t.caps ? node.caps : node.next;
      const label = this.label(t);
      let child = edges.get(label);
      if (!child) {
        child = newNode<T>();
        edges.set(label, child);
      }
      node = child;
    }
    node.values.push(value);
    return this;
  }

  /** The longest phrase starting at `tokens[i]`, or null. */
  matchAt(tokens: readonly Token[], i: number): PhraseMatch<T> | null {
    const end = this.walk(this.root, tokens, i, i);
    if (end < 0) return null;
    let node: Node<T> | undefined = this.root;
    // Re-walk along the winning path for its values (phrases are a few tokens long).
    return { from: i, to: end, values: this.valuesAt(node, tokens, i, end) ?? [] };
  }

  /** End index of the longest phrase from `node` at token k, or -1. Follows one path, branching only where both a capitals-only and an any-case edge continue. */
  private walk(node: Node<T>, tokens: readonly Token[], start: number, k: number): number {
    let best = -1;
    let cur: Node<T> | undefined = node;
    let pos = k;
    for (;;) {
      if (cur !== node && cur.values.length) best = pos;
      const t = tokens[pos];
      if (!t || (pos > start && t.gap === "newline")) break;
      const label = this.label(t);
      const plain: Node<T> | undefined = cur.next.get(label);
      const caps: Node<T> | undefined = t.caps && cur.caps.size ? cur.caps.get(label) : undefined;
      if (plain && caps) {
        const other = this.walk(caps, tokens, start, pos + 1);
        if (caps.values.length) best = Math.max(best, pos + 1);
        best = Math.max(best, other);
      }
      const next: Node<T> | undefined = plain ?? caps;
      if (!next) break;
      cur = next;
      pos++;
    }
    return best;
  }

  /** Values of the phrase tokens[from..to), preferring capitals-only edges. */
  private valuesAt(node: Node<T>, tokens: readonly Token[], from: number, to: number): readonly T[] | null {
    if (from === to) return node.values.length ? node.values : null;
    const t = tokens[from]!;
    const label = this.label(t);
    const caps = t.caps ? node.caps.get(label) : undefined;
    const viaCaps = caps ? this.valuesAt(caps, tokens, from + 1, to) : null;
    if (viaCaps) return viaCaps;
    const plain = node.next.get(label);
    return plain ? this.valuesAt(plain, tokens, from + 1, to) : null;
  }

  /** Every longest, non-overlapping match, left to right. */
  findAll(tokens: readonly Token[]): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < tokens.length; ) {
      const m = this.matchAt(tokens, i);
      if (m) {
        out.push(m);
        i = m.to;
      } else i++;
    }
    return out;
  }
}
