import { describe, expect, it } from "vitest";
import homographs from "../../functions/core/extract/lexicon/homographs.json" with { type: "json" };
import {
  countNouns,
  homeWords,
  list,
  phrases,
  referencesOf,
  table,
  usesOf,
  WORD_CLASSES,
  type WordClass,
  words,
} from "../../functions/core/extract/lexicon/index.ts";
import { inflect } from "../../functions/core/extract/lexicon/morph.ts";
import { normalizeArabic } from "../../functions/core/extract/text/normalize.ts";

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
    expect(inflect("متوفى", {}, "mp-obl")).toBe("متوفين");
    expect(inflect("مسلح", {}, "mp-nom")).toBe("مسلحون");
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
    const found = collisions(new Map(WORD_CLASSES.map((cls) => [cls, homeWords(cls)])));
    const allowed = new Set(
      Object.keys(homographs.words)
        .flatMap((k) => k.split(" "))
        .map(normalizeArabic),
    );
    const accidental = [...found].filter(([w]) => !allowed.has(w));
    expect(accidental).toEqual([]);
    // A listed homograph that no longer collides is stale: drop it from the list.
    expect([...allowed].filter((w) => !found.has(w))).toEqual([]);
  });

  it("a word a use takes from another class is at home there", () => {
    const stray = WORD_CLASSES.flatMap((cls) =>
      referencesOf(cls)
        .filter(([, home, w]) => !homeWords(home as WordClass).has(normalizeArabic(w)))
        .map(([use, home, w]) => `${cls}/${use}: «${w}» is not a word of ${home}`),
    );
    expect(stray).toEqual([]);
    expect(WORD_CLASSES.some((cls) => referencesOf(cls).length > 0)).toBe(true);
  });
});

describe("lexicon: numbers and calendar", () => {
  it("makes the number words from their lemmas, each form with its lemma's value", () => {
    expect(inflect("ثلاث", {}, "mp-nom")).toBe("ثلاثون");
    expect(inflect("ثلاث", {}, "mp-obl")).toBe("ثلاثين");
    expect(inflect("ثماني", {}, "hundreds")).toBe("ثمانيمئة");
    expect(inflect("تسع", {}, "hundreds-alt")).toBe("تسعمائة");
    const n = (w: string) => normalizeArabic(w);
    const units = table<number>("numbers", "units");
    // Generated (ثلاث "m f" → 3) and listed (ثمانية, أحد) entries in one table.
    expect([units.get(n("ثلاثة")), units.get(n("ثلاث")), units.get(n("ثمانية"))]).toEqual([
      3, 3, 8,
    ]);
    expect(units.get(n("أحد"))).toBe(1);
    expect(units.has(n("ثمانة"))).toBe(false);
    expect(units.size).toBe(29);
    const tens = table<number>("numbers", "tens");
    expect([tens.get(n("عشرين")), tens.get(n("ثمانون")), tens.size]).toEqual([20, 80, 16]);
    const hundreds = table<number>("numbers", "hundreds");
    expect([hundreds.get(n("ثمانيمائة")), hundreds.get(n("مية")), hundreds.get(n("مئتي"))]).toEqual(
      [800, 100, 200],
    );
    expect(hundreds.size).toBe(26);
    expect(table<number>("numbers", "vague").get(n("المئات"))).toBe(100);
    expect(table<number>("numbers", "vague-scale").get(n("الملايين"))).toBe(1_000_000);
    // A table's words are its keys, whether generated or listed.
    expect([...words("numbers", "tens")]).toEqual([...tens.keys()]);
    expect(table("numbers", "scales").get(n("آلاف"))).toEqual({ factor: 1000, alone: null });
  });

  it("serves the calendar's relative-day and date-line words", () => {
    const marks = words("calendar", "hijri-marks");
    for (const w of ["هـ", "هجري", "هجرية", "الهجري", "الهجرية", "للهجرة"]) {
      expect(marks.has(normalizeArabic(w)), w).toBe(true);
    }
    expect(words("calendar", "yesterday")).toEqual(new Set(["امس", "بالامس"]));
    expect(words("calendar", "tomorrow")).toEqual(new Set(["غدا"]));
    expect(words("calendar", "date-line-words").has("GMT")).toBe(true);
    expect(table<number>("numbers", "ordinal-units").get(normalizeArabic("الحادي"))).toBe(1);
  });

  it("refuses a table of a use that has no values", () => {
    expect(() => table("calendar", "past")).toThrow(/not a table/);
  });
});

describe("lexicon classes", () => {
  it("generates the construct duals of place nouns", () => {
    expect(inflect("بلدة", {}, "dual-con-obl")).toBe("بلدتي");
    expect(inflect("بلدة", {}, "dual-con-nom")).toBe("بلدتا");
    expect(inflect("حي", {}, "dual-con-obl")).toBe("حيي");
    const listing = words("place-nouns", "listing");
    for (const w of ["أحياء", "قرى", "مدينتي", "مدينتا", "قريتا", "حيي"]) {
      expect(listing.has(normalizeArabic(w)), w).toBe(true);
    }
    // «حيا» is too common a word to list a place: «حي» takes the oblique dual only.
    expect(listing.has(normalizeArabic("حيا"))).toBe(false);
  });

  it("keeps a stop list's verbs with the verbs and its particles with the particles", () => {
    const verbs = words("saying-verbs", "name-stop");
    const particles = words("particles", "name-stop");
    for (const w of ["قال", "وقال", "وأضاف"]) expect(verbs.has(normalizeArabic(w)), w).toBe(true);
    expect(particles.has(normalizeArabic("قال"))).toBe(false);
    expect(particles.has(normalizeArabic("إلى"))).toBe(true);
  });

  it("serves the quoted-term heads of each class and the role synonyms", () => {
    const terms = words("term-nouns", "term-head");
    for (const w of ["يسمى", "تسمى", "يعرف", "المعروفة", "المسماة", "اتفاقية"]) {
      expect(terms.has(normalizeArabic(w)), w).toBe(true);
    }
    expect(words("org-nouns", "term-head").has(normalizeArabic("تنظيم"))).toBe(true);
    expect(words("place-nouns", "term-head").has(normalizeArabic("منطقة"))).toBe(true);
    // The telling adjectives are English glosses, served as written.
    expect(words("org-nouns", "telling").has("Kurdish")).toBe(true);
    const synonyms = table<string>("role-nouns", "synonyms");
    expect(synonyms.get(normalizeArabic("موفد"))).toBe("مبعوث");
    expect(synonyms.get(normalizeArabic("أميركي"))).toBe("أمريكي");
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
