/**
 * Training the speaker model from annotated quotes: each quote's candidates are read as the
 * extractor builds them (ranker.ts hands them out while someone listens), the annotated
 * speaker is found among them, and the weights are fitted (speaker-model.ts).
 *
 * Two sources train: ANERcorp's development articles (anercorp-speakers.json; the held-back
 * ones never) and the regression articles' expected speakers (today's wire copy, closer to
 * what users bring). The L2 strength is chosen by cross-validation over articles, with the
 * rules carrying speakers from quote to quote: the strongest pull towards the rules whose
 * accuracy is within one standard error of the best (the usual guard against picking noise
 * on a few hundred quotes). Training then runs twice, the second time with the first weights deciding, so the
 * speaker carried between quotes is the model's own, as it will be when the model runs.
 */

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadUnseenCorpus } from "../../bench/corpus.ts";
import { extractArticle } from "../../functions/core/extract/index.ts";
import type { Candidate } from "../../functions/core/extract/quotes/candidates.ts";
import {
  choose,
  listenToCandidates,
  useSpeakerWeights,
} from "../../functions/core/extract/quotes/ranker.ts";
import type { Entity, Quote } from "../../functions/core/facts.ts";
import { type AttributionItem, entityNamed, isHeldBack, quoteOf } from "./attribution.ts";
import { DEFAULT_FIT, fitSpeakerModel, type SpeakerExample } from "./speaker-model.ts";

/** An article whose quotes' speakers are known in order (null: nobody the text names). */
export interface ExpectedSpeakers {
  readonly text: string;
  readonly speakers: readonly (string | null)[];
}

export interface SpeakerData {
  /** ANERcorp's news re-joined into articles, and the annotated quotes. */
  readonly articles: readonly string[];
  readonly items: readonly AttributionItem[];
  /** The regression articles' expected speakers (English names). */
  readonly regression: readonly ExpectedSpeakers[];
}

const ROOT = join(import.meta.dirname, "..", "..");

/** The annotated quotes, ANERcorp's articles and the regression articles; null without ANERcorp. */
export function loadSpeakerData(): SpeakerData | null {
  const corpus = loadUnseenCorpus();
  if (!corpus) return null;
  const items: AttributionItem[] = JSON.parse(
    readFileSync(join(ROOT, "training", "quotes", "anercorp-speakers.json"), "utf8"),
  ).items;
  const dir = join(ROOT, "tests", "fresh", "articles");
  const regression = readdirSync(dir)
    .filter((f) => f.endsWith(".expected.json"))
    .sort()
    .flatMap((f): ExpectedSpeakers[] => {
      const speakers = JSON.parse(readFileSync(join(dir, f), "utf8")).speakers;
      if (!speakers) return [];
      const text = readFileSync(join(dir, f.replace(".expected.json", ".txt")), "utf8");
      return [{ text, speakers }];
    });
  return { articles: corpus.articles, items, regression };
}

export type Example = SpeakerExample & { readonly article: number; readonly quote: string };

interface Heard {
  readonly text: string;
  readonly candidates: readonly Candidate[];
}

/** One article's facts and each quote's candidates, as the extractor builds them now. */
export function readArticle(text: string): { quotes: Quote[]; entities: Entity[]; heard: Heard[] } {
  const heard: Heard[] = [];
  listenToCandidates((quote, candidates) => heard.push({ text: quote, candidates }));
  try {
    const { quotes, entities } = extractArticle(text).facts;
    return { quotes, entities, heard };
  } finally {
    listenToCandidates(null);
  }
}

/** The training examples under the weights in use; annotated speakers no candidate is are counted. */
export function speakerExamples(data: SpeakerData): { examples: Example[]; unreachable: number } {
  const out: Example[] = [];
  let unreachable = 0;
  const articles = [...new Set(data.items.map((i) => i.article))].filter((a) => !isHeldBack(a));
  for (const a of articles) {
    const r = readArticle(data.articles[a] ?? "");
    for (const item of data.items) {
      if (item.article !== a || item.kind === "not-speech") continue;
      const h = quoteOf(item, r.heard);
      if (!h) continue;
      const gold = goldIndex(item, h.candidates, r.entities);
      if (gold < 0) unreachable++;
      else out.push({ article: a, quote: h.text, candidates: h.candidates, gold });
    }
  }
  data.regression.forEach((article, n) => {
    readArticle(article.text).heard.forEach((h, i) => {
      const want = article.speakers[i];
      const gold = h.candidates.findIndex((c) =>
        want === null ? c.entity === null : c.entity?.en === want,
      );
      // Regression articles count as articles of their own, after ANERcorp's.
      if (gold < 0) unreachable++;
      else out.push({ article: 10_000 + n, quote: h.text, candidates: h.candidates, gold });
    });
  });
  return { examples: out, unreachable };
}

