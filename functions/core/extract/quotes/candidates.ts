/**
 * Whom a quote may be given to, each candidate described by the features the speaker model
 * weighs (ranker.ts): where the name stands (in the quote's sentence before or after it, in
 * the sentence before, in an earlier paragraph), how it stands to the speech cues (a cue's
 * subject, after «عن», the outlet relaying), how far from the quote, how often the article
 * named it, and what the attribution rules (attribution.ts, paragraph.ts) chose. One more
 * candidate, nobody, stands for a speaker the text does not name.
 *
 * Work is bounded per quote: the names WINDOW tokens before it and POST_WINDOW after it in
 * its sentence, and the last PREVIOUS names in the last WINDOW tokens of the sentence before.
 */

import type { Mention } from "../entities/index.ts";
import type { GazEntity } from "../gazetteer/index.ts";
import { words } from "../lexicon/index.ts";
import { isMediaOrg } from "../page/outlet/listed.ts";
import { normalizeArabic } from "../text/normalize.ts";
import type { Range } from "../text/sentences.ts";
import { firstAtOrAfter } from "../text/tokenize.ts";
import { tally } from "../work.ts";
import type { QuoteAt, UnnamedWhy } from "./attribution.ts";
import { cueAt, type Paragraph } from "./context.ts";
import {
  type Agreement,
  ANN,
  agreementOf,
  COMPLEMENTIZERS,
  isPostCue,
  isRelayCue,
  isSpeechCue,
} from "./cues.ts";
import { collect } from "./speakers.ts";

const WINDOW = 60;
const POST_WINDOW = 12;
const PREVIOUS = 8;
/** How far back from a name its cue may stand: «قال وزير الخارجية الأمريكي جون كيري». */
const ROLE_REACH = 6;

/** Which of the rules settled the speaker: see paragraph.ts. */
export type RuleStep = "cued" | "sentence" | "carried" | `unnamed-${UnnamedWhy}` | "none";

/** Everything the features of one quote's candidates are read from. */
export interface QuoteScene {
  readonly p: Paragraph;
  readonly q: QuoteAt;
  /** The sentence before the quote's in this paragraph, or null. */
  readonly prevSent: Range | null;
  /** What the rules chose, and by which step. */
  readonly rule: GazEntity | null;
  readonly step: RuleStep;
  /** The speaker carried to this quote from earlier ones. */
  readonly last: GazEntity | null;
  /** People and bodies of earlier paragraphs, the latest first. */
  readonly recent: readonly GazEntity[];
  /** How often earlier paragraphs named each entity (by id). */
  readonly seen: ReadonlyMap<string, number>;
}

export interface Candidate {
  /** null: someone the text does not name. */
  readonly entity: GazEntity | null;
  readonly features: readonly string[];
}

const NAME_PARTICLES = words("particles", "name-particle");

const bucket = (n: number) => (n <= 2 ? "0-2" : n <= 8 ? "3-8" : n <= 20 ? "9-20" : "21+");
const seenBucket = (n: number) => (n === 0 ? "0" : n === 1 ? "1" : n <= 3 ? "2-3" : "4+");

/** The candidates of one quote: the rules' choice first, nobody last. */
export function candidatesOf(scene: QuoteScene): Candidate[] {
  const byId = new Map<string, { entity: GazEntity; features: Set<string> }>();
  const add = (entity: GazEntity, features: readonly string[]) => {
    let c = byId.get(entity.id);
    if (!c) {
      c = { entity, features: new Set() };
      byId.set(entity.id, c);
    }
    for (const f of features) c.features.add(f);
  };
  if (scene.rule) add(scene.rule, ["rule", `rule:${scene.step}`]);
  inSentence(scene, add);
  if (scene.prevSent) inPreviousSentence(scene, scene.prevSent, add);
  if (scene.last) add(scene.last, ["carried"]);
  scene.recent.forEach((e, i) => {
    add(e, [i === 0 ? "recent:1" : "recent:2+"]);
  });
  const subject = subjectOf(scene);
  const out: Candidate[] = [];
  for (const { entity, features } of byId.values()) {
    const part = subject.words.size > 0 ? nameWordIn(entity, subject.words) : -1;
    if (entity.id === scene.last?.id) features.add(`carried:${subject.shape}`);
    if (subject.agreement) features.add(`${subject.agreement}:${entity.type}`);
    if (part >= 0) features.add(part === 0 ? "subject:first-name" : "subject:name-word");
    features.add(`type:${entity.type}`);
    features.add(`seen:${seenBucket(scene.seen.get(entity.id) ?? 0)}`);
    if (isMediaOrg(entity)) features.add("media");
    out.push({ entity, features: [...features] });
  }
  const nobody = ["nobody", `nobody:${scene.step}`, `nobody:${subject.shape}`];
  if (subject.agreement) nobody.push(`nobody:${subject.agreement}`);
  if (scene.step.startsWith("unnamed")) nobody.push("nobody:unnamed");
  out.push({ entity: null, features: nobody });
  return out;
}

type Add = (entity: GazEntity, features: readonly string[]) => void;

