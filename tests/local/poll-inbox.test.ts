import { describe, expect, it } from "vitest";
import type { StoredObject } from "../../functions/core/storage/storage.ts";
import { compareSequencers, type StorageEvent } from "../../functions/core/storage-event.ts";
import { silentReporter } from "../../functions/local/reporter.ts";
import { pollInbox } from "../../functions/local/s3-app.ts";

describe("pollInbox (S3 mode without server events)", () => {
  it("turns listing differences into created/removed events with increasing sequencers", async () => {
    const listings: StoredObject[][] = [
      [{ key: "inbox/a.txt", size: 1, etag: "a1" }],
      [
        { key: "inbox/a.txt", size: 1, etag: "a2" }, // changed
        { key: "inbox/ب.txt", size: 2, etag: "b1" }, // new
      ],
      [{ key: "inbox/ب.txt", size: 2, etag: "b1" }], // a removed, b unchanged
    ];
    let call = 0;
    const events: StorageEvent[] = [];
    const poller = pollInbox(
      { list: async () => listings[Math.min(call++, listings.length - 1)] ?? [] },
      "bucket",
      5,
      (e) => events.push(e),
      silentReporter,
    );
    await poller.ready;
    expect(events).toEqual([]); // the first listing is the baseline, not a change
    while (call < 4) await new Promise((r) => setTimeout(r, 5));
    await poller.stop();
    expect(events.map((e) => [e.kind, e.key])).toEqual([
      ["created", "inbox/a.txt"],
      ["created", "inbox/ب.txt"],
      ["removed", "inbox/a.txt"],
    ]);
    const seqs = events.map((e) => e.sequencer ?? "");
    for (let i = 1; i < seqs.length; i++) {
      expect(compareSequencers(seqs[i - 1] as string, seqs[i] as string)).toBeLessThan(0);
    }
    // Same format as s3rver's (hex milliseconds): comparable with sequencers it wrote earlier.
    const s3rverEarlier = (Date.now() - 60_000).toString(16).toUpperCase();
    expect(compareSequencers(s3rverEarlier, seqs[0] as string)).toBeLessThan(0);
  });

  it("sees a file go that came and went between two listings, when an event named it", async () => {
    // The sweeper of embedded mode: removals only. «ج» is uploaded (its event noted) and
    // batch-deleted before any listing holds it.
    let call = 0;
    let gate: (() => void) | null = null;
    const events: StorageEvent[] = [];
    const sweeper = pollInbox(
      {
        list: async () => {
          call++;
          if (call === 2) await new Promise<void>((r) => (gate = r));
          return [{ key: "inbox/a.txt", size: 1, etag: "a1" }];
        },
      },
      "bucket",
      5,
      (e) => events.push(e),
      silentReporter,
      { removalsOnly: true },
    );
    await sweeper.ready;
    while (!gate) await new Promise((r) => setTimeout(r, 2));
    // Noted while the second listing (which predates the upload) is under way.
    sweeper.note("inbox/ج.txt");
    (gate as () => void)();
    while (call < 4) await new Promise((r) => setTimeout(r, 5));
    await sweeper.stop();
    expect(events.map((e) => [e.kind, e.key])).toEqual([["removed", "inbox/ج.txt"]]);
  });
});
