#!/usr/bin/env bash
# Checks the systemd files in systemd/ without installing anything:
#   1. `systemd-analyze verify` on pubstatd.service and pubstatd.socket. It exits 0 on many
#      mistakes (a typo such as ProtectSystem=strictest only prints a warning), so ANY output fails.
#   2. `systemd-analyze security --offline=true`: fails when the exposure rises above the
#      recorded value (MAX_EXPOSURE, on systemd's 0-100 scale: 4 means 0.4).
#   3. sysusers.d and tmpfiles.d snippets applied to a temporary root (never to this machine).
#   4. the access-control contract: socket 0660 owned by the service's user and group, no PrivateUsers=.
# Usage: scripts/check-units.sh            (CI runs it from scripts/test.sh)
set -euo pipefail

# Recorded with systemd 252: "Overall exposure level for pubstatd.service: 0.4 SAFE".
# Lower it when the unit gets stricter; never raise it to make CI pass.
MAX_EXPOSURE="${MAX_EXPOSURE:-4}"

cd "$(dirname "$0")/.."
units="${UNITS_DIR:-systemd}"  # UNITS_DIR: check another copy (used to test this script)
status=0

fail() {
    echo "check-units: FAIL: $*" >&2
    status=1
}

for tool in systemd-analyze systemd-sysusers systemd-tmpfiles; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "check-units: $tool is not installed; install the 'systemd' package (apt-get install systemd)" >&2
        exit 2
    fi
done
echo "check-units: $(systemd-analyze --version | head -n 1)"

work="$(mktemp -d "${TMPDIR:-/tmp}/pubstat-check-units.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# 1. verify. The unit names /usr/local/bin/pubstatd, which need not exist here: verify a copy whose
#    ExecStart= points at a stand-in executable (same line numbers), and report the real file names.
mkdir -p "$work/units" "$work/bin"
printf '#!/bin/sh\nexit 0\n' > "$work/bin/pubstatd"
chmod 0755 "$work/bin/pubstatd"
sed "s|/usr/local/bin/pubstatd|$work/bin/pubstatd|g" "$units/pubstatd.service" > "$work/units/pubstatd.service"
cp "$units/pubstatd.socket" "$work/units/pubstatd.socket"
if ! verify_output="$(systemd-analyze verify "$work/units/pubstatd.service" "$work/units/pubstatd.socket" 2>&1)"; then
    fail "systemd-analyze verify exited with an error"
fi
if [ -n "$verify_output" ]; then
    printf '%s\n' "$verify_output" | sed "s|$work/units/|$units/|g; s|$work/bin/pubstatd|/usr/local/bin/pubstatd|g" >&2
    fail "systemd-analyze verify printed the messages above; every message counts as an error"
else
    echo "check-units: verify: no messages"
fi

# 2. security exposure.
security_output="$(systemd-analyze security --offline=true --threshold="$MAX_EXPOSURE" \
    "$units/pubstatd.service" 2>&1)" && security_rc=0 || security_rc=$?
overall="$(printf '%s\n' "$security_output" | grep -o 'Overall exposure level.*' || true)"
maximum="$(awk "BEGIN { print $MAX_EXPOSURE / 10 }")"
if [ -z "$overall" ]; then
    printf '%s\n' "$security_output" >&2
    fail "systemd-analyze security printed no overall exposure level"
elif [ "$security_rc" -ne 0 ]; then
    printf '%s\n' "$security_output" | grep '✗' >&2 || true
    fail "$overall: above the recorded maximum $maximum; the ✗ lines above are the settings that cost exposure"
else
    echo "check-units: security: $overall (recorded maximum $maximum)"
fi

# 3. sysusers.d and tmpfiles.d, applied inside the temporary root.
root="$work/root"
mkdir -p "$root/etc/sysusers.d" "$root/etc/tmpfiles.d"
cp "$units/sysusers.d/pubstat.conf" "$root/etc/sysusers.d/pubstat.conf"
cp "$units/tmpfiles.d/pubstat.conf" "$root/etc/tmpfiles.d/pubstat.conf"
if ! sysusers_output="$(systemd-sysusers --root="$root" 2>&1)"; then
    printf '%s\n' "$sysusers_output" >&2
    fail "systemd-sysusers rejected $units/sysusers.d/pubstat.conf"
elif unexpected="$(printf '%s\n' "$sysusers_output" | grep -v -E '^(Creating (group|user) |$)')"; then
    printf '%s\n' "$unexpected" >&2
    fail "systemd-sysusers printed warnings for $units/sysusers.d/pubstat.conf"
elif ! grep -q '^pubstat:' "$root/etc/passwd"; then
    fail "$units/sysusers.d/pubstat.conf did not create the pubstat user"
else
    echo "check-units: sysusers: creates user and group pubstat"
fi
if ! tmpfiles_output="$(systemd-tmpfiles --root="$root" --create 2>&1)" || [ -n "$tmpfiles_output" ]; then
    printf '%s\n' "$tmpfiles_output" | sed "s|$root/etc/tmpfiles.d/|$units/tmpfiles.d/|g" >&2
    fail "systemd-tmpfiles rejected $units/tmpfiles.d/pubstat.conf"
else
    for dir in inbox processed failed; do
        [ -d "$root/srv/pubstat/$dir" ] || fail "$units/tmpfiles.d/pubstat.conf did not create /srv/pubstat/$dir"
        grep -q "/srv/pubstat/$dir" "$units/pubstatd.service" \
            || fail "/srv/pubstat/$dir is not in ReadWritePaths= of $units/pubstatd.service"
    done
    echo "check-units: tmpfiles: creates /srv/pubstat/{inbox,processed,failed}"
fi

# The socket must not live in a directory the service owns (removed when the service stops).
if grep -q '^RuntimeDirectory=pubstat' "$units/pubstatd.service"; then
    fail "pubstatd.service has RuntimeDirectory=pubstat, which would delete the socket unit's /run/pubstat/pubstatd.sock"
fi

# 4. Access control (README, Access control): the socket is 0660 and the service's own, so its user,
#    root and its group may connect; admin requests are authorized by SO_PEERCRED uid, which
#    PrivateUsers=yes would turn into 65534 for every peer.
unit_value() { sed -n "s/^$2=//p" "$1" | tail -n 1; }
status_before_access=$status
service_user="$(unit_value "$units/pubstatd.service" User)"
service_group="$(unit_value "$units/pubstatd.service" Group)"
[ "$(unit_value "$units/pubstatd.socket" SocketMode)" = "0660" ] \
    || fail "$units/pubstatd.socket must set SocketMode=0660 (owner and group may connect, nobody else)"
[ -n "$service_user" ] && [ "$(unit_value "$units/pubstatd.socket" SocketUser)" = "$service_user" ] \
    || fail "$units/pubstatd.socket SocketUser= must be the service's User= ($service_user)"
[ -n "$service_group" ] && [ "$(unit_value "$units/pubstatd.socket" SocketGroup)" = "$service_group" ] \
    || fail "$units/pubstatd.socket SocketGroup= must be the service's Group= ($service_group)"
if grep -q '^PrivateUsers=\(yes\|true\|1\|on\|self\|identity\)' "$units/pubstatd.service"; then
    fail "pubstatd.service sets PrivateUsers=: every API peer would appear as uid 65534 and admin requests could not be authorized"
fi
[ "$status" -ne "$status_before_access" ] || echo "check-units: access: socket 0660 $service_user:$service_group, no PrivateUsers="

if [ "$status" -eq 0 ]; then
    echo "check-units: OK"
fi
exit "$status"
