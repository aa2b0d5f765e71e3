#!/usr/bin/env bash
# `npm test`: type-check, build, unit + integration + conformance (vitest), end-to-end in
# Chromium (Playwright), then one closing line "N passed, N failed".
# keytar needs a Secret Service: on Linux without a session bus, the suite runs inside a
# private D-Bus session with an unlocked gnome-keyring and a throwaway XDG_DATA_HOME.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$(uname -s)" = "Linux" ] && [ -z "${STOCKPILOT_IN_KEYRING_SESSION:-}" ] && command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null; then
  keyring_home=$(mktemp -d)
  trap 'rm -rf "$keyring_home"' EXIT
  export XDG_DATA_HOME="$keyring_home" STOCKPILOT_IN_KEYRING_SESSION=1
  # dbus-daemon warns that it cannot raise its fd limit in a container; that line is noise.
  dbus-run-session -- sh -c 'echo -n stockpilot-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; exec bash scripts/run-tests.sh' 2>&1 | grep --line-buffered -v 'Failed to set fd limit'
  exit "${PIPESTATUS[0]}"
fi

mkdir -p test-results
echo "== type-check"
npm run --silent typecheck
echo "== build"
npm run --silent build >test-results/build.log 2>&1 || { cat test-results/build.log; exit 1; }
echo "== unit, integration and conformance tests (vitest)"
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json || status=$?
echo "== end-to-end tests (Playwright, Chromium)"
PLAYWRIGHT_JSON_OUTPUT_NAME=test-results/playwright.json npx playwright test --reporter=list,json || status=$?
node scripts/test-summary.mjs test-results/vitest.json test-results/playwright.json
exit $status
