# The SPA as static files behind nginx, which also proxies /api to the API service: the browser sees one
# origin, so the refresh cookie stays first-party and no CORS is needed.
# Build from the repo root:  docker build -f docker/web.Dockerfile -t talents-web .
# Plain Dockerfile syntax only (no RUN --mount), so the legacy builder used by docker-compose v1 builds it too.

FROM node:20-bookworm-slim AS base
ENV PNPM_HOME=/pnpm \
    PATH=/pnpm:$PATH \
    CI=true \
    COREPACK_ENABLE_DOWNLOAD_PROMPT=0 \
    TURBO_TELEMETRY_DISABLED=1
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
# The SPA calls relative /api URLs, so one bundle serves any host name.
RUN pnpm turbo run build --filter=@talents/web... \
 && test -f apps/web/dist/index.html \
 && find apps/web/dist -name '*.map' -delete

# ---------------------------------------------------------------------------------------------------
FROM nginx:alpine AS web
# Runs as the image's unprivileged `nginx` user: the config moves the pid file and temp paths to /tmp
# and listens on 8080. The stock server block is dropped; ours lives in nginx.conf.
RUN rm -f /etc/nginx/conf.d/default.conf
COPY docker/nginx.conf /etc/nginx/nginx.conf
COPY --from=build /repo/apps/web/dist /usr/share/nginx/html
USER nginx
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=3s --start-period=5s --retries=3 \
  CMD ["wget", "-q", "-O", "/dev/null", "http://127.0.0.1:8080/healthz"]
