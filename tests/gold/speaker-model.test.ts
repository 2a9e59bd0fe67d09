/**
 * The committed speaker model is what its training makes from the annotated quotes today: a
 * change to the candidates or the rules that leaves the weights stale fails here (retrain with
 * `npm run train:speakers`). Prints the cross-validated accuracy next to the rules'.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  loadSpeakerData,
  modelFile,
  trainSpeakerModel,
} from "../../training/quotes/train-speakers.ts";

const data = loadSpeakerData();
if (!data) console.warn("skipping the speaker model's training: ../shared/data is absent");

describe.skipIf(!data)("the speaker model", () => {
  it("is what training on the annotated quotes makes", () => {
    if (!data) return;
    const trained = trainSpeakerModel(data);
    const cv = [...trained.crossValidated].map(([l2, share]) => `L2 ${l2}: ${share.toFixed(3)}`);
    console.log(
      `${trained.examples} quotes; rules ${trained.rules.toFixed(3)}; cross-validated ${cv.join(", ")}; chosen L2 ${trained.l2}`,
    );
    const committed = JSON.parse(
      readFileSync(
        new URL("../../functions/core/extract/quotes/speaker-model.json", import.meta.url),
        "utf8",
      ),
    );
    expect(committed).toEqual(modelFile(trained));
  });
});
