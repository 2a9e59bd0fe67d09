/** The reconcile's plan from two listings, as a pure function. */
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { lostEvents } from "../../functions/core/lost-events.ts";

const md5 = (s: string) => createHash("md5").update(s).digest("hex");
const ID = "0123456789abcdef";
const plan = (...args: Parameters<typeof lostEvents>) =>
  lostEvents(...args).events.map((e) => `${e.kind} ${e.key}`);

describe("lostEvents", () => {
  it("names uploads with no article, changed bytes, and articles whose upload is gone", () => {
    const uploads = [
      { key: "inbox/new.txt", size: 3, etag: md5("new") },
      { key: "inbox/same.txt", size: 4, etag: md5("same") },
      { key: "inbox/changed.txt", size: 3, etag: md5("v2") },
      { key: "inbox/removed-then-back.txt", size: 1, etag: md5("x") },
    ];
    const pointers = [
      { key: "inbox/same.txt", id: ID, md5: md5("same") },
      { key: "inbox/changed.txt", id: ID, md5: md5("v1") },
      { key: "inbox/removed-then-back.txt", id: null, sequencer: "1" },
      { key: "inbox/gone.txt", id: ID, md5: md5("gone") },
      { key: "inbox/tombstone.txt", id: null },
    ];
    const result = lostEvents(uploads, pointers, "b", "inbox/");
    expect(result.events.map((e) => `${e.kind} ${e.key}`)).toEqual([
      "created inbox/new.txt",
      "created inbox/changed.txt",
      "created inbox/removed-then-back.txt",
      "removed inbox/gone.txt",
    ]);
    expect(result).toMatchObject({ unapplied: 2, changed: 1, gone: 1 });
    expect(result.events.every((e) => e.bucket === "b" && e.sequencer === undefined)).toBe(true);
  });

  it("cannot tell a multipart upload's change, nor one whose pointer predates MD5s: no event", () => {
    expect(
      plan(
        [
          { key: "inbox/big.pdf", size: 9, etag: "0123456789abcdef0123456789abcdef-3" },
          { key: "inbox/old.txt", size: 1, etag: md5("new bytes") },
        ],
        [
          { key: "inbox/big.pdf", id: ID, md5: md5("before") },
          { key: "inbox/old.txt", id: ID },
        ],
        "b",
        "inbox/",
      ),
    ).toEqual([]);
  });

  it("leaves out hidden files, names no storage holds, and keys outside the inbox", () => {
    expect(
      plan(
        [
          { key: "inbox/.DS_Store", size: 1 },
          { key: "inbox/draft.txt~", size: 1 },
          { key: "inbox/a\\b.txt", size: 1 },
          { key: "content/articles/x.md", size: 1 },
        ],
        // A bad name still in the inbox is present: its article is not "gone".
        [{ key: "inbox/a\\b.txt", id: ID }],
        "b",
        "inbox/",
      ),
    ).toEqual([]);
  });
});
