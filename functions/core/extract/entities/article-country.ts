/**
 * The country an article is about, from the places it names: each place the gazetteer can
 * locate is a vote for its country (a city for the country it is in, a country for itself).
 * News names a ministry or an army without its government when the government is the
 * story's own («وقالت وزارة الداخلية» in a report from Damascus about Syria), so that is the
 * government such a name takes.
 */
import { countryNamed, placeGeo } from "../gazetteer/place-geo.ts";
import type { Mention } from "./mention.ts";

/** Fewest votes for a country to be the article's, and how many times the runner-up's. */
const MIN_VOTES = 2;
const LEAD = 2;

/** The English name of the country most of the article's places are in, or null. */
export function articleCountry(mentions: readonly Mention[]): string | null {
  const votes = new Map<string, number>();
  for (const m of mentions) {
    if (m.entity.type !== "place") continue;
    const geo = placeGeo(m.entity.en);
    if (!geo) continue;
    votes.set(geo.iso2, (votes.get(geo.iso2) ?? 0) + 1);
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  const [top, next] = ranked;
  if (!top || top[1] < MIN_VOTES || (next && next[1] * LEAD > top[1])) return null;
  return countryNamed(top[0]);
}
