#!/usr/bin/env bash
# Runs every check CI runs: the Swift test suite (unit and end-to-end tests with the real
# binaries) and the systemd unit checks.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh
swift build --build-tests
swift test --skip-build
if [ -x scripts/check-units.sh ]; then
    scripts/check-units.sh
fi
