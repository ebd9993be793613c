#!/usr/bin/env bash
# One command for every test: installs, builds, checks the migrations and docker-compose.yml, then runs each
# package's suite against the local PostgreSQL and Redis (each suite makes and drops its own databases).
# Ends with one line: "tests: N passed, N failed".
source "$(dirname "$0")/lib.sh"
cd "$REPO_ROOT"

ensure_services
install_and_build

logs="$(mktemp -d)"
failed_steps=()
step() {
  local name="$1"; shift
  log "$name"
  if "$@" 2>&1 | tee "$logs/$name.log"; then :; else failed_steps+=("$name"); fi
}

step migrations-match-schema bash scripts/check-migrations.sh
step web-bundle-budget node scripts/bundle-sizes.mjs --check
if command -v docker-compose >/dev/null 2>&1; then
  # The compose file insists on real secrets; any values of the right length validate the file.
  step docker-compose-config env JWT_SECRET=compose-config-check-0123456789abcdef LINK_SIGNING_SECRET=compose-config-check-link-0123456789abcdef docker-compose config -q
else
  log "docker-compose not installed: compose file check skipped (install Debian's docker-compose to run it)"
fi
for pkg in shared db mail prisma-engine api worker web e2e; do
  step "test-$pkg" pnpm --filter "@talents/$pkg" run --if-present test
done
# No Docker engine here: replay each image's build stage and start its production tree (see the file).
step test-docker-replay node --test scripts/docker-replay/docker-replay.test.mjs

# Sum jest's, vitest's and node --test's totals into the closing line.
passed=0; failed=0
while read -r p f; do passed=$((passed + p)); failed=$((failed + f)); done < <(
  cat "$logs"/test-*.log | sed 's/\x1b\[[0-9;]*m//g' | grep -E '^ *Tests:? |^# (pass|fail) ' | node -e '
    const lines = require("fs").readFileSync(0, "utf8").split("\n").filter(Boolean);
    for (const l of lines) {
      const n = (re) => Number((re.exec(l) || [0, 0])[1]);
      console.log(n(/(\d+) passed|^# pass (\d+)/) || n(/^# pass (\d+)/), n(/(\d+) failed/) || n(/^# fail (\d+)/));
    }')
if [ ${#failed_steps[@]} -gt 0 ]; then
  echo "failed steps: ${failed_steps[*]}" >&2
  [ "$failed" -eq 0 ] && failed=${#failed_steps[@]}
fi
echo "tests: $passed passed, $failed failed"
[ ${#failed_steps[@]} -eq 0 ]
