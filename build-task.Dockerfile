# The build task (sst.config.ts "PublishTask"): the publish function's code run as a process,
# for sites too big for a Lambda. `sst deploy` builds and pushes this image; nothing here
# builds it (no Docker on the machine this project is tested on).
FROM node:24-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production ASTRO_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
# Runtime dependencies only: Astro, Pagefind's platform binary, the AWS SDK.
RUN npm install --omit=dev --no-audit --no-fund
COPY functions ./functions
COPY site ./site
COPY bin ./bin
CMD ["node", "functions/handlers/publish-task.ts"]
