/**
 * Officials: named persons holding a post, with their titles.
 *
 * Proposing: each block (paragraph, caption, heading) is walked token by token. A person starts at an
 * honorific ("đồng chí", "Đ/c", "ông", "bà"), a name prefix ("anh", "TS"), a military rank (itself a
 * title) or a capitalized run that starts with a surname. Titles are read after the name (after a dash,
 * comma, colon, "giữ chức", or nothing at all: "Bà X chủ tịch Hội LHPN phường") and before it
 * (newspaper style: "Phó Chủ tịch UBND phường Kim Liên Trương Minh Quang"). A title starts at a role
 * and runs until a verb, a conjunction, a list separator, a sentence end or the next name; several are
 * split at commas, dashes and "kiêm" when the next piece starts with a role (a piece that starts with a
 * body continues the title: "Phó Trưởng Ban Phong trào, Ủy ban MTTQ ...").
 *
 * Refining (src/extract/refiners/officials-*.ts): mentions of one name become one official with merged
 * titles; persons without any title (voters, honorees, bylines) and group mentions ("các đồng chí
 * trong Thường trực Đảng ủy") are dropped.
 */
import type { Honorific, Official, Span } from "../../schema.js";
import type { ExtractContext } from "../context.js";
import { foldWords } from "../lexicon/fold.js";
import { POSITION_REMARK_WORDS } from "../lexicon/honorifics.js";
import { officialsLexicon, type OfficialsLexicon } from "../lexicon/matchers.js";
import { PhraseMatcher, type PhraseMatch } from "../lexicon/phrases.js";
import { sharedTokens, type Token } from "../lexicon/tokens.js";
import { TITLE_END_EXCEPTIONS } from "../lexicon/titles.js";
import { isNamesake, isNameWord, pickNameInRun, surnameLength, type NameRange } from "../refiners/officials-names.js";
import { mergeOfficials, type Mention } from "../refiners/officials-merge.js";
import type { RawTitle } from "../refiners/officials-titles.js";

/** Words written with a dot that does not end a sentence ("P.Linh Trung", "UB.MTTQ", "TP. Huế", "Đ.c"). */
const DOTTED = new Set(["p", "q", "tp", "ub", "d", "ct", "pct", "ts", "ths", "pgs", "gs", "bs", "tx", "tt", "th", "tr", "pbt", "uv", "st"]);
const MAX_TITLE_TOKENS = 40;

/** The result of reading a chain of titles. */
interface Chain {
  titles: RawTitle[];
  /** Token index where reading stopped. */
  end: number;
  /** The chain ran straight into a name (title before the name): the titles are that person's. */
  nameAfter: NameRange | null;
  /** That name was the whole capitalized run after "phường", "xã" ... (it might be the place's name). */
  nameAfterAdmin?: boolean;
  /** The chain ended in ", " followed by a person ("Phó Bí thư ..., bà H’Linh Niê"). */
  personAfterComma: number | null;
}

/** Titles read before a name, waiting for it: `at` is where the name starts, `from` where the titles did. */
interface Handoff {
  titles: RawTitle[];
  at: number;
  name: NameRange | null;
  from: number;
  nameAfterAdmin?: boolean;
}

/** Words before a person that make them a recipient, not an attending official ("tặng ... cho ông X"). */
const HONOREE_CUES = new Set(["cho", "tặng", "truy tặng"]);

/** One person start: prefix (honorific or other), optional rank, and the name. */
interface PersonStart {
  /** Token index where the person starts (the honorific, rank or name). */
  start: number;
  honorific: Honorific | null;
  hasHonorific: boolean;
  rank: RawTitle | null;
  name: NameRange;
  /** The name was read as the whole run after "phường", "xã" ...: a place may carry it. */
  afterAdmin?: boolean;
}

class BlockReader {
  readonly mentions: Mention[] = [];
  private readonly n: number;

