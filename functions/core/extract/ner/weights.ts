/**
 * The weights of every pass in one table: each feature hash is probed once, and its row holds
 * the weights of all models side by side, so the passes of a document tagger share the probes.
 */

import { LABELS } from "./labels.ts";
import type { NerModel } from "./model.ts";
import { RowTable } from "./row-table.ts";

const L = LABELS.length;

/**
 * Feature hash → weights of every model (pass), rows entry-major: entry e's weights for model
 * m are at (e * M + m) * L. A model without the feature has zeros there (adding them changes
 * no sum), so one probe and one or two cache lines serve all passes.
 */
export class Weights {
  readonly M: number;
  readonly table: RowTable;
  readonly rows: Float32Array;

  constructor(models: readonly NerModel[]) {
    const M = models.length;
    const union = [...new Set(models.flatMap((m) => Array.from(m.hashes)))].sort((a, b) => a - b);
    const table = new RowTable(union);
    const rows = new Float32Array(union.length * M * L);
    models.forEach((model, m) => {
      for (let r = 0; r < model.hashes.length; r++) {
        const at = (table.get(model.hashes[r] as number) * M + m) * L;
        rows.set(model.weights.subarray(r * L, r * L + L), at);
      }
    });
    this.M = M;
    this.table = table;
    this.rows = rows;
  }
}
