/**
 * s3rver for tests: functions/local/embedded-s3.ts in a fresh temporary data folder,
 * removed again on close.
 */
import {
  type S3rverHandle,
  startS3rver as startEmbedded,
} from "../../functions/local/embedded-s3.ts";
import { tempDir } from "./temp-dir.ts";

export {
  S3RVER_CREDENTIALS,
  type S3rverHandle,
  type S3rverRecord,
} from "../../functions/local/embedded-s3.ts";

export async function startS3rver(): Promise<S3rverHandle> {
  const dir = await tempDir("s3rver");
  try {
    const s3 = await startEmbedded({ dataDir: dir.path });
    return {
      ...s3,
      async close() {
        await s3.close();
        await dir.cleanup();
      },
    };
  } catch (error) {
    await dir.cleanup();
    throw error;
  }
}
