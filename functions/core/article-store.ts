/**
 * Keeps `content/` in line with the inbox, one event at a time.
 *
 * Ids come from the bytes (the first 16 hex digits of their SHA-256), so the same
 * upload always gives the same article and re-uploading it changes nothing. One
 * article may come from several inbox keys holding identical bytes; it lives
 * until the last of them is removed. A small pointer per key
 * (`sources/<hash of key>.json`) finds the article a removed key produced
 * without reading every article.
 */
import { createHash } from "node:crypto";
import {
  type ArticleDocument,
  articleKey,
  InvalidArticleError,
  readArticleMarkdown,
  writeArticleMarkdown,
} from "./article-document.ts";
import { DEFAULT_MAX_BYTES, type DecodeOptions, formatBytes } from "./decode.ts";
import { EXTRACTOR_VERSION, type Extraction } from "./extract/contract.ts";
import { type ExtractionRunner, inlineRunner } from "./extraction-runner.ts";
import type { ArticleId, Provenance } from "./facts.ts";
import { DEFAULT_MAX_FILE_BYTES, type Format, type RefusalReason } from "./formats/index.ts";
import { runPool } from "./pool.ts";
import { assertValidKey, isIgnoredKey, type Storage } from "./storage/storage.ts";
import { compareSequencers, type StorageEvent } from "./storage-event.ts";

export interface ArticleStoreDeps {
  /** Where uploads are read from (event keys are keys in this storage). */
  readonly inbox: Storage;
  /** Where articles are written (`articles/<id>.md`, `sources/…`). */
  readonly content: Storage;
  readonly decode?: DecodeOptions;
  /**
   * Where uploads are read and extracted: in this thread (the default), or in a worker with a
   * time budget (extraction-runner.ts) so one upload can never stall a server or a Lambda.
   */
  readonly runner?: ExtractionRunner;
  readonly now?: () => Date;
  /**
   * Where refused uploads are moved (bytes at the key without its inbox prefix, and a
   * readable `<key>.reason.json` beside them). Without it a refused upload stays where it is
   * and only the outcome reports it.
   */
  readonly quarantine?: { readonly storage: Storage; readonly inboxPrefix: string };
}

export type Outcome =
  | {
      readonly action: "written";
      readonly key: string;
      readonly id: ArticleId;
      readonly title: string;
    }
  | { readonly action: "unchanged"; readonly key: string; readonly id: ArticleId }
  | { readonly action: "removed"; readonly key: string; readonly id: ArticleId }
  | { readonly action: "detached"; readonly key: string; readonly id: ArticleId }
  | {
      readonly action: "refused";
      readonly key: string;
      readonly reason: RefusalReason;
      readonly message: string;
      /** The format the file looked like, when it looked like one. */
      readonly format: Format | null;
      /**
       * The article this file's previous bytes gave, taken off the site by the refused
       * overwrite (its other files, if any, keep it).
       */
      readonly replaced?: ArticleId;
      /** Key in the quarantine storage the upload was moved to, when there is one. */
      readonly quarantined?: string;
    }
  | { readonly action: "ignored"; readonly key: string; readonly why: string };

/**
 * What the store last did for one inbox key. `id` null is a tombstone: the key's file was
 * removed. `sequencer` is the newest S3 event applied for the key, so a late or replayed
 * older event is recognised and skipped.
 */
export interface SourcePointer {
  readonly key: string;
  readonly id: ArticleId | null;
  readonly sequencer?: string;
  /**
   * MD5 of the bytes the article came from, in hex: what S3 lists as a single-part upload's
   * ETag, so a reconcile can tell a changed upload whose event was lost from the listing alone.
   */
  readonly md5?: string;
}

/** The reason file written beside a quarantined upload. */
export interface QuarantineReason {
  readonly key: string;
  readonly reason: RefusalReason;
  readonly message: string;
  /** The format the file looked like, when it looked like one. */
  readonly format: Format | null;
  readonly bytes: number;
  readonly sha256: string;
  readonly quarantinedAt: string;
  readonly extractor: string;
}

