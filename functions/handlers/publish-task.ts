/**
 * The build task: one publish, run as a process instead of in the publish function, for a
 * site too big for a Lambda's 15 minutes and 10 GB (sst.config.ts runs it on ECS Fargate;
 * the publish function starts it). It is the publish function's own code (runPublish) with
 * the same environment: pull, build, deploy under the same S3 lock, the same dirty marker.
 * Without a time limit, it builds again for as long as publishes were turned away meanwhile
 * (up to publish.ts's limit on rounds), and waits up to TAQRIR_TASK_LOCK_WAIT_MS (an hour)
 * for a build already running.
 *
 *   node functions/handlers/publish-task.ts     (exit 0: published; 1: failed, logged)
 */
import { configFromEnv, runPublish } from "./publish-lambda.ts";

const HOUR_MS = 3_600_000;

export async function main(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const config = configFromEnv(env);
  const reference = env.TAQRIR_REFERENCE || `task-${Date.now()}`;
  try {
    const report = await runPublish(config, {
      reference,
      lockWaitMs: Number(env.TAQRIR_TASK_LOCK_WAIT_MS ?? HOUR_MS),
      canBuildAgain: () => true,
    });
    config.logger.info("site published by the build task", {
      reference,
      articles: report.pull.articles,
      pages: report.pages,
      rebuilt: report.rebuilt,
      rounds: report.rounds,
      buildMs: report.buildMs,
      uploaded: report.deploy.uploaded.length,
      deleted: report.deploy.deleted.length,
      release: report.deploy.release,
      totalMs: report.totalMs,
    });
    return 0;
  } catch (error) {
    config.logger.error("the build task failed", {
      reference,
      error: error instanceof Error ? { name: error.name, message: error.message } : String(error),
    });
    return 1;
  } finally {
    config.s3.destroy();
  }
}

if (import.meta.main) process.exitCode = await main();
