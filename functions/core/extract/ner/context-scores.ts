/**
 * A sentence made ready for tagging: its words interned, and its context-feature scores under
 * every model summed ahead of decoding (they do not depend on the other passes). Word pairs and
 * position-feature combinations repeat, so their summed scores are cached here; the rest of a
 * token's context features are hashed and probed.
 */

import { pairFeatures, positionFeatures } from "./context-features.ts";
import type { FeatureSums } from "./feature-sums.ts";
import { gazAfter, gazBefore, gazetteerTags, gazStemFeatures } from "./gazetteer-features.ts";
import { LABELS } from "./labels.ts";
import type { Lexicon } from "./lexicon.ts";
import type { NerModel } from "./model.ts";
import type { NameLists } from "./name-lists.ts";
import { addScores } from "./score-rows.ts";
import { withRoom } from "./with-room.ts";
import type { WordInfo } from "./word-info.ts";

const L = LABELS.length;

/** Position-feature combinations kept (a few hundred occur). */
const POSITION_LIMIT = 4096;

/**
 * A sentence ready for any pass: its word ids and, per model, its context-feature scores
 * (n × L, float64), which do not depend on the other passes.
 */
export interface Prepared {
  readonly ids: Int32Array;
  readonly ctx: readonly Float64Array[];
}

export class ContextScores {
  private readonly lexicon: Lexicon;
  private readonly sums: FeatureSums;
  private readonly models: readonly NerModel[];
  /** The name lists, with the gazetteer snapshot the features read. */
  private readonly lists: NameLists;
  private readonly buf: number[] = [];
  private readonly buf2: number[] = [];
  /** Position-feature scores by key (addPositionScores): entry e at e·M·L. */
  private readonly positions = new Map<number, number>();
  private positionValues = new Float64Array(0);
  private readonly gazIds = new Map<string, number>();
  private infos: WordInfo[] = [];

  constructor(lexicon: Lexicon, sums: FeatureSums, models: readonly NerModel[], lists: NameLists) {
    this.lexicon = lexicon;
    this.sums = sums;
    this.models = models;
    this.lists = lists;
  }

  /** Intern the words and score their context features under every model. */
  prepare(words: readonly string[], forms?: readonly number[]): Prepared {
    const n = words.length;
    const lex = this.lexicon;
    const ids = new Int32Array(n);
    const infos = this.infos;
    infos.length = n;
    for (let i = 0; i < n; i++) {
      const id = lex.id(words[i] as string, forms ? (forms[i] ?? -1) : -1);
      ids[i] = id;
      infos[i] = lex.infos[id] as WordInfo;
    }
    const gaz = gazetteerTags(this.lists, words, infos);
    const ctx = this.models.map(() => new Float64Array(n * L));
    const bos = lex.infos[0] as WordInfo;
    this.addPairScores(ctx, ids);
    const buf = this.buf;
    for (let i = 0; i < n; i++) {
      this.addPositionScores(ctx, infos, gaz, i, bos);
      buf.length = 0;
      gazStemFeatures(infos, gaz, i, buf);
      if (buf.length > 0) this.sums.addFeatures(ctx, 0, i, buf, 0, buf.length);
    }
    return { ids, ctx };
  }

  /** Add to ctx the pair scores of every neighbouring pair, padding included (BOS is id 0, EOS 1). */
  private addPairScores(ctx: readonly Float64Array[], ids: Int32Array): void {
    const n = ids.length;
    const M = ctx.length;
    const { pairs, infos } = this.lexicon;
    const values = pairs.values;
    const stride = pairs.stride;
    for (let i = -1; i < n; i++) {
      const a = i < 0 ? 0 : (ids[i] as number);
      const b = i + 1 < n ? (ids[i + 1] as number) : 1;
      let e = pairs.get(a, b);
      if (e < 0) {
        e = pairs.add(a, b);
        this.scorePair(e, infos[a] as WordInfo, infos[b] as WordInfo, M);
      }
      const at = e * stride;
      for (let m = 0; m < M; m++) {
        const c = ctx[m] as Float64Array;
        if (i >= 0) addScores(c, i * L, values, at + m * L);
        if (i + 1 < n) addScores(c, (i + 1) * L, values, at + (M + m) * L);
      }
    }
  }

  /**
   * Add the position-feature scores of token i (context-features.ts positionFeatures), cached by the
   * cue classes and gazetteer tags they are made of: a few hundred combinations in practice.
   */
  private addPositionScores(
    ctx: readonly Float64Array[],
    infos: readonly WordInfo[],
    gaz: readonly string[],
    i: number,
    bos: WordInfo,
  ): void {
    const M = ctx.length;
    const cueA = i > 1 ? (infos[i - 2] as WordInfo).cueId : bos.cueId;
    const cueB = i > 0 ? (infos[i - 1] as WordInfo).cueId : bos.cueId;
    const gp = this.gazId(gazBefore(gaz, i));
    const g0 = this.gazId(gaz[i] ?? "");
    const gn = this.gazId(gazAfter(gaz, i));
    // Small integers (< 2^24) as the key; a combination outside that range is not cached.
    const cacheable = cueA < 8 && cueB < 8 && gp < 64 && g0 < 64 && gn < 64;
    const key = cacheable ? cueA + 8 * (cueB + 8 * (gp + 64 * (g0 + 64 * gn))) : -1;
    let e = cacheable ? this.positions.get(key) : undefined;
    if (e === undefined) {
      const buf = this.buf;
      buf.length = 0;
      positionFeatures(infos, gaz, i, bos, buf);
      if (!cacheable) {
        this.sums.addFeatures(ctx, 0, i, buf, 0, buf.length);
        return;
      }
      if (this.positions.size === POSITION_LIMIT) this.positions.clear();
      e = this.positions.size;
      const stride = M * L;
      this.positionValues = withRoom(this.positionValues, (e + 1) * stride);
      this.positionValues.fill(0, e * stride, (e + 1) * stride);
      this.sums.addFeaturesAt(this.positionValues, e * stride, buf, M);
      this.positions.set(key, e);
    }
    for (let m = 0; m < M; m++) {
      addScores(ctx[m] as Float64Array, i * L, this.positionValues, (e * M + m) * L);
    }
  }

  /** A small number per gazetteer tag string (0 for none). */
  private gazId(tag: string): number {
    if (tag === "") return 0;
    let id = this.gazIds.get(tag);
    if (id === undefined) {
      id = this.gazIds.size + 1;
      this.gazIds.set(tag, id);
    }
    return id;
  }

  /** Fill pair entry e with the summed weights of its features under every model. */
  private scorePair(e: number, a: WordInfo, b: WordInfo, M: number): void {
    const first = this.buf;
    const second = this.buf2;
    first.length = 0;
    second.length = 0;
    pairFeatures(a, b, first, second);
    const { values, stride } = this.lexicon.pairs;
    this.sums.addFeaturesAt(values, e * stride, first, M);
    this.sums.addFeaturesAt(values, e * stride + M * L, second, M);
  }
}