export const articleIdOf = (sha256: string): ArticleId => sha256.slice(0, 16);
const pointerKey = (key: string): string =>
  `sources/${createHash("sha256").update(key).digest("hex").slice(0, 32)}.json`;

/**
 * Applies one event. Events are at-least-once and may arrive late or out of order, so the
 * event only says WHICH key to look at: the store acts on what the inbox holds for that key
 * now, and skips an event older (by S3 sequencer) than one it already applied for the key.
 * Replaying any event is therefore harmless.
 */
export async function applyEvent(event: StorageEvent, deps: ArticleStoreDeps): Promise<Outcome> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await applyOnce(event, { ...deps, content: optimistic(deps.content) });
    } catch (error) {
      if (!(error instanceof ConcurrentChange) || attempt >= MAX_ATTEMPTS) throw error;
      // Another event for the same file or article won the race: look again at what is
      // there now, after a pause that keeps two retrying writers from meeting again.
      await new Promise((r) => setTimeout(r, 20 * attempt + Math.random() * 50 * attempt));
    }
  }
}

/** How often an event is tried again after losing a race before its error is reported. */
const MAX_ATTEMPTS = 6;

/** Another writer changed an object this event read, between its read and its write. */
export class ConcurrentChange extends Error {
  override name = "ConcurrentChange";
}

/**
 * The content storage as one attempt at an event sees it: every write to a key this attempt
 * read is conditional on what it read (S3's If-Match, or If-None-Match when it read
 * nothing), so two events applied side by side (parallel extract functions) never
 * overwrite each other's article or pointer: the later writer gets ConcurrentChange and
 * the event is applied again. Deletes are not conditional (the Storage interface has no
 * conditional delete): one racing another write to the same article is left for the hourly
 * reconcile to notice. A storage without conditional writes is used as it is.
 */
function optimistic(storage: Storage): Storage {
  const { getTagged, putIf } = storage;
  if (!getTagged || !putIf) return storage;
  const seen = new Map<string, string | null>();
  return {
    async get(key) {
      const tagged = await getTagged.call(storage, key);
      seen.set(key, tagged?.etag ?? null);
      return tagged?.bytes;
    },
    async put(key, body, options) {
      if (!seen.has(key)) return storage.put(key, body, options);
      const prior = seen.get(key);
      const condition =
        prior === null || prior === undefined ? { absent: true as const } : { etag: prior };
      const etag = await putIf.call(storage, key, body, condition, options);
      if (etag === null) throw new ConcurrentChange(`${key} changed while an event was applied`);
      seen.set(key, etag);
    },
    async delete(key) {
      await storage.delete(key);
      seen.set(key, null);
    },
    list: (prefix) => storage.list(prefix),
    ...(storage.size
      ? { size: (key: string) => storage.size?.(key) ?? Promise.resolve(undefined) }
      : {}),
  };
}

async function applyOnce(event: StorageEvent, deps: ArticleStoreDeps): Promise<Outcome> {
  const unfit = unfitKey(event.key);
  if (unfit) return unfit;
  const pointer = await readPointer(event.key, deps.content);
  const seq = credibleSequencer(event.sequencer, deps.now?.() ?? new Date());
  if (seq && pointer?.sequencer && compareSequencers(seq, pointer.sequencer) < 0) {
    return {
      action: "ignored",
      key: event.key,
      why: `a newer event for this file was already applied (sequencer ${seq} < ${pointer.sequencer})`,
    };
  }
  return event.kind === "created"
    ? upsert(event.key, deps, pointer, seq)
    : remove(event.key, deps, pointer, seq);
}

/**
 * Keys no backend treats as an upload: hidden files and editors' temporaries (ignored, as the
 * local inbox always did, now on S3 too), and names a storage cannot hold (a backslash, a
 * «..» segment, over 1,024 characters): refused and reported, so one odd name never stops
 * the others.
 */
function unfitKey(key: string): Outcome | null {
  if (isIgnoredKey(key)) {
    return {
      action: "ignored",
      key,
      why: "hidden files and editors' temporary files are never articles",
    };
  }
  try {
    assertValidKey(key);
  } catch (error) {
    return {
      action: "refused",
      key,
      reason: "bad-name",
      message: `the file's name cannot be stored (${(error as Error).message}): rename it`,
      format: null,
    };
  }
  return null;
}

