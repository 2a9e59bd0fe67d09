/** Storage on a local folder: the embedded default (inbox/, content/, dist/). */
import { createHash, randomBytes } from "node:crypto";
import {
  link,
  lstat,
  mkdir,
  readdir,
  readFile,
  rename,
  rm,
  stat,
  unlink,
  writeFile,
} from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import {
  assertValidKey,
  isTemporaryName,
  type Storage,
  type StoredObject,
  type WriteCondition,
} from "./storage.ts";

export interface FsStorageOptions {
  /**
   * A key prefix this folder stands for: with `prefix: "inbox/"`, key
   * `inbox/a.txt` is the file `<root>/a.txt`. It lets a folder play the part of
   * an S3 prefix so event records look the same locally and in AWS.
   */
  readonly prefix?: string;
}

const isTemporary = isTemporaryName;

/** An ETag as S3 gives a single-part upload: the MD5 of the bytes, in hex. */
const etagOf = (bytes: Uint8Array | string): string =>
  createHash("md5").update(bytes).digest("hex");

/** Conditional writes per file, one after another within this process. */
const conditional = new Map<string, Promise<unknown>>();

export class FsStorage implements Storage {
  readonly root: string;
  readonly prefix: string;

  constructor(root: string, options: FsStorageOptions = {}) {
    this.root = root;
    this.prefix = options.prefix ?? "";
  }

  /** The file behind `key`, or undefined when the key lies outside this folder's prefix. */
  pathOf(key: string): string | undefined {
    assertValidKey(key);
    if (!key.startsWith(this.prefix)) return undefined;
    const rest = key.slice(this.prefix.length);
    if (rest === "" || rest.split("/").some(isTemporary)) return undefined;
    return join(this.root, ...rest.split("/"));
  }

  /** The key for a file inside the folder (the inverse of pathOf). */
  keyOf(path: string): string | undefined {
    const rel = relative(this.root, path);
    if (rel === "" || rel.startsWith("..")) return undefined;
    const parts = rel.split(sep);
    if (parts.some(isTemporary)) return undefined;
    return this.prefix + parts.join("/");
  }

  async get(key: string): Promise<Uint8Array | undefined> {
    const path = this.pathOf(key);
    if (!path) return undefined;
    try {
      // A symbolic link is not an object (listing skips it too): following it would publish a
      // file from outside the folder.
      if (!(await lstat(path)).isFile()) return undefined;
      return new Uint8Array(await readFile(path));
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  async size(key: string): Promise<number | undefined> {
    const path = this.pathOf(key);
    if (!path) return undefined;
    try {
      const info = await lstat(path);
      return info.isFile() ? info.size : undefined;
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  async getTagged(key: string): Promise<{ bytes: Uint8Array; etag: string } | undefined> {
    const bytes = await this.get(key);
    return bytes ? { bytes, etag: etagOf(bytes) } : undefined;
  }

  /**
   * «Only if absent» is atomic across processes (a hard link fails when the name exists);
   * «only if unchanged» compares ETags and is atomic among this process's conditional writes,
   * which is what the local loop (one process) needs.
   */
  async putIf(
    key: string,
    body: Uint8Array | string,
    condition: WriteCondition,
  ): Promise<string | null> {
    const path = this.pathOf(key);
    if (!path)
      throw new Error(`key ${JSON.stringify(key)} is outside ${this.prefix || "this storage"}`);
    const previous = conditional.get(path) ?? Promise.resolve();
    const run = previous.then(async () => {
      await mkdir(dirname(path), { recursive: true });
      const temporary = join(dirname(path), `.${randomBytes(6).toString("hex")}.tmp`);
      await writeFile(temporary, body);
      try {
        if ("absent" in condition) {
          try {
            await link(temporary, path);
          } catch (error) {
            if ((error as NodeJS.ErrnoException).code === "EEXIST") return null;
            throw error;
          }
          return etagOf(body);
        }
        const current = await this.getTagged(key);
        if (current?.etag !== condition.etag) return null;
        await rename(temporary, path);
        return etagOf(body);
      } finally {
        await unlink(temporary).catch(() => {});
      }
    });
    const settled = run.catch(() => {});
    conditional.set(path, settled);
    void settled.then(() => {
      if (conditional.get(path) === settled) conditional.delete(path);
    });
    return run;
  }

  async put(key: string, body: Uint8Array | string): Promise<void> {
    const path = this.pathOf(key);
    if (!path)
      throw new Error(`key ${JSON.stringify(key)} is outside ${this.prefix || "this storage"}`);
    await mkdir(dirname(path), { recursive: true });
    // Write beside, then rename: rename is atomic on one filesystem, so readers
    // (the static server, Astro's glob) never see a half-written file.
    const temporary = join(dirname(path), `.${randomBytes(6).toString("hex")}.tmp`);
    await writeFile(temporary, body);
    await rename(temporary, path);
  }

  async delete(key: string): Promise<void> {
    const path = this.pathOf(key);
    if (path) await rm(path, { force: true });
  }

  async list(prefix = ""): Promise<StoredObject[]> {
    const found: StoredObject[] = [];
    await this.walk(this.root, found);
    return found.filter((o) => o.key.startsWith(prefix)).sort((a, b) => compareKeys(a.key, b.key));
  }

  private async walk(dir: string, found: StoredObject[]): Promise<void> {
    let entries: import("node:fs").Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      if (isMissing(error)) return;
      throw error;
    }
    for (const entry of entries) {
      if (isTemporary(entry.name)) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await this.walk(path, found);
      else if (entry.isFile()) {
        const key = this.keyOf(path);
        if (!key) continue;
        try {
          found.push({ key, size: (await stat(path)).size });
        } catch (error) {
          if (!isMissing(error)) throw error; // removed while we listed: not there
        }
      }
    }
  }
}

/** Byte order of UTF-8, which is S3's listing order; localeCompare would differ by platform. */
export function compareKeys(a: string, b: string): number {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return Buffer.compare(x, y);
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException)?.code === "ENOENT";
}
