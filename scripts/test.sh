#!/usr/bin/env bash
# Runs every check CI runs: the unit tests, the end-to-end tests (real pubstatd and pubstatctl
# binaries as subprocesses: intake, restarts, crashes, systemd protocols), the API conformance
# check (schemathesis against the real daemon), and the systemd unit checks. Each group runs on its own, so CPU-heavy tests cannot starve timing-sensitive ones
# (Swift Testing runs a group's tests in parallel on a pool as large as the machine's 2 cores).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh
scripts/ensure-test-deps.sh
swift build --build-tests
echo "== unit tests"
swift test --skip-build --skip EndToEndTests --skip PubstatExtractionTests
echo "== extraction tests (CPU-bound, on their own so they cannot starve timing-sensitive tests)"
swift test --skip-build --filter PubstatExtractionTests
echo "== end-to-end tests"
# one test at a time: each starts real daemons and blocks on them, and two cores give the test
# runner only two threads
swift test --skip-build --no-parallel --filter EndToEndTests
echo "== API conformance (schemathesis against the real daemon and Sources/PubstatServer/OpenAPI/openapi.json)"
scripts/check-openapi.sh
echo "== load, short form (writers dropping generated bulletins while clients query; full form in RELIABILITY.md)"
scripts/load-test.py --bulletins 200 --writers 4 --clients 8 --seconds 5 --bin "$(swift build --show-bin-path)"
echo "== fuzz, short form (10 s per target; the long runs are in RELIABILITY.md)"
scripts/fuzz.sh 10
echo "== benchmark suite, smoke form (every stage tiny, on the debug build; the full form writes BENCHMARKS.md)"
scripts/bench.sh --smoke
echo "== systemd units"
scripts/check-units.sh
