/** Until page/outlet.ts imports curated.ts directly (a merge in flight). */
export { ORGS } from "./curated.ts";
