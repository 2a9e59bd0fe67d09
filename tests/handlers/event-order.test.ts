/**
 * At-least-once, out-of-order delivery: replayed, late and duplicated S3 events must never
 * overwrite or delete newer content, and refused uploads are quarantined with a reason.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  credibleSequencer,
  type Outcome,
  type QuarantineReason,
} from "../../functions/core/article-store.ts";
import { FsStorage } from "../../functions/core/storage/fs-storage.ts";
import { compareSequencers, fromS3Record, toS3Record } from "../../functions/core/storage-event.ts";
import { handleRecord } from "../../functions/handlers/extract.ts";
import { describeOutcome } from "../../functions/local/describe.ts";
import { isChange } from "../../functions/local/local-loop.ts";
import { tempDir } from "../helpers/temp-dir.ts";

const SAMPLES = new URL("../../samples/", import.meta.url);
const sample = (name: string) => readFile(new URL(name, SAMPLES));
const A = "001_7e28444f50e46fbb.txt";

let dir: { path: string; cleanup: () => Promise<void> };
let inbox: FsStorage;
let content: FsStorage;
let quarantine: FsStorage;
const deps = () => ({
  inbox,
  content,
  quarantine: { storage: quarantine, inboxPrefix: "inbox/" },
  now: () => new Date("2026-11-22T10:00:00Z"),
});
const event = (kind: "created" | "removed", key: string, sequencer?: string) =>
  toS3Record({ kind, key, bucket: "test", ...(sequencer ? { sequencer } : {}) });
const snapshot = async () =>
  Promise.all(
    (await content.list()).map(async (o) => [o.key, await readFile(join(content.root, o.key))]),
  );

beforeEach(async () => {
  dir = await tempDir("order");
  inbox = new FsStorage(join(dir.path, "inbox"), { prefix: "inbox/" });
  content = new FsStorage(join(dir.path, "content"));
  quarantine = new FsStorage(join(dir.path, "quarantine"));
});
afterEach(() => dir.cleanup());

describe("sequencers", () => {
  it("compare as S3 documents: right-pad the shorter with zeros, then lexicographically", () => {
    expect(compareSequencers("0055AED6DCD90281E5", "0055AED6DCD90281E6")).toBeLessThan(0);
    expect(compareSequencers("0055AED6DCD90281E5", "0055aed6dcd90281e5")).toBe(0);
    expect(compareSequencers("0055AED6DCD90281E5", "0055AED6DCD90281E500")).toBe(0);
    expect(compareSequencers("0055AED6DCD90281E5", "0055AED6DCD90281E501")).toBeLessThan(0);
    expect(compareSequencers("1", "0FFFF")).toBeGreaterThan(0);
  });

  it("are read from records (hex strings, or s3rver-style numbers) and dropped when malformed", () => {
    const base = event("created", "inbox/a.txt");
    const withSeq = (sequencer: unknown) =>
      fromS3Record({
        ...base,
        s3: { ...base.s3, object: { ...base.s3.object, sequencer } },
      } as never);
    expect(withSeq("00ab12").sequencer).toBe("00AB12");
    expect(withSeq(255).sequencer).toBe("FF");
    expect(withSeq("not hex").sequencer).toBeUndefined();
    expect(withSeq(undefined).sequencer).toBeUndefined();
  });
});

describe("extract handler under at-least-once, out-of-order delivery", () => {
  it("the same event twice: the second changes nothing", async () => {
    await inbox.put("inbox/a.txt", await sample(A));
    expect((await handleRecord(event("created", "inbox/a.txt", "0A"), deps())).action).toBe(
      "written",
    );
    const before = await snapshot();
    expect((await handleRecord(event("created", "inbox/a.txt", "0A"), deps())).action).toBe(
      "unchanged",
    );
    expect(await snapshot()).toEqual(before);
  });

  it("an old created event replayed after an overwrite is skipped; the newer article stays", async () => {
    await inbox.put("inbox/a.txt", await sample(A));
    await handleRecord(event("created", "inbox/a.txt", "0A"), deps());
    await inbox.put("inbox/a.txt", await sample("002_661c46d4ddf144fc.txt"));
    const newer = await handleRecord(event("created", "inbox/a.txt", "0B"), deps());
    expect(newer.action).toBe("written");
    const before = await snapshot();
    const replay = await handleRecord(event("created", "inbox/a.txt", "0A"), deps());
    expect(replay.action).toBe("ignored");
    expect(replay.action === "ignored" && replay.why).toMatch(/newer event/);
    expect(await snapshot()).toEqual(before);
  });

  it("an old removal delivered after a re-upload does not delete the new file's article", async () => {
    await inbox.put("inbox/a.txt", await sample(A));
    await handleRecord(event("created", "inbox/a.txt", "01"), deps());
    await inbox.delete("inbox/a.txt");
    await inbox.put("inbox/a.txt", await sample(A));
    // The created event (03) is applied before the late removal (02) arrives.
    await handleRecord(event("created", "inbox/a.txt", "03"), deps());
    const before = await snapshot();
    const late = await handleRecord(event("removed", "inbox/a.txt", "02"), deps());
    expect(late.action).toBe("ignored");
    expect(await snapshot()).toEqual(before);
    // Without a sequencer (the local watcher) the file's presence alone protects it.
    const unsequenced = await handleRecord(event("removed", "inbox/a.txt"), deps());
    expect(unsequenced.action === "ignored" && unsequenced.why).toMatch(/in the inbox again/);
    expect(await snapshot()).toEqual(before);
  });

  it("a created event replayed after the removal does not bring the article back", async () => {
    await inbox.put("inbox/a.txt", await sample(A));
    await handleRecord(event("created", "inbox/a.txt", "01"), deps());
    await inbox.delete("inbox/a.txt");
    expect((await handleRecord(event("removed", "inbox/a.txt", "02"), deps())).action).toBe(
      "removed",
    );
    expect(await content.list("articles/")).toEqual([]);
    const replay = await handleRecord(event("created", "inbox/a.txt", "01"), deps());
    expect(replay.action).toBe("ignored");
    expect(await content.list("articles/")).toEqual([]);
    // A genuinely newer upload of the same name is applied.
    await inbox.put("inbox/a.txt", await sample(A));
    expect((await handleRecord(event("created", "inbox/a.txt", "03"), deps())).action).toBe(
      "written",
    );
  });
});

describe("sequencers from the future", () => {
  it("a forged local sequencer far in the future is not remembered, so later uploads still apply", async () => {
    const B = "002_661c46d4ddf144fc.txt";
    await inbox.put("inbox/a.txt", await sample(A));
    // A millisecond clock in hex, as the local watcher and s3rver write it: year 10889.
    expect(
      (await handleRecord(event("created", "inbox/a.txt", "FFFFFFFFFFFF"), deps())).action,
    ).toBe("written");
    await inbox.put("inbox/a.txt", await sample(B));
    const now = new Date("2026-11-22T10:00:00Z").getTime().toString(16).toUpperCase();
    const outcome = await handleRecord(event("created", "inbox/a.txt", now), deps());
    expect(outcome.action).toBe("written");
    const articles = await content.list("articles/");
    expect(articles).toHaveLength(1);
  });

  it("keeps S3's opaque (longer) sequencers as they are", () => {
    const now = new Date("2026-11-22T10:00:00Z");
    expect(credibleSequencer("0055AED6DCD90281E5", now)).toBe("0055AED6DCD90281E5");
    expect(credibleSequencer("FFFFFFFFFFFF", now)).toBeUndefined();
    expect(credibleSequencer(now.getTime().toString(16), now)).toBe(now.getTime().toString(16));
    expect(credibleSequencer(undefined, now)).toBeUndefined();
  });
});

describe("quarantine", () => {
  it("moves a refused upload to quarantine with a readable reason, touching nothing else", async () => {
    await inbox.put("inbox/good.txt", await sample(A));
    await handleRecord(event("created", "inbox/good.txt"), deps());
    const before = await snapshot();
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    await inbox.put("inbox/صور/صورة 1.png", png);
    const outcome = await handleRecord(event("created", "inbox/صور/صورة 1.png"), deps());
    // Quarantined under its name and the hash of its bytes: a second refused upload of the same
    // name keeps its own copy, and reasons live apart, where no upload's name can reach them.
    const tag = createHash("sha256").update(png).digest("hex").slice(0, 12);
    expect(outcome).toMatchObject({
      action: "refused",
      reason: "binary",
      quarantined: `files/صور/صورة 1.png.${tag}`,
    });
    expect(await snapshot()).toEqual(before);
    expect((await inbox.list("inbox/")).map((o) => o.key)).toEqual(["inbox/good.txt"]);
    expect(await quarantine.get(`files/صور/صورة 1.png.${tag}`)).toEqual(png);
    const reason = JSON.parse(
      new TextDecoder().decode(await quarantine.get(`reasons/صور/صورة 1.png.${tag}.json`)),
    ) as QuarantineReason;
    expect(reason).toMatchObject({ key: "inbox/صور/صورة 1.png", reason: "binary", bytes: 12 });
    expect(reason.message).toMatch(/NUL|binary/i);
    expect(reason.sha256).toMatch(/^[0-9a-f]{64}$/);
    // The removal event the move itself causes is harmless.
    const echo = await handleRecord(event("removed", "inbox/صور/صورة 1.png"), deps());
    expect(echo.action).toBe("ignored");
    expect(await snapshot()).toEqual(before);
  });

  it("a refused overwrite takes the old article off the site and says so; every refusal keeps its own copy", async () => {
    const good = await sample(A);
    await inbox.put("inbox/a.txt", good);
    const written = await handleRecord(event("created", "inbox/a.txt"), deps());
    const id = written.action === "written" ? written.id : "";
    const bad = [new Uint8Array([0, 1, 2, 0]), new Uint8Array([0, 9, 9, 0, 0])];
    const outcomes = [];
    for (const bytes of bad) {
      await inbox.put("inbox/a.txt", bytes);
      outcomes.push(await handleRecord(event("created", "inbox/a.txt"), deps()));
    }
    // The first overwrite replaced a published file: its article is gone, and the outcome
    // names it, so the loop rebuilds and the log tells the truth.
    expect(outcomes[0]).toMatchObject({ action: "refused", replaced: id });
    expect(isChange(outcomes[0] as Outcome)).toBe(true);
    expect(describeOutcome(outcomes[0] as Outcome)).toMatch(/taken off the site/);
    expect(await content.get(`articles/${id}.md`)).toBeUndefined();
    expect(outcomes[1]).toMatchObject({ action: "refused" });
    expect(outcomes[1]).not.toHaveProperty("replaced");
    // Two refused uploads of one name: two quarantined copies, two reasons.
    expect((await quarantine.list("files/")).length).toBe(2);
    expect((await quarantine.list("reasons/")).length).toBe(2);
    // An upload named like a reason file is a file like any other: it cannot overwrite one.
    const reasons = await quarantine.list("reasons/");
    await inbox.put("inbox/a.txt.json", new Uint8Array([0, 0, 0]));
    await handleRecord(event("created", "inbox/a.txt.json"), deps());
    for (const r of reasons) {
      expect(JSON.parse(new TextDecoder().decode(await quarantine.get(r.key))).key).toBe(
        "inbox/a.txt",
      );
    }
  });

  it("does not delete a corrected upload that replaced the refused one while it was quarantined", async () => {
    const good = await sample(A);
    await inbox.put("inbox/a.txt", new Uint8Array([0, 1, 2, 3, 0, 0, 0]));
    // The user re-uploads a good file while the bad one is being copied to quarantine.
    const racing = {
      storage: {
        get: (k: string) => quarantine.get(k),
        list: (p?: string) => quarantine.list(p),
        delete: (k: string) => quarantine.delete(k),
        async put(k: string, body: Uint8Array | string) {
          await quarantine.put(k, body);
          if (k.startsWith("files/a.txt.")) await inbox.put("inbox/a.txt", good);
        },
      },
      inboxPrefix: "inbox/",
    };
    const outcome = await handleRecord(event("created", "inbox/a.txt"), {
      ...deps(),
      quarantine: racing,
    });
    expect(outcome).toMatchObject({ action: "refused" });
    expect(outcome.action === "refused" && outcome.quarantined).toMatch(
      /^files\/a\.txt\.[0-9a-f]{12}$/,
    );
    expect(await inbox.get("inbox/a.txt")).toEqual(new Uint8Array(good));
    // Its own event then extracts it.
    expect((await handleRecord(event("created", "inbox/a.txt"), deps())).action).toBe("written");
  });
});
