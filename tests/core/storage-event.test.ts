import { describe, expect, it } from "vitest";
import { fromS3Record, toS3Record } from "../../functions/core/storage-event.ts";

describe("S3 event records", () => {
  it("encode keys as S3 does and decode them back, whatever the file name", () => {
    const keys = [
      "inbox/مقال جديد.txt",
      "inbox/تقرير 100% + ملحق.txt",
      "inbox/sub dir/a+b=c&d?.txt",
      "inbox/%20 literally.txt",
    ];
    for (const key of keys) {
      const record = toS3Record({ kind: "created", key, bucket: "b" });
      // Spaces become "+", a real "+" becomes %2B, and "/" stays as it is.
      expect(record.s3.object.key).not.toMatch(/ /);
      expect(fromS3Record(record)).toEqual({ kind: "created", key, bucket: "b" });
    }
  });

  it("reads AWS's own encoding: + for space, %2B for plus", () => {
    const record = {
      eventName: "ObjectRemoved:Delete",
      s3: { bucket: { name: "b" }, object: { key: "inbox/%D9%85%D9%82%D8%A7%D9%84+1%2B2.txt" } },
    };
    expect(fromS3Record(record)).toEqual({
      kind: "removed",
      key: "inbox/مقال 1+2.txt",
      bucket: "b",
    });
  });
});