/** Names in the quote's sentence, before it (up to WINDOW tokens) and after (POST_WINDOW). */
function inSentence(scene: QuoteScene, add: Add): void {
  const { p, q } = scene;
  const sentStart = firstAtOrAfter(p.tokens, q.sent.start);
  const sentEnd = firstAtOrAfter(p.tokens, q.sent.end);
  const before = collect(p, Math.max(sentStart, q.openTok - WINDOW), q.openTok, false);
  before.forEach((m, i) => {
    const f = ["before", `before:${bucket(q.openTok - m.tokEnd)}`, ...roleOf(p, m, sentStart)];
    if (i === 0) f.push("before:first");
    if (i === before.length - 1) f.push("before:nearest");
    if (m.tokStart < q.from) f.push("before:earlier-quote");
    if (complementizerBetween(p, q.from, m.tokStart)) f.push("before:in-content");
    add(m.entity, f);
  });
  const after = collect(p, q.closeTok, Math.min(sentEnd, q.closeTok + POST_WINDOW), false);
  after.forEach((m, i) => {
    const f = [
      "after",
      `after:${bucket(m.tokStart - q.closeTok)}`,
      ...roleOf(p, m, q.closeTok, true),
    ];
    if (i === 0) f.push("after:first");
    add(m.entity, f);
  });
}

/** The last PREVIOUS names of the sentence before the quote's. */
function inPreviousSentence(scene: QuoteScene, prev: Range, add: Add): void {
  const { p } = scene;
  const start = firstAtOrAfter(p.tokens, prev.start);
  const end = firstAtOrAfter(p.tokens, prev.end);
  const from = Math.max(start, end - WINDOW);
  const names = collect(p, from, end, false);
  const kept = names.slice(-PREVIOUS);
  kept.forEach((m, i) => {
    const f = ["previous", ...roleOf(p, m, start).map((r) => `previous:${r}`)];
    if (i === 0 && from === start && kept.length === names.length) f.push("previous:first");
    add(m.entity, f);
  });
}

/**
 * How a name stands to the cue before it (up to ROLE_REACH tokens back, across a role phrase
 * but not across another name, from `floor` on): the subject of a speech cue (of a cue after
 * the quote, for a name after it), the speaker after a relay's «عن», or the outlet between a
 * relay cue and its «عن».
 */
function roleOf(p: Paragraph, m: Mention, floor: number, afterQuote = false): string[] {
  for (let k = m.tokStart - 1; k >= Math.max(floor, m.tokStart - ROLE_REACH); k--) {
    tally("quote-speakers");
    if (p.named[k] === 1 || p.quoted[k] === 1) break;
    if (ANN.has(p.tokens[k]?.norm ?? "")) return ["after-an"];
    if (cueAt(p, k, isRelayCue)) return ["relayer"];
    if (afterQuote ? cueAt(p, k, isPostCue) : cueAt(p, k, isSpeechCue)) {
      return [afterQuote ? "post-cue-subject" : "cue-subject"];
    }
  }
  return [];
}

/** What follows the cue nearest before the quote: the subject's shape, for the model. */
type SubjectShape = "no-cue" | "quote" | "name" | "content" | "definite" | "other";

/**
 * The two words after the speech cue nearest before the quote and after a cue right after it
 * («ويقول يحيى …» names the speaker by one word of a name given before: any word, a first
 * name too, the model weighs how far that is to be trusted), and the shape of the word
 * after the cue before the quote.
 */
function subjectOf(scene: QuoteScene): {
  words: Set<string>;
  shape: SubjectShape;
  agreement: Agreement | null;
} {
  const { p, q } = scene;
  const words = new Set<string>();
  let agreement: Agreement | null = null;
  const take = (k: number) => {
    for (const t of [p.tokens[k + 1], p.tokens[k + 2]]) if (t) words.add(t.norm);
  };
  let shape: SubjectShape = "no-cue";
  for (let k = q.openTok - 1; k >= Math.max(q.from, q.openTok - WINDOW); k--) {
    tally("quote-speakers");
    if (cueAt(p, k, isSpeechCue)) {
      shape = shapeAt(p, k + 1, q.openTok);
      if (shape !== "name") take(k);
      agreement = agreementOf(p.tokens[k]);
      break;
    }
  }
  for (let k = q.closeTok; k < q.closeTok + 3 && k < p.tokens.length; k++) {
    if (cueAt(p, k, isPostCue)) {
      if (p.named[k + 1] !== 1) take(k);
      agreement ??= agreementOf(p.tokens[k]);
    }
  }
  return { words, shape, agreement };
}

function shapeAt(p: Paragraph, k: number, openTok: number): SubjectShape {
  if (k >= openTok) return "quote";
  if (p.named[k] === 1) return "name";
  const n = p.tokens[k]?.norm ?? "";
  if (COMPLEMENTIZERS.has(n)) return "content";
  return n.startsWith("ال") ? "definite" : "other";
}

/** The position of a word of the entity's name found among `words`, or -1. */
function nameWordIn(entity: GazEntity, found: ReadonlySet<string>): number {
  const parts = normalizeArabic(entity.ar).split(/\s+/);
  return parts.findIndex((w, i) => w.length > 2 && !NAME_PARTICLES.has(w) && found.has(w) && i < 4);
}

/** Is there a complementizer («أن…») outside quotes and names in tokens [from, to)? */
function complementizerBetween(p: Paragraph, from: number, to: number): boolean {
  for (let k = Math.max(from, to - WINDOW); k < to; k++) {
    tally("quote-speakers");
    if (p.named[k] !== 1 && p.quoted[k] !== 1 && COMPLEMENTIZERS.has(p.tokens[k]?.norm ?? ""))
      return true;
  }
  return false;
}
