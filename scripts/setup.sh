#!/usr/bin/env bash
# Sets up a working copy of Gloss: npm packages, Debian's Chromium and Firefox ESR (for the end-to-end
# tests), both extension builds, and a run of the analyser on the canonical article.
#
# Idempotent: every step checks first and does nothing when its result is already there.
# Runs without a terminal (CI=true, no stdin): apt-get is non-interactive, npm never prompts.
#
# Usage: bash scripts/setup.sh [--no-build] [--no-demo] [--only-deps]
#   --no-build   skip `npm run build` (scripts/test-all.sh builds as its own step)
#   --no-demo    skip the analyser demo on the canonical article
#   --only-deps  npm packages and browsers only (same as --no-build --no-demo)
# Environment: GLOSS_SKIP_BROWSERS=1 skips the browser install (for machines that only build).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

do_build=1
do_demo=1
for arg in "$@"; do
  case "$arg" in
    --no-build) do_build=0 ;;
    --no-demo) do_demo=0 ;;
    --only-deps) do_build=0; do_demo=0 ;;
    -h | --help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "setup: unknown option $arg" >&2; exit 2 ;;
  esac
done

heading() { printf '\n== %s ==\n' "$1"; }
fail() { printf 'setup: %s\n' "$1" >&2; exit 1; }

export npm_config_yes=true
export npm_config_fund=false
export npm_config_audit=false

# --- Node and npm packages -------------------------------------------------------------------------
heading 'npm packages'
command -v node >/dev/null || fail 'node is not installed: install Node 20.19 or newer (see README).'
command -v npm >/dev/null || fail 'npm is not installed: it comes with Node.'
node_major="$(node -p 'process.versions.node.split(".")[0]')"
if [ "$node_major" -lt 20 ]; then fail "Node $(node --version) is too old: Gloss needs Node 20.19 or newer."; fi

# `npm ls` fails when a declared package is missing or does not satisfy package.json; then (and only
# then) install. `npm ci` wipes node_modules, so it is not run when everything is already in place.
if [ -d node_modules ] && npm ls --depth=0 >/dev/null 2>&1; then
  echo 'node_modules is complete: nothing to install.'
elif [ -f package-lock.json ]; then
  echo 'Installing from package-lock.json (npm ci)...'
  npm ci --no-audit --no-fund </dev/null
else
  echo 'No package-lock.json: npm install...'
  npm install --no-audit --no-fund </dev/null
fi

# --- Browsers for the end-to-end tests -------------------------------------------------------------
heading 'browsers (Debian chromium, firefox-esr)'
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
if [ "${GLOSS_SKIP_BROWSERS:-0}" = 1 ]; then
  echo 'GLOSS_SKIP_BROWSERS=1: not checking browsers.'
elif [ "${#missing[@]}" -eq 0 ]; then
  echo "Found $(/usr/bin/chromium --version 2>/dev/null | head -n1) and $(/usr/bin/firefox-esr --version 2>/dev/null | head -n1)."
else
  echo "Missing: ${missing[*]}. Installing with apt-get..."
  if [ "$(id -u)" -eq 0 ]; then
    as_root=()
  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    as_root=(sudo -n)
  else
    fail "installing ${missing[*]} needs root: run as root, or give this user password-less sudo, or run
  sudo apt-get update && sudo apt-get install -y ${missing[*]}
and then this script again."
  fi
  command -v apt-get >/dev/null || fail "apt-get not found: install ${missing[*]} (Debian packages) by hand; the tests expect /usr/bin/chromium and /usr/bin/firefox-esr."
  export DEBIAN_FRONTEND=noninteractive
  "${as_root[@]}" apt-get update -q </dev/null
  "${as_root[@]}" apt-get install -y -q "${missing[@]}" </dev/null
  [ -x /usr/bin/chromium ] || fail 'chromium did not install at /usr/bin/chromium.'
  [ -x /usr/bin/firefox-esr ] || fail 'firefox-esr did not install at /usr/bin/firefox-esr.'
fi

# --- Builds ----------------------------------------------------------------------------------------
if [ "$do_build" = 1 ]; then
  heading 'build: Chrome MV3 and Firefox MV3'
  npm run --silent build </dev/null
  for dir in .output/chrome-mv3 .output/firefox-mv3; do
    [ -f "$dir/manifest.json" ] || fail "the build left no $dir/manifest.json."
    echo "Built $dir"
  done
fi

# --- The main job, on the canonical article --------------------------------------------------------
if [ "$do_demo" = 1 ]; then
  heading 'analyser on tests/fixtures/azernews-putin-visit.html'
  out="$(mktemp)"
  trap 'rm -f "$out"' EXIT
  if ! npm run --silent analyze -- tests/fixtures/azernews-putin-visit.html >"$out" </dev/null; then
    fail 'the analyser failed on the canonical article (see the messages above).'
  fi
  node scripts/summarise-analysis.mjs "$out" || fail 'the analyser output could not be read.'
fi

heading 'setup done'
echo 'Next: npm test (every check), npm run test:e2e (browsers only), npm run dev (Chrome with live reload).'
