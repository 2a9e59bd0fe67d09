/**
 * Runs the extractor on the bundled samples and scores it against the hand-made gold facts.
 * Prints every metric the issues ask for; asserts the current bar (entity P and R ≥ 0.8).
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../functions/core/extract/index.ts";
import { Facts } from "../../functions/core/facts.ts";
import { add, type Counts, emptyCounts, type GoldArticle, metrics, score } from "./score.ts";

const root = new URL("../../", import.meta.url);
const gold = JSON.parse(
  readFileSync(new URL("tests/gold/seeds.json", root), "utf8"),
) as GoldArticle[];
const files = readdirSync(new URL("samples/", root))
  .filter((f) => f.endsWith(".txt"))
  .sort();

const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(7);

/** One line of the printed table: a label and every rate, aligned under the header. */
function row(label: string, m: ReturnType<typeof metrics>): string {
  const rates = [
    m.entityPrecision,
    m.entityRecall,
    m.englishAccuracy,
    m.figureRecall,
    m.qualifierAccuracy,
    m.quoteRecall,
    m.speakerAccuracy,
    m.dateRecall,
  ];
  return [label.padEnd(22), ...rates.map(pct)].join(" ");
}

/** Every gold sample extracted and scored, once per test file, whichever test asks first. */
let scored: { id: string; facts: ReturnType<typeof extractArticle>["facts"]; counts: Counts }[];
function scoreAll() {
  scored ??= gold.map((g) => {
    const file = files.find((f) => f === `${g.id}.txt`);
    if (!file) throw new Error(`samples/${g.id}.txt is missing`);
    const { facts } = extractArticle(readFileSync(new URL(`samples/${file}`, root), "utf8"));
    return { id: g.id, facts, counts: score(facts, g) };
  });
  return scored;
}

/** The micro-averaged counts over every sample; each test that needs them computes them. */
function totalOfAll(): Counts {
  const all = scoreAll();
  // A total over no articles would pass a bar vacuously.
  expect(all.length).toBe(gold.length);
  expect(gold.length).toBeGreaterThan(0);
  return all.reduce((total, s) => add(total, s.counts), emptyCounts());
}

describe("gold samples", () => {
  it("every sample has gold facts and every gold entry its sample", () => {
    // An article without an entry would go unscored, silently.
    expect(files.map((f) => f.replace(/\.txt$/, "")).sort()).toEqual(gold.map((g) => g.id).sort());
  });

  for (const g of gold) {
    it(`${g.id}: output is schema-valid`, () => {
      const { facts } = scoreAll().find((s) => s.id === g.id) as { facts: unknown };
      expect(() => Facts.omit({ id: true }).parse(facts)).not.toThrow();
    });
  }

  it("meets the entity precision/recall bar (micro-averaged)", () => {
    const total = totalOfAll();
    const rows = scoreAll().map((s) => row(s.id, metrics(s.counts)));
    const m = metrics(total);
    const header = [
      "article".padEnd(22),
      "ent P",
      "ent R",
      "en acc",
      "fig R",
      "qual",
      "quo R",
      "spkr",
      "date R",
    ]
      .map((h, i) => (i === 0 ? h : h.padStart(7)))
      .join(" ");
    const overall = row("OVERALL (micro)", m);
    console.log(
      [
        header,
        ...rows,
        overall,
        "",
        `entities: ${total.entTp} correct reported, ${total.entFp} spurious; found ${total.entFound}/${total.entGold}; English right ${total.enRight}/${total.entFound}`,
        `figures: ${total.figFound}/${total.figGold} (qualifier right ${total.qualRight}); quotes: ${total.quoteFound}/${total.quoteGold} (speaker right ${total.speakerRight}); dates: ${total.dateFound}/${total.dateGold}`,
        "later-issue targets: P,R ≥ 92%, en ≥ 90%, fig R ≥ 95%, qual ≥ 90%, quo R ≥ 90%, spkr ≥ 85%, date R ≥ 90%",
        ...total.missed.map((x) => `missed   ${x}`),
        ...total.spurious.map((x) => `spurious ${x}`),
      ].join("\n"),
    );
    expect(m.entityPrecision).toBeGreaterThanOrEqual(0.8);
    expect(m.entityRecall).toBeGreaterThanOrEqual(0.8);
  });

  it("meets issue 3's bars for every fact type", () => {
    const m = metrics(totalOfAll());
    expect(m.entityPrecision).toBeGreaterThanOrEqual(0.92);
    expect(m.entityRecall).toBeGreaterThanOrEqual(0.92);
    expect(m.englishAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(m.figureRecall).toBeGreaterThanOrEqual(0.95);
    expect(m.qualifierAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(m.quoteRecall).toBeGreaterThanOrEqual(0.9);
    expect(m.speakerAccuracy).toBeGreaterThanOrEqual(0.85);
    expect(m.dateRecall).toBeGreaterThanOrEqual(0.9);
  });

  // The bars leave room for regressions: two speakers lost (33 → 31 right) still pass 0.85.
  // These are the counts last recorded in BENCHMARKS.md; raise them when the extractor gets
  // better, and treat a drop as a bug to explain.
  it("does not fall below the recorded counts", () => {
    const total = totalOfAll();
    expect(total.entFound).toBeGreaterThanOrEqual(114);
    expect(total.entFp).toBeLessThanOrEqual(0);
    expect(total.enRight).toBeGreaterThanOrEqual(114);
    expect(total.figFound).toBeGreaterThanOrEqual(8);
    expect(total.qualRight).toBeGreaterThanOrEqual(8);
    expect(total.quoteFound).toBeGreaterThanOrEqual(33);
    expect(total.speakerRight).toBeGreaterThanOrEqual(33);
    expect(total.dateFound).toBeGreaterThanOrEqual(4);
  });
});
