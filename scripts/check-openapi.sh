#!/usr/bin/env bash
# The API conformance check: starts the built pubstatd on a temporary folder, feeds it the
# shared corpora (when ../shared is present), and has schemathesis send generated requests —
# valid and invalid — to every operation of Sources/PubstatServer/OpenAPI/openapi.json, checking
# each real answer's status, content type, headers and body against the document.
# /v1/events is checked with follow=false only (follow=true never ends by design; the live feed
# has its own end-to-end tests): against a copy of the document whose `follow` takes only false,
# with valid requests, then against one without `follow`, with invalid ones too (after, limit).
# Usage: scripts/check-openapi.sh [schemathesis options, e.g. --max-examples 100]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-test-deps.sh
bin="$(swift build --show-bin-path)"
work="$(mktemp -d /tmp/pubstat-openapi-XXXXXX)"
daemon="" bridge=""
cleanup() {
    [ -n "$bridge" ] && kill "$bridge" 2>/dev/null || true
    [ -n "$daemon" ] && kill "$daemon" 2>/dev/null && wait "$daemon" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

"$bin/pubstatd" --root "$work/var" --settle 0.2 >"$work/pubstatd.log" 2>&1 &
daemon=$!
socket="$work/var/pubstatd.sock"
for _ in $(seq 100); do
    curl -sf --unix-socket "$socket" http://localhost/v1/health >/dev/null 2>&1 && break
    sleep 0.2
done
if [ -d ../shared/corpus ]; then
    mkdir -p "$work/stage"
    for corpus in seeds dev dev2; do
        for file in ../shared/corpus/$corpus/*.txt; do cp "$file" "$work/stage/$corpus-$(basename "$file")"; done
    done
    mv "$work/stage/"* "$work/var/inbox/"
    for _ in $(seq 300); do
        [ -z "$(ls -A "$work/var/inbox")" ] && break
        sleep 0.2
    done
else
    echo "check-openapi: ../shared is absent; checking against an empty daemon" >&2
fi

port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
socat "TCP-LISTEN:$port,bind=127.0.0.1,reuseaddr,fork" "UNIX-CONNECT:$socket" &
bridge=$!
sleep 0.3
schemathesis=.build-tools/schemathesis/bin/schemathesis
document=Sources/PubstatServer/OpenAPI/openapi.json
"$schemathesis" run "$document" \
    --url "http://127.0.0.1:$port" --exclude-path /v1/events \
    --seed 1 --max-examples 40 --no-color "$@"
python3 - "$document" "$work/events-finite.json" "$work/events-unfollowed.json" <<'EOF'
import json, sys
source, finite, unfollowed = sys.argv[1:]
document = json.load(open(source))
parameters = document["paths"]["/v1/events"]["get"]["parameters"]
follow = next(p for p in parameters if p["name"] == "follow")
follow["schema"] = {"type": "boolean", "enum": [False]}
json.dump(document, open(finite, "w"))
parameters.remove(follow)
json.dump(document, open(unfollowed, "w"))
EOF
"$schemathesis" run "$work/events-finite.json" \
    --url "http://127.0.0.1:$port" --include-path /v1/events --mode positive --phases examples,coverage,fuzzing \
    --seed 1 --max-examples 40 --no-color "$@"
"$schemathesis" run "$work/events-unfollowed.json" \
    --url "http://127.0.0.1:$port" --include-path /v1/events --mode negative --phases examples,coverage,fuzzing \
    --seed 1 --max-examples 40 --no-color "$@"
