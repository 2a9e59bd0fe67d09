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

    it("writes conditionally: only if absent, or only if unchanged since read (ETag)", async () => {
      const s = await fresh();
      if (!s.putIf || !s.getTagged) throw new Error(`${name} has no conditional writes`);
      const first = await s.putIf("locks/l.json", "one", { absent: true });
      expect(first).toMatch(/^[0-9a-f]{32}$/);
      expect(await s.putIf("locks/l.json", "two", { absent: true })).toBeNull();
      expect(text(await s.get("locks/l.json"))).toBe("one");
      const tagged = await s.getTagged("locks/l.json");
      expect(tagged?.etag).toBe(first);
      expect(text(tagged?.bytes)).toBe("one");
      const second = await s.putIf("locks/l.json", "two", { etag: first as string });
      expect(second).not.toBeNull();
      // The ETag read before that write no longer holds.
      expect(await s.putIf("locks/l.json", "three", { etag: first as string })).toBeNull();
      expect(text(await s.get("locks/l.json"))).toBe("two");
      expect(await s.putIf("locks/gone.json", "x", { etag: first as string })).toBeNull();
      expect(await s.getTagged("locks/gone.json")).toBeUndefined();
    });

    it("lets exactly one of many racing «only if absent» writes win", async () => {
      const s = await fresh();
      if (!s.putIf) throw new Error(`${name} has no conditional writes`);
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          s.putIf?.("locks/race.json", `owner ${i}`, { absent: true }),
        ),
      );
      const winners = results.flatMap((etag, i) => (etag ? [i] : []));
      expect(winners).toHaveLength(1);
      expect(text(await s.get("locks/race.json"))).toBe(`owner ${winners[0]}`);
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
