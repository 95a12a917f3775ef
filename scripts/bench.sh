#!/usr/bin/env bash
# The whole benchmark suite in one command (issue 11): installs what it needs through apt when
# missing (nginx-light, nghttp2-client, sqlite3, ripgrep, besides scripts/ensure-deps.sh), builds
# release once, runs every stage (extraction, back-fill, drop-to-queryable, durable append and
# replay, start-up and memory, queries) with pubstat and its peers interleaved in the same run,
# and writes the generated section of BENCHMARKS.md (between its BEGIN/END markers).
#
# Usage: scripts/bench.sh [--smoke] [--out FILE] [--only STAGE,...] [--configuration debug|release]
#   --smoke   every stage tiny (seconds), on the debug build that scripts/test.sh has made: CI
#             runs it so the suite cannot rot; writes var/bench/BENCHMARKS.smoke.md unless --out.
#   --out     where to write the report (default BENCHMARKS.md).
#   --only    run only these stages: extract,backfill,drops,log,startup,queries.
#   --configuration  the build to measure (default: release; debug with --smoke).
# The full form takes about 45 minutes on the shared 2-core machine. Scratch files go to var/bench/ (the
# disk measured); generated corpora are kept in var/bench/cache/ between runs.
set -euo pipefail
cd "$(dirname "$0")/.."

configuration=""
passed=()
while [ $# -gt 0 ]; do
    case "$1" in
        --configuration) configuration="${2:?--configuration needs debug or release}"; shift 2 ;;
        --smoke) passed+=("$1"); configuration="${configuration:-debug}"; shift ;;
        *) passed+=("$1"); shift ;;
    esac
done
# the smoke form measures the debug build scripts/test.sh has made: a release build would cost CI 10+ minutes
configuration="${configuration:-release}"
case "$configuration" in
    debug|release) ;;
    *) echo "bench: --configuration must be debug or release, not '$configuration'" >&2; exit 2 ;;
esac

scripts/ensure-deps.sh
missing=()
command -v nginx >/dev/null 2>&1 || missing+=(nginx-light)
command -v h2load >/dev/null 2>&1 || missing+=(nghttp2-client)
command -v sqlite3 >/dev/null 2>&1 || missing+=(sqlite3)
command -v rg >/dev/null 2>&1 || missing+=(ripgrep)
command -v taskset >/dev/null 2>&1 || missing+=(util-linux)
if [ ${#missing[@]} -gt 0 ]; then
    echo "bench: installing ${missing[*]} through apt" >&2
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

echo "bench: swift build -c $configuration (pubstatd, pubstat-bench)" >&2
swift build -c "$configuration" --product pubstatd
swift build -c "$configuration" --product pubstat-bench
bin="$(swift build -c "$configuration" --show-bin-path)"

cd scripts
exec python3 -m benchsuite --bin "$bin" "${passed[@]}"
