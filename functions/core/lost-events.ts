/**
 * The events a store missed, from two listings: what the inbox holds and what the content's
 * source pointers say was applied. S3 delivers events at least once, but an event can still
 * be lost to the store: the extract function failed every retry and the event sits in the
 * dead-letter queue, or it was throttled past Lambda's six hours. Replaying an event is
 * harmless (the store acts on what the inbox holds now), so a reconcile only has to name
 * every key that may differ; the extract function does the rest, one event at a time.
 */
import type { SourcePointer } from "./article-store.ts";
import { isIgnoredKey, isValidKey, type StoredObject } from "./storage/storage.ts";
import type { StorageEvent } from "./storage-event.ts";

/** A single-part upload's ETag is the MD5 of its bytes; a multipart one ends in «-N». */
const SINGLE_PART_ETAG = /^[0-9a-f]{32}$/;

export interface LostEvents {
  readonly events: StorageEvent[];
  /** Keys in the inbox with no article and no refusal yet (a lost or pending upload event). */
  readonly unapplied: number;
  /** Keys whose bytes differ from what their article was made from. */
  readonly changed: number;
  /** Articles whose upload is gone (a lost removal event). */
  readonly gone: number;
}

export function lostEvents(
  uploads: readonly StoredObject[],
  pointers: readonly SourcePointer[],
  bucket: string,
  inboxPrefix: string,
): LostEvents {
  const applied = new Map(pointers.map((p) => [p.key, p]));
  const present = new Set<string>();
  const events: StorageEvent[] = [];
  let unapplied = 0;
  let changed = 0;
  let gone = 0;
  for (const upload of uploads) {
    if (!upload.key.startsWith(inboxPrefix) || isIgnoredKey(upload.key)) continue;
    present.add(upload.key);
    // A name no storage holds is refused in place by extract: never worth an event.
    if (!isValidKey(upload.key)) continue;
    const pointer = applied.get(upload.key);
    if (!pointer?.id) {
      unapplied++;
      events.push({ kind: "created", key: upload.key, bucket });
    } else if (
      pointer.md5 &&
      upload.etag &&
      SINGLE_PART_ETAG.test(upload.etag) &&
      upload.etag !== pointer.md5
    ) {
      changed++;
      events.push({ kind: "created", key: upload.key, bucket });
    }
  }
  for (const pointer of pointers) {
    if (pointer.id && pointer.key.startsWith(inboxPrefix) && !present.has(pointer.key)) {
      gone++;
      events.push({ kind: "removed", key: pointer.key, bucket });
    }
  }
  return { events, unapplied, changed, gone };
}
