/**
 * Builds functions/core/extract/gazetteer/place-geo.json from the shared reference data (never
 * copied into the repo): for every place the gazetteer can name in English, its coordinates,
 * whether it is a country, and its country's ISO code. The story model puts places on the
 * map with it and keeps a country from joining incidents as if it were a town.
 *
 * Usage: node scripts/build-place-geo.ts [path/to/shared/data]   (default ../shared/data)
 * Derived from the countries-states-cities database (ODbL 1.0 / DbCL 1.0; see NOTICE.md).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { PLACES } from "../functions/core/extract/gazetteer/curated.ts";
import { parseLines } from "../functions/core/extract/gazetteer/lines.ts";
import derived from "../functions/core/extract/gazetteer/places.json" with { type: "json" };
import { normalizeArabic } from "../functions/core/extract/text/normalize.ts";

const dataDir = resolve(process.argv[2] ?? join(import.meta.dirname, "..", "..", "shared", "data"));
const out = join(
  import.meta.dirname,
  "..",
  "functions",
  "core",
  "extract",
  "gazetteer",
  "place-geo.json",
);

interface Row {
  name: string;
  iso2?: string;
  country_code?: string;
  latitude?: string | null;
  longitude?: string | null;
  population?: number | null;
  native?: string | null;
  translations?: Record<string, string>;
}

/** The same folding the gazetteer build applies to table names ("Ḩalab" → "Halab"). */
const ascii = (s: string): string =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[‘’ʽʼ`]/g, "")
    .replace(/\s+/g, " ")
    .trim();

const CODES = ["SY", "IQ", "LB", "JO", "PS", "IL", "EG", "YE", "LY", "SA", "DZ", "TR"];
const curated = parseLines(PLACES, "place");
const wanted = new Set<string>([
  ...(derived as { en: string }[]).map((p) => p.en),
  ...curated.map((e) => e.en),
]);
/** Places the curated lines put in a country the city tables do not cover (Doha, Kabul). */
const abroad = new Set(
  curated.filter((e) => e.country && !CODES.includes(e.country)).map((e) => e.en),
);

type Geo = [number, number, "country" | "city", string];
const geo: Record<string, Geo> = {};
const round = (v: string | null | undefined): number => Math.round(Number(v) * 1e4) / 1e4;

const countries = JSON.parse(
  readFileSync(join(dataDir, "places", "countries.json"), "utf8"),
) as Row[];
for (const c of countries) {
  if (!c.latitude || !c.longitude) continue;
  geo[c.name] = [round(c.latitude), round(c.longitude), "country", c.iso2 ?? ""];
}
/** The most populous city of a name wins (many villages share a town's name). */
const population = new Map<string, number>();
/** Normalised Arabic city name → the most populous city so named, for curated spellings. */
const byArabic = new Map<string, Geo>();
const arabicPop = new Map<string, number>();
for (const code of CODES) {
  const cities = JSON.parse(
    readFileSync(join(dataDir, "places", `cities-${code}.json`), "utf8"),
  ) as Row[];
  for (const c of cities) {
    const en = ascii(c.name);
    for (const raw of [c.native, c.translations?.ar]) {
      const ar = raw ? normalizeArabic(raw.replace(/\(.*?\)/g, "")) : "";
      if (ar === "" || !c.latitude || !c.longitude) continue;
      if ((arabicPop.get(ar) ?? -1) >= (c.population ?? 0)) continue;
      arabicPop.set(ar, c.population ?? 0);
      byArabic.set(ar, [round(c.latitude), round(c.longitude), "city", c.country_code ?? code]);
    }
    if (!wanted.has(en) || abroad.has(en) || geo[en]?.[2] === "country") continue;
    if (!c.latitude || !c.longitude) continue;
    const pop = c.population ?? 0;
    if ((population.get(en) ?? -1) >= pop) continue;
    population.set(en, pop);
    geo[en] = [round(c.latitude), round(c.longitude), "city", c.country_code ?? code];
  }
}
// Curated places whose English spelling differs from the table's («Tartus», «Ţarţūs»): by
// any of their Arabic forms.
for (const e of curated) {
  if (geo[e.en] || abroad.has(e.en)) continue;
  for (const form of e.forms) {
    const hit = byArabic.get(normalizeArabic(form));
    if (hit) {
      geo[e.en] = hit;
      break;
    }
  }
}
// Only names the gazetteer can produce: the table stays small.
const kept = Object.fromEntries(
  Object.entries(geo)
    .filter(([en]) => wanted.has(en))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
);
writeFileSync(out, `${JSON.stringify(kept)}\n`);
console.log(`place-geo: ${Object.keys(kept).length} of ${wanted.size} gazetteer places located`);
