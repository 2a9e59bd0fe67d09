import { describe, expect, it } from "vitest";
import homographs from "../../functions/core/extract/lexicon/homographs.json" with { type: "json" };
import {
  countNouns,
  list,
  phrases,
  table,
  usesOf,
  WORD_CLASSES,
  type WordClass,
  words,
} from "../../functions/core/extract/lexicon/index.ts";
import { inflect } from "../../functions/core/extract/lexicon/morph.ts";
import { normalizeArabic } from "../../functions/core/extract/text/normalize.ts";

/** Every form of a class, over all its uses. */
function formsOf(cls: WordClass): Set<string> {
  const out = new Set<string>();
  for (const use of usesOf(cls)) for (const w of words(cls, use)) out.add(w);
  return out;
}

/** Words found in more than one class, each with the classes it is in. */
function collisions(classes: ReadonlyMap<string, ReadonlySet<string>>): Map<string, string[]> {
  const owners = new Map<string, string[]>();
  for (const [cls, forms] of classes) {
    for (const w of forms) owners.set(w, [...(owners.get(w) ?? []), cls]);
  }
  return new Map([...owners].filter(([, cls]) => cls.length > 1));
}

describe("lexicon", () => {
  it("generates the inflections a rule can make", () => {
    expect(inflect("دعا", {}, "3fs")).toBe("دعت");
    expect(inflect("نفى", {}, "3fs")).toBe("نفت");
    expect(inflect("قال", {}, "3fs")).toBe("قالت");
    expect(inflect("قال", {}, "3md")).toBe("قالا");
    expect(inflect("قال", { impf: "يقول" }, "impf-f")).toBe("تقول");
    expect(inflect("قال", { participle: "قائل" }, "part-acc")).toBe("قائلا");
    expect(inflect("قال", { participle: "قائل" }, "part-fem")).toBe("قائلة");
    expect(inflect("وزير", {}, "def-f")).toBe("الوزيرة");
    expect(() => inflect("ذكر", {}, "impf")).toThrow(/no stem/);
    // Nouns: «ى» before the accusative and the sound plurals, «ة» before a suffix.
    expect(inflect("متوفى", {}, "acc")).toBe("متوفيا");
    expect(inflect("متوفى", {}, "pl-in")).toBe("متوفين");
    expect(inflect("مسلح", {}, "pl-un")).toBe("مسلحون");
    expect(inflect("سيدة", {}, "pl-f")).toBe("سيدات");
    expect(inflect("عائلة", {}, "du-nom")).toBe("عائلتان");
    expect(inflect("قتيل", {}, "du-obl")).toBe("قتيلين");
    expect(inflect("طاقة", {}, "poss-3fs")).toBe("طاقتها");
    expect(inflect("مقر", {}, "poss-3mp")).toBe("مقرهم");
  });

  it("serves each use's forms normalised, as the matchers compare them", () => {
    const quoteCues = words("saying-verbs", "quote-cue");
    for (const w of ["قالت", "يقول", "تقول", "قائلا", "قائلة", "مؤكدا", "بحسب"]) {
      expect(quoteCues.has(normalizeArabic(w)), w).toBe(true);
    }
    // A use holds only the forms it names: «تابع» has no dual among the quote cues.
    expect(quoteCues.has(normalizeArabic("تابعا"))).toBe(false);
    expect(table<number>("calendar", "weekdays").get(normalizeArabic("الإثنين"))).toBe(1);
  });

  it("refuses a use it does not have", () => {
    expect(() => words("saying-verbs", "quote-cues")).toThrow(/no use/);
  });

  it("every use of every class loads and is not empty", () => {
    for (const cls of WORD_CLASSES) {
      expect(usesOf(cls).length, cls).toBeGreaterThan(0);
      for (const use of usesOf(cls))
        expect(words(cls, use).size, `${cls}/${use}`).toBeGreaterThan(0);
    }
  });

  it("finds a word filed in two classes", () => {
    const found = collisions(
      new Map([
        ["a", new Set(["قال", "وزير"])],
        ["b", new Set(["وزير", "امس"])],
      ]),
    );
    expect([...found]).toEqual([["وزير", ["a", "b"]]]);
  });

  it("no word sits in two classes unless it is a listed homograph", () => {
    const found = collisions(new Map(WORD_CLASSES.map((cls) => [cls, formsOf(cls)])));
    const allowed = new Set(Object.keys(homographs.words).map(normalizeArabic));
    const accidental = [...found].filter(([w]) => !allowed.has(w));
    expect(accidental).toEqual([]);
    // A listed homograph that no longer collides is stale: drop it from the list.
    expect([...allowed].filter((w) => !found.has(w))).toEqual([]);
  });

  describe("the figures' words", () => {
    const counted = (lemmaForms: readonly string[]) =>
      lemmaForms.map((w) => countNouns("counted").find((f) => f.key === normalizeArabic(w)));

    it("makes each count noun's forms from its flags, with its group", () => {
      const deceased = counted(["متوفى", "متوفيا", "متوفين", "متوفون", "متوفيات"]);
      for (const f of deceased)
        expect(f?.group).toEqual({ en: null, kind: "killed", unit: "people" });
      const families = counted(["عائلة", "عائلات", "عوائل", "أسرة", "أسر"]);
      for (const f of families) expect(f?.group.unit).toBe("families");
      // «فرد» counts only as «فردا»/«أفراد»; «متشدد» takes «ين» but not «ون».
      const keys = new Set(countNouns("counted").map((f) => f.key));
      for (const w of ["فرد", "متشددون", "قاصرون", "نفرا"])
        expect(keys.has(normalizeArabic(w)), w).toBe(false);
    });

    it("makes the duals by rule: «ين» only where no counted plural is spelt so", () => {
      const duals = new Set(countNouns("dual").map((f) => f.key));
      for (const w of ["مدنيان", "قتيلان", "قتيلين", "امرأتين", "شقيقان", "شقيقين"]) {
        expect(duals.has(normalizeArabic(w)), w).toBe(true);
      }
      for (const w of ["مدنيين", "مصابين", "صحفيين"])
        expect(duals.has(normalizeArabic(w)), w).toBe(false);
      // «شقيق» counts only as a dual.
      expect(countNouns("counted").some((f) => f.key === "شقيق")).toBe(false);
    });

    it("serves the status cues bare and with the article, and the seat words with «و»", () => {
      const status = table<string>("event-cues", "status");
      expect(status.get(normalizeArabic("النازحين"))).toBe("displaced");
      expect(status.get(normalizeArabic("نازحة"))).toBe("displaced");
      expect([...words("figure-words", "seat-words")].sort()).toEqual(
        ["مقره", "مقرها", "ومقره", "ومقرها", "مقرهم", "ومقرهم"].sort(),
      );
    });

    it("gives each breakdown-of noun the kind it has as a kind cue", () => {
      const cues = new Map([...table("event-cues", "kind"), ...table("event-cues", "status")]);
      for (const [w, kind] of table("event-cues", "breakdown-of")) {
        if (kind !== "any") expect(cues.get(w), w).toBe(kind);
      }
    });

    it("orders what is tried in turn: a phrase before the shorter ones it starts or ends with", () => {
      const pre = phrases<string>("qualifiers", "before-count").map(([ws]) => ws.join(" "));
      pre.forEach((later, j) => {
        for (const earlier of pre.slice(0, j)) {
          expect(later.endsWith(` ${earlier}`), `${earlier} / ${later}`).toBe(false);
          expect(later.startsWith(`${earlier} `), `${earlier} / ${later}`).toBe(false);
        }
      });
      const suffixes = list("figure-words", "possessive-suffixes");
      suffixes.forEach((later, j) => {
        for (const earlier of suffixes.slice(0, j)) expect(later.endsWith(earlier)).toBe(false);
      });
    });
  });
});
