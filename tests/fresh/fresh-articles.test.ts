/**
 * The fresh-article corpus: every `articles/NAME.txt` is run through the extractor and checked
 * against `articles/NAME.expected.json`; a score table is printed at the end. The history of
 * what these articles caught, and the expectation vocabulary, are in ./README.md. Adding an
 * outlet's article means adding those two files, not code.
 */
import { readdirSync, readFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { extractArticle } from "../../functions/core/extract/index.ts";

type Facts = ReturnType<typeof extractArticle>["facts"];
type Group = "page" | "entities" | "figures" | "quotes" | "dates";
const GROUPS: readonly Group[] = ["page", "entities", "figures", "quotes", "dates"];

const dir = new URL("./articles/", import.meta.url);
const EXPECTED = ".expected.json";

/** An English name, or the Arabic when there is none, so a nameless find never passes as null. */
const nameOf = (n: { ar: string; en: string | null } | null | undefined) =>
  n ? (n.en ?? `(ar) ${n.ar}`) : null;
const ymd = (d: Facts["dates"][number]) => `${d.year}-${d.month}-${d.day}`;
const figureLine = (x: Facts["figures"][number]) =>
  `${x.kind} ${x.count}${x.unit === "families" ? " families" : ""} ${x.qualifier} @${x.places.map((p) => p.en).join("+")}`;

/** The lists a key can check; each takes the suffixes in MODES (`figuresInclude`, …). */
const LISTS: Record<string, { group: Group; of: (f: Facts) => unknown[] }> = {
  figures: { group: "figures", of: (f) => f.figures.map(figureLine) },
  figuresWithoutPlaces: {
    group: "figures",
    of: (f) => f.figures.map((x) => figureLine(x).split(" @")[0]),
  },
  figureParts: {
    group: "figures",
    of: (f) => f.figures.map((x) => x.parts.map((p) => `${p.count} ${p.group.en}`)),
  },
  figureSources: { group: "figures", of: (f) => f.figures.map((x) => nameOf(x.source)) },
  uncounted: { group: "figures", of: (f) => f.uncounted.map((u) => `${u.kind} ${u.why}`) },
  speakers: { group: "quotes", of: (f) => f.quotes.map((q) => q.speaker?.en ?? null) },
  people: {
    group: "entities",
    of: (f) =>
      f.entities.filter((e) => e.type === "person").map((e) => `${e.name.en} ×${e.mentions}`),
  },
  named: { group: "entities", of: (f) => f.entities.map((e) => e.name.en) },
  placesAr: {
    group: "entities",
    of: (f) => f.entities.filter((e) => e.type === "place").map((e) => e.name.ar),
  },
  dates: { group: "dates", of: (f) => f.dates.map(ymd) },
  datesWithText: { group: "dates", of: (f) => f.dates.map((d) => `${ymd(d)} ${d.text}`) },
  datesWithResolution: {
    group: "dates",
    of: (f) => f.dates.map((d) => `${ymd(d)} ${d.resolved}`),
  },
  dateTexts: { group: "dates", of: (f) => f.dates.map((d) => d.text) },
  relativeDateTexts: {
    group: "dates",
    of: (f) => f.dates.filter((d) => d.resolved === "relative").map((d) => d.text),
  },
};

/** One value the extractor gave and what the file expects of it, labelled for the report. */
interface Check {
  label: string;
  group: Group;
  actual: unknown;
  expected: unknown;
}
type Mode = "" | "Include" | "Exclude" | "StartWith" | "At" | "Count";
/** How each suffix turns a list and the file's value into checks (the README lists them). */
const MODES: Record<Mode, (list: unknown[], want: unknown) => [string, unknown, unknown][]> = {
  "": (list, want) => [["", list, want]],
  Include: (list, want) => [["", list, expect.arrayContaining(want as unknown[])]],
  // The excluded items found, so a failure names them.
  Exclude: (list, want) => [
    ["", list.filter((x) => (want as unknown[]).some((w) => isDeepStrictEqual(w, x))), []],
  ],
  StartWith: (list, want) => [["", list.slice(0, (want as unknown[]).length), want]],
  At: (list, want) =>
    Object.entries(want as object).map(([i, v]) => [
      `[${i}]`,
      Number(i) < list.length ? list[Number(i)] : `(no item ${i})`,
      v,
    ]),
  Count: (list, want) => [["", list.length, want]],
};
const SHAPES: Record<Mode, string> = {
  "": "array",
  Include: "array",
  Exclude: "array",
  StartWith: "array",
  At: "object",
  Count: "number",
};

/** A title prefix as a pattern: the report then shows the whole title beside it. */
const startsWith = (s: unknown) =>
  expect.stringMatching(new RegExp(`^${String(s).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));

/** The page's own fields; `match` turns the file's value into what the field must equal. */
const SCALARS: Record<
  string,
  { of: (f: Facts) => unknown; shape?: string; match?: (want: unknown) => unknown }
> = {
  published: { of: (f) => f.published },
  title: { of: (f) => f.title.ar },
  titleStartsWith: { of: (f) => f.title.ar, shape: "string", match: startsWith },
  "dateline.text": { of: (f) => f.dateline?.text ?? null },
  "dateline.place": { of: (f) => nameOf(f.dateline?.place) },
  "dateline.date": { of: (f) => f.dateline?.date ?? null },
};
/** `{ "Arabic name or alias": "type" }`, one check per entity. */
const ENTITY_TYPES = "entityTypes";
/** Keys that document rather than check. */
const NOTES = new Set(["about", "why"]);

/** A key's list and mode, or undefined when the runner does not know the key. */
function parseKey(key: string): { list: string; mode: Mode } | undefined {
  if (LISTS[key]) return { list: key, mode: "" };
  const suffixes = (Object.keys(MODES) as Mode[]).filter((m) => m !== "");
  const mode = suffixes.find((m) => key.endsWith(m) && LISTS[key.slice(0, -m.length)]);
  return mode ? { list: key.slice(0, -mode.length), mode } : undefined;
}

const shapeOf = (v: unknown) => (Array.isArray(v) ? "array" : v === null ? "null" : typeof v);

/** The shape a key's value must have ("any" when free), or undefined for an unknown key. */
function shapeFor(key: string): string | undefined {
  const parsed = parseKey(key);
  if (parsed) return SHAPES[parsed.mode];
  if (key === ENTITY_TYPES) return "object";
  const scalar = SCALARS[key];
  return scalar ? (scalar.shape ?? "any") : undefined;
}

/** What is wrong with a key's value, if anything: unknown keys and wrong shapes. */
function keyProblem(key: string, value: unknown): string | undefined {
  const want = shapeFor(key);
  if (want === undefined) return `unknown key "${key}"`;
  if (want !== "any" && shapeOf(value) !== want) return `"${key}" should be a ${want}`;
  return undefined;
}

/** `why` is a note on the whole article or one per key, and a key it names must be checked. */
function whyProblems(exp: Record<string, unknown>): string[] {
  const why = exp.why;
  if (why === undefined || typeof why === "string") return [];
  if (shapeOf(why) !== "object") return [`"why" should be a string or an object`];
  return Object.keys(why as object)
    .filter((k) => NOTES.has(k) || !(k in exp))
    .map((k) => `"why" explains "${k}", which the file does not check`);
}

/** Every problem with an expectation file, so a typo fails instead of skipping a check. */
function problems(exp: unknown): string[] {
  if (shapeOf(exp) !== "object") return ["the file should hold a JSON object"];
  const record = exp as Record<string, unknown>;
  const keys = Object.keys(record).filter((k) => !NOTES.has(k));
  const found = keys.map((k) => keyProblem(k, record[k])).filter((p) => p !== undefined);
  if (keys.length === 0) found.push("the file checks nothing");
  return [...found, ...whyProblems(record)];
}

/** The checks a key makes on one article's facts. */
function checksFor(name: string, f: Facts, key: string, want: unknown): Check[] {
  const label = (suffix: string) => `${name}: ${key}${suffix}`;
  if (key === ENTITY_TYPES) {
    return Object.entries(want as object).map(([ar, type]) => ({
      label: label(`[${ar}]`),
      group: "entities",
      actual:
        f.entities.find((e) => e.name.ar === ar || e.aliases.includes(ar))?.type ?? "(no entity)",
      expected: type,
    }));
  }
  const scalar = SCALARS[key];
  if (scalar) {
    const expected = scalar.match ? scalar.match(want) : want;
    return [{ label: label(""), group: "page", actual: scalar.of(f), expected }];
  }
  const { list, mode } = parseKey(key) as { list: string; mode: Mode };
  const spec = LISTS[list] as (typeof LISTS)[string];
  return MODES[mode](spec.of(f), want).map(([suffix, actual, expected]) => ({
    label: label(suffix),
    group: spec.group,
    actual,
    expected,
  }));
}

/**
 * Runs one check and says whether it held. A failure is reported with expect.soft, so the
 * article's other checks still run and the score table counts them all.
 */
function verify(check: Check): boolean {
  try {
    expect(check.actual, check.label).toEqual(check.expected);
    return true;
  } catch {
    expect.soft(check.actual, check.label).toEqual(check.expected);
    return false;
  }
}

type Score = Record<Group, { passed: number; total: number }>;
const emptyScore = (): Score =>
  Object.fromEntries(GROUPS.map((g) => [g, { passed: 0, total: 0 }])) as Score;

/** One article's expectations as read from disk, or why they could not be used. */
interface Loaded {
  name: string;
  expected?: Record<string, unknown>;
  problem?: string;
}
function load(name: string): Loaded {
  const file = `${name}${EXPECTED}`;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(new URL(file, dir), "utf8"));
  } catch (e) {
    return { name, problem: `${file}: ${(e as Error).message}` };
  }
  const found = problems(parsed);
  if (found.length > 0) return { name, problem: `${file}: ${found.join("; ")}` };
  return { name, expected: parsed as Record<string, unknown> };
}

/** Extracts the article once and runs every check its file asks for. */
function runArticle(article: Loaded): Score {
  if (!article.expected) throw new Error(article.problem);
  const text = readFileSync(new URL(`${article.name}.txt`, dir), "utf8");
  const facts = extractArticle(text).facts;
  const score = emptyScore();
  for (const [key, want] of Object.entries(article.expected)) {
    if (NOTES.has(key)) continue;
    for (const check of checksFor(article.name, facts, key, want)) {
      score[check.group].total++;
      if (verify(check)) score[check.group].passed++;
    }
  }
  return score;
}

const cell = (s: { passed: number; total: number }) =>
  (s.total === 0 ? "–" : `${s.passed}/${s.total}`).padStart(9);
function tableRow(label: string, score: Score): string {
  const all = GROUPS.reduce(
    (t, g) => ({ passed: t.passed + score[g].passed, total: t.total + score[g].total }),
    { passed: 0, total: 0 },
  );
  return [label.padEnd(12), ...GROUPS.map((g) => cell(score[g])), cell(all)].join(" ");
}

/** Checks passed/total per key group for each article, and the sum over all of them. */
function scoreTable(articles: Loaded[], scores: Map<string, Score>): string {
  const total = emptyScore();
  const rows = articles.map(({ name, problem }) => {
    const score = scores.get(name);
    if (!score) return `${name.padEnd(12)} not run${problem ? `: ${problem}` : ""}`;
    for (const g of GROUPS) {
      total[g].passed += score[g].passed;
      total[g].total += score[g].total;
    }
    return tableRow(name, score);
  });
  const header = ["article".padEnd(12), ...[...GROUPS, "total"].map((h) => h.padStart(9))];
  // The total leaves out articles that never ran; say so, or it would look complete.
  const skipped = articles.length - scores.size;
  const note = skipped > 0 ? [`(${skipped} of ${articles.length} articles not run)`] : [];
  return [header.join(" "), ...rows, tableRow("TOTAL", total), ...note].join("\n");
}

const files = readdirSync(dir);
const names = files.filter((f) => f.endsWith(".txt")).map((f) => f.slice(0, -".txt".length));
const articles = names.sort().map((name): Loaded => {
  if (files.includes(`${name}${EXPECTED}`)) return load(name);
  return { name, problem: `${name}${EXPECTED} is missing beside ${name}.txt` };
});
const orphans = files
  .filter((f) => f.endsWith(EXPECTED) && !names.includes(f.slice(0, -EXPECTED.length)))
  .sort();

describe("fresh articles", () => {
  const scores = new Map<string, Score>();
  afterAll(() => console.log(scoreTable(articles, scores)));

  it("finds articles to run", () => {
    expect(articles.length, "articles in tests/fresh/articles").toBeGreaterThan(0);
  });
  it("has an article for every expectation file", () => {
    expect(orphans, "expectation files without their .txt").toEqual([]);
  });
  for (const article of articles) {
    const about = article.expected?.about;
    it(`${article.name}${typeof about === "string" ? `: ${about}` : ""}`, () => {
      scores.set(article.name, runArticle(article));
    });
  }
});
