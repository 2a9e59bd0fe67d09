/**
 * What the incident, quote and timeline stores share: their records name entities by node,
 * and their output names them by id. An output is kept until its record changes or any two
 * entities merge (which can change the id a node stands for): a generation count per store
 * makes the second O(1) instead of a walk over every record.
 */
import type { EntityStore } from "./entities.ts";

/** A record's output object and the generation it was made in. */
export interface Cached<T> {
  output: T | null;
  outputGen: number;
}

export abstract class LinkedStore {
  protected readonly entities: EntityStore;
  private gen = 0;

  constructor(entities: EntityStore) {
    this.entities = entities;
    entities.onMerge(() => {
      this.gen++;
    });
  }

  /** The record's output, made again only when the record or an entity id changed. */
  protected cached<T>(record: Cached<T>, make: () => T): T {
    if (record.output === null || record.outputGen !== this.gen) {
      record.output = make();
      record.outputGen = this.gen;
    }
    return record.output;
  }
}
