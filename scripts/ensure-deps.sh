#!/usr/bin/env bash
# Installs what pubstat needs to build and test on Debian 12 when it is missing:
# libsystemd-dev and pkg-config (the CSystemd target), systemd's tools (systemd-analyze,
# systemd-socket-activate, used by tests), python3 (the corpus scorer), curl and setpriv
# (util-linux) for the access-control tests, which send requests as other users.
set -euo pipefail

missing=()
dpkg -s libsystemd-dev >/dev/null 2>&1 || missing+=(libsystemd-dev)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
command -v systemd-analyze >/dev/null 2>&1 || missing+=(systemd)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
[ -x /usr/bin/curl ] || missing+=(curl)
[ -x /usr/bin/setpriv ] || missing+=(util-linux)

if [ ${#missing[@]} -gt 0 ]; then
    echo "pubstat: installing ${missing[*]} through apt" >&2
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! command -v swift >/dev/null 2>&1; then
    echo "pubstat: swift is not on PATH; install Swift 6 (e.g. under /opt/swift) and add its bin folder to PATH" >&2
    exit 1
fi
