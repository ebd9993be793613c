# Shared helpers of scripts/start.sh, scripts/test.sh and .ci/run. Source it; it changes nothing by itself.
set -euo pipefail
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PNPM_VERSION=10.34.9
export TURBO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1

log() { printf '\033[1;34m▶ %s\033[0m\n' "$*" >&2; }

ensure_pnpm() {
  if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version)" != "$PNPM_VERSION" ]; then
    log "installing pnpm $PNPM_VERSION"
    npm install -g "pnpm@$PNPM_VERSION" >/dev/null
  fi
}

# PostgreSQL and Redis are normally started with the machine; start whichever is down, as the machine does.
ensure_services() {
  if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
    log "starting PostgreSQL"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start
    for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
  fi
  if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
    log "starting Redis"
    mkdir -p /var/lib/redis /var/log/redis
    redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no --dir /var/lib/redis --logfile /var/log/redis/ci.log
    for _ in $(seq 1 30); do redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 && break; sleep 1; done
  fi
  pg_isready -q -h 127.0.0.1 -p 5432 || { echo "PostgreSQL is not reachable on 127.0.0.1:5432" >&2; exit 1; }
  redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null || { echo "Redis is not reachable on 127.0.0.1:6379" >&2; exit 1; }
}

# Creates the database named in DATABASE_URL when it does not exist yet.
ensure_database() {
  local url="$1" name admin
  name="$(node -e 'console.log(new URL(process.argv[1]).pathname.slice(1))' "$url")"
  admin="$(node -e 'const u=new URL(process.argv[1]); u.pathname="/postgres"; console.log(u.toString())' "$url")"
  if [ "$(psql "$admin" -tAc "SELECT 1 FROM pg_database WHERE datname='$name'")" != "1" ]; then
    log "creating database $name"
    psql "$admin" -qc "CREATE DATABASE \"$name\""
  fi
}

install_and_build() {
  ensure_pnpm
  log "installing dependencies"
  (cd "$REPO_ROOT" && pnpm install --frozen-lockfile --reporter=silent)
  log "generating the Prisma client and building"
  (cd "$REPO_ROOT" && pnpm exec prisma generate >/dev/null && pnpm exec turbo run build --output-logs=errors-only)
}
