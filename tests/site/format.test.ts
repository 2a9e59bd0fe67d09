/** The site's wording and ordering rules, without a build. */

import { describe, expect, it } from "vitest";
import type { Figure } from "../../functions/core/facts.ts";
import { ArticleFrontmatter } from "../../functions/core/facts.ts";
import {
  englishSummary,
  figureHead,
  figurePlain,
  formatDay,
  formatFactDate,
} from "../../site/src/i18n/format.ts";
import { STRINGS } from "../../site/src/i18n/strings.ts";
import { compareNewestFirst, newestFirst } from "../../site/src/lib/order.ts";
import { ALEPPO, GENEVA, UNDATED } from "./fixtures/articles.ts";

/** A fixture's frontmatter as the site sees it: parsed, defaults filled. */
const read = (doc: { frontmatter: unknown }) => ArticleFrontmatter.parse(doc.frontmatter);

describe("figures", () => {
  const killed = (
    count: number,
    qualifier: "exact" | "at_least" | "more_than" | "about" | "up_to",
  ) => ({ kind: "killed", count, qualifier }) as const;

  it("reads like a report in English", () => {
    expect(figureHead("en", killed(250, "more_than"))).toBe("more than 250 killed");
    expect(figureHead("en", killed(1500, "about"))).toBe("about 1,500 killed");
    expect(figureHead("en", killed(12, "exact"))).toBe("12 killed");
    expect(figureHead("en", { kind: "injured", count: 40, qualifier: "at_least" })).toBe(
      "at least 40 injured",
    );
    expect(figureHead("en", { kind: "displaced", count: 9, qualifier: "up_to" })).toBe(
      "up to 9 displaced",
    );
  });

  it("agrees the Arabic noun with the number and places the qualifier", () => {
    expect(figureHead("ar", killed(250, "more_than"))).toBe("أكثر من 250 قتيلا");
    expect(figureHead("ar", killed(1, "exact"))).toBe("قتيل واحد");
    expect(figureHead("ar", killed(2, "exact"))).toBe("قتيلان");
    expect(figureHead("ar", killed(7, "exact"))).toBe("7 قتلى");
    expect(figureHead("ar", killed(15, "about"))).toBe("نحو 15 قتيلا");
    expect(figureHead("ar", killed(100, "up_to"))).toBe("حتى 100 قتيل");
    expect(figureHead("ar", killed(3000, "exact"))).toBe("3000 قتيل");
    expect(figureHead("ar", killed(40, "at_least"))).toBe("40 قتيلا على الأقل");
  });

  it("counts families as families, in both languages", () => {
    const families = (
      kind: "displaced" | "killed",
      count: number,
      qualifier: "exact" | "about" | "at_least",
    ) => ({ kind, count, qualifier, unit: "families" }) as const;
    expect(figureHead("en", families("displaced", 300, "about"))).toBe(
      "about 300 families displaced",
    );
    expect(figureHead("en", families("killed", 1, "exact"))).toBe("1 family killed");
    expect(figureHead("ar", families("displaced", 300, "about"))).toBe("نزوح نحو 300 عائلة");
    expect(figureHead("ar", families("displaced", 5, "exact"))).toBe("نزوح 5 عائلات");
    expect(figureHead("ar", families("displaced", 2, "exact"))).toBe("نزوح عائلتان");
    expect(figureHead("ar", families("killed", 1, "exact"))).toBe("مقتل عائلة واحدة");
    expect(figureHead("ar", families("displaced", 40, "at_least"))).toBe("نزوح 40 عائلة على الأقل");
    // People stay the default when a figure carries no unit.
    expect(
      figureHead("en", { kind: "displaced", count: 300, qualifier: "about", unit: "people" }),
    ).toBe("about 300 displaced");
  });

  it("adds places and source in plain text", () => {
    const [first] = read(ALEPPO).figures;
    if (!first) throw new Error("fixture");
    expect(figurePlain("en", first)).toBe(
      "more than 250 killed, including about 50 children — Aleppo (according to Syrian Observatory for Human Rights)",
    );
    expect(figurePlain("ar", first)).toBe(
      "أكثر من 250 قتيلا، بينهم نحو 50 طفلا — حلب (بحسب المرصد السوري لحقوق الإنسان)",
    );
  });
});

