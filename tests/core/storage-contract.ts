/**
 * The behaviour every Storage must show. Each backend's test file runs this
 * suite against a fresh, empty store, so the filesystem and S3 cannot drift apart.
 */
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Storage } from "../../functions/core/storage/storage.ts";

const text = (bytes: Uint8Array | undefined) =>
  bytes ? new TextDecoder().decode(bytes) : undefined;

export function storageContract(name: string, fresh: () => Promise<Storage>): void {
  describe(`Storage contract: ${name}`, () => {
    it("returns undefined for a missing key", async () => {
      const s = await fresh();
      expect(await s.get("inbox/missing.txt")).toBeUndefined();
    });

    it("stores and returns bytes and strings, Arabic keys and spaces included", async () => {
      const s = await fresh();
      await s.put("inbox/مقال جديد.txt", "نص المقال");
      await s.put("inbox/raw.bin", new Uint8Array([0xd8, 0xa7, 0x00, 0xff]));
      expect(text(await s.get("inbox/مقال جديد.txt"))).toBe("نص المقال");
      expect(await s.get("inbox/raw.bin")).toEqual(new Uint8Array([0xd8, 0xa7, 0x00, 0xff]));
    });

    it("overwrites whole objects", async () => {
      const s = await fresh();
      await s.put("a/b.txt", "first, longer content");
      await s.put("a/b.txt", "second");
      expect(text(await s.get("a/b.txt"))).toBe("second");
    });

    it("lists by prefix in byte order with sizes, nested keys included", async () => {
      const s = await fresh();
      await s.put("inbox/b.txt", "bb");
      await s.put("inbox/a.txt", "a");
      await s.put("inbox/sub/ج.txt", "ججج");
      await s.put("other/x.txt", "x");
      const listed = await s.list("inbox/");
      expect(listed.map(({ key, size }) => ({ key, size }))).toEqual([
        { key: "inbox/a.txt", size: 1 },
        { key: "inbox/b.txt", size: 2 },
        { key: "inbox/sub/ج.txt", size: 6 },
      ]);
      // A backend that reports ETags reports the MD5 of the bytes (what the publisher compares).
      for (const o of listed) {
        if (o.etag === undefined) continue;
        const bytes = (await s.get(o.key)) ?? new Uint8Array();
        expect(o.etag).toBe(createHash("md5").update(bytes).digest("hex"));
      }
      expect((await s.list()).map((o) => o.key)).toContain("other/x.txt");
    });

    it("deletes, and deleting a missing key is not an error", async () => {
      const s = await fresh();
      await s.put("a.txt", "x");
      await s.delete("a.txt");
      await s.delete("a.txt");
      expect(await s.get("a.txt")).toBeUndefined();
      expect(await s.list()).toEqual([]);
    });

    it("refuses keys that could escape the store", async () => {
      const s = await fresh();
      for (const key of ["../x", "/etc/passwd", "a/../../b", "a//b", "a\\b", ""]) {
        await expect(s.put(key, "x"), key).rejects.toThrow();
      }
    });
  });
}
