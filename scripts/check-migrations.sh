#!/usr/bin/env bash
# CI guard: fails when prisma/schema.prisma and prisma/migrations/ disagree,
# i.e. someone changed the schema without generating the migration (or edited
# a migration by hand). Exit codes: 0 in sync, 2 drift, 1 error.
#
# How: Prisma replays every migration into a shadow database and diffs the
# result against the schema. The shadow database is SHADOW_DATABASE_URL when
# set (it gets emptied!), otherwise a temporary database created and dropped
# on DATABASE_URL's server (default postgresql://postgres@127.0.0.1:5432/talents,
# see prisma.config.ts; the database itself need not exist, the server must
# be reachable and the user allowed to CREATE DATABASE).
set -uo pipefail
cd "$(dirname "$0")/.."

prisma=node_modules/.bin/prisma
if [ ! -x "$prisma" ]; then
  echo "check-migrations: $prisma not found, run pnpm install first" >&2
  exit 1
fi

"$prisma" migrate diff \
  --from-migrations prisma/migrations \
  --to-schema prisma/schema.prisma \
  --exit-code
status=$?

case "$status" in
  0) echo "check-migrations: prisma/migrations matches prisma/schema.prisma" ;;
  2)
    echo "check-migrations: DRIFT: prisma/schema.prisma has changes no migration creates." >&2
    echo "  Create the migration with: pnpm db:migrate:dev --create-only --name <what-changed>" >&2
    echo "  (or see the SQL with: $prisma migrate diff --from-migrations prisma/migrations --to-schema prisma/schema.prisma --script)" >&2
    ;;
  *) echo "check-migrations: could not compare (exit $status), see the error above" >&2 ;;
esac
exit "$status"