const EXPLICIT = { resolved: "explicit", hijri: null } as const;

describe("dates", () => {
  it("formats dates in the page's locale, a year-less day as day and month, and leaves the rest as written", () => {
    const full = { day: 1, month: 3, year: 2016, text: "1 آذار 2016", ...EXPLICIT };
    expect(formatFactDate("en", full)).toBe("1 March 2016");
    expect(formatFactDate("ar", full)).toBe("1 مارس 2016");
    expect(formatFactDate("en", { ...full, day: null })).toBe("March 2016");
    // «22 ايار/مايو»: "22 May", never the Arabic as written; with the publication date, its year.
    expect(formatFactDate("en", { ...full, year: null })).toBe("1 March");
    expect(formatFactDate("ar", { ...full, year: null })).toBe("1 مارس");
    expect(formatFactDate("en", { ...full, year: null }, "2016-03-04")).toBe("1 March 2016");
    expect(formatFactDate("en", { ...full, month: 12, year: null }, "2017-01-02")).toBe(
      "1 December 2016",
    );
    expect(formatFactDate("en", { ...full, month: null, year: null })).toBeUndefined();
    expect(
      formatFactDate("en", { day: 31, month: 2, year: 2016, text: "31 شباط", ...EXPLICIT }),
    ).toBeUndefined();
    expect(formatDay("en", "2016-04-20")).toBe("20 April 2016");
    expect(formatDay("en", "2016-05-03T23:30:00.000Z")).toBe("3 May 2016");
  });
});

describe("order", () => {
  it("puts the newest first by publication day, else ingest time", () => {
    const facts = [ALEPPO, UNDATED, GENEVA].map((d) => d.frontmatter);
    expect(newestFirst(facts, (f) => f).map((f) => f.id)).toEqual(
      [UNDATED, GENEVA, ALEPPO].map((d) => d.frontmatter.id),
    );
  });

  it("breaks ties by ingest time, then id", () => {
    const a = { id: "a", published: "2016-01-01", ingested: "2016-01-02T00:00:00Z" };
    const b = { id: "b", published: "2016-01-01", ingested: "2016-01-03T00:00:00Z" };
    const c = { id: "c", published: "2016-01-01", ingested: "2016-01-03T00:00:00Z" };
    expect([a, c, b].sort(compareNewestFirst).map((x) => x.id)).toEqual(["b", "c", "a"]);
  });
});

describe("the English summary", () => {
  it("names the deaths, then the next kind of figure, and the main places, people and organisations", () => {
    expect(englishSummary(read(ALEPPO))).toBe(
      "More than 250 killed and at least 40 injured in Aleppo. Places: Aleppo, Idlib. People: Rami Abdel Rahman, Abu Mohammed al-Halabi. " +
        "Organisations: Syrian Observatory for Human Rights.",
    );
    expect(englishSummary({ entities: [], figures: [] })).toMatch(/no figures or names/);
    // Deaths lead even when another figure is larger (never "30 injured" without the 12 killed).
    const figure = (kind: "killed" | "injured", count: number): Figure => ({
      kind,
      count,
      unit: "people",
      qualifier: "exact",
      places: [],
      source: null,
      parts: [],
      text: "x",
    });
    expect(
      englishSummary({ entities: [], figures: [figure("injured", 30), figure("killed", 12)] }),
    ).toBe("12 killed and 30 injured.");
  });
});

describe("UI strings", () => {
  it("has every string in both languages", () => {
    const keys = (o: object) => Object.keys(o).sort();
    expect(keys(STRINGS.ar)).toEqual(keys(STRINGS.en));
    expect(STRINGS.ar.entityTypes).toEqual({ person: "أشخاص", org: "منظمات", place: "أماكن" });
    expect(STRINGS.en.qualifiers.more_than).toBe("more than");
    expect(STRINGS.ar.qualifiers.at_least).toBe("على الأقل");
  });
});
