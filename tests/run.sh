#!/usr/bin/env bash
# Set up everything the test suite needs on a fresh Debian/Ubuntu machine, then run all of it.
#   bash tests/run.sh            # the whole suite
#   bash tests/run.sh -k store   # extra arguments go to pytest
set -euo pipefail
cd "$(dirname "$0")/.."

# System packages (Qt runtime, Vietnamese fonts, PDF/QR/spreadsheet tools): .ci/apt-packages.txt
if command -v apt-get >/dev/null 2>&1; then
  missing=()
  while read -r pkg; do
    [[ -z "$pkg" || "$pkg" == \#* ]] && continue
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done < .ci/apt-packages.txt
  if [ ${#missing[@]} -gt 0 ]; then
    sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
    echo "Installing system packages: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

# The project and its test tools in a private environment.
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[test]'

# Start whatever services the tests use (PostgreSQL, when its setup script exists).
if [ -f tests/services.sh ]; then
  # shellcheck disable=SC1091
  source tests/services.sh
fi

export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
