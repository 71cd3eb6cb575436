#!/usr/bin/env bash
# Build the self-contained OCOP Desk bundle: a folder (and a .tar.gz of it) that runs without Python.
#   bash packaging/build.sh            # -> dist/ocop-desk/ocop-desk and dist/ocop-desk-VERSION-linux-ARCH.tar.gz
# It makes its own build environment (build/bundle-venv) with PyInstaller and the project installed from
# this tree (not editable), so the bundle holds exactly what a wheel would.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
VENV=build/bundle-venv
[ -x "$VENV/bin/python" ] || "$PY" -m venv "$VENV"
pip=("$VENV/bin/python" -m pip install --quiet --disable-pip-version-check)
"${pip[@]}" --upgrade pip
"${pip[@]}" -r packaging/requirements-build.txt
"${pip[@]}" --force-reinstall --no-deps .
"${pip[@]}" '.[postgres]'
start=$(date +%s)
"$VENV/bin/pyinstaller" --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
  packaging/ocop-desk.spec
version=$("$VENV/bin/python" -c 'import ocop_desk; print(ocop_desk.__version__)')
archive="dist/ocop-desk-$version-linux-$(uname -m).tar.gz"
tar -C dist -czf "$archive" ocop-desk
echo "Built dist/ocop-desk/ocop-desk in $(( $(date +%s) - start )) s:" \
  "$(du -sh dist/ocop-desk | cut -f1) unpacked, $(du -h "$archive" | cut -f1) archived ($archive)"
