/**
 * A token trie: the lexicons' phrases ("Phó Bí thư", "UB. MTTQ", "Ban CHQS") matched over tokens,
 * longest first, in time linear in the phrase length.
 *
 * Matching rules: words compare by folded key (tone style and case do not matter), except that a
 * phrase word written in capitals ("UBND", "TT") only matches a word written in capitals, so the
 * abbreviation "CT" never matches the syllable "ct"; punctuation compares by key (every dash is "-");
 * spaces between tokens are free, a line break ends the phrase.
 */
import { isAllCaps } from "./fold.js";
import { tokenize, type Token } from "./tokens.js";

interface Node<T> {
  next: Map<string, Node<T>>;
  values: T[];
}

const CAPS = "\u0001";

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
  private readonly root: Node<T> = { next: new Map(), values: [] };

  /**
   * @param mode how words compare: "fold" (no diacritics at all, the default) or "exact" (case and
   *   tone style ignored, every mark counts: "uỷ" = "Ủy" but "bà" ≠ "ba", "Huyền" ≠ "huyện").
   */
  constructor(private readonly mode: "fold" | "exact" = "fold") {}

  private label(t: Token): string {
    if (t.kind !== "word") return t.key;
    return this.mode === "fold" ? t.key : t.lower;
  }

  /** Registers a phrase (tokenized like the text) with a value. */
  add(phrase: string, value: T): this {
    const toks = tokenize(phrase);
    if (!toks.length) return this;
    let node = this.root;
    for (const t of toks) {
      const label = t.kind === "word" && t.text.length > 1 && isAllCaps(t.text) ? this.label(t) + CAPS : this.label(t);
      let child = node.next.get(label);
      if (!child) {
        child = { next: new Map(), values: [] };
        node.next.set(label, child);
      }
      node = child;
    }
    node.values.push(value);
    return this;
  }

  /** The longest phrase starting at `tokens[i]`, or null. */
  matchAt(tokens: readonly Token[], i: number): PhraseMatch<T> | null {
    let best: PhraseMatch<T> | null = null;
    // Both the capitals-only and the any-case edge may continue: walk both (phrases are short).
    const walk = (node: Node<T>, k: number): void => {
      if (k >= tokens.length) return;
      const t = tokens[k]!;
      if (k > i && t.gap === "newline") return;
      const edges: Node<T>[] = [];
      if (t.kind === "word" && isAllCaps(t.text)) {
        const c = node.next.get(this.label(t) + CAPS);
        if (c) edges.push(c);
      }
      const plain = node.next.get(this.label(t));
      if (plain) edges.push(plain);
      for (const child of edges) {
        if (child.values.length && (!best || k + 1 > best.to)) best = { from: i, to: k + 1, values: child.values };
        walk(child, k + 1);
      }
    };
    walk(this.root, i);
    return best;
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