/**
 * A sequencer worth remembering. S3's are opaque and only ever compared; the local watcher's,
 * the poller's and s3rver's are milliseconds in hex (at most 12 digits), and one that lies
 * more than a day in the future is forged or broken: remembered, it would hold back every
 * later upload of that name. Such a sequencer is dropped (the event still applies).
 */
export function credibleSequencer(seq: string | undefined, now: Date): string | undefined {
  if (!seq || !/^[0-9A-Fa-f]{1,12}$/.test(seq)) return seq;
  return Number.parseInt(seq, 16) > now.getTime() + 86_400_000 ? undefined : seq;
}

/** The newer of two optional sequencers. */
function newest(a: string | undefined, b: string | undefined): string | undefined {
  if (!a) return b;
  if (!b) return a;
  return compareSequencers(a, b) >= 0 ? a : b;
}

async function upsert(
  key: string,
  deps: ArticleStoreDeps,
  pointer?: SourcePointer,
  seq?: string,
): Promise<Outcome> {
  // Weighed before it is read: a 2 GB file is refused without 2 GB of memory.
  const limit = Math.max(deps.decode?.maxBytes ?? DEFAULT_MAX_BYTES, DEFAULT_MAX_FILE_BYTES);
  const size = await deps.inbox.size?.(key);
  if (size !== undefined && size > limit) {
    return {
      action: "refused",
      key,
      reason: "too-large",
      message: `the file is ${formatBytes(size)}, over the ${formatBytes(limit)} limit for any upload`,
      format: null,
    };
  }
  const bytes = await deps.inbox.get(key);
  if (!bytes) return { action: "ignored", key, why: "the file was gone before it could be read" };
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const md5 = createHash("md5").update(bytes).digest("hex");
  const id = articleIdOf(sha256);
  const sequencer = newest(seq, pointer?.sequencer);

  // The key used to hold other bytes: its old article loses this source first.
  const previous = pointer?.id ? pointer : undefined;
  let replaced: ArticleId | undefined;
  if (previous?.id && previous.id !== id) {
    const gone = await detach(key, previous.id, deps.content);
    if (gone.action === "removed" || gone.action === "detached") replaced = previous.id;
    await deps.content.delete(pointerKey(key));
  }

  // The same bytes already extracted by this extractor: nothing to read again.
  const existing = await readArticle(id, deps.content);
  const keys = existing ? existing.frontmatter.source.keys : [];
  if (existing && existing.frontmatter.extractor === EXTRACTOR_VERSION && keys.includes(key)) {
    if (previous?.id !== id || pointer?.sequencer !== sequencer || pointer?.md5 !== md5) {
      await writePointer(withSequencer({ key, id, md5 }, sequencer), deps.content);
    }
    return { action: "unchanged", key, id };
  }

  // A refused overwrite has still replaced the file's old bytes: the article they gave is off
  // the site (removed above) and the outcome says so, so the caller rebuilds.
  const result = await (deps.runner ?? inlineRunner).run(bytes, key, deps.decode ?? {});
  if (!result.ok) return refuse(key, bytes, sha256, { ...result, replaced }, deps);
  const doc = articleDocument(result.extraction, {
    keys: [...new Set([...keys, key])].sort(),
    sha256,
    bytes: bytes.length,
    encoding: result.encoding,
    format: result.format,
    ingested: existing?.frontmatter.ingested ?? (deps.now?.() ?? new Date()).toISOString(),
  });
  await deps.content.put(articleKey(id), writeArticleMarkdown(doc), {
    contentType: "text/markdown; charset=utf-8",
  });
  await writePointer(withSequencer({ key, id, md5 }, sequencer), deps.content);
  return { action: "written", key, id, title: doc.frontmatter.title.ar };
}

function withSequencer(pointer: SourcePointer, sequencer: string | undefined): SourcePointer {
  return sequencer === undefined ? pointer : { ...pointer, sequencer };
}

/**
 * A refused upload: moved to quarantine with a reason file when the store has one (copy
 * first, delete after, so a crash in between leaves a duplicate, never a loss).
 */
