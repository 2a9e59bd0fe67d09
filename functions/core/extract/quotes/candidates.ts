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
import { boundedMemo } from "../memo.ts";
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

/**
 * Feature names are built once (tables below), not per quote: scoring then looks up strings
 * whose hashes the engine already knows.
 */
const BUCKET_BEFORE = ["before:0-2", "before:3-8", "before:9-20", "before:21+"] as const;
const BUCKET_AFTER = ["after:0-2", "after:3-8", "after:9-20", "after:21+"] as const;
const bucket = (n: number) => (n <= 2 ? 0 : n <= 8 ? 1 : n <= 20 ? 2 : 3);
const SEEN = ["seen:0", "seen:1", "seen:2-3", "seen:4+"] as const;
const seenBucket = (n: number) => (n === 0 ? 0 : n === 1 ? 1 : n <= 3 ? 2 : 3);
const named = <K extends string>(keys: readonly K[], prefix: string): Record<K, string> =>
  Object.fromEntries(keys.map((k) => [k, `${prefix}${k}`])) as Record<K, string>;
const STEPS: readonly RuleStep[] = [
  "cued",
  "sentence",
  "carried",
  "none",
  ...(["source", "relayed", "relay", "place", "subject", "role"] as const).map(
    (w) => `unnamed-${w}` as const,
  ),
];
const SHAPES: readonly SubjectShape[] = ["no-cue", "quote", "name", "content", "definite", "other"];
const RULE_STEP = named(STEPS, "rule:");
const NOBODY_STEP = named(STEPS, "nobody:");
const NOBODY_SHAPE = named(SHAPES, "nobody:");
const CARRIED_SHAPE = named(SHAPES, "carried:");
const AGREEMENTS: readonly Agreement[] = ["feminine", "masculine", "plural"];
const NOBODY_AGREES = named(AGREEMENTS, "nobody:");
const AGREES: Record<Agreement, Record<string, string>> = {
  feminine: named(["person", "org", "place"], "feminine:"),
  masculine: named(["person", "org", "place"], "masculine:"),
  plural: named(["person", "org", "place"], "plural:"),
};
const TYPE: Record<string, string> = named(["person", "org", "place"], "type:");
const PREVIOUS_ROLE: Record<string, string> = named(
  ["cue-subject", "post-cue-subject", "after-an", "relayer"],
  "previous:",
);

/** The candidates of one quote: the rules' choice first, nobody last. */
export function candidatesOf(scene: QuoteScene): Candidate[] {
  const byId = new Map<string, { entity: GazEntity; features: string[] }>();
  const add: Add = (entity, ...features) => {
    let c = byId.get(entity.id);
    if (!c) {
      c = { entity, features: [] };
      byId.set(entity.id, c);
    }
    for (const f of features) if (f && !c.features.includes(f)) c.features.push(f);
  };
  if (scene.rule) add(scene.rule, "rule", RULE_STEP[scene.step]);
  inSentence(scene, add);
  if (scene.prevSent) inPreviousSentence(scene, scene.prevSent, add);
  if (scene.last) add(scene.last, "carried");
  scene.recent.forEach((e, i) => {
    add(e, i === 0 ? "recent:1" : "recent:2+");
  });
  const subject = subjectOf(scene);
  const out: Candidate[] = [];
  for (const { entity, features } of byId.values()) {
    const part = subject.words.size > 0 ? nameWordIn(entity, subject.words) : -1;
    add(
      entity,
      entity.id === scene.last?.id ? CARRIED_SHAPE[subject.shape] : null,
      subject.agreement ? AGREES[subject.agreement][entity.type] : null,
      part < 0 ? null : part === 0 ? "subject:first-name" : "subject:name-word",
      TYPE[entity.type],
      SEEN[seenBucket(scene.seen.get(entity.id) ?? 0)],
      isMediaOrg(entity) ? "media" : null,
    );
    out.push({ entity, features });
  }
  const nobody = ["nobody", NOBODY_STEP[scene.step], NOBODY_SHAPE[subject.shape]];
  if (subject.agreement) nobody.push(NOBODY_AGREES[subject.agreement]);
  if (scene.step.startsWith("unnamed")) nobody.push("nobody:unnamed");
  out.push({ entity: null, features: nobody });
  return out;
}

/** Adds features (nulls skipped) to the entity's candidate, each once. */
type Add = (entity: GazEntity, ...features: (string | null | undefined)[]) => void;

/** Names in the quote's sentence, before it (up to WINDOW tokens) and after (POST_WINDOW). */
function inSentence(scene: QuoteScene, add: Add): void {
  const { p, q } = scene;
  const sentStart = firstAtOrAfter(p.tokens, q.sent.start);
  const sentEnd = firstAtOrAfter(p.tokens, q.sent.end);
  const before = collect(p, Math.max(sentStart, q.openTok - WINDOW), q.openTok, false);
  before.forEach((m, i) => {
    add(
      m.entity,
      "before",
      BUCKET_BEFORE[bucket(q.openTok - m.tokEnd)],
      roleOf(p, m, sentStart),
      i === 0 ? "before:first" : null,
      i === before.length - 1 ? "before:nearest" : null,
      m.tokStart < q.from ? "before:earlier-quote" : null,
      complementizerBetween(p, q.from, m.tokStart) ? "before:in-content" : null,
    );
  });
  const after = collect(p, q.closeTok, Math.min(sentEnd, q.closeTok + POST_WINDOW), false);
  after.forEach((m, i) => {
    add(
      m.entity,
      "after",
      BUCKET_AFTER[bucket(m.tokStart - q.closeTok)],
      roleOf(p, m, q.closeTok, true),
      i === 0 ? "after:first" : null,
    );
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
    const role = roleOf(p, m, start);
    add(
      m.entity,
      "previous",
      role ? PREVIOUS_ROLE[role] : null,
      i === 0 && from === start && kept.length === names.length ? "previous:first" : null,
    );
  });
}

/**
 * How a name stands to the cue before it (up to ROLE_REACH tokens back, across a role phrase
 * but not across another name, from `floor` on): the subject of a speech cue (of a cue after
 * the quote, for a name after it), the speaker after a relay's «عن», or the outlet between a
 * relay cue and its «عن».
 */
function roleOf(p: Paragraph, m: Mention, floor: number, afterQuote = false): string | null {
  for (let k = m.tokStart - 1; k >= Math.max(floor, m.tokStart - ROLE_REACH); k--) {
    tally("quote-speakers");
    if (p.named[k] === 1 || p.quoted[k] === 1) break;
    if (ANN.has(p.tokens[k]?.norm ?? "")) return "after-an";
    if (cueAt(p, k, isRelayCue)) return "relayer";
    if (afterQuote ? cueAt(p, k, isPostCue) : cueAt(p, k, isSpeechCue)) {
      return afterQuote ? "post-cue-subject" : "cue-subject";
    }
  }
  return null;
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

/** The first four words of each name, normalised. */
const nameWords = boundedMemo((ar: string) => normalizeArabic(ar).split(/\s+/).slice(0, 4));

/** The position of a word of the entity's name found among `words`, or -1. */
function nameWordIn(entity: GazEntity, found: ReadonlySet<string>): number {
  const parts = nameWords(entity.ar);
  return parts.findIndex((w) => w.length > 2 && !NAME_PARTICLES.has(w) && found.has(w));
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
