/**
 * Consolidation: every article's facts → one story model (model.ts): articles with their
 * outlets and copies, entities across articles, incidents with every report, quotes, one
 * timeline. Pure; see consolidator.ts for the order and incremental updates, and each store's
 * module for its merge rules.
 */
export { Consolidator, consolidate } from "./consolidator.ts";
export type * from "./model.ts";
export { orderOf } from "./prepare.ts";
