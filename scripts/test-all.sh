#!/usr/bin/env bash
# Every check of the project, in order, stopping at the first failure (npm test):
#   lint and format (Biome), types (tsc), unit tests (Vitest), both builds zipped (and the zips checked:
#   scripts/check-bundles.mjs), web-ext lint of the Firefox build, end-to-end tests in Chromium and in
#   Firefox ESR.
# Makes sure the npm packages and the browsers are there first (scripts/setup.sh --only-deps).
# Ends with one plain line: "N passed, N failed".
#
# Usage: bash scripts/test-all.sh [--keep-going]
#   --keep-going   run every step even after a failure (GLOSS_KEEP_GOING=1 does the same)
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

keep_going="${GLOSS_KEEP_GOING:-0}"
for arg in "$@"; do
  case "$arg" in
    --keep-going) keep_going=1 ;;
    -h | --help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "test-all: unknown option $arg" >&2; exit 2 ;;
  esac
done

STEPS=(
  'prerequisites (npm packages, browsers)|bash scripts/setup.sh --only-deps'
  'biome check (lint and format)|npx --no-install biome check .'
  'tsc --noEmit|npx --no-install tsc --noEmit -p .'
  'unit tests (vitest)|npx --no-install vitest run'
  'build and zip: Chrome MV3 and Firefox MV3|npm run --silent zip'
  'zips and content-script budget|node scripts/check-bundles.mjs'
  'web-ext lint (Firefox build)|web_ext_lint'
  'e2e: Chromium|node scripts/run-e2e.mjs chromium --no-build'
  'e2e: Firefox ESR|node scripts/run-e2e.mjs firefox'
)

# web-ext lint exits non-zero on errors only; its warnings are printed and do not fail the step.
web_ext_lint() {
  [ -f .output/firefox-mv3/manifest.json ] || { echo 'no .output/firefox-mv3 build'; return 1; }
  npx --no-install web-ext lint --source-dir .output/firefox-mv3 --no-input --no-config-discovery </dev/null
}

passed=0
failed=0
failed_names=()
not_run=()
start_all=$SECONDS

for i in "${!STEPS[@]}"; do
  name="${STEPS[$i]%%|*}"
  command="${STEPS[$i]#*|}"
  if [ "$failed" -gt 0 ] && [ "$keep_going" != 1 ]; then
    not_run+=("$name")
    continue
  fi
  printf '\n======== %s ========\n' "$name"
  started=$SECONDS
  if eval "$command" </dev/null; then
    passed=$((passed + 1))
    printf -- '-------- ok: %s (%ss)\n' "$name" "$((SECONDS - started))"
  else
    failed=$((failed + 1))
    failed_names+=("$name")
    printf -- '-------- FAILED: %s (%ss)\n' "$name" "$((SECONDS - started))"
  fi
done

printf '\n======== summary (%ss) ========\n' "$((SECONDS - start_all))"
for name in "${failed_names[@]}"; do echo "failed: $name"; done
for name in "${not_run[@]}"; do echo "not run (an earlier step failed): $name"; done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
