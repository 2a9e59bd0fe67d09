/**
 * Training and evaluation data for the NER tagger: the ANERcorp reader (with its repairs), the
 * document-order train/test split, the Wojood reader (nested tags flattened to PERS/LOC/ORG), and
 * the entity-level scorer (CoNLL: a predicted entity counts only with exact span and type).
 * Pure functions over strings: the script and tests read the files.
 */
import { ENTITY_TYPES } from "../../functions/core/extract/ner/decoder.ts";
import { spansOf } from "../../functions/core/extract/ner/spans.ts";

export interface Sentence {
  readonly words: readonly string[];
  readonly tags: readonly string[];
}

export interface ReadReport {
  /** What was repaired, with counts: printed by the training script. */
  readonly fixes: ReadonlyMap<string, number>;
}

const VALID = new Set(["O", ...ENTITY_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])]);
/** Tag spellings seen in ANERcorp releases, mapped to the canonical tag. */
const TAG_ALIASES = new Map<string, string>([
  ["B-PER", "B-PERS"],
  ["I-PER", "I-PERS"],
  ["B-PERSON", "B-PERS"],
  ["I-PERSON", "I-PERS"],
  ["B-LOCATION", "B-LOC"],
  ["I-LOCATION", "I-LOC"],
  ["B-ORGANIZATION", "B-ORG"],
  ["I-ORGANIZATION", "I-ORG"],
  ["B-MIS", "B-MISC"],
  ["I-MIS", "I-MISC"],
  ["B-MISS", "B-MISC"],
  ["I-MISS", "I-MISC"],
  ["B-MISC1", "B-MISC"],
]);

function bump(m: Map<string, number>, k: string): void {
  m.set(k, (m.get(k) ?? 0) + 1);
}

function canonicalTag(raw: string, fixes: Map<string, number>): string {
  if (VALID.has(raw)) return raw;
  const up = raw.toUpperCase().replace(/_/g, "-");
  const alias = VALID.has(up) ? up : TAG_ALIASES.get(up);
  if (alias) {
    bump(fixes, `tag ${raw} → ${alias}`);
    return alias;
  }
  // A valid tag with junk glued on («Oالإصابة»): keep the tag.
  const m = /^(O|[BI]-(?:PERS|LOC|ORG|MISC))/.exec(up);
  if (m?.[1]) {
    bump(fixes, `tag ${raw} → ${m[1]}`);
    return m[1];
  }
  bump(fixes, `tag ${raw} → O`);
  return "O";
}

/** Turn I-X that does not continue an X entity into B-X (counted). */
export function repairBio(tags: string[], fixes?: Map<string, number>): string[] {
  let prev = "O";
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i] ?? "O";
    if (t.startsWith("I-") && (prev === "O" || prev.slice(2) !== t.slice(2))) {
      const fixed = `B-${t.slice(2)}`;
      tags[i] = fixed;
      if (fixes) bump(fixes, `${t} after ${prev} → ${fixed}`);
    }
    prev = tags[i] ?? "O";
  }
  return tags;
}

/**
 * ANERcorp: one `token TAG` per line; a sentence ends after a «.» token. Repairs: lines without a
 * token are dropped; a line holding two tokens and one tag gives both the tag (B-X becomes B-X,
 * I-X); a tag with text glued to it keeps the tag and the text becomes a token of its own
 * («. Oالإصابة O» → «.» O, «الإصابة» O); tag spellings are canonicalised; BIO is repaired.
 */
