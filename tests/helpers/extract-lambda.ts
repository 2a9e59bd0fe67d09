/** The extract Lambda's handler on a test bucket, with the deployed stack's prefixes. */
import type { S3Client } from "@aws-sdk/client-s3";
import { createExtractHandler } from "../../functions/handlers/extract-lambda.ts";
import type { StructuredLogger } from "../../functions/handlers/lambda-env.ts";

const quiet: StructuredLogger = { info() {}, warn() {}, error() {} };

export const extractHandlerOn = (client: S3Client, bucket: string, logger = quiet) =>
  createExtractHandler({
    client,
    contentBucket: bucket,
    contentPrefix: "content/",
    quarantinePrefix: "quarantine/",
    inboxPrefix: "inbox/",
    timeoutMs: 60_000,
    logger,
  });