async function refuse(
  key: string,
  bytes: Uint8Array,
  sha256: string,
  refusal: {
    readonly reason: RefusalReason;
    readonly message: string;
    readonly format?: Format | null;
    readonly replaced?: ArticleId | undefined;
  },
  deps: ArticleStoreDeps,
): Promise<Outcome> {
  const outcome = {
    action: "refused",
    key,
    reason: refusal.reason,
    message: refusal.message,
    format: refusal.format ?? null,
    ...(refusal.replaced ? { replaced: refusal.replaced } : {}),
  } as const;
  const q = deps.quarantine;
  if (!q) return outcome;
  // One quarantined copy per upload, never overwritten by the next: the name keeps the key
  // and adds the bytes' hash. Reasons live under their own prefix, which no key can reach.
  const name = key.startsWith(q.inboxPrefix) ? key.slice(q.inboxPrefix.length) : key;
  const target = `files/${name}.${sha256.slice(0, 12)}`;
  const reasonKey = `reasons/${name}.${sha256.slice(0, 12)}.json`;
  const reason: QuarantineReason = {
    key,
    reason: refusal.reason,
    message: refusal.message,
    format: refusal.format ?? null,
    bytes: bytes.length,
    sha256,
    quarantinedAt: (deps.now?.() ?? new Date()).toISOString(),
    extractor: EXTRACTOR_VERSION,
  };
  await q.storage.put(target, bytes);
  await q.storage.put(reasonKey, `${JSON.stringify(reason, null, 2)}\n`, {
    contentType: "application/json; charset=utf-8",
  });
  // Remove the original only if it is still the file that was refused: a corrected upload
  // under the same name in the meantime must survive (its own event extracts it). Without a
  // conditional delete in the Storage interface a narrow window remains between this read
  // and the delete: a corrected upload landing in it is lost from the inbox (its article, if
  // extracted, stays until the hourly reconcile sees the file gone).
  const now = await deps.inbox.get(key);
  if (now && createHash("sha256").update(now).digest("hex") === sha256) {
    await deps.inbox.delete(key);
  }
  return { ...outcome, quarantined: target };
}

/** The stored form of an extraction: its facts with the id, provenance and bookkeeping. */
export function articleDocument(
  extraction: Extraction,
  source: Provenance & { readonly ingested: string },
): ArticleDocument {
  const { ingested, ...provenance } = source;
  return {
    frontmatter: {
      ...extraction.facts,
      id: articleIdOf(source.sha256),
      source: provenance,
      extractor: EXTRACTOR_VERSION,
      ingested,
    },
    paragraphs: extraction.paragraphs,
  };
}

async function remove(
  key: string,
  deps: ArticleStoreDeps,
  pointer?: SourcePointer,
  seq?: string,
): Promise<Outcome> {
  // A removal delivered after a newer upload of the same name must not take it away.
  if (await deps.inbox.get(key)) {
    return { action: "ignored", key, why: "the file is in the inbox again (a newer upload)" };
  }
  if (!pointer?.id) {
    if (seq)
      await writePointer(
        { key, id: null, sequencer: newest(seq, pointer?.sequencer) ?? seq },
        deps.content,
      );
    return { action: "ignored", key, why: "no article came from this file" };
  }
  const outcome = await detach(key, pointer.id, deps.content);
  // With a sequencer, keep a tombstone so an older event replayed later is recognised.
  if (seq) {
    await writePointer(
      { key, id: null, sequencer: newest(seq, pointer.sequencer) ?? seq },
      deps.content,
    );
  } else {
    await deps.content.delete(pointerKey(key));
  }
  return outcome;
}

/** Takes `key` off an article's sources, deleting the article when none is left. */
async function detach(key: string, id: ArticleId, content: Storage): Promise<Outcome> {
  const doc = await readArticle(id, content);
  if (!doc) return { action: "ignored", key, why: `article ${id} was already gone` };
  const keys = doc.frontmatter.source.keys.filter((k) => k !== key);
  if (keys.length === 0) {
    await content.delete(articleKey(id));
    return { action: "removed", key, id };
  }
  const frontmatter = { ...doc.frontmatter, source: { ...doc.frontmatter.source, keys } };
  await content.put(articleKey(id), writeArticleMarkdown({ ...doc, frontmatter }));
  return { action: "detached", key, id };
}