export function readAnercorp(text: string): { sentences: Sentence[] } & ReadReport {
  const fixes = new Map<string, number>();
  const sentences: Sentence[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  const flush = () => {
    if (words.length > 0) sentences.push({ words, tags: repairBio(tags, fixes) });
    words = [];
    tags = [];
  };
  const push = (w: string, t: string) => {
    words.push(w);
    tags.push(t);
    if (w === ".") flush();
  };
  for (const line of text.split(/\r?\n/)) {
    const f = line
      .trim()
      .split(/\s+/)
      .filter((x) => x !== "");
    if (f.length === 0) continue;
    if (f.length === 1) {
      bump(fixes, "line without a token dropped");
      continue;
    }
    if (f.length === 2) {
      push(f[0] ?? "", canonicalTag(f[1] ?? "O", fixes));
      continue;
    }
    // Three or more fields: «tok tag+glued tag» or «tok tok tag».
    const lastTag = f[f.length - 1] ?? "O";
    const mid = f[1] ?? "";
    const glued = /^(O|[BI]-(?:PERS|LOC|ORG|MISC))(\S+)$/.exec(mid);
    if (f.length === 3 && glued?.[1] && glued[2]) {
      bump(fixes, "tag with a token glued to it split in two");
      push(f[0] ?? "", glued[1]);
      push(glued[2], canonicalTag(lastTag, fixes));
      continue;
    }
    bump(fixes, "line with several tokens and one tag split");
    const tag = canonicalTag(lastTag, fixes);
    const toks = f.slice(0, -1);
    toks.forEach((tok, k) => {
      push(tok, k > 0 && tag.startsWith("B-") ? `I-${tag.slice(2)}` : tag);
    });
  }
  flush();
  return { sentences, fixes };
}

export interface Split {
  readonly train: Sentence[];
  readonly test: Sentence[];
  readonly testTokens: number;
  /** Test sentences dropped because the same token sequence occurs in training. */
  readonly droppedDuplicates: number;
  readonly duplicateSentencesInCorpus: number;
}

const key = (s: Sentence) => s.words.join(" ");

/**
 * Document-order split: the final sentences totalling at least `testTokens` tokens are the test
 * split; test sentences whose exact token sequence occurs in training are dropped.
 */
export function splitAnercorp(sentences: readonly Sentence[], testTokens = 25_000): Split {
  let cut = sentences.length;
  let count = 0;
  while (cut > 0 && count < testTokens) {
    cut--;
    count += sentences[cut]?.words.length ?? 0;
  }
  const train = sentences.slice(0, cut);
  const seen = new Set(train.map(key));
  const all = new Set<string>();
  let dupes = 0;
  for (const s of sentences) {
    const k = key(s);
    if (all.has(k)) dupes++;
    all.add(k);
  }
  const rawTest = sentences.slice(cut);
  const test = rawTest.filter((s) => !seen.has(key(s)));
  return {
    train,
    test,
    testTokens: test.reduce((a, s) => a + s.words.length, 0),
    droppedDuplicates: rawTest.length - test.length,
    duplicateSentencesInCorpus: dupes,
  };
}

const WOJOOD_MAP = new Map<string, string>([
  ["PERS", "PERS"],
  ["ORG", "ORG"],
  ["GPE", "LOC"],
  ["LOC", "LOC"],
]);

/**
 * Wojood (nested): `token TAG [TAG…]` per line, sentences separated by blank lines. Types are
 * mapped PERS→PERS, ORG→ORG, GPE/LOC→LOC, all others dropped; where mapped entities nest, the
 * outermost wins.
 */
export function readWojood(text: string): Sentence[] {
  const out: Sentence[] = [];
  let rows: string[][] = [];
  const flush = () => {
    if (rows.length === 0) return;
    const words = rows.map((r) => r[0] ?? "");
    // Spans per mapped type, from B-/I- sequences of each original type.
    const spans: { type: string; a: number; b: number }[] = [];
    const open = new Map<string, number>();
    const closeAll = (i: number, keep: Set<string>) => {
      for (const [t, a] of open) {
        if (keep.has(t)) continue;
        const mapped = WOJOOD_MAP.get(t);
        if (mapped) spans.push({ type: mapped, a, b: i });
        open.delete(t);
      }
    };
    rows.forEach((r, i) => {
      const cont = new Set<string>();
      const starts: string[] = [];
      for (const tag of r.slice(1)) {
        if (tag.startsWith("I-")) cont.add(tag.slice(2));
        else if (tag.startsWith("B-")) starts.push(tag.slice(2));
      }
      closeAll(i, new Set([...cont].filter((t) => open.has(t))));
      for (const t of cont) if (!open.has(t)) open.set(t, i);
      for (const t of starts) {
        const a = open.get(t);
        if (a !== undefined) {
          const mapped = WOJOOD_MAP.get(t);
          if (mapped) spans.push({ type: mapped, a, b: i });
        }
        open.set(t, i);
      }
    });
    closeAll(rows.length, new Set());
    spans.sort((x, y) => y.b - y.a - (x.b - x.a) || x.a - y.a);
    const tags = new Array<string>(words.length).fill("O");
    for (const s of spans) {
      let free = true;
      for (let i = s.a; i < s.b; i++) if (tags[i] !== "O") free = false;
      if (!free) continue;
      for (let i = s.a; i < s.b; i++) tags[i] = `${i === s.a ? "B" : "I"}-${s.type}`;
    }
    out.push({ words, tags });
    rows = [];
  };
  for (const line of text.split(/\r?\n/)) {
    const f = line
      .trim()
      .split(/\s+/)
      .filter((x) => x !== "");
    if (f.length === 0 || f[0] === "$#$") {
      flush();
      continue;
    }
    rows.push(f);
  }
  flush();
  return out;
}

export interface TypeScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Scores {
  readonly byType: Record<string, TypeScore>;
  /** Micro-average over PERS, LOC and ORG (MISC reported separately). */
  readonly micro: TypeScore;
  /** Micro-average over all four types. */
  readonly microAll: TypeScore;
}

function finish(tp: number, fp: number, fn: number): TypeScore {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** Entity-level P/R/F1 of predicted tag sequences against gold ones (exact span and type). */
export function scoreEntities(
  gold: readonly (readonly string[])[],
  pred: readonly (readonly string[])[],
): Scores {
  const c = new Map<string, { tp: number; fp: number; fn: number }>();
  for (const t of ENTITY_TYPES) c.set(t, { tp: 0, fp: 0, fn: 0 });
  gold.forEach((g, s) => {
    const p = pred[s] ?? [];
    const gs = spansOf(g);
    const ps = spansOf(p);
    const gk = new Set(gs.map((x) => `${x.type}:${x.start}:${x.end}`));
    const pk = new Set(ps.map((x) => `${x.type}:${x.start}:${x.end}`));
    for (const x of ps) {
      const slot = c.get(x.type) ?? { tp: 0, fp: 0, fn: 0 };
      if (gk.has(`${x.type}:${x.start}:${x.end}`)) slot.tp++;
      else slot.fp++;
      c.set(x.type, slot);
    }
    for (const x of gs) {
      const slot = c.get(x.type) ?? { tp: 0, fp: 0, fn: 0 };
      if (!pk.has(`${x.type}:${x.start}:${x.end}`)) slot.fn++;
      c.set(x.type, slot);
    }
  });
  const byType: Record<string, TypeScore> = {};
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tpA = 0;
  let fpA = 0;
  let fnA = 0;
  for (const [t, v] of c) {
    byType[t] = finish(v.tp, v.fp, v.fn);
    tpA += v.tp;
    fpA += v.fp;
    fnA += v.fn;
    if (t === "MISC") continue;
    tp += v.tp;
    fp += v.fp;
    fn += v.fn;
  }
  return { byType, micro: finish(tp, fp, fn), microAll: finish(tpA, fpA, fnA) };
}

/** A printable table of scores. */
export function formatScores(s: Scores): string {
  const pct = (x: number) => (100 * x).toFixed(2).padStart(6);
  const row = (name: string, v: TypeScore) =>
    `${name.padEnd(16)} ${pct(v.precision)} ${pct(v.recall)} ${pct(v.f1)}   (tp ${v.tp}, fp ${v.fp}, fn ${v.fn})`;
  return [
    `${"type".padEnd(16)} ${"P".padStart(6)} ${"R".padStart(6)} ${"F1".padStart(6)}`,
    ...["PERS", "LOC", "ORG"].map((t) => row(t, s.byType[t] ?? finish(0, 0, 0))),
    row("micro PERS/LOC/ORG", s.micro),
    row("MISC (separate)", s.byType.MISC ?? finish(0, 0, 0)),
    row("micro all four", s.microAll),
  ].join("\n");
}