  constructor(
    private readonly text: string,
    private readonly t: readonly Token[],
    private readonly lex: OfficialsLexicon,
  ) {
    this.n = t.length;
    this.titleStarts = new Array<{ roleEnd: number; rank: boolean } | null | undefined>(this.n + 1).fill(undefined);
    this.personStarts = new Array<PersonStart | null | undefined>(this.n + 1).fill(undefined);
    this.starts = firstLabelIndex(lex);
    // one look-up per token tells which lexicons have a phrase starting with it
    this.startMasks = new Int32Array(this.n + 1);
    for (let i = 0; i < this.n; i++) {
      const x = t[i]!;
      this.startMasks[i] = this.starts.masks.get(x.kind === "word" ? x.lower : x.key) ?? 0;
    }
  }

  // ---- small token predicates ----------------------------------------------------------------

  private readonly starts: FirstLabelIndex;
  private readonly startMasks: Int32Array;
  /** Memo rows of `at`, by matcher id. */
  private readonly memo: ((PhraseMatch<unknown> | null | undefined)[] | undefined)[] = [];

  /** `m.matchAt(tokens, i)`, computed once per matcher and index. */
  private at<T>(m: PhraseMatcher<T>, i: number): PhraseMatch<T> | null {
    const bit = this.starts.bits[m.id];
    if (bit !== undefined && (this.startMasks[i]! & bit) === 0) return null; // no phrase of m starts with token i
    let row = this.memo[m.id];
    if (!row) {
      row = new Array<PhraseMatch<unknown> | null | undefined>(this.n + 1).fill(undefined); // packed, not sparse
      this.memo[m.id] = row;
    }
    let hit = row[i];
    if (hit === undefined) {
      hit = m.matchAt(this.t, i);
      row[i] = hit;
    }
    return hit as PhraseMatch<T> | null;
  }

  private readonly titleStarts: ({ roleEnd: number; rank: boolean } | null | undefined)[];

  private tok(i: number): Token | undefined {
    return this.t[i];
  }

  /** True when token i is one of the given punctuation marks (by key; up to three, no rest array per call). */
  private isPunct(i: number, a: string, b?: string, c?: string): boolean {
    const x = this.t[i];
    return !!x && x.kind === "punct" && (x.key === a || x.key === b || x.key === c);
  }

  private lower(i: number): boolean {
    const x = this.t[i];
    return !!x && x.kind === "word" && !x.upper && !x.digit;
  }

  /** A "." (or "!", "?", "…") that ends a sentence: not after an abbreviation or an initial. */
  private isSentenceEnd(i: number): boolean {
    const x = this.t[i];
    if (!x || x.kind !== "punct" || !(x.text === "." || x.text === "!" || x.text === "?" || x.text === "…")) return false;
    if (x.text !== ".") return true;
    const prev = this.t[i - 1];
    if (prev && prev.kind === "word" && prev.end === x.start && (DOTTED.has(prev.key) || /^\p{Lu}$/u.test(prev.text))) return false;
    return true;
  }

