/**
 * Incidents: the casualty figures of every article that describe one event, side by side.
 *
 * A figure joins an existing incident when ALL of these hold (each is said in `why`):
 *  - KIND and UNIT are the same (killed people, displaced families …);
 *  - PLACE: they share a place below country level; a figure that names only countries
 *    joins only an incident that also names no town, and shares a country with it. A figure
 *    with no place joins nothing (it cannot be told apart from any other);
 *  - DATE: both dated (publication or dateline date) within DATE_WINDOW days, or both undated;
 *    a dated report never joins an undated one (nothing says they tell of the same days);
 *  - COUNT: every count, old and new, within a factor COUNT_RATIO of each other (or DIFF_SLACK
 *    apart for small tolls), so a toll's update joins and a different event does not; between
 *    undated reports, where the count is the only evidence, within UNDATED_RATIO;
 *  - BREAKDOWN: no part of one («بينهم 50 طفلا») is larger than the other's total;
 *  - one report per copy group: an article never reports an incident twice, and a syndicated
 *    copy's same figure is listed on the original's report (`alsoIn`), never counted again.
 * Among several incidents that qualify, the closest count wins, then the earliest.
 * The range is the lowest and highest count reported: never a sum.
 */
import type { ArticleId, BilingualName, Figure, FigureKind, FigureUnit } from "../facts.ts";
import type { ArticleNames, EntityStore } from "./entities.ts";
import { type Cached, LinkedStore } from "./linked-store.ts";
import type { IncidentReport, ReportIncident, ReportSource } from "./model.ts";
import { IdRegistry, nameSlug } from "./slug.ts";
import { hexId } from "./text.ts";

export const DATE_WINDOW = 3;
export const COUNT_RATIO = 1.5;
export const DIFF_SLACK = 2;
/** Without dates only the count tells one event from another: it must be closer. */
export const UNDATED_RATIO = 1.2;

/** An incident as the callers hold it: a handle for `idOf`. */
export type IncidentRef = object;

/** What the store needs to know of the article a figure comes from. */
export interface FigureArticle {
  readonly id: ArticleId;
  /** The copy group's primary: one report per group. */
  readonly primary: ArticleId;
  readonly outlet: BilingualName | null;
  readonly date: string | null;
  readonly names: ArticleNames;
}

interface Report {
  readonly article: FigureArticle;
  readonly figure: Figure;
  readonly source: number | null;
  readonly alsoIn: ArticleId[];
  readonly joined: string | null;
}

interface Incident extends Cached<ReportIncident> {
  readonly id: string;
  readonly kind: FigureKind;
  readonly unit: FigureUnit;
  /** Place nodes below country level, and country nodes. */
  readonly towns: Set<number>;
  readonly countries: Set<number>;
  readonly reports: Report[];
  readonly groups: Set<ArticleId>;
  min: number;
  max: number;
  firstDate: string | null;
  lastDate: string | null;
}

const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

function countsClose(lo: number, hi: number): boolean {
  return hi - lo <= DIFF_SLACK || hi <= lo * COUNT_RATIO;
}

const qualifierWords: Record<Figure["qualifier"], string> = {
  exact: "",
  at_least: "at least ",
  more_than: "more than ",
  about: "about ",
  up_to: "up to ",
};

export class IncidentStore extends LinkedStore {
  private readonly all: Incident[] = [];
  /** Place root → kind|unit → incidents naming that place. */
  private readonly byPlace = new Map<number, Map<string, Incident[]>>();
  /** Copy group (primary article) → incidents it reports. */
  private readonly byGroup = new Map<ArticleId, Incident[]>();
  private readonly ids = new IdRegistry();

  constructor(entities: EntityStore) {
    super(entities);
    // When two places turn out to be one, incidents filed under either are found under both;
    // any merge can change the ids an output names.
    entities.onMerge((kept, gone) => {
      const moved = this.byPlace.get(gone);
      if (!moved) return;
      this.byPlace.delete(gone);
      const into = this.byPlace.get(kept) ?? new Map<string, Incident[]>();
      this.byPlace.set(kept, into);
      for (const [kindUnit, list] of moved) {
        const to = into.get(kindUnit) ?? [];
        into.set(kindUnit, to);
        const have = new Set(to);
        for (const inc of list) {
          if (!have.has(inc)) to.push(inc);
          for (const set of [inc.towns, inc.countries]) if (set.delete(gone)) set.add(kept);
        }
      }
    });
  }

