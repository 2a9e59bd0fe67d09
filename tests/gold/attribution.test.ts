/**
 * Speaker attribution on annotated quotes of ANERcorp's news (training/quotes): the
 * development articles and the held-back ones (articles 2 mod 3, never tuned on), printed.
 */
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadUnseenCorpus } from "../../bench/corpus.ts";
import { extractArticle } from "../../functions/core/extract/index.ts";
import type { Entity, Facts } from "../../functions/core/facts.ts";
import {
  type AttributionItem,
  entityNamed,
  isHeldBack,
  scoreAttribution,
} from "../../training/quotes/attribution.ts";

const DATA = new URL("../../training/quotes/anercorp-speakers.json", import.meta.url);
const items: AttributionItem[] = JSON.parse(readFileSync(DATA, "utf8")).items;
const corpus = existsSync(new URL("../../../shared/data/anercorp/ANERCorp.txt", import.meta.url))
  ? loadUnseenCorpus()
  : null;
if (!corpus) console.warn("skipping the attribution scores: ../shared/data is absent");

const person = (ar: string, aliases: string[]): Entity => ({
  type: "person",
  name: { ar, en: null },
  mentions: 1,
  aliases,
  englishSource: null,
  origin: "tagger",
});

describe("the attribution scorer", () => {
  it("finds the entity an annotated name refers to, word for word", () => {
    const kerry = person("جون كيري", ["كيري"]);
    const lavrov = person("سيرغي لافروف", ["لافروف"]);
    expect(entityNamed("جون كيري", [lavrov, kerry])).toBe(kerry);
    expect(entityNamed("كيري", [lavrov, kerry])).toBe(kerry);
    expect(entityNamed("وزير الخارجية الروسي سيرغي لافروف", [kerry, lavrov])).toBe(lavrov);
    // A word inside another word is no match.
    expect(entityNamed("كير", [kerry])).toBeNull();
  });

  it("has annotated items of every kind, with a held-back part", () => {
    expect(items.length).toBeGreaterThan(400);
    for (const kind of ["named", "unnamed", "not-speech"]) {
      expect(items.some((i) => i.kind === kind)).toBe(true);
    }
    expect(items.some((i) => isHeldBack(i.article))).toBe(true);
  });
});

describe.skipIf(!corpus)("speakers of ANERcorp's quotes", () => {
  it("prints attribution accuracy on the development and held-back articles", () => {
    const cache = new Map<number, Omit<Facts, "id">>();
    const facts = (a: number) => {
      let f = cache.get(a);
      if (!f) {
        f = extractArticle(corpus?.articles[a] ?? "").facts;
        cache.set(a, f);
      }
      return f;
    };
    const dev = scoreAttribution(
      items.filter((i) => !isHeldBack(i.article)),
      facts,
    );
    const held = scoreAttribution(
      items.filter((i) => isHeldBack(i.article)),
      facts,
    );
    const line = (name: string, s: typeof dev) =>
      `${name.padEnd(12)} ${s.right}/${s.scored} = ${(s.right / s.scored).toFixed(3)}` +
      `  (speaker not found as an entity: ${s.speakerUnknown}; quote not reported: ${s.quoteMissing})`;
    console.log([line("dev", dev), line("held back", held)].join("\n"));
    expect(dev.scored).toBeGreaterThan(150);
    // A floor under today's figure, so a regression shows.
    expect(dev.right / dev.scored).toBeGreaterThanOrEqual(0.52);
  });
});
