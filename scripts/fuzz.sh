#!/usr/bin/env bash
# Runs the libFuzzer targets of Fuzz/ (extraction, the event reader, log segments, the HTTP API) for SECONDS
# each (default 30), starting from the seed corpora in Fuzz/seeds/ plus the golden logs'
# segments and the invented bulletins, and fails on the first crash, trap or leak. Each
# target prints its executions; crashing inputs are kept in .build-fuzz/crashes/.
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]      e.g. scripts/fuzz.sh 3600 fuzz-extract
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-30}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz-extract fuzz-event fuzz-log fuzz-http)

swift build -c release --package-path Fuzz --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer,address \
    -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld  # gold fails on these objects
bin="$(swift build -c release --package-path Fuzz --scratch-path .build-fuzz --show-bin-path)"
work="$(mktemp -d /tmp/pubstat-fuzz-XXXXXX)"
trap 'rm -rf "$work"' EXIT
mkdir -p .build-fuzz/crashes

for target in "${targets[@]}"; do
    corpus="$work/$target"
    mkdir -p "$corpus"
    case "$target" in
        fuzz-extract)
            cp Fuzz/seeds/extract/* "$corpus/"
            if [ -d Tests/Fixtures/invented ]; then cp Tests/Fixtures/invented/*.txt "$corpus/" 2>/dev/null || true; fi ;;
        fuzz-event) cp Fuzz/seeds/event/* "$corpus/" ;;
        fuzz-http) cp Fuzz/seeds/http/* "$corpus/" ;;  # raw requests: valid, malformed, pipelined, HTTP/1.0, oversized
        fuzz-log)
            n=0
            for segment in Events/fixtures/*/*.seg; do n=$((n + 1)); cp "$segment" "$corpus/golden-$n.seg"; done ;;
    esac
    echo "== $target: ${seconds}s"
    SWIFT_BACKTRACE=enable=no "$bin/$target" "$corpus" -max_total_time="$seconds" -rss_limit_mb=4096 -timeout=20 \
        -artifact_prefix=".build-fuzz/crashes/$target-" -print_final_stats=1 2>&1 \
        | grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|==[0-9]+==|SUMMARY|Done)|ERROR|Crash|deadly|Fatal error" || true
    status=${PIPESTATUS[0]}
    if [ "$status" -ne 0 ]; then
        echo "fuzz: $target failed (exit $status); the input is in .build-fuzz/crashes/" >&2
        exit 1
    fi
done