function goldIndex(
  item: AttributionItem,
  candidates: readonly Candidate[],
  entities: readonly Entity[],
): number {
  if (item.kind === "unnamed") return candidates.findIndex((c) => c.entity === null);
  const e = entityNamed(item.speaker ?? "", entities);
  return e ? candidates.findIndex((c) => c.entity?.ar === e.name.ar) : -1;
}

const FOLDS = 5;
export const L2_GRID = [0.001, 0.003, 0.01, 0.03, 0.1, 0.3] as const;

/** Examples whose annotated candidate wins, fitting on the other folds (by article). */
export function crossValidated(examples: readonly Example[], l2: number): Example[] {
  const right: Example[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const w = fitSpeakerModel(
      examples.filter((e) => e.article % FOLDS !== fold),
      { ...DEFAULT_FIT, l2 },
    );
    for (const e of examples.filter((x) => x.article % FOLDS === fold)) {
      if (choose(e.candidates, w) === e.candidates[e.gold]) right.push(e);
    }
  }
  return right;
}

/** The strongest L2 whose cross-validated share is within one standard error of the best. */
export function chooseL2(cv: ReadonlyMap<number, number>, n: number): number {
  const best = Math.max(...cv.values());
  const se = Math.sqrt((best * (1 - best)) / Math.max(1, n));
  return Math.max(...[...cv].filter(([, share]) => share >= best - se).map(([l2]) => l2));
}

export interface Trained {
  readonly weights: Map<string, number>;
  readonly l2: number;
  /** Does the model choose otherwise than the rules on any quote it was trained on? */
  readonly decides: boolean;
  /** Quotes trained on, and annotated speakers that were no candidate. */
  readonly examples: number;
  readonly unreachable: number;
  /** Share right by the rules alone and by the model under cross-validation, per L2. */
  readonly rules: number;
  readonly crossValidated: ReadonlyMap<number, number>;
}

export function trainSpeakerModel(data: SpeakerData): Trained {
  try {
    useSpeakerWeights(new Map());
    const first = speakerExamples(data).examples;
    const share = (n: number) => n / Math.max(1, first.length);
    const rules = share(
      first.filter((e) => choose(e.candidates, new Map()) === e.candidates[e.gold]).length,
    );
    const cv = new Map(L2_GRID.map((l2) => [l2, share(crossValidated(first, l2).length)]));
    const l2 = chooseL2(cv, first.length);
    useSpeakerWeights(fitSpeakerModel(first, { ...DEFAULT_FIT, l2 }));
    const second = speakerExamples(data);
    const weights = fitSpeakerModel(second.examples, { ...DEFAULT_FIT, l2 });
    const none = new Map<string, number>();
    const decides = second.examples.some(
      (e) => choose(e.candidates, weights) !== choose(e.candidates, none),
    );
    return {
      weights,
      l2,
      decides,
      examples: second.examples.length,
      unreachable: second.unreachable,
      rules,
      crossValidated: cv,
    };
  } finally {
    useSpeakerWeights(null);
  }
}

/** The committed file's contents for trained weights. */
export function modelFile(t: Trained): {
  about: string;
  l2: number;
  decides: boolean;
  weights: Record<string, number>;
} {
  const weights = Object.fromEntries(
    [...t.weights].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  return { about: ABOUT, l2: t.l2, decides: t.decides, weights };
}

const ABOUT =
  "Weights of the speaker model (quotes/ranker.ts), written by scripts/train-speakers.ts from the annotated quotes of ANERcorp's development articles (training/quotes/anercorp-speakers.json, CC BY-SA 4.0) and the regression articles' expected speakers. decides: whether the weights choose otherwise than the rules on any quote they were trained on (when not, extraction skips the candidates).";
