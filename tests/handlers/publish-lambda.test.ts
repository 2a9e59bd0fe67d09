import { describe, expect, it } from "vitest";
import { isContentNotification, lockWait } from "../../functions/handlers/publish-lambda.ts";

describe("publish Lambda helpers (Lambda itself cannot run here)", () => {
  it("waits for the lock only as long as leaves 10 minutes for the build", () => {
    const ctx = (ms: number) => ({ getRemainingTimeInMillis: () => ms });
    expect(lockWait(300_000)).toBe(300_000);
    expect(lockWait(300_000, ctx(900_000))).toBe(300_000);
    expect(lockWait(300_000, ctx(700_000))).toBe(100_000);
    expect(lockWait(300_000, ctx(500_000))).toBe(0);
  });

  it("recognises S3 notifications among SQS bodies (not S3's test event or junk)", () => {
    expect(
      isContentNotification(JSON.stringify({ Records: [{ eventName: "ObjectCreated:Put" }] })),
    ).toBe(true);
    expect(isContentNotification(JSON.stringify({ Event: "s3:TestEvent" }))).toBe(false);
    expect(isContentNotification(JSON.stringify({ Records: [] }))).toBe(false);
    expect(isContentNotification("not json")).toBe(false);
  });
});
