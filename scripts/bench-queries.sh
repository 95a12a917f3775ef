#!/usr/bin/env bash
# Query benchmark (issue 9): pubstatd answering /v1/projections/budget and /v1/series against
# nginx serving the very same response bytes from files, both on a Unix socket, both pinned to
# core 0, h2load (HTTP/1.1, 16 connections) on core 1. Prints one line per route and server:
# requests/s and latency percentiles. Needs nginx-light and nghttp2-client (installed via apt when
# missing), a release build (swift build -c release; PUBSTAT_BIN names another folder of binaries),
# and ../shared for the data.
# Usage: scripts/bench-queries.sh [REQUESTS per run, default 200000] [BACKFILL_DIR]
# With BACKFILL_DIR, its *.txt files are moved into pubstatd's inbox right before the rounds, so
# pubstatd answers while it back-fills them; the last lines say how many were still in the inbox
# when the rounds were over, and whether pubstatd's answers were then still the bytes nginx served.
# Which answers are measured (QUERY_ROUTES):
#   unfiltered  /v1/projections/budget and /v1/series?indicator=grdp_growth (default when idle);
#   place       the same two for one province the back-fill corpus never names, Quảng Ninh (default
#               with BACKFILL_DIR): a back-fill leaves their inputs alone, so their bytes stay the
#               ones nginx serves and the comparison is like for like while intake runs.
set -euo pipefail
cd "$(dirname "$0")/.."
requests="${1:-200000}"
backfill="${2:-}"
missing=()
command -v h2load >/dev/null 2>&1 || missing+=(nghttp2-client)
command -v nginx >/dev/null 2>&1 || missing+=(nginx-light)
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
bin="${PUBSTAT_BIN:-.build/release}"
work="$(mktemp -d /tmp/pubstat-queries-XXXXXX)"
daemon="" web=""
cleanup() {
    [ -n "$daemon" ] && kill "$daemon" 2>/dev/null || true
    [ -n "$web" ] && kill "$web" 2>/dev/null || true
    # pubstatd finishes the intake batch in progress before it exits: wait (up to 60 s) before
    # removing the files it still writes
    for pid in $daemon $web; do
        for _ in $(seq 600); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    done
    rm -rf "$work"
}
trap cleanup EXIT

taskset -c 0 "$bin/pubstatd" --root "$work/var" --settle 0.2 >"$work/pubstatd.log" 2>&1 &
daemon=$!
sock="$work/var/pubstatd.sock"
for _ in $(seq 100); do curl -sf --unix-socket "$sock" http://localhost/v1/health >/dev/null 2>&1 && break; sleep 0.2; done
mkdir -p "$work/stage"
for corpus in seeds dev dev2; do
    for file in ../shared/corpus/$corpus/*.txt; do cp "$file" "$work/stage/$corpus-$(basename "$file")"; done
done
mv "$work/stage/"* "$work/var/inbox/"
for _ in $(seq 300); do [ -z "$(ls -A "$work/var/inbox")" ] && break; sleep 0.2; done
sleep 1

place="province:Qu%E1%BA%A3ng%20Ninh"
case "${QUERY_ROUTES:-$([ -n "$backfill" ] && echo place || echo unfiltered)}" in
    unfiltered) routes=("/v1/projections/budget" "/v1/series?indicator=grdp_growth") ;;
    place) routes=("/v1/projections/budget?jurisdiction=$place" "/v1/series?indicator=grdp_growth&jurisdiction=$place") ;;
    *) echo "QUERY_ROUTES must be unfiltered or place" >&2; exit 2 ;;
esac
mkdir -p "$work/www/v1/projections"
curl -s --unix-socket "$sock" "http://localhost${routes[0]}" > "$work/www/v1/projections/budget"
curl -s --unix-socket "$sock" "http://localhost${routes[1]}" > "$work/www/v1/series"
cat > "$work/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    default_type application/json;
    server {
        listen unix:$work/nginx.sock;
        location / { root $work/www; }
    }
}
CONF
chmod 755 "$work"; chmod -R a+rX "$work/www"
taskset -c 0 nginx -c "$work/nginx.conf" &
web=$!
sleep 0.5

if [ -n "$backfill" ]; then
    mkdir -p "$work/backfill"
    find "$backfill" -maxdepth 1 -name '*.txt' -exec ln -t "$work/backfill" {} + 2>/dev/null \
        || find "$backfill" -maxdepth 1 -name '*.txt' -exec cp -t "$work/backfill" {} +
    backfill_count=$(find "$work/backfill" -maxdepth 1 -name '*.txt' | wc -l)
    find "$work/backfill" -maxdepth 1 -name '*.txt' -exec mv -t "$work/var/inbox" {} +
fi

run() { # server-name socket path
    local rps p99 failed
    rm -f "$work/h2load.log"  # h2load appends to its log: without this, p99 and non-200 counted every earlier run too
    rps=$(taskset -c 1 h2load --h1 -n "$requests" -c 16 -B "unix:$2" --log-file="$work/h2load.log" "http://localhost$3" 2>/dev/null \
        | awk '/^finished in/ { rps = $4 } /^requests:/ { failed = $8; done = $2 }
               /^traffic:/ { gsub(/[()]/, "", $3); total = $3 } END { printf "%s %s %.0f\n", rps, failed, done ? total / done / 1024 : 0 }')
    # per request: start, status, elapsed microseconds
    p99=$(awk '{ print $3 }' "$work/h2load.log" | sort -n | awk '{ a[NR] = $1 } END { printf "%.2f", a[int(NR * 0.99)] / 1000 }')
    non200=$(awk '$2 != 200' "$work/h2load.log" | wc -l)
    # the last column: mean bytes per answer (headers included); a back-fill grows pubstatd's
    # answers while nginx keeps serving the ones from before it
    printf "%-8s %-36s %12s req/s  p99 %s ms  non-200 %s  answer %s kB\n" "$1" "$3" "${rps%% *}" "$p99" "$non200" "${rps##* }"
    # whether the back-fill still ran when this run ended
    [ -z "$backfill" ] || echo "  inbox: $(find "$work/var/inbox" -maxdepth 1 -name '*.txt' | wc -l) of $backfill_count files left"
}
for round in 1 2 3; do
    for index in 0 1; do
        route="${routes[$index]}"
        file=$([ "$index" = 0 ] && echo /v1/projections/budget || echo /v1/series)
        run pubstatd "$sock" "$route"
        run nginx "$work/nginx.sock" "$file"
    done
done
if [ -n "$backfill" ]; then
    echo "backfill: $(find "$work/var/inbox" -maxdepth 1 -name '*.txt' | wc -l) of $backfill_count files still in the inbox after the last round"
    same=()
    for index in 0 1; do
        file=$([ "$index" = 0 ] && echo /v1/projections/budget || echo /v1/series)
        if curl -s --unix-socket "$sock" "http://localhost${routes[$index]}" | cmp -s - "$work/www$file"; then
            same+=("${routes[$index]} yes")
        else
            same+=("${routes[$index]} no")
        fi
    done
    echo "same bytes as nginx's after the last round: ${same[0]}; ${same[1]}"
fi
