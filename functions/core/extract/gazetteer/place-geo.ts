/**
 * Where a named place is: coordinates, and whether it is a whole country. Built by
 * `node scripts/build-place-geo.ts` from the countries-states-cities database (ODbL 1.0 /
 * DbCL 1.0) for the places the gazetteer names; a place it does not know has no coordinates.
 */
import table from "./place-geo.json" with { type: "json" };

type Row = readonly [number, number, "country" | "city", string];
const GEO = table as unknown as Readonly<Record<string, Row>>;

export interface PlaceGeo {
  readonly coordinates: readonly [number, number];
  readonly country: boolean;
  /** ISO 3166-1 alpha-2 code of the country the place is in (or is). */
  readonly iso2: string;
}

export function placeGeo(en: string | null): PlaceGeo | null {
  if (!en || !Object.hasOwn(GEO, en)) return null;
  const [lat, lon, kind, iso2] = GEO[en] as Row;
  return { coordinates: [lat, lon], country: kind === "country", iso2 };
}

let countries: Map<string, string> | null = null;

/** The English name of the country with this ISO 3166-1 alpha-2 code, when the table has it. */
export function countryNamed(iso2: string): string | null {
  if (!countries) {
    countries = new Map();
    for (const [en, row] of Object.entries(GEO))
      if (row[2] === "country") countries.set(row[3], en);
  }
  return countries.get(iso2) ?? null;
}
