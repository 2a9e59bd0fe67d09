/**
 * The speaker model: its candidates and their features as the extractor builds them, the
 * choice (a tie keeps the rules'), the fit (it learns what the examples show, and keeps to the
 * rules when pulled hard), and the agreement a speech verb's form shows.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../functions/core/extract/index.ts";
import { slotsOf } from "../../functions/core/extract/lexicon/index.ts";
import type { Candidate } from "../../functions/core/extract/quotes/candidates.ts";
import { agreementOf } from "../../functions/core/extract/quotes/cues.ts";
import {
  candidatesNeeded,
  choose,
  listenToCandidates,
  scoreOf,
  useSpeakerWeights,
} from "../../functions/core/extract/quotes/ranker.ts";
import model from "../../functions/core/extract/quotes/speaker-model.json" with { type: "json" };
import { tokenize } from "../../functions/core/extract/text/tokenize.ts";
import {
  fitSpeakerModel,
  PRIOR,
  type SpeakerExample,
} from "../../training/quotes/speaker-model.ts";

/** Each quote's candidates, by the entity's Arabic name ("nobody" for the unnamed one). */
function candidatesOf(...paras: string[]): Map<string, readonly string[]>[] {
  const out: Map<string, readonly string[]>[] = [];
  listenToCandidates((_, cs) => {
    out.push(new Map(cs.map((c) => [c.entity?.ar ?? "nobody", c.features])));
  });
  try {
    extractArticle(["عنوان الخبر", ...paras].join("\n\n"));
  } finally {
    listenToCandidates(null);
  }
  return out;
}

const candidate = (name: string | null, features: string[]): Candidate => ({
  entity: name ? { id: `person:${name}`, type: "person", ar: name, en: name } : null,
  features,
});

describe("a quote's candidates", () => {
  it("describe where each name stands and what the rules chose", () => {
    const [first, second] = candidatesOf(
      'وقال وزير الخارجية الأمريكي جون كيري إن "الاتفاق مع روسيا ما زال ممكنا رغم كل شيء".',
      'وأضافت وزارة الخارجية الروسية أن "واشنطن لم تف بالتزاماتها حتى الآن في سوريا".',
    );
    const kerry = first?.get("جون كيري") ?? [];
    expect(kerry).toEqual(expect.arrayContaining(["rule", "rule:cued", "before", "type:person"]));
    expect(kerry).toContain("masculine:person");
    expect(first?.get("nobody")).toEqual(expect.arrayContaining(["nobody", "nobody:cued"]));
    // The next paragraph: Kerry is carried and recent; the feminine verb speaks for the ministry.
    expect(second?.get("جون كيري")).toEqual(expect.arrayContaining(["carried", "recent:1"]));
    const ministry = [...(second?.entries() ?? [])].find(([, f]) => f.includes("rule"));
    expect(ministry?.[1]).toEqual(expect.arrayContaining(["cue-subject", "feminine:org"]));
  });

  it("name the person a first name or family name after the verb points to", () => {
    const [, q] = candidatesOf(
      'وقال الكاتب البريطاني يحيى بيرت إن "الأمر يحتاج إلى وقت طويل جدا".',
      'ويقول يحيى: "هناك كثير من نجوم المجتمع البريطاني اعتنقوا الإسلام".',
    );
    expect(q?.get("يحيى بيرت")).toContain("subject:first-name");
  });
});

describe("choosing a speaker", () => {
  const rule = candidate("أ", ["rule", "before"]);
  const other = candidate("ب", ["before", "previous"]);
  const nobody = candidate(null, ["nobody"]);

  it("keeps the rules' choice without weights, and on a tie", () => {
    expect(choose([other, rule, nobody], new Map())).toBe(rule);
    expect(choose([other, nobody], new Map())).toBe(nobody);
    expect(
      choose(
        [other, rule, nobody],
        new Map([
          ["previous", 1],
          ["rule", 1],
        ]),
      ),
    ).toBe(rule);
  });

  it("takes the highest sum of its features' weights", () => {
    const w = new Map([
      ["rule", 1],
      ["previous", 2.5],
    ]);
    expect(scoreOf(other, w)).toBe(2.5);
    expect(choose([rule, other, nobody], w)).toBe(other);
  });
});

describe("when the candidates are built", () => {
  it("only when the weights can overturn the rules or training listens", () => {
    expect(candidatesNeeded()).toBe(model.decides);
    listenToCandidates(() => {});
    expect(candidatesNeeded()).toBe(true);
    listenToCandidates(null);
    useSpeakerWeights(new Map([["rule", 1]]));
    expect(candidatesNeeded()).toBe(true);
    useSpeakerWeights(null);
    expect(candidatesNeeded()).toBe(model.decides);
  });

  it("skipping them changes no speaker", () => {
    const text = [
      "عنوان الخبر",
      'وقال وزير الخارجية الأمريكي جون كيري إن "الاتفاق مع روسيا ما زال ممكنا رغم كل شيء".',
      'وأضافت وزارة الخارجية الروسية أن "واشنطن لم تف بالتزاماتها حتى الآن في سوريا".',
      '"لن نقبل بأي تسوية لا تضمن حقوق الشعب السوري". بهذه الكلمات ختم رئيس الائتلاف أنس العبدة كلمته.',
    ].join("\n\n");
    const speakers = () => extractArticle(text).facts.quotes.map((q) => q.speaker?.en ?? null);
    const skipped = speakers();
    listenToCandidates(() => {});
    try {
      expect(speakers()).toEqual(skipped);
    } finally {
      listenToCandidates(null);
    }
  });
});

describe("fitting the weights", () => {
  // The annotated speaker is always the candidate marked "x", never the rules' choice.
  const examples: SpeakerExample[] = Array.from({ length: 20 }, (_, i) => ({
    candidates: [
      candidate("أ", ["rule", i % 2 ? "before" : "after"]),
      candidate("ب", ["x", i % 3 ? "before" : "previous"]),
      candidate(null, ["nobody"]),
    ],
    gold: 1,
  }));

  it("learns what the examples agree on", () => {
    const w = fitSpeakerModel(examples, { iterations: 300, rate: 0.5, l2: 0.001 });
    for (const e of examples) expect(choose(e.candidates, w)).toBe(e.candidates[1]);
    expect(fitSpeakerModel(examples, { iterations: 300, rate: 0.5, l2: 0.001 })).toEqual(w);
  });

  it("keeps to the rules when pulled hard towards them", () => {
    const w = fitSpeakerModel(examples, { iterations: 300, rate: 0.5, l2: 10 });
    expect(w.get("rule")).toBeCloseTo(PRIOR.get("rule") ?? 0, 0);
    for (const e of examples) expect(choose(e.candidates, w)).toBe(e.candidates[0]);
  });
});

describe("what a speech verb's form says of its subject", () => {
  it("reads feminine, masculine and plural forms, clitics and all", () => {
    const got = tokenize("وقالت يقول تقول وأضاف مضيفة قائلا وقالا ولفتت كيري").map((t) =>
      agreementOf(t),
    );
    expect(got).toEqual([
      "feminine",
      "masculine",
      "feminine",
      "masculine",
      "feminine",
      "masculine",
      "plural",
      "feminine",
      null,
    ]);
  });

  it("comes from the lexicon's slots", () => {
    const slots = slotsOf("saying-verbs", "quote-cue");
    expect(slots.get("قالت")).toEqual(["3fs"]);
    expect(slots.get("يقول")).toEqual(["impf"]);
  });
});
