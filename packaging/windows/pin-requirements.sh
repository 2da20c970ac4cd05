#!/usr/bin/env bash
# Regenerates requirements-win.txt (the installer's Windows pins, with hashes) from the
# dependencies in pyproject.toml. Run it after a dependency change there:
# tests/test_windows_installer.py fails while the pins no longer satisfy pyproject.
# Uses the uv of build.sh's tool environment (run build.sh once first), or uv on PATH.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
CACHE="${MAILWIZARD_WIN_CACHE:-$HERE/cache}"
UV="$CACHE/tool.env/bin/uv"
[ -x "$UV" ] || UV="$(command -v uv)" || { echo "pin-requirements: no uv (run build.sh once)" >&2; exit 1; }
export UV_CACHE_DIR="$CACHE/uv.cache"
out="$HERE/requirements-win.txt"
{
  cat <<'HEADER'
# Pinned Windows (win_amd64, CPython 3.13) dependencies of the installer, with hashes.
# Generated from pyproject.toml by packaging/windows/pin-requirements.sh: do not edit by hand.
# PySide6 6.12 needs Windows 10 1903+ (it links the system icuuc.dll).
HEADER
  cd "$REPO" && "$UV" pip compile pyproject.toml --quiet --python-platform x86_64-pc-windows-msvc \
    --python-version 3.13 --generate-hashes --no-header
} >"$out.tmp"
mv "$out.tmp" "$out"
echo "pin-requirements: $(grep -cE '^[a-zA-Z]' "$out") packages pinned in $out"
