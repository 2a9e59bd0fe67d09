/// <reference path="./.sst/platform/config.d.ts" />
/**
 * Taqrir in AWS — first version: the inbox bucket and the extract function.
 * Uploads under `inbox/` (created or removed) notify the extract Lambda, which
 * writes articles under `content/` in the same bucket. The publish function,
 * its queue, the site bucket and CloudFront come next (see README, Limitations).
 *
 * sst is not run in CI (it downloads Pulumi); tests/infra/sst-config.test.ts
 * evaluates this file against a recording stand-in for the `sst` globals.
 */
export default $config({
  app(input) {
    return {
      name: "taqrir",
      home: "aws",
      removal: input?.stage === "prod" ? "retain" : "remove",
      protect: input?.stage === "prod",
    };
  },
  async run() {
    const inbox = new sst.aws.Bucket("Inbox");

    const extract = new sst.aws.Function("Extract", {
      handler: "functions/handlers/extract-lambda.handler",
      runtime: "nodejs24.x",
      architecture: "arm64",
      memory: "1024 MB",
      timeout: "60 seconds",
      link: [inbox],
      environment: {
        TAQRIR_CONTENT_BUCKET: inbox.name,
        TAQRIR_CONTENT_PREFIX: "content/",
      },
    });

    inbox.notify({
      notifications: [
        {
          name: "ExtractOnUpload",
          function: extract.arn,
          events: ["s3:ObjectCreated:*", "s3:ObjectRemoved:*"],
          filterPrefix: "inbox/",
        },
      ],
    });

    return { inboxBucket: inbox.name };
  },
});
