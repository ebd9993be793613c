# HTTP API image. Build from the repo root:  docker build -f docker/api.Dockerfile -t talents-api .
# Targets: `api` (default, last stage) migrates the database then serves; `migrate` only migrates
# (a one-shot job when several API replicas start at once, with MIGRATE_ON_START=false on the replicas).
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
# Every prisma command, `generate` included, resolves the schema engine; point it at the project's stand-in
# rather than letting the CLI download a native binary (see docs/decisions/0001-prisma-schema-engine.md).
ENV PRISMA_SCHEMA_ENGINE_BINARY=/repo/tools/prisma-engine/bin/schema-engine
RUN pnpm prisma generate
RUN pnpm turbo run build --filter=@talents/api...
# pnpm 10 only deploys injected workspace packages unless --legacy is given; the workspace does not set
# inject-workspace-packages (it would change how every local package is linked), so use the legacy deploy.
# It copies dist/ of @talents/api, @talents/db and @talents/shared with production dependencies only.
# The packages have no `files` field, so sources and tests come along; the app's own are dropped below.
# public-hoist-pattern lifts the prisma CLI and dotenv, already in the production tree (@prisma/client
# peer-depends on prisma, prisma's config loader on dotenv), to node_modules/ where prisma.config.ts finds them.
# The test -x fails the build if a dependency change ever drops them.
RUN pnpm deploy --legacy --prod --filter @talents/api \
      --config.public-hoist-pattern=prisma --config.public-hoist-pattern=dotenv /out \
 && test -x /out/node_modules/.bin/prisma && test -d /out/node_modules/dotenv \
 && test -f /out/dist/main.js \
 && rm -rf /out/src /out/test /out/jest.config.* /out/tsconfig*.json
# The migration toolkit beside it: schema, migrations, CLI config and the stand-in engine with its own
# production dependencies (the wasm schema engine and the pg driver).
RUN pnpm deploy --legacy --prod --filter @talents/prisma-engine /out/tools/prisma-engine \
 && chmod +x /out/tools/prisma-engine/bin/schema-engine \
 && cp -R prisma prisma.config.ts /out/ \
 && cp docker/api-entrypoint.sh /out/docker-entrypoint.sh && chmod +x /out/docker-entrypoint.sh

# ---------------------------------------------------------------------------------------------------
FROM node:20-bookworm-slim AS runtime
# tini forwards SIGTERM to node so Nest's shutdown hooks run and in-flight requests finish.
RUN apt-get update \
 && apt-get install -y --no-install-recommends tini \
 && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    FILE_STORE_DIR=/data/files \
    PRISMA_SCHEMA_ENGINE_BINARY=/app/tools/prisma-engine/bin/schema-engine \
    CHECKPOINT_DISABLE=1 \
    PRISMA_HIDE_UPDATE_MESSAGE=1
WORKDIR /app
# Code stays owned by root (read-only for the app); only the file store is writable by the app user.
COPY --from=build /out /app
# A fresh named volume mounted here inherits this owner, so uploads work without a chown at start.
RUN mkdir -p /data/files && chown -R node:node /data
USER node

# ---------------------------------------------------------------------------------------------------
FROM runtime AS migrate
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["/app/node_modules/.bin/prisma", "migrate", "deploy", "--config", "/app/prisma.config.ts"]

# ---------------------------------------------------------------------------------------------------
FROM runtime AS api
EXPOSE 3000
# Node 20 has fetch, so no curl is installed just for this; any non-2xx answer of /api/health fails the check.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
ENTRYPOINT ["/usr/bin/tini", "--", "/app/docker-entrypoint.sh"]
CMD ["node", "dist/main.js"]
