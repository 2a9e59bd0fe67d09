/**
 * The curated gazetteer lists, kept as data (`curated-*.json`, one entry per line in the
 * format gazetteer/lines.ts parses; each file's `about` says what it holds). They are
 * joined back into the line text here, which is what the runtime, the build scripts and the
 * outlet reader (it finds media organisations by their `#` section headers) read.
 */
import clubs from "./curated-clubs.json" with { type: "json" };
import companies from "./curated-companies.json" with { type: "json" };
import orgs from "./curated-orgs.json" with { type: "json" };
import people from "./curated-people.json" with { type: "json" };
import places from "./curated-places.json" with { type: "json" };

const text = (file: { readonly lines: readonly string[] }) => `\n${file.lines.join("\n")}\n`;

export const PEOPLE = text(people);
export const ORGS = text(orgs);
export const PLACES = text(places);
export const CLUBS = text(clubs);
export const COMPANIES = text(companies);
