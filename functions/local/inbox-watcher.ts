/**
 * Turns changes in the inbox folder into S3-shaped events. fs.watch reports
 * names, not meanings, and fires several times while a file is being written,
 * so each name is settled first: we wait until its size stops changing, then
 * look whether it exists (created) or not (removed).
 */
import { type FSWatcher, watch } from "node:fs";
import { mkdir, stat } from "node:fs/promises";
import { join } from "node:path";
import type { FsStorage } from "../core/storage/fs-storage.ts";
import type { StorageEvent } from "../core/storage-event.ts";

export interface InboxWatcherOptions {
  readonly inbox: FsStorage;
  readonly bucket: string;
  readonly onEvent: (event: StorageEvent) => void;
  /** How long a file's size must hold still before it counts as written. */
  readonly settleMs?: number;
}

export interface InboxWatcher {
  close(): void;
}

export async function watchInbox(options: InboxWatcherOptions): Promise<InboxWatcher> {
  const settleMs = options.settleMs ?? 200;
  const pending = new Map<string, { timer: NodeJS.Timeout; size: number | undefined }>();
  await mkdir(options.inbox.root, { recursive: true });

  const settle = (path: string) => {
    const entry = pending.get(path);
    if (entry) clearTimeout(entry.timer);
    const timer = setTimeout(async () => {
      const info = await stat(path).catch(() => undefined);
      const size = info?.isFile() ? info.size : undefined;
      const current = pending.get(path);
      if (!current || current.timer !== timer) return;
      if (size !== undefined && size !== current.size) {
        // Still growing: look again after another quiet spell.
        current.size = size;
        current.timer = setTimeout(() => settle(path), 0);
        return;
      }
      pending.delete(path);
      if (info?.isDirectory()) return;
      const key = options.inbox.keyOf(path);
      if (!key) return;
      options.onEvent({
        kind: size === undefined ? "removed" : "created",
        key,
        bucket: options.bucket,
      });
    }, settleMs);
    pending.set(path, { timer, size: entry?.size });
  };

  const watcher: FSWatcher = watch(options.inbox.root, { recursive: true }, (_type, name) => {
    if (name) settle(join(options.inbox.root, name.toString()));
  });
  return {
    close() {
      watcher.close();
      for (const { timer } of pending.values()) clearTimeout(timer);
      pending.clear();
    },
  };
}