/**
 * Brings content in line with everything in the inbox: processes every upload
 * (cheap when unchanged) and removes articles whose uploads are all gone,
 * including ones a crash or a hand edit left without a pointer.
 */
export async function reconcile(
  deps: ArticleStoreDeps,
  inboxPrefix: string,
  onOutcome: (outcome: Outcome, done: number, total: number) => void = () => {},
): Promise<Outcome[]> {
  const uploads = (await deps.inbox.list(inboxPrefix)).map((o) => o.key);
  const present = new Set(uploads);
  const outcomes: Outcome[] = [];
  const record = (o: Outcome) => {
    outcomes.push(o);
    onOutcome(o, outcomes.length, uploads.length);
  };
  // Articles an upload in the inbox just produced (or left unchanged) cannot be orphans:
  // the sweep below reads only the others, so a start-up parses each article once.
  const live = new Set<string>();
  for (const key of uploads) {
    // One file's trouble is that file's: reported, and the others go on.
    let outcome: Outcome;
    try {
      outcome = unfitKey(key) ?? (await upsert(key, deps, await readPointer(key, deps.content)));
    } catch (error) {
      outcome = {
        action: "refused",
        key,
        reason: "unreadable",
        message: `the file could not be read: ${error instanceof Error ? error.message : String(error)}`,
        format: null,
      };
    }
    if (outcome.action === "written" || outcome.action === "unchanged") live.add(outcome.id);
    record(outcome);
  }

  for (const { key: articlePath } of await deps.content.list("articles/")) {
    const id = /^articles\/([0-9a-f]{16})\.md$/.exec(articlePath)?.[1];
    if (!id || live.has(id)) continue;
    const doc = await readArticle(id, deps.content);
    const keys = doc?.frontmatter.source.keys ?? [];
    if (keys.some((k) => present.has(k))) continue;
    await deps.content.delete(articlePath);
    for (const k of keys) await deps.content.delete(pointerKey(k));
    outcomes.push({ action: "removed", key: keys[0] ?? articlePath, id });
  }
  for (const { key: pointerPath } of await deps.content.list("sources/")) {
    const pointer = await readJson<SourcePointer>(pointerPath, deps.content);
    if (!pointer || !present.has(pointer.key)) await deps.content.delete(pointerPath);
  }
  return outcomes;
}

/** Every source pointer in `content`, read `concurrency` at a time (unreadable ones skipped). */
export async function sourcePointers(content: Storage, concurrency = 16): Promise<SourcePointer[]> {
  const paths = (await content.list("sources/")).map((o) => o.key);
  const out: SourcePointer[] = [];
  await runPool(paths, concurrency, async (path) => {
    const pointer = await readJson<SourcePointer>(path, content);
    if (pointer && typeof pointer.key === "string") out.push(pointer);
  });
  return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

async function readArticle(id: ArticleId, content: Storage): Promise<ArticleDocument | undefined> {
  const bytes = await content.get(articleKey(id));
  if (!bytes) return undefined;
  try {
    return readArticleMarkdown(new TextDecoder().decode(bytes));
  } catch (error) {
    // A file we cannot read back (hand-edited, older schema) is regenerated from its upload.
    if (error instanceof InvalidArticleError) return undefined;
    throw error;
  }
}

async function readPointer(key: string, content: Storage): Promise<SourcePointer | undefined> {
  const pointer = await readJson<SourcePointer>(pointerKey(key), content);
  return pointer?.key === key ? pointer : undefined;
}

async function writePointer(pointer: SourcePointer, content: Storage): Promise<void> {
  await content.put(pointerKey(pointer.key), JSON.stringify(pointer), {
    contentType: "application/json",
  });
}

async function readJson<T>(key: string, storage: Storage): Promise<T | undefined> {
  const bytes = await storage.get(key);
  if (!bytes) return undefined;
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as T;
  } catch {
    return undefined;
  }
}
