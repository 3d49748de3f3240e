#!/usr/bin/env bash
# Installs what the test suite needs on a bare Debian machine: Chromium and a CJK font for the
# browser tests, PostgreSQL for the PostgreSQL engine's tests (tools/postgres.sh runs its own servers).
# Idempotent: does nothing when everything is already there.
set -euo pipefail

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
# Without a Chinese font the browser screenshots show boxes; any font fontconfig knows for zh will do.
if ! { command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list :lang=zh 2>/dev/null)" ]; } \
    && ! dpkg -s fonts-noto-cjk >/dev/null 2>&1; then
  need+=(fonts-noto-cjk)
fi
# Debian keeps the server programs off PATH, under /usr/lib/postgresql/<version>/bin.
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || need+=(postgresql)

if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi

echo "installing: ${need[*]}"
sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then
  sudo_cmd="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo_cmd apt-get update -qq
$sudo_cmd apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
