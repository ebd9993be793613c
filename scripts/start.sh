#!/usr/bin/env bash
# One command for the whole product with demo data: install, build, migrate, seed when empty, then run the
# API (:3000), the worker and the web app (:5173) until Ctrl-C. Embedded defaults; override with env vars.
source "$(dirname "$0")/lib.sh"
cd "$REPO_ROOT"

export DATABASE_URL="${DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/talents}"
export REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379}"
export WEB_URL="${WEB_URL:-http://127.0.0.1:5173}"
export PORT="${PORT:-3000}"

ensure_services
install_and_build
ensure_database "$DATABASE_URL"
log "applying migrations"
pnpm exec prisma migrate deploy >/dev/null
if [ "$(psql "$DATABASE_URL" -tAc 'SELECT count(*) FROM users')" = "0" ]; then
  log "seeding demo data and building the search index"
  node packages/db/dist/seed/cli.js
  node apps/api/dist/cli.js reindex
fi

pids=()
stop() { trap - INT TERM EXIT; kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; }
trap stop INT TERM EXIT
node apps/api/dist/main.js & pids+=($!)
node apps/worker/dist/main.js & pids+=($!)
(cd apps/web && VITE_API_PROXY="http://127.0.0.1:$PORT" exec pnpm exec vite preview --host 127.0.0.1 --port 5173 --strictPort) & pids+=($!)
log "API http://127.0.0.1:$PORT/api (docs: /api/docs) · web $WEB_URL · mail written to var/mail/ · Ctrl-C stops everything"
wait -n "${pids[@]}"