  /** Files an article's figures; returns the incident each figure is a report of, in order. */
  addArticle(article: FigureArticle, figures: readonly Figure[]): IncidentRef[] {
    return figures.map((f) => this.addFigure(article, f));
  }

  /** The id an incident has in the output (a handle, so callers need not see the record). */
  idOf(ref: IncidentRef): string {
    return (ref as Incident).id;
  }

  private addFigure(article: FigureArticle, f: Figure): Incident {
    const towns = new Set<number>();
    const countries = new Set<number>();
    for (const p of f.places) {
      const node = this.entities.resolve(article.names, p, "place");
      if (node === null) continue;
      const root = this.entities.root(node);
      if (this.entities.geoOf(node)?.country) countries.add(root);
      else towns.add(root);
    }
    const source = f.source ? this.entities.resolve(article.names, f.source, null) : null;
    const copied = this.listCopy(article, f);
    if (copied) return copied;
    if (towns.size === 0 && countries.size === 0) {
      return this.found(article, f, towns, countries, source);
    }
    let best: { inc: Incident; why: string; score: number } | null = null;
    for (const inc of this.candidates(f, towns.size > 0 ? towns : countries)) {
      if (inc.groups.has(article.primary)) continue;
      const why = this.joinReason(inc, f, article.date, towns, countries);
      if (why === null) continue;
      const lo = Math.min(inc.min, f.count);
      const hi = Math.max(inc.max, f.count);
      const score = hi / Math.max(lo, 1);
      if (!best || score < best.score) best = { inc, why, score };
    }
    if (!best) {
      return this.found(article, f, towns, countries, source);
    }
    const inc = best.inc;
    inc.reports.push({ article, figure: f, source, alsoIn: [], joined: best.why });
    this.enter(inc, article.primary);
    inc.min = Math.min(inc.min, f.count);
    inc.max = Math.max(inc.max, f.count);
    this.widenDates(inc, article.date);
    for (const t of towns) this.file(inc, t, inc.towns);
    for (const c of countries) this.file(inc, c, inc.countries);
    inc.output = null;
    return inc;
  }

  /**
   * A syndicated copy carrying a figure its copy group already reported (same kind, unit,
   * count and qualifier): the copy is listed on that report, not counted again.
   */
  private listCopy(article: FigureArticle, f: Figure): Incident | null {
    if (article.id === article.primary) return null;
    for (const inc of this.byGroup.get(article.primary) ?? []) {
      if (inc.kind !== f.kind || inc.unit !== f.unit) continue;
      const same = inc.reports.find(
        (r) =>
          r.article.primary === article.primary &&
          r.figure.count === f.count &&
          r.figure.qualifier === f.qualifier,
      );
      if (same && same.article.id !== article.id && !same.alsoIn.includes(article.id)) {
        same.alsoIn.push(article.id);
        inc.output = null;
        return inc;
      }
    }
    return null;
  }

  private enter(inc: Incident, group: ArticleId): void {
    inc.groups.add(group);
    const list = this.byGroup.get(group);
    if (list) list.push(inc);
    else this.byGroup.set(group, [inc]);
  }

  private *candidates(f: Figure, places: ReadonlySet<number>): Iterable<Incident> {
    const seen = new Set<Incident>();
    for (const p of places) {
      for (const inc of this.byPlace.get(p)?.get(`${f.kind}|${f.unit}`) ?? []) {
        if (!seen.has(inc)) {
          seen.add(inc);
          yield inc;
        }
      }
    }
  }

  /** Why figure `f` belongs to `inc`, or null when a rule keeps them apart. */
  private joinReason(
    inc: Incident,
    f: Figure,
    date: string | null,
    towns: ReadonlySet<number>,
    countries: ReadonlySet<number>,
  ): string | null {
    // The cheap tests first: one place may hold thousands of incidents.
    const lo = Math.min(inc.min, f.count);
    const hi = Math.max(inc.max, f.count);
    let dateWhy: string;
    if (date && inc.firstDate && inc.lastDate) {
      const d = dayNumber(date);
      if (d < dayNumber(inc.firstDate) - DATE_WINDOW || d > dayNumber(inc.lastDate) + DATE_WINDOW) {
        return null;
      }
      if (!countsClose(lo, hi)) return null;
      dateWhy = `dated ${date}, within ${DATE_WINDOW} days`;
    } else if (date || inc.firstDate) {
      // One side dated, the other not: nothing says they are the same days.
      return null;
    } else {
      if (hi > lo * UNDATED_RATIO) return null;
      dateWhy = `both undated, so counts within ${UNDATED_RATIO}×`;
    }
    let placeWhy: string;
    const sharedTowns = [...towns].filter((t) => inc.towns.has(t));
    if (sharedTowns.length > 0) {
      placeWhy = `the same place (${sharedTowns.map((t) => this.label(t)).join(", ")})`;
    } else if (towns.size === 0 && inc.towns.size === 0) {
      const shared = [...countries].filter((c) => inc.countries.has(c));
      if (shared.length === 0) return null;
      placeWhy = `the same country, no town named (${shared.map((c) => this.label(c)).join(", ")})`;
    } else {
      return null;
    }
    for (const r of inc.reports) {
      if (f.parts.some((p) => p.count > r.figure.count)) return null;
      if (r.figure.parts.some((p) => p.count > f.count)) return null;
    }
    const range = inc.min === inc.max ? `${inc.min}` : `${inc.min}–${inc.max}`;
    return `${f.kind}, ${placeWhy}, ${qualifierWords[f.qualifier]}${f.count} beside ${range}, ${dateWhy}`;
  }

