import { describe, expect, it } from "vitest";
import { PLACES } from "../../functions/core/extract/gazetteer/curated.ts";
import {
  COMMON_WORDS,
  candidatesAt,
  gazetteerSize,
  gazetteerWordRoles,
} from "../../functions/core/extract/gazetteer/index.ts";
import { parseLines } from "../../functions/core/extract/gazetteer/lines.ts";
import { placeGeo } from "../../functions/core/extract/gazetteer/place-geo.ts";
import { tokenize } from "../../functions/core/extract/text/tokenize.ts";

/** English name of the longest full/short reading at the first token of `text`. */
function lookup(text: string): string | null {
  const toks = tokenize(text);
  const c = candidatesAt(text, toks, 0)[0];
  const hit = c?.hits.find((h) => h.kind !== "local" && h.cue === null);
  return hit?.entity.en ?? null;
}

describe("gazetteer", () => {
  it("is broad, not a list of the samples", () => {
    expect(gazetteerSize()).toBeGreaterThan(1500);
    for (const name of [
      "أردوغان",
      "نتنياهو",
      "حزب الله",
      "الموصل",
      "بنغازي",
      "صنعاء",
      "اليونيسف",
    ]) {
      expect(lookup(name), name).not.toBeNull();
    }
  });
  it("knows companies, clubs, papers and parties beyond the region's politics", () => {
    for (const [ar, en] of [
      ["سامسونغ", "Samsung"],
      ["فولكس فاجن", "Volkswagen"],
      ["الخطوط الجوية القطرية", "Qatar Airways"],
      ["يوفنتوس", "Juventus"],
      ["الاتحاد الدولي لكرة القدم", "FIFA"],
      ["هآرتس", "Haaretz"],
      ["تيار المستقبل", "Future Movement"],
      ["جامعة دمشق", "Damascus University"],
      ["توني بلير", "Tony Blair"],
    ]) {
      expect(lookup(ar as string), ar).toBe(en);
    }
    // Bare names that are ordinary words need their cue: not readable without one.
    for (const ar of ["الهلال", "نيسان", "كانون", "اتصالات", "إعمار"]) {
      expect(lookup(ar), ar).toBeNull();
    }
  });

  it("knows the region's conflict towns, with their usual English spelling", () => {
    for (const [ar, en] of [
      ["جنين", "Jenin"],
      ["رام الله", "Ramallah"],
      ["الخرطوم", "Khartoum"],
      ["الفاشر", "El Fasher"],
      ["تعز", "Taiz"],
      ["أربيل", "Erbil"],
      ["البصرة", "Basra"],
    ]) {
      expect(lookup(ar as string), ar).toBe(en);
    }
    // «حجة» is also "pretext" (بحجة الدفاع): only a place word before it makes it Hajjah.
    expect(lookup("حجة")).toBeNull();
    // Towns whose names are common words count only after a place word.
    for (const word of ["العمارة", "البيضاء", "الخيام", "قم", "مشهد", "الزاوية"]) {
      expect(lookup(word), word).toBeNull();
    }
    for (const [ar, en] of [
      ["عيتا الشعب", "Aita al-Shaab"],
      ["صرواح", "Sirwah"],
      ["حضرموت", "Hadramout"],
      ["الشيخ جراح", "Sheikh Jarrah"],
      ["كادقلي", "Kadugli"],
    ]) {
      expect(lookup(ar as string), ar).toBe(en);
    }
  });
  it("matches through clitics and outlet spellings", () => {
    expect(lookup("وللأمم المتحدة")).toBe("United Nations");
    expect(lookup("للمنظمة الدولية للهجرة")).toBe("International Organization for Migration");
    expect(lookup("وقوات الدعم السريع")).toBe("Rapid Support Forces");
    expect(lookup("بالموصل")).toBe("Mosul");
    expect(lookup("والرئيس التركى رجب طيب اردوغان")).toBeNull(); // starts with a title
    expect(lookup("رجب طيب اردوغان")).toBe("Recep Tayyip Erdogan");
    expect(lookup("سورية")).toBe("Syria");
  });
  it("prefers the longest name", () => {
    expect(lookup("الولايات المتحدة الأميركية")).toBe("United States");
    const text = "مجلس الأمن الدولي";
    const toks = tokenize(text);
    expect(candidatesAt(text, toks, 0)[0]?.end).toBe(3);
  });
  it("builds ministries from ministry × country tables", () => {
    expect(lookup("وزارة الداخلية التركية")).toBe("Turkish Interior Ministry");
    expect(lookup("الخارجية الإيرانية")).toBe("Iranian Foreign Ministry");
    expect(lookup("وزارة الدفاع الأميركية")).toBe("US Department of Defense");
    expect(lookup("البنتاغون")).toBe("US Department of Defense");
    expect(lookup("وزارة الصحة في غزة")).toBeNull(); // no country adjective
  });
  it("does not cross punctuation inside a name", () => {
    const text = "الأمم، المتحدة";
    expect(candidatesAt(text, tokenize(text), 0)).toEqual([]);
  });
  it("keeps city-table translation accidents and common words out", () => {
    for (const word of ["يضرب", "يشيد", "إطار", "الخبر", "الثورة", "حلفائه"]) {
      expect(lookup(word), word).toBeNull();
    }
    expect(COMMON_WORDS.has("اتفاق")).toBe(true);
  });
  it("trusts unambiguous surnames alone but not first names", () => {
    expect(lookup("لافروف")).toBe("Sergey Lavrov");
    expect(lookup("بشار")).toBeNull();
    expect(lookup("رئيسي")).toBeNull(); // «main»: Raisi's surname is an ordinary word
  });

  it("says where a word occurs in full names (a tagger feature)", () => {
    expect(gazetteerWordRoles("لافروف")).toContain("person:last");
    expect(gazetteerWordRoles("دمشق")).toContain("place:only");
    expect(gazetteerWordRoles("كفرنبوده")).toEqual([]);
    const roles = gazetteerWordRoles("المتحده");
    expect(roles).toEqual([...roles].sort());
  });
});

describe("where the curated places are", () => {
  it("never takes a regional town's coordinates for a place the lines put in another country", () => {
    // Doha and Kabul share their names with villages in the West Bank and Galilee.
    const abroad = parseLines(PLACES, "place").filter((e) => e.country);
    expect(abroad.map((e) => e.en)).toEqual(expect.arrayContaining(["Doha", "Kabul"]));
    for (const e of abroad) {
      const geo = placeGeo(e.en);
      if (geo) expect([e.en, geo.iso2]).toEqual([e.en, e.country]);
    }
  });
});