  /** True when a phrase of `m` ends right before token i (looking back up to four tokens). */
  private endsBefore<T>(m: PhraseMatcher<T>, i: number): boolean {
    for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
      const hit = this.at(m, k);
      if (hit && hit.to === i) return true;
    }
    return false;
  }

  private wordsBefore(i: number, count: number): string {
    const out: string[] = [];
    for (let k = i - 1; k >= 0 && out.length < count; k--) out.unshift(this.t[k]!.lower);
    return out.join(" ");
  }

  // ---- titles -----------------------------------------------------------------------------------

  /** Where a title starting at i has read its role (or rank), or null when no title starts there. */
  private titleStart(i: number): { roleEnd: number; rank: boolean } | null {
    let hit = this.titleStarts[i];
    if (hit === undefined) {
      hit = this.findTitleStart(i);
      this.titleStarts[i] = hit;
    }
    return hit;
  }

  private findTitleStart(i: number): { roleEnd: number; rank: boolean } | null {
    let k = i;
    const q = this.at(this.lex.qualifiers, k);
    if (q && this.lower(k)) k = q.to;
    const rank = this.at(this.lex.ranks, k);
    const role = this.at(this.lex.roles, k);
    if (rank && (!role || rank.to >= role.to)) return k === i ? { roleEnd: rank.to, rank: true } : null;
    if (!role) return null;
    const entry = role.values[0]!;
    if (entry.needsBody && !this.at(this.lex.bodies, role.to)) return null;
    // A capitalized role word glued to the previous name ("Nguyễn Văn Trưởng") is not a role.
    return { roleEnd: role.to, rank: false };
  }

  /** Token index after a name run at i, or null: 2-6 name words, with one lower-case given-name part allowed inside. */
  private nameRun(i: number, needSurname: boolean): NameRange | null {
    if (!isNameWord(this.tok(i))) return null;
    if (needSurname && !surnameLength(this.lex, this.t, i)) return null;
    if (this.startsNonName(i, true) && !surnameLength(this.lex, this.t, i)) return null;
    let k = i + 1;
    while (k < this.n && k - i < 7) {
      const x = this.t[k]!;
      if (x.gap !== "space" || x.kind !== "word") break;
      if (isNameWord(x) && !this.startsNonName(k)) {
        k++;
        continue;
      }
      // "Tôn Nữ minh Thư": a known given-name syllable in lower case between capitalized ones.
      if (k - i >= 2 && this.lex.lowercaseNameParts.has(x.key) && isNameWord(this.tok(k + 1)) && this.tok(k + 1)!.gap === "space" && !this.startsNonName(k + 1)) {
        k += 2;
        continue;
      }
      break;
    }
    return k - i >= 2 ? { from: i, to: k } : null;
  }

  /**
   * True when a role, rank, body or administrative word starts at i (and, for the first word of a
   * name, an honorific or group marker): a name does not run into these.
   */
  private startsNonName(i: number, first = false): boolean {
    const L = this.lex;
    return !!(
      this.at(L.roles, i) ||
      this.at(L.ranks, i) ||
      this.at(L.bodies, i) ||
      this.at(L.admin, i) ||
      (first && (this.at(L.prefixes, i) || this.at(L.groups, i)))
    );
  }

  /** A maximal run of capitalized words (abbreviations included) from i, on one line. */
  private capitalRunEnd(i: number): number {
    let k = i;
    while (k < this.n) {
      const x = this.t[k]!;
      if (x.kind !== "word" || !x.upper || (k > i && x.gap !== "space")) break;
      if (k > i && this.titleStart(k)) break;
      k++;
    }
    return k;
  }

  /** "và" that continues a body's name ("Văn hóa – Thông tin và Thể thao", "Đoàn thể và các Hội"). */
  private andContinues(i: number): boolean {
    let k = i + 1;
    if (this.tok(k)?.lower === "các") k++;
    const x = this.tok(k);
    if (!x || !isNameWord(x) || x.gap !== "space") return false;
    if (this.at(this.lex.prefixes, k) || this.titleStart(k)) return false;
    if (surnameLength(this.lex, this.t, k) && this.nameRun(k, true)) return false;
    return true;
  }

  /** A parenthesis right after a name or title that only says where someone stands in a photo; its end or null. */
  private positionRemarkEnd(i: number): number | null {
    if (!this.isPunct(i, "(")) return null;
    for (let k = i + 1; k < this.n && k <= i + 12; k++) {
      if (this.isPunct(k, ")")) {
        const inner = ` ${foldWords(this.text.slice(this.t[i]!.end, this.t[k]!.start))} `;
        return POSITION_REMARK_WORDS.some((w) => inner.includes(` ${w} `)) ? k + 1 : null;
      }
    }
    return null;
  }

  /** True when a lower-case word at i ends a title ("chủ trì", "cùng"), unless an exception keeps it ("Ban tổ chức"). */
  private endsTitle(i: number): boolean {
    const end = this.at(this.lex.endWords, i);
    return !!end && !(TITLE_END_EXCEPTIONS[end.values[0]!] ?? []).some((w) => this.wordsBefore(i, w.split(" ").length) === w);
  }

  /** True when a person's name (surname first) starts at i. */
  private nameStartsAt(i: number): boolean {
    return !!(surnameLength(this.lex, this.t, i) && this.nameRun(i, true) && pickNameInRun(this.lex, this.t, i, this.capitalRunEnd(i), false));
  }

  /**
   * After a comma inside a title: the title goes on when a body follows ("Phó Trưởng Ban Phong trào,
   * Ủy ban MTTQ ...") or, while a department's name is still open (no place yet), a capitalized word
   * that is no role, name or honorific ("Trưởng phòng Kinh tế, Hạ tầng và Đô thị").
   */
  private commaContinues(i: number, placeDone: boolean): boolean {
    const x = this.tok(i);
    if (!x || x.kind !== "word" || x.gap === "newline" || this.titleStart(i) || this.at(this.lex.prefixes, i) || this.at(this.lex.groups, i)) return false;
    if (this.at(this.lex.bodies, i)) return !placeDone || !this.lower(i);
    return !placeDone && isNameWord(x) && !this.nameStartsAt(i);
  }

  /**
   * After a dash inside a title: the title goes on inside a body's name ("Ban Dân tộc – Tôn giáo",
   * "Văn hóa – thông tin"), not before a role (a new title), an honorific, a name or a verb ("- trao").
   */
  private dashContinues(i: number): boolean {
    const x = this.tok(i);
    if (!x || x.kind !== "word" || x.gap === "newline" || this.titleStart(i) || this.at(this.lex.prefixes, i)) return false;
    if (x.digit) return true;
    if (this.lower(i)) return !this.endsTitle(i);
    return !this.nameStartsAt(i);
  }

  /**
   * Reads one title from a role at i. Returns where it ends and, when a name starts inside its
   * capitalized tail (title before the name), that name.
   */
  private readTitle(i: number): { end: number; name: NameRange | null; wholeRunAfterAdmin?: boolean } {
    const start = this.titleStart(i)!;
    let k = start.roleEnd;
    if (start.rank) {
      const name = this.isSentenceEnd(k) ? null : this.nameRun(k, false);
      return { end: k, name: name && !isNamesake(this.lex, this.t, name.from, name.to) ? name : null };
    }
    let placeDone = false;
    let afterAdmin = false;
    const limit = Math.min(this.n, i + MAX_TITLE_TOKENS);
    while (k < limit) {
      const x = this.t[k]!;
      if (x.gap === "newline") break;
      if (x.kind === "punct") {
        if (x.key === ",") {
          if (this.commaContinues(k + 1, placeDone)) {
            k++;
            continue;
          }
          break;
        }
        if (x.key === "-") {
          if (this.dashContinues(k + 1)) {
            k++;
            continue;
          }
          break;
        }
        if (x.key === "." && !this.isSentenceEnd(k)) {
          k++;
          continue;
        }
        if (x.key === "&") {
          k++;
          continue;
        }
        if (x.key === "(" && this.isPunct(k + 2, ")") && this.tok(k + 1)?.lower === "cũ") {
          k += 3;
          continue;
        }
        break;
      }
      if (this.at(this.lex.joiners, k)) break;
      const admin = this.at(this.lex.admin, k);
      if (admin && (this.lower(k) || admin.to - admin.from > 1 || this.isPunct(admin.to - 1, "."))) {
        k = admin.to;
        placeDone = true;
        afterAdmin = true;
        continue;
      }
      if (this.lower(k)) {
        if (x.lower === "và" && this.andContinues(k)) {
          k += this.tok(k + 1)?.lower === "các" ? 2 : 1;
          continue;
        }
        const tail = this.at(this.lex.tailWords, k);
        if (tail) {
          k = tail.to;
          placeDone = false; // what follows qualifies the office: "phụ trách Văn hóa - Xã hội"
          continue;
        }
        if (this.endsTitle(k)) break;
        if (placeDone) break;
        k++;
        continue;
      }
      if (x.digit) {
        k++;
        continue;
      }
      // Capitalized: a place or body name, or the start of the person's name.
      if (this.titleStart(k)) break;
      const runEnd = this.capitalRunEnd(k);
      const name = pickNameInRun(this.lex, this.t, k, runEnd, afterAdmin);
      if (name) return { end: name.from, name, wholeRunAfterAdmin: afterAdmin && name.from === k };
      k = runEnd;
      afterAdmin = false;
    }
    return { end: k, name: null };
  }

  private rawTitle(from: number, to: number): RawTitle | null {
    let b = to;
    while (b > from && this.t[b - 1]!.kind === "punct" && !this.isPunct(b - 1, ")", ".")) b--;
    if (b <= from) return null;
    const span = { start: this.t[from]!.start, end: this.t[b - 1]!.end };
    return { text: this.text.slice(span.start, span.end), span };
  }

  /** Reads titles from i: one or more, joined by ",", dashes, "/" or "kiêm". */
  private readChain(i: number): Chain {
    const titles: RawTitle[] = [];
    let k = i;
    while (k < this.n && this.titleStart(k)) {
      const r = this.readTitle(k);
      const raw = this.rawTitle(k, r.end);
      if (raw) titles.push(raw);
      if (r.name) return { titles, end: r.name.from, nameAfter: r.name, nameAfterAdmin: !!r.wholeRunAfterAdmin, personAfterComma: null };
      k = Math.max(r.end, k + 1);
      const joiner = this.at(this.lex.joiners, k);
      const sep = joiner ? joiner.to : this.isPunct(k, ",", "-", "/") ? k + 1 : k;
      if (sep > k && this.titleStart(sep)) {
        k = sep;
        continue;
      }
      if (!joiner && sep === k && this.titleStart(k)) continue;
      if (this.isPunct(k, ",") && this.personStart(k + 1)) return { titles, end: k, nameAfter: null, personAfterComma: k + 1 };
      break;
    }
    return { titles, end: k, nameAfter: null, personAfterComma: null };
  }

  /** Titles after a name: after a separator, a linking phrase ("giữ chức") or directly. */
  private readTitlesAfterName(i: number): Chain {
    let k = i;
    const remark = this.positionRemarkEnd(k);
    if (remark !== null) k = remark;
    const none: Chain = { titles: [], end: k, nameAfter: null, personAfterComma: null };
    const link = this.at(this.lex.links, k);
    let start = k;
    if (this.isPunct(k, "-", ",", ":")) start = k + 1;
    else if (link) start = link.to;
    if (!this.titleStart(start)) return none;
    return this.readChain(start);
  }

  // ---- persons ------------------------------------------------------------------------------------

  /** A person starting at i: honorific or prefix, rank, then a name. */
  private readonly personStarts: (PersonStart | null | undefined)[];

  private personStart(i: number): PersonStart | null {
    let hit = this.personStarts[i];
    if (hit === undefined) {
      hit = this.findPersonStart(i);
      this.personStarts[i] = hit;
    }
    return hit;
  }

  private findPersonStart(i: number): PersonStart | null {
    const first = this.tok(i);
    // Fast exit: a person starts with a word, and a lower-case word only as an honorific or prefix.
    if (!first || first.kind !== "word" || (!first.upper && !this.at(this.lex.prefixes, i))) return null;
    let k = i;
    let honorific: Honorific | null = null;
    let hasHonorific = false;
    let prefixed = false;
    for (let n = 0; n < 3; n++) {
      const p = this.at(this.lex.prefixes, k);
      if (!p) break;
      if (p.values[0]!.honorific && !hasHonorific) {
        honorific = p.values[0]!.honorific;
        hasHonorific = true;
      }
      prefixed = true;
      k = p.to;
    }
    let rank: RawTitle | null = null;
    const r = this.at(this.lex.ranks, k);
    if (r && isNameWord(this.tok(r.to))) {
      rank = this.rawTitle(k, r.to);
      k = r.to;
    }
    const needSurname = !prefixed && !rank;
    const name = this.nameRun(k, needSurname);
    if (!name || isNamesake(this.lex, this.t, name.from, name.to)) return null;
    if (needSurname && (this.at(this.lex.namesakes, name.from) || this.endsBefore(this.lex.placeCues, i) || this.endsBefore(this.lex.bodies, i))) return null;
    return { start: i, honorific, hasHonorific, rank, name };
  }

  /** True when the words before i make the person a recipient ("tặng giấy khen cho ông X"). */
  private isHonoree(i: number): boolean {
    const prev = this.tok(i - 1);
    return !!prev && prev.kind === "word" && HONOREE_CUES.has(prev.lower);
  }

  private addMention(p: PersonStart, before: RawTitle[], listHonorific: Honorific | null): Mention {
    const span: Span = { start: this.t[p.name.from]!.start, end: this.t[p.name.to - 1]!.end };
    const hasHonorific = p.hasHonorific || (!p.rank && listHonorific !== null);
    const m: Mention = {
      name: this.text.slice(span.start, span.end),
      span,
      honorific: p.hasHonorific ? p.honorific : hasHonorific ? listHonorific : null,
      hasHonorific,
      honoree: this.isHonoree(p.start),
      afterAdmin: !!p.afterAdmin,
      titles: [...before, ...(p.rank ? [p.rank] : [])],
    };
    this.mentions.push(m);
    return m;
  }

  /** Skips a group mention ("các đồng chí trong Thường trực Đảng ủy") up to the next list entry. */
  private skipGroup(i: number): number {
    let k = i;
    while (k < this.n && !this.isPunct(k, ";") && !this.isSentenceEnd(k) && !(k > i && this.t[k]!.gap === "newline")) {
      const p = this.at(this.lex.prefixes, k);
      if (p && this.personStart(k)) break;
      k++;
    }
    return k;
  }

  read(): void {
    let listHonorific: Honorific | null = null;
    let pending: Handoff | null = null;
    let i = 0;
    while (i < this.n) {
      if (this.isSentenceEnd(i) || (i > 0 && this.t[i]!.gap === "newline")) {
        listHonorific = null;
        pending = null;
        if (this.isSentenceEnd(i)) {
          i++;
          continue;
        }
      }
      if (this.isPunct(i, ";")) {
        pending = null;
        i++;
        continue;
      }
      // a name read at the end of a title chain ("... phường Võ Thị Bích Hạnh")
      if (pending?.name && pending.at === i) {
        const p: PersonStart = { start: pending.from, honorific: null, hasHonorific: false, rank: null, name: pending.name, afterAdmin: !!pending.nameAfterAdmin };
        i = this.afterPerson(p, pending.titles, listHonorific);
        pending = this.lastHandoff;
        continue;
      }
      const group = this.at(this.lex.groups, i);
      if (group && !this.personStart(i)) {
        if (this.isPunct(group.to, ":")) {
          listHonorific = group.values[0] ?? null;
          i = group.to + 1;
        } else if (this.personStart(group.to)) {
          listHonorific = group.values[0] ?? null;
          i = group.to;
        } else i = Math.max(i + 1, this.skipGroup(group.to));
        pending = null;
        continue;
      }
      const person = this.personStart(i);
      if (person) {
        const before = pending && pending.at === i ? pending.titles : [];
        i = this.afterPerson(person, before, listHonorific);
        pending = this.lastHandoff;
        continue;
      }
      if (this.titleStart(i) && !(this.at(this.lex.ranks, i) && !this.at(this.lex.roles, i))) {
        const chain = this.readChain(i);
        if (chain.nameAfter) pending = { titles: chain.titles, at: chain.nameAfter.from, name: chain.nameAfter, from: i, nameAfterAdmin: !!chain.nameAfterAdmin };
        else if (chain.personAfterComma !== null) pending = { titles: chain.titles, at: chain.personAfterComma, name: null, from: i };
        else pending = null;
        i = Math.max(i + 1, chain.end);
        continue;
      }
      if (this.t[i]!.kind === "word") pending = null;
      i++;
    }
  }

  private lastHandoff: Handoff | null = null;

  /** Records a person and the titles after the name; returns where to continue. */
  private afterPerson(p: PersonStart, before: RawTitle[], listHonorific: Honorific | null): number {
    const m = this.addMention(p, before, listHonorific);
    const chain = this.readTitlesAfterName(p.name.to);
    this.lastHandoff = null;
    if (chain.nameAfter) {
      this.lastHandoff = { titles: chain.titles, at: chain.nameAfter.from, name: chain.nameAfter, from: chain.nameAfter.from, nameAfterAdmin: !!chain.nameAfterAdmin };
      return chain.end;
    }
    m.titles.push(...chain.titles);
    if (chain.personAfterComma !== null) return chain.personAfterComma;
    return Math.max(p.name.to, chain.end);
  }
}

