/**
 * Scores the extractor on a folder of written articles with gold facts (issue 23's measure):
 *
 *   DIR=/path/a,/path/b [ONLY=04,05] [SHOW=all] [STRICT=1] node scripts/score-articles.ts
 *
 * Each folder holds NN.txt or NN.html and NN.json (gold: outlet, published, entities, figures,
 * quotes, dates, as in BENCHMARKS.md "Unseen news, seventh session"). Prints speaker accuracy
 * (of the gold quotes found), date and figure F1, the publication date, and entity recall,
 * precision and F1 (tests/gold/score.ts matching, types pooled). A gold state army, police or
 * government («الجيش اللبناني») is optional unless STRICT=1: the project's gold lists none.
 * The articles are kept outside the repository so that nothing is tuned to them unseen.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readAndExtract } from "../functions/core/extraction-runner.ts";
import { englishKey, type GoldEntity, matchesGold, normStarts } from "../tests/gold/score.ts";

interface GoldDate {
  readonly day: number | null;
  readonly month: number | null;
  readonly year: number | null;
  readonly optional?: boolean;
}
interface GoldFigure {
  readonly kind: string;
  readonly count: number;
  readonly qualifier: string;
  readonly optional?: boolean;
}

const dirs = (process.env.DIR ?? "").split(",").filter(Boolean);
const only = process.env.ONLY ? new Set(process.env.ONLY.split(",")) : null;
const show = process.env.SHOW === "all";
const norm = normStarts;
const T = {
  q: 0,
  qf: 0,
  sp: 0,
  dg: 0,
  dr: 0,
  dt: 0,
  fg: 0,
  fr: 0,
  ft: 0,
  pg: 0,
  pr: 0,
  pw: 0,
  eg: 0,
  ef: 0,
  etp: 0,
  efp: 0,
  en: 0,
};
const errs: string[] = [];
for (const dir of dirs) {
  for (const f of readdirSync(dir)
    .filter((n) => /\.(txt|html)$/.test(n))
    .sort()) {
    const id = f.replace(/\..*$/, "");
    if (only && !only.has(id)) continue;
    const gp = join(dir, `${id}.json`);
    if (!existsSync(gp)) continue;
    const gold = JSON.parse(readFileSync(gp, "utf8"));
    const tag = `${dir.split("/").pop()}/${id}`;
    const r = await readAndExtract(new Uint8Array(readFileSync(join(dir, f))), f, {});
    if (!r.ok) {
      errs.push(`${tag}: REFUSED ${JSON.stringify(r).slice(0, 200)}`);
      continue;
    }
    const facts = r.extraction.facts;
    // The project's gold convention (shared/gold, samples): a state's army, police, forces or
    // government named by its country's adjective is no named organisation. STRICT=1 counts them.
    const stateBody = (g: GoldEntity) =>
      g.type === "org" &&
      g.ar.every((a: string) =>
        /^(و|ب|ل|لل)?(ال)?(جيش|شرطه|شرطة|قوات|حكومه|حكومة)( |$)/.test(
          a.replace(/^(و|ب|ل)(?=ال)/, ""),
        ),
      );
    const ents: GoldEntity[] = (gold.entities ?? []).map((g: GoldEntity) =>
      !process.env.STRICT && stateBody(g) ? { ...g, optional: true } : g,
    );
    // entities
    for (const e of facts.entities) {
      const hits = ents.filter((g) => matchesGold(e, g));
      if (hits.length === 0) {
        T.efp++;
        errs.push(`${tag}: spurious ${e.type} ${e.name.ar} / ${e.name.en}`);
      } else if (hits.some((g) => !g.optional)) T.etp++;
    }
    for (const g of ents) {
      if (g.optional) continue;
      T.eg++;
      const found = facts.entities.find((e) => matchesGold(e, g));
      if (!found) {
        errs.push(`${tag}: missed ${g.type} ${g.ar[0]} / ${g.en[0]}`);
        continue;
      }
      T.ef++;
      if (found.name.en && g.en.some((x) => englishKey(x) === englishKey(found.name.en ?? "")))
        T.en++;
      else errs.push(`${tag}: english ${g.ar[0]} = ${found.name.en} (gold ${g.en[0]})`);
    }
    // quotes
    for (const g of gold.quotes ?? []) {
      if (g.optional) continue;
      T.q++;
      const start = norm(g.starts);
      const q = facts.quotes.find(
        (x) => norm(x.text).startsWith(start) || norm(x.text).includes(start),
      );
      if (!q) {
        errs.push(`${tag}: quote missed «${g.starts}»`);
        continue;
      }
      T.qf++;
      const gs = g.speaker === null ? null : (ents.find((e) => e.en.includes(g.speaker)) ?? null);
      const right =
        g.speaker === null
          ? q.speaker === null
          : q.speaker !== null &&
            (gs
              ? matchesGold({ name: q.speaker }, gs)
              : englishKey(q.speaker.en ?? "") === englishKey(g.speaker));
      if (right) T.sp++;
      else
        errs.push(
          `${tag}: speaker «${g.starts}» = ${q.speaker?.ar ?? "null"} / ${q.speaker?.en ?? ""} (gold ${g.speaker})`,
        );
    }
    // dates (F1; a reported date equal to the publication date is neutral when gold omits it)
    const gd = (gold.dates ?? []).filter((d: GoldDate) => !d.optional);
    const used = new Set<number>();
    const pub = gold.published ? gold.published.split("-").map(Number) : null;
    for (const d of facts.dates) {
      const i = gd.findIndex(
        (g: GoldDate, k: number) =>
          !used.has(k) && g.day === d.day && g.month === d.month && g.year === d.year,
      );
      if (i >= 0) {
        used.add(i);
        T.dt++;
        T.dr++;
        continue;
      }
      const opt = (gold.dates ?? []).some(
        (g: GoldDate) => g.optional && g.day === d.day && g.month === d.month && g.year === d.year,
      );
      const isPub = pub && d.year === pub[0] && d.month === pub[1] && d.day === pub[2];
      const dup = gd.some(
        (g: GoldDate) => g.day === d.day && g.month === d.month && g.year === d.year,
      );
      if (opt || isPub || dup) continue;
      T.dr++;
      errs.push(`${tag}: date extra ${d.day}/${d.month}/${d.year} «${d.text}»`);
    }
    T.dg += gd.length;
    gd.forEach((g: GoldDate, k: number) => {
      if (!used.has(k)) errs.push(`${tag}: date missed ${g.day}/${g.month}/${g.year}`);
    });
    // figures (F1 by kind+count)
    const gf = gold.figures ?? [];
    const fused = new Set<number>();
    for (const f of facts.figures) {
      const i = gf.findIndex(
        (g: GoldFigure, k: number) => !fused.has(k) && g.kind === f.kind && g.count === f.count,
      );
      if (i >= 0) {
        fused.add(i);
        if (!gf[i].optional) {
          T.ft++;
          T.fr++;
        }
        continue;
      }
      T.fr++;
      errs.push(`${tag}: figure extra ${f.kind} ${f.count} «${f.text}»`);
    }
    gf.forEach((g: GoldFigure, k: number) => {
      if (g.optional) return;
      T.fg++;
      if (!fused.has(k)) errs.push(`${tag}: figure missed ${g.kind} ${g.count} ${g.qualifier}`);
    });
    // publication
    if (gold.published) {
      T.pg++;
      if (facts.published === gold.published) T.pr++;
      else errs.push(`${tag}: published ${facts.published} (gold ${gold.published})`);
    } else if (facts.published) {
      T.pw++;
      errs.push(`${tag}: published ${facts.published} (gold none)`);
    }
  }
}
const f1 = (tp: number, g: number, r: number) => (g + r === 0 ? 1 : (2 * tp) / (g + r));
const r3 = (x: number) => x.toFixed(3);
console.log(
  `speakers ${r3(T.sp / Math.max(1, T.qf))} (${T.sp}/${T.qf}; quotes found ${T.qf}/${T.q})`,
);
console.log(`dates F1 ${r3(f1(T.dt, T.dg, T.dr))} (tp ${T.dt}, gold ${T.dg}, reported ${T.dr})`);
console.log(`figures F1 ${r3(f1(T.ft, T.fg, T.fr))} (tp ${T.ft}, gold ${T.fg}, reported ${T.fr})`);
console.log(`publication ${T.pr}/${T.pg} (wrong when none: ${T.pw})`);
console.log(
  `entities R ${r3(T.ef / T.eg)} P ${r3(T.etp / (T.etp + T.efp))} F1 ${r3((2 * (T.ef / T.eg) * (T.etp / (T.etp + T.efp))) / (T.ef / T.eg + T.etp / (T.etp + T.efp)))} english ${r3(T.en / Math.max(1, T.ef))}`,
);
if (show) for (const e of errs) console.log(e);
