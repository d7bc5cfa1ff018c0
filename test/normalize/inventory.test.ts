// Tests generated over the whole syllable inventory (every onset × rhyme × tone Vietnamese spelling allows).
import { describe, expect, it } from "vitest";
import { allSyllables, syllableParts } from "../../src/normalize/inventory.js";
import { fold, normalize, parseSyllable, placeTone, isStyleVariant } from "../../src/normalize/index.js";
import { isWellMarked } from "../../src/normalize/tone.js";
import { TONE_MARKS } from "../../src/normalize/phonology.js";

const OLD = allSyllables("old");
const NEW = allSyllables("new");
const PARTS = syllableParts("old");

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const strip = (s: string) => s.normalize("NFD").replace(/[\u0300\u0301\u0303\u0309\u0323]/g, "").normalize("NFC");

describe("the inventory", () => {
  it("has tens of thousands of distinct lower-case NFC syllables", () => {
    expect(OLD.length).toBeGreaterThan(12000);
    expect(new Set(OLD).size).toBe(OLD.length);
    for (const s of OLD) {
      expect(s).toBe(s.normalize("NFC"));
      expect(s).toBe(s.toLowerCase());
    }
  });

  it.each(["hòa", "thủy", "ủy", "khỏe", "quý", "quỳnh", "huỳnh", "hoàn", "toán", "ngoài", "khuỷu", "khuya", "của", "giá", "thuở", "gì", "gìn", "giếng", "giữa", "quốc", "nghiêng", "người", "rượu", "yêu", "kỳ", "ý", "xoong", "uyển", "oằn", "huơ"])(
    "contains %s",
    (w) => expect(OLD).toContain(w),
  );

  it("keeps the spelling rules: c/k/q, g/gh, ng/ngh, stop codas", () => {
    const wrong: string[] = [];
    for (const { text, onset, coda, tone } of PARTS) {
      const base = strip(text);
      const front = /^[ieêy]/.test(base.slice(onset.length));
      if ((onset === "c" || onset === "g" || onset === "ng") && front) wrong.push(text);
      if ((onset === "k" || onset === "gh" || onset === "ngh") && !front) wrong.push(text);
      if (["c", "ch", "p", "t"].includes(coda) && tone !== "sac" && tone !== "nang") wrong.push(text);
      if (base.startsWith("q") && !base.startsWith("qu")) wrong.push(text);
    }
    expect(wrong).toEqual([]);
  });

  it.each(["ce", "ci", "cy", "ka", "ko", "ku", "ge", "ghu", "ngi", "ngha", "qa", "coa", "cuy", "boa", "màt", "mảc", "ngh", "email", "zalo"])("does not contain %s", (w) => {
    expect(OLD).not.toContain(w);
  });
});

describe("parseSyllable over the inventory", () => {
  it("accepts every syllable in lower, upper and capitalized case, with the parts it was built from", () => {
    const wrong: string[] = [];
    for (const p of PARTS) {
      const want = [p.onset, p.glide, p.nucleus, p.coda, p.tone].join("|");
      for (const w of [p.text, p.text.toUpperCase(), capitalize(p.text)]) {
        const s = parseSyllable(w);
        if (!s || [s.onset, s.glide, s.nucleus, s.coda, s.tone].join("|") !== want) wrong.push(w);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("accepts every new-style syllable too", () => {
    for (const w of NEW) expect(parseSyllable(w), w).not.toBeNull();
  });
});

describe("tone styles over the inventory", () => {
  it("round-trips old -> new -> old, and new -> old -> new", () => {
    for (let i = 0; i < OLD.length; i++) {
      expect(placeTone(OLD[i]!, "new")).toBe(NEW[i]);
      expect(placeTone(NEW[i]!, "old")).toBe(OLD[i]);
      expect(placeTone(OLD[i]!.toUpperCase(), "new")).toBe(NEW[i]!.toUpperCase());
    }
  });

  it("differs between the styles on exactly the open oa/oe/uy syllables not after qu, with a tone", () => {
    for (let i = 0; i < OLD.length; i++) {
      const p = PARTS[i]!;
      const variant = p.tone !== "ngang" && p.onset !== "qu" && p.coda === "" && (p.glide + p.nucleus === "oa" || p.glide + p.nucleus === "oe" || p.glide + p.nucleus === "uy");
      expect(OLD[i] !== NEW[i], OLD[i]).toBe(variant);
      expect(isStyleVariant(parseSyllable(OLD[i]!)!), OLD[i]).toBe(variant);
    }
  });

  it("preserve keeps both styles", () => {
    for (let i = 0; i < OLD.length; i++) {
      expect(placeTone(OLD[i]!, "preserve")).toBe(OLD[i]);
      expect(placeTone(NEW[i]!, "preserve")).toBe(NEW[i]);
    }
  });

  it("repairs the mark moved to any other vowel, in every style; the fast check agrees with placeTone", () => {
    let moved = 0;
    const wrong: string[] = [];
    for (let i = 0; i < OLD.length; i++) {
      const p = PARTS[i]!;
      if (p.tone === "ngang") continue;
      const mark = TONE_MARKS[["ngang", "huyen", "sac", "hoi", "nga", "nang"].indexOf(p.tone)]!;
      const base = strip(OLD[i]!);
      for (let at = 0; at < base.length; at++) {
        if (!/[aăâeêioôơuưy]/.test(base[at]!)) continue;
        const w = (base.slice(0, at) + base[at] + mark).normalize("NFC") + base.slice(at + 1);
        moved++;
        if (placeTone(w, "old") !== OLD[i]) wrong.push(`old ${w}`);
        if (placeTone(w, "new") !== NEW[i]) wrong.push(`new ${w}`);
        const kept = placeTone(w, "preserve");
        if (kept !== OLD[i] && kept !== NEW[i]) wrong.push(`preserve ${w}`);
        if (p.glide === "" || p.coda !== "" || OLD[i] === NEW[i]) {
          if (kept !== OLD[i]) wrong.push(`preserve ${w} (not a style variant)`);
        }
        for (const style of ["old", "new", "preserve"] as const) {
          const placed = placeTone(w, style);
          if (isWellMarked(w, style) !== (placed === w)) wrong.push(`fast check ${w} ${style}`);
          if (normalize(w, { tone: style }) !== placed) wrong.push(`normalize ${w} ${style}`);
          if (normalize(w.toUpperCase(), { tone: style }) !== placed.toUpperCase()) wrong.push(`normalize upper ${w} ${style}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(moved).toBeGreaterThan(20000);
  });
});

describe("normalize and fold over the inventory", () => {
  const text = OLD.join(" ");
  const upper = text.toUpperCase();
  const nfd = text.normalize("NFD");

  it("normalize leaves the old-style inventory alone and is idempotent in every style", () => {
    expect(normalize(text)).toBe(text);
    expect(normalize(upper)).toBe(upper);
    for (const tone of ["old", "new", "preserve"] as const) {
      const once = normalize(text, { tone });
      expect(normalize(once, { tone })).toBe(once);
      const nfdOnce = normalize(nfd, { tone });
      expect(nfdOnce).toBe(once);
    }
    expect(normalize(text, { tone: "new" })).toBe(NEW.join(" "));
  });

  it("fold(normalize(x)) === fold(x), and fold removes every mark", () => {
    for (const x of [text, upper, nfd, NEW.join(" ")]) {
      expect(fold(normalize(x))).toBe(fold(x));
    }
    expect(fold(text)).toMatch(/^[a-z ]+$/);
    expect(fold(text)).toBe(fold(nfd));
    expect(fold(text)).toBe(fold(upper));
  });
});
