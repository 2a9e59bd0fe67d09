/**
 * The date reader on the Wojood sample's DATE spans (../shared/data; training/dates/wojood.ts
 * says how they are scored). Train and validation are the development data the reader's
 * rules may be checked on; the test split is held back and only printed.
 */
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type DateScore, readWojoodDates, scoreDates } from "../../training/dates/wojood.ts";

const dir = new URL("../../../shared/data/wojood/", import.meta.url);
const available = existsSync(new URL("train.txt", dir));
if (!available) console.warn(`skipping the Wojood date scores: ${dir.pathname} is absent`);

const score = (split: string) =>
  scoreDates(readWojoodDates(readFileSync(new URL(`${split}.txt`, dir), "utf8")));
const line = (name: string, s: DateScore) =>
  `${name.padEnd(12)} recall ${s.goldFound}/${s.gold} = ${(s.goldFound / s.gold).toFixed(3)}` +
  `  precision ${s.foundRight}/${s.found} = ${(s.foundRight / s.found).toFixed(3)}`;

describe("reading Wojood's DATE spans", () => {
  it("reads the sentences back with their spans", () => {
    const [s] = readWojoodDates("في O\n( O\n1948 B-DATE\n) O\n. O\n\nقال O\n");
    expect(s?.text).toBe("في (1948).");
    expect(s?.spans.map((x) => x.text)).toEqual(["1948"]);
  });
});

describe.skipIf(!available)("the date reader on Wojood", () => {
  it("finds the calendar dates of the development splits, and little else", () => {
    const [train, val, test] = [score("train"), score("val"), score("test")];
    const dev: DateScore = {
      gold: train.gold + val.gold,
      found: train.found + val.found,
      foundRight: train.foundRight + val.foundRight,
      goldFound: train.goldFound + val.goldFound,
      missed: [...train.missed, ...val.missed],
      spurious: [...train.spurious, ...val.spurious],
    };
    console.log(
      [
        line("dev", dev),
        line("test (held)", test),
        `dev missed: ${dev.missed.slice(0, 12).join(" | ")}`,
      ].join("\n"),
    );
    expect(dev.gold).toBeGreaterThan(400);
    expect(dev.goldFound / dev.gold).toBeGreaterThanOrEqual(0.9);
    expect(dev.foundRight / dev.found).toBeGreaterThanOrEqual(0.98);
  });
});
