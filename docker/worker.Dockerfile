# Background worker image (BullMQ processors and the outbox relay).
# Build from the repo root:  docker build -f docker/worker.Dockerfile -t talents-worker .
# It never migrates: it starts after the API (which does) and only reads and writes existing tables.
# Plain Dockerfile syntax only (no RUN --mount), so the legacy builder used by docker-compose v1 builds it too.

FROM node:20-bookworm-slim AS base
ENV PNPM_HOME=/pnpm \
    PATH=/pnpm:$PATH \
    CI=true \
    COREPACK_ENABLE_DOWNLOAD_PROMPT=0 \
    TURBO_TELEMETRY_DISABLED=1 \
    CHECKPOINT_DISABLE=1 \
    PRISMA_HIDE_UPDATE_MESSAGE=1
# The version pinned by package.json's packageManager field.
RUN corepack enable && corepack prepare pnpm@10.34.9 --activate
WORKDIR /repo

# ---------------------------------------------------------------------------------------------------
FROM base AS build
# Downloading depends on the lockfile alone, so this layer survives source edits.
COPY pnpm-lock.yaml pnpm-workspace.yaml .npmrc ./
RUN pnpm fetch --frozen-lockfile
COPY . .
RUN pnpm install --frozen-lockfile --offline
# Even `prisma generate` resolves the schema engine: point it at the project's stand-in rather than letting
# the CLI download a native binary (see docs/decisions/0001-prisma-schema-engine.md).
ENV PRISMA_SCHEMA_ENGINE_BINARY=/repo/tools/prisma-engine/bin/schema-engine
RUN pnpm prisma generate
RUN pnpm turbo run build --filter=@talents/worker...
# pnpm 10 only deploys injected workspace packages unless --legacy is given; the workspace does not set
# inject-workspace-packages (it would change how every local package is linked), so use the legacy deploy.
# It copies dist/ of @talents/worker, @talents/db and @talents/shared with production dependencies only.
# The packages have no `files` field, so sources and tests come along; the app's own are dropped below.
RUN pnpm deploy --legacy --prod --filter @talents/worker /out \
 && test -f /out/dist/main.js \
 && rm -rf /out/src /out/test /out/jest.config.* /out/tsconfig*.json

# ---------------------------------------------------------------------------------------------------
FROM node:20-bookworm-slim AS worker
# tini forwards SIGTERM to node so running jobs can finish and BullMQ closes its connections cleanly.
RUN apt-get update \
 && apt-get install -y --no-install-recommends tini \
 && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production \
    FILE_STORE_DIR=/data/files
WORKDIR /app
# Code stays owned by root (read-only for the app); only the file store is writable by the app user.
COPY --from=build /out /app
# Shared with the API through a volume, so jobs (imports, retention, erasure) see the files the API stored.
RUN mkdir -p /data/files && chown -R node:node /data
USER node
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "dist/main.js"]