/** Which of the lexicon's exact-mode matchers have a phrase starting with a label: a bit per matcher. */
interface FirstLabelIndex {
  /** Bit of each indexed matcher, by matcher id. */
  readonly bits: readonly (number | undefined)[];
  /** Label (a word's `lower`, punctuation's `key`) to the bits of the matchers with a phrase starting with it. */
  readonly masks: ReadonlyMap<string, number>;
}

let firstLabels: { lex: OfficialsLexicon; index: FirstLabelIndex } | null = null;

/** The {@link FirstLabelIndex} of the officials lexicon, built once. */
function firstLabelIndex(lex: OfficialsLexicon): FirstLabelIndex {
  if (firstLabels?.lex === lex) return firstLabels.index;
  const bits: (number | undefined)[] = [];
  const masks = new Map<string, number>();
  let n = 0;
  for (const m of Object.values(lex)) {
    if (!(m instanceof PhraseMatcher) || m.comparison !== "exact" || n >= 31) continue;
    const bit = 1 << n++;
    bits[m.id] = bit;
    for (const label of m.firstLabels()) masks.set(label, (masks.get(label) ?? 0) | bit);
  }
  firstLabels = { lex, index: { bits, masks } };
  return firstLabels.index;
}

/**
 * Named officials with their titles, one per person, in order of first mention.
 *
 * @example
 * ```ts
 * const text = "Dự hội nghị có đồng chí Vũ Đức Thắng – Bí thư Đảng ủy, Chủ tịch HĐND phường.";
 * extractOfficials({ text, blocks: [{ start: 0, end: text.length, kind: "paragraph" }], sentences: [], title: null, publishedAt: null });
 * // [{ name: "Vũ Đức Thắng", honorific: "đồng chí",
 * //    titles: [{ text: "Bí thư Đảng ủy", role: "Bí thư", organization: "Đảng ủy", span }, { text: "Chủ tịch HĐND phường", ... }],
 * //    mentions: [{ start: 24, end: 36 }] }]
 * ```
 */
export function extractOfficials(ctx: ExtractContext): Official[] {
  const lex = officialsLexicon();
  const blocks = ctx.blocks.length ? ctx.blocks : [{ start: 0, end: ctx.text.length }];
  const mentions: Mention[] = [];
  for (const b of blocks) {
    const reader = new BlockReader(ctx.text, sharedTokens(ctx, ctx.text, b.start, b.end), lex);
    reader.read();
    mentions.push(...reader.mentions);
  }
  return mergeOfficials(ctx.text, mentions);
}
