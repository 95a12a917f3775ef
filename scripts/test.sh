#!/usr/bin/env bash
# Runs every check CI runs: the unit tests, the end-to-end tests (real pubstatd and pubstatctl
# binaries as subprocesses: intake, restarts, crashes, systemd protocols), and the systemd unit
# checks. The end-to-end tests run on their own, so CPU-heavy unit tests cannot starve them.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh
swift build --build-tests
echo "== unit tests"
swift test --skip-build --skip EndToEndTests
echo "== end-to-end tests"
swift test --skip-build --filter EndToEndTests
echo "== systemd units"
scripts/check-units.sh
