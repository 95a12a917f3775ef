#!/usr/bin/env bash
# Runs pubstatd from the repository root on the embedded defaults: everything under ./var
# (inbox, processed, failed, state, and the socket var/pubstatd.sock). Extra arguments go to pubstatd.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh
swift build --product pubstatd
swift build --product pubstatctl
exec "$(swift build --show-bin-path)/pubstatd" "$@"