  private label(node: number): string {
    const n = this.entities.nameOf(node);
    return n.en ?? n.ar;
  }

  private found(
    article: FigureArticle,
    f: Figure,
    towns: Set<number>,
    countries: Set<number>,
    source: number | null,
  ): Incident {
    const first = [...towns, ...countries][0];
    const where = first === undefined ? "unplaced" : nameSlug(this.entities.nameOf(first));
    const inc: Incident = {
      // Kind, place and date to read; a short hash of the founding report to tell apart
      // incidents that share those, independent of any other incident (no "-2", "-3" that
      // would shift when an earlier one leaves).
      id: this.ids.claim(
        `${f.kind}-${where}-${article.date ?? "undated"}-${hexId(`${article.id}\u0000${f.text}\u0000${f.count}`).slice(0, 4)}`,
      ),
      kind: f.kind,
      unit: f.unit,
      towns: new Set(),
      countries: new Set(),
      reports: [{ article, figure: f, source, alsoIn: [], joined: null }],
      groups: new Set(),
      min: f.count,
      max: f.count,
      firstDate: article.date,
      lastDate: article.date,
      output: null,
      outputGen: -1,
    };
    this.all.push(inc);
    this.enter(inc, article.primary);
    for (const t of towns) this.file(inc, t, inc.towns);
    for (const c of countries) this.file(inc, c, inc.countries);
    return inc;
  }

  private file(inc: Incident, place: number, set: Set<number>): void {
    if (set.has(place)) return;
    set.add(place);
    const kinds = this.byPlace.get(place) ?? new Map<string, Incident[]>();
    this.byPlace.set(place, kinds);
    const key = `${inc.kind}|${inc.unit}`;
    const list = kinds.get(key);
    if (list) list.push(inc);
    else kinds.set(key, [inc]);
  }

  private widenDates(inc: Incident, date: string | null): void {
    if (!date) return;
    if (!inc.firstDate || date < inc.firstDate) inc.firstDate = date;
    if (!inc.lastDate || date > inc.lastDate) inc.lastDate = date;
  }

  incidents(): ReportIncident[] {
    return this.all.map((inc) => {
      return this.cached(inc, () => this.output(inc));
    });
  }

  private output(inc: Incident): ReportIncident {
    const reports: IncidentReport[] = inc.reports.map((r) => ({
      article: r.article.id,
      outlet: r.article.outlet,
      source: this.source(r),
      count: r.figure.count,
      qualifier: r.figure.qualifier,
      parts: r.figure.parts,
      date: r.article.date,
      text: r.figure.text,
      alsoIn: [...r.alsoIn],
      joined: r.joined,
    }));
    const places = [...new Set([...inc.towns, ...inc.countries].map((n) => this.entities.idOf(n)))];
    const founder = inc.reports[0] as Report;
    const joins = inc.reports.slice(1).map((r) => `${r.article.id} joined: ${r.joined}`);
    const why =
      `founded by ${founder.article.id} (${qualifierWords[founder.figure.qualifier]}${founder.figure.count} ${inc.kind})` +
      (joins.length > 0 ? `; ${joins.join("; ")}` : "; no other report matches");
    return {
      id: inc.id,
      kind: inc.kind,
      unit: inc.unit,
      places,
      date: inc.firstDate,
      range: { min: inc.min, max: inc.max },
      reports,
      why,
    };
  }

  private source(r: Report): ReportSource | null {
    const s = r.figure.source;
    if (!s) return null;
    return { ar: s.ar, en: s.en, entity: r.source === null ? null : this.entities.idOf(r.source) };
  }
}
