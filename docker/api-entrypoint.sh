#!/bin/sh
# Applies pending migrations, then runs the command (the API by default), so one `docker compose up`
# brings a fresh database to the current schema. With several API replicas, run the image's `migrate`
# target once per release instead and set MIGRATE_ON_START=false on the replicas, so they don't race.
set -eu

if [ "${MIGRATE_ON_START:-true}" = "true" ]; then
  echo "entrypoint: applying database migrations"
  /app/node_modules/.bin/prisma migrate deploy --config /app/prisma.config.ts
fi

exec "$@"
