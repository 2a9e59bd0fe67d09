/// <reference path="./.sst/platform/config.d.ts" />
/**
 * Taqrir in AWS.
 *
 *   s3://<Inbox>/inbox/…  ──S3 notification (async)──▶  Extract  ──▶ s3://<Inbox>/content/…
 *                                                            └────▶ s3://<Inbox>/quarantine/…
 *   s3://<Inbox>/content/articles/…  ──S3 notification──▶  PublishQueue (SQS, 30 s batches)
 *        ──▶  Publish (astro build, ≤ 2 at a time, S3 lock)  ──▶  s3://<Site>/…  ──▶  SiteRouter (CloudFront)
 *
 * One bucket holds the inbox, the content and the build lock (`inbox/`, `content/`,
 * `quarantine/`, `locks/`); a second, private bucket holds the built site, readable only
 * by this stack's CloudFront distribution.
 *
 * Permissions are explicit `permissions` with resource ARNs instead of `link`: linking a
 * Bucket grants `s3:*` on the whole bucket and linking a Queue grants `sqs:*`, which
 * would let the extract function overwrite the build lock or the publish function delete
 * uploads. The handlers read their bucket names from the environment, not `Resource`.
 *
 * sst is not run in CI (it downloads Pulumi); tests/infra/sst-config.test.ts evaluates
 * this file against a recording stand-in for the `sst` globals and checks the wiring.
 * See DEPLOY.md for deploying, costs and limits.
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
    const CONTENT_PREFIX = "content/";
    const QUARANTINE_PREFIX = "quarantine/";
    const LOCK_KEY = "locks/publish.json";
    /** Where each publish is kept, for `taqrir rollback` (never served). */
    const RELEASES_PREFIX = "releases/";
    /** Dead-letter queues keep messages for SQS's maximum, 14 days, to give time to look. */
    const DLQ_RETENTION_SECONDS = 14 * 24 * 60 * 60;

    // ── Buckets ──────────────────────────────────────────────────────────────────────
    // Private (SST blocks public access unless `access: "public"`); no CORS, since no
    // browser ever talks to either bucket directly.
    const inbox = new sst.aws.Bucket("Inbox", { cors: false });

    // ── Extract: inbox/ → content/ (or quarantine/) ──────────────────────────────────
    // S3 invokes Lambda asynchronously: Lambda retries a failed event twice, then sends
    // it (with the error) to this queue instead of dropping it.
    const extractDlq = new sst.aws.Queue("ExtractDlq", {
      transform: { queue: { messageRetentionSeconds: DLQ_RETENTION_SECONDS } },
    });

    /** The extract function's time limit, which it is also told (attempt-guard.ts). */
    const EXTRACT_TIMEOUT_S = 60;
    const extract = new sst.aws.Function("Extract", {
      description: "Taqrir: turns uploads under inbox/ into articles under content/",
      handler: "functions/handlers/extract-lambda.handler",
      runtime: "nodejs24.x",
      architecture: "arm64",
      memory: "1024 MB",
      timeout: `${EXTRACT_TIMEOUT_S} seconds`,
      // One event at a time. An article's list of source files and each file's pointer are
      // read, changed and written back; two runs at once (two names for the same bytes, or an
      // overwrite racing its predecessor) could each write back a stale copy. S3 invokes
      // asynchronously, so throttled events wait in Lambda's queue (retried for up to 6 h)
      // rather than being lost, and one instance extracts ~150 articles a second.
      // No reserved concurrency: events for different uploads run side by side, and two that
      // touch one article or pointer are kept apart by conditional writes (article-store.ts:
      // the later writer applies its event again). Reserved concurrency 1 serialised bulk
      // uploads and fails to deploy on new accounts whose concurrency quota is 10.
      // pdf.js (through unpdf) loads its own build at run time: installed, not bundled.
      nodejs: { install: ["unpdf"] },
      environment: {
        TAQRIR_CONTENT_BUCKET: inbox.name,
        TAQRIR_CONTENT_PREFIX: CONTENT_PREFIX,
        TAQRIR_QUARANTINE_PREFIX: QUARANTINE_PREFIX,
        // A file that outlasted this limit once is refused on the retry (attempt-guard.ts).
        TAQRIR_EXTRACT_TIMEOUT_S: String(EXTRACT_TIMEOUT_S),
      },
      permissions: [
        // Read uploads; delete the ones it quarantines.
        {
          actions: ["s3:GetObject", "s3:DeleteObject"],
          resources: [$interpolate`${inbox.arn}/inbox/*`],
        },
        // Articles, source pointers and attempt markers: read (updates), write, delete
        // (removed uploads, finished attempts).
        {
          actions: ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"],
          resources: [$interpolate`${inbox.arn}/${CONTENT_PREFIX}*`],
        },
        // Refused uploads and their .reason.json.
        {
          actions: ["s3:PutObject", "s3:DeleteObject"],
          resources: [$interpolate`${inbox.arn}/${QUARANTINE_PREFIX}*`],
        },
        // Bucket-level, so it cannot be narrowed to a prefix: without it S3 answers a
        // GetObject of a missing key with 403 instead of 404, and "is the upload still
        // there?" becomes an error. It reveals key names in this bucket only.
        { actions: ["s3:ListBucket"], resources: [inbox.arn] },
        // The on-failure destination below is written with the function's own role.
        { actions: ["sqs:SendMessage"], resources: [extractDlq.arn] },
      ],
      retries: 2,
      transform: {
        // Created by SST because `retries` is set; adds the on-failure destination.
        eventInvokeConfig: { destinationConfig: { onFailure: { destination: extractDlq.arn } } },
      },
    });

    // ── Reconcile: events lost to the store (DLQ, throttling) ─────────────────────────
    // Hourly, it lists the inbox and the source pointers and hands every key that differs to
    // extract as the S3 records it missed (core/lost-events.ts). It writes nothing itself.
    new sst.aws.Cron("Reconcile", {
      schedule: "rate(1 hour)",
      function: {
        description: "Taqrir: hands uploads whose events were lost back to extract",
        handler: "functions/handlers/reconcile-lambda.handler",
        runtime: "nodejs24.x",
        architecture: "arm64",
        memory: "512 MB",
        timeout: "900 seconds",
        environment: {
          TAQRIR_CONTENT_BUCKET: inbox.name,
          TAQRIR_CONTENT_PREFIX: CONTENT_PREFIX,
          TAQRIR_EXTRACT_FUNCTION: extract.name,
        },
        permissions: [
          { actions: ["s3:ListBucket"], resources: [inbox.arn] },
          {
            actions: ["s3:GetObject"],
            resources: [$interpolate`${inbox.arn}/${CONTENT_PREFIX}sources/*`],
          },
          { actions: ["lambda:InvokeFunction"], resources: [extract.arn] },
        ],
      },
    });

    // ── Publish queue ────────────────────────────────────────────────────────────────
    const publishDlq = new sst.aws.Queue("PublishDlq", {
      transform: { queue: { messageRetentionSeconds: DLQ_RETENTION_SECONDS } },
    });
    const publishQueue = new sst.aws.Queue("PublishQueue", {
      // AWS's advice for a Lambda-polled queue: at least 6 × the function timeout (900 s),
      // so a batch is never redelivered while a build is still running or being retried
      // after a throttle. It is also how long a failed message waits before its retry.
      visibilityTimeout: "90 minutes",
      // A change that fails 5 builds goes to the DLQ rather than rebuilding forever.
      dlq: { queue: publishDlq.arn, retry: 5 },
    });

    // ── Site: private bucket behind CloudFront ───────────────────────────────────────
    // The Router goes first: the site bucket's policy names its distribution.
    const router = new sst.aws.Router("SiteRouter", {
      edge: {
        viewerRequest: {
          // SST puts this at the top of the Router's viewer-request CloudFront Function,
          // before its own routing, so it must not `return`. Astro builds directory-style
          // pages (build.format "directory"): /ar/ and /ar/articles/x are the objects
          // ar/index.html and ar/articles/x/index.html; S3 has no directory index.
          // A block keeps the names out of the Router's own code around it.
          injection: [
            "{",
            "  const taqrirUri = event.request.uri;",
            '  if (taqrirUri.endsWith("/")) {',
            '    event.request.uri = taqrirUri + "index.html";',
            '  } else if (taqrirUri.slice(taqrirUri.lastIndexOf("/") + 1).indexOf(".") === -1) {',
            '    event.request.uri = taqrirUri + "/index.html";',
            "  }",
            "}",
          ].join("\n"),
        },
        viewerResponse: {
          // The Router's way to set response headers (it has no response-headers-policy
          // option). CloudFront skips viewer-response functions when the origin answers
          // 400 or more, so error responses (e.g. S3's 403 for a missing page) go without.
          injection: securityHeadersInjection({
            // A static site with everything self-hosted (fonts included). 'unsafe-inline'
            // for styles only: Astro inlines small stylesheets as <style> (inlineStylesheets
            // "auto"); scripts stay 'self' only, so inline style cannot become script.
            "content-security-policy": [
              "default-src 'self'",
              "img-src 'self' data:",
              "style-src 'self' 'unsafe-inline'",
              "script-src 'self'",
              "object-src 'none'",
              "base-uri 'self'",
              "frame-ancestors 'none'",
            ].join("; "),
            "strict-transport-security": "max-age=63072000; includeSubDomains",
            "x-content-type-options": "nosniff",
            "referrer-policy": "strict-origin-when-cross-origin",
          }),
        },
      },
    });
    const distributionArn = router.nodes.cdn.nodes.distribution.arn;

    // No `access: "cloudfront"`: SST's version lets any CloudFront distribution read the
    // bucket. This statement lets only this stack's distribution (via origin access
    // control) read objects; nothing can list the bucket or read it directly.
    const site = new sst.aws.Bucket("Site", {
      cors: false,
      policy: [
        {
          actions: ["s3:GetObject"],
          principals: [{ type: "service", identifiers: ["cloudfront.amazonaws.com"] }],
          conditions: [
            { test: "StringEquals", variable: "AWS:SourceArn", values: [distributionArn] },
          ],
          paths: ["*"],
        },
      ],
    });
    router.routeBucket("/", site);

    // ── Publish: content/articles/ changes → astro build → site bucket ───────────────
    /** What a publish needs wherever it runs: the function, or the build task. */
    const publishEnvironment = {
      TAQRIR_CONTENT_BUCKET: inbox.name,
      TAQRIR_CONTENT_PREFIX: CONTENT_PREFIX,
      TAQRIR_SITE_BUCKET: site.name,
      TAQRIR_DISTRIBUTION_ID: router.distributionID,
      TAQRIR_SITE_URL: router.url,
      TAQRIR_LOCK_KEY: LOCK_KEY,
      // A second concurrent publish waits this long for the first, then builds.
      TAQRIR_LOCK_WAIT_MS: "300000",
      TAQRIR_WORK_DIR: "/tmp/taqrir",
      TAQRIR_RELEASES_PREFIX: RELEASES_PREFIX,
      TAQRIR_RELEASES_KEEP: "5",
    };
    const publishPermissions = [
      { actions: ["s3:GetObject"], resources: [$interpolate`${inbox.arn}/${CONTENT_PREFIX}*`] },
      // The build lock (locks/publish.json): read, take (put), release (delete).
      {
        actions: ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"],
        resources: [$interpolate`${inbox.arn}/locks/*`],
      },
      // Every publish kept as a release (releases.ts) and copied from there into the site.
      {
        actions: ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"],
        resources: [$interpolate`${inbox.arn}/${RELEASES_PREFIX}*`],
      },
      // The last build's size and time, which decide where the next one runs.
      {
        actions: ["s3:GetObject", "s3:PutObject"],
        resources: [$interpolate`${inbox.arn}/stats/*`],
      },
      // The incremental build's cache, for cold functions and new tasks (build-cache.ts).
      {
        actions: ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"],
        resources: [$interpolate`${inbox.arn}/build-cache/*`],
      },
      // Bucket-level (see Extract): lists content/ and turns a missing lock into a 404.
      { actions: ["s3:ListBucket"], resources: [inbox.arn] },
      // The site sync: upload, delete stale pages, compare with what is there.
      {
        actions: ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"],
        resources: [$interpolate`${site.arn}/*`],
      },
      { actions: ["s3:ListBucket"], resources: [site.arn] },
      { actions: ["cloudfront:CreateInvalidation"], resources: [distributionArn] },
    ];

    // Publishes too big for the function's 15 minutes (TASK_ABOVE in publish-lambda.ts:
    // more than 20,000 articles, or a last build over 8 minutes) run the same code as a
    // Fargate task (functions/handlers/publish-task.ts), started by the function. Public
    // subnets and no NAT gateway: the task reaches S3 and CloudFront over the internet, and
    // an idle VPC and cluster cost nothing. Untested here: Docker and AWS are not available.
    const buildVpc = new sst.aws.Vpc("BuildVpc");
    const buildCluster = new sst.aws.Cluster("BuildCluster", { vpc: buildVpc });
    const buildTask = new sst.aws.Task("PublishTask", {
      cluster: buildCluster,
      image: { context: ".", dockerfile: "build-task.Dockerfile" },
      architecture: "arm64",
      cpu: "4 vCPU",
      memory: "16 GB",
      // The content, Astro's cache (a copy of every page) and the built site.
      storage: "100 GB",
      environment: { ...publishEnvironment, TAQRIR_WORK_DIR: "/tmp/taqrir" },
      permissions: publishPermissions,
    });

    const publish = new sst.aws.Function("Publish", {
      description: "Taqrir: rebuilds the Astro site from content/ and syncs it to the site bucket",
      handler: "functions/handlers/publish-lambda.handler",
      runtime: "nodejs24.x",
      architecture: "arm64",
      memory: "3008 MB",
      timeout: "900 seconds",
      // /tmp holds the downloaded content, Astro's cache (a copy of every page), the built site
      // and the next one while it is built: about 260 KB an article at the peak (2.6 GB at
      // 10,000 articles, measured locally), so 10 GB (Lambda's maximum) lasts to ~38,000.
      storage: "10 GB",
      environment: {
        ...publishEnvironment,
        // Publishes above TASK_ABOVE (publish-lambda.ts) go to this linked Fargate task.
        TAQRIR_BUILD_TASK: "PublishTask",
      },
      link: [buildTask],
      // The Astro project is built at run time, so it ships as files: site/ and the
      // functions/ sources it imports (functions/core), next to real node_modules.
      copyFiles: [{ from: "site" }, { from: "functions" }],
      nodejs: {
        // Installed by npm for linux/arm64 into the package (versions from package.json),
        // not bundled: Astro loads its integrations, Vite and native binaries from disk.
        install: [
          "astro",
          "@astrojs/rss",
          "@fontsource/noto-naskh-arabic",
          "@fontsource/noto-sans",
          // The site's content schema (functions/core/facts.ts) is written with zod; its
          // article reader (functions/core/article-file.ts) reads the frontmatter with js-yaml.
          "zod",
          "js-yaml",
          // The story model's map (d3-geo over world-atlas outlines) and the search index,
          // whose platform binary (@pagefind/linux-arm64) npm installs for the Lambda's arch.
          "d3-geo",
          "topojson-client",
          "world-atlas",
          "pagefind",
        ],
      },
      hook: {
        // SST writes its own package.json (the `install` list only) at the package root,
        // where copyFiles would add a second, duplicate zip entry. Replace it after the
        // build instead: the project's package.json ("type": "module", dependencies).
        async postbuild(dir: string) {
          const { copyFile } = await import("node:fs/promises");
          const { join } = await import("node:path");
          await copyFile(join($cli.paths.root, "package.json"), join(dir, "package.json"));
        },
      },
      permissions: [
        ...publishPermissions,
        // The SQS event source mapping polls with the function's role. Subscribing by ARN
        // (below) means SST adds nothing, so these are granted here, for this queue only.
        // ChangeMessageVisibility also lets the handler requeue a batch early.
        {
          actions: [
            "sqs:ReceiveMessage",
            "sqs:DeleteMessage",
            "sqs:GetQueueAttributes",
            "sqs:ChangeMessageVisibility",
          ],
          resources: [publishQueue.arn],
        },
      ],
      // No reserved concurrency, on purpose. The cap is the event source mapping's
      // maximumConcurrency (2, the lowest SQS allows), which simply stops polling; it never
      // throttles. Reserved concurrency 1 would throttle the mapping's second invocation,
      // and every throttled batch goes back to the queue with its receive count raised, so
      // articles would reach the DLQ without a build ever failing. Reserved 2 would add
      // nothing for an SQS-only function and fails to deploy on accounts whose concurrency
      // quota is still 10. The two possible builds are serialised by the S3 lock.
    });

    publishQueue.subscribe(publish.arn, {
      // Wait up to 30 s to gather changes, so a burst of uploads is one build, not many.
      batch: { size: 100, window: "30 seconds", partialResponses: true },
      transform: { eventSourceMapping: { scalingConfig: { maximumConcurrency: 2 } } },
    });

    // One notification configuration per bucket (S3 allows one), so both go here. The
    // prefixes do not overlap, and neither extract's writes (content/, quarantine/) nor
    // publish's lock (locks/) can trigger extract again.
    inbox.notify({
      notifications: [
        {
          name: "ExtractOnUpload",
          function: extract.arn,
          events: ["s3:ObjectCreated:*", "s3:ObjectRemoved:*"],
          filterPrefix: "inbox/",
        },
        {
          name: "PublishOnContentChange",
          queue: publishQueue,
          events: ["s3:ObjectCreated:*", "s3:ObjectRemoved:*"],
          filterPrefix: `${CONTENT_PREFIX}articles/`,
        },
      ],
    });

    // ── Alarms: anything in a dead-letter queue, or waiting there for a day ──────────
    // Subscribe to the topic (its ARN is an output) to be told; DEPLOY.md "When something fails".
    const alerts = new sst.aws.SnsTopic("Alerts");
    for (const [name, queue] of [
      ["ExtractDlq", extractDlq],
      ["PublishDlq", publishDlq],
    ] as const) {
      const dimensions = { QueueName: queue.nodes.queue.name };
      new aws.cloudwatch.MetricAlarm(`${name}Depth`, {
        alarmDescription: `Taqrir: messages in ${name} (failures that need a look)`,
        namespace: "AWS/SQS",
        metricName: "ApproximateNumberOfMessagesVisible",
        dimensions,
        statistic: "Maximum",
        period: 300,
        evaluationPeriods: 1,
        comparisonOperator: "GreaterThanOrEqualToThreshold",
        threshold: 1,
        treatMissingData: "notBreaching",
        alarmActions: [alerts.arn],
        okActions: [alerts.arn],
      });
      new aws.cloudwatch.MetricAlarm(`${name}Age`, {
        alarmDescription: `Taqrir: the oldest message in ${name} is over a day old`,
        namespace: "AWS/SQS",
        metricName: "ApproximateAgeOfOldestMessage",
        dimensions,
        statistic: "Maximum",
        period: 3600,
        evaluationPeriods: 1,
        comparisonOperator: "GreaterThanOrEqualToThreshold",
        threshold: 86_400,
        treatMissingData: "notBreaching",
        alarmActions: [alerts.arn],
      });
    }

    return {
      siteUrl: router.url,
      alertsTopic: alerts.arn,
      inboxBucket: inbox.name,
      publishQueue: publishQueue.url,
      publishDlq: publishDlq.url,
      extractDlq: extractDlq.url,
    };

    /** CloudFront Function code that sets each header on the viewer response. */
    function securityHeadersInjection(headers: Record<string, string>): string {
      return Object.entries(headers)
        .map(
          ([name, value]) =>
            `event.response.headers[${JSON.stringify(name)}] = { value: ${JSON.stringify(value)} };`,
        )
        .join("\n");
    }
  },
});
