#!/usr/bin/env bash
# Builds the solution and runs every test: unit, storage, component (bUnit) and browser (Playwright).
# Installs Debian's Chromium first when it is missing; Playwright drives it and never downloads a browser.
# Extra arguments go to `dotnet test` (for example: --filter-class 'FactCheck.E2E.*').
set -euo pipefail
cd "$(dirname "$0")/.."

chromium="${FACTCHECK_CHROMIUM:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  echo "Chromium not found at $chromium: installing Debian's chromium package for the browser tests..."
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 TESTINGPLATFORM_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
results="$PWD/artifacts/test-results"
rm -rf "$results"
dotnet test --solution FactCheck.sln --results-directory "$results" --report-xunit-trx "$@"
