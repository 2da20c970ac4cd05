#!/usr/bin/env bash
# Smoke test of the Windows installer under Wine 10 (Debian trixie chroot, see wine/).
#   packaging/windows/smoke-wine.sh [--build] [--screenshot FILE] [INSTALLER]
# Silent install; files, shortcuts and the "Apps & features" entry; the installed
# `mailwizard --version` and `mailwizard detect someone@ovh.net --offline --json`; the GUI's
# first page in Russian (--screenshot docs/screenshots/wine-first-page.png refreshes the copy in
# docs/); cold start against a bare QWizard on the same runtime; upgrade in place; silent
# uninstall leaving nothing behind.
# Results: packaging/windows/build/smoke.out/ (summary.json, results.txt, outputs, screenshots).
# Needs root (chroot, unshare) and the rig from wine/setup-chroot.sh (run here if missing).
set -euo pipefail
# shellcheck source=wine/env.sh
source "$(dirname "$0")/wine/env.sh"
start=$(date +%s.%N)

build=0
installer=""
screenshot=()
while [ "$#" -gt 0 ]; do
  case "$1" in
    --build) build=1 ;;
    --screenshot) screenshot=(--screenshot "$(realpath -m "$2")"); shift ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) installer="$1" ;;
  esac
  shift
done
VERSION="$(sed -nE 's/^__version__ *= *"([^"]+)".*/\1/p' "$REPO/wizard/__init__.py")"
installer="${installer:-$REPO/dist/MailWizard-Setup-$VERSION.exe}"
if [ "$build" = 1 ] || [ ! -f "$installer" ]; then
  "$WIN_DIR/build.sh"
fi
installer="$(realpath "$installer")"
OUT="$WIN_DIR/build/smoke.out"
rm -rf "$OUT" && mkdir -p "$OUT"
case "$installer" in
  "$REPO"/*) ;;
  *) cp "$installer" "$OUT/" && installer="$OUT/$(basename "$installer")" ;;
esac

"$WIN_DIR/wine/setup-chroot.sh"

for n in $(seq 77 120); do [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] || break; done
Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >"$OUT/xvfb.log" 2>&1 &
xvfb_pid=$!
trap 'kill "$xvfb_pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.1; done

DISPLAY=":$n" "$WIN_DIR/wine/run-in-chroot.sh" bash /repo/packaging/windows/wine/smoke-inside.sh \
  "/repo/${installer#"$REPO"/}" "/repo/${OUT#"$REPO"/}"
kill "$xvfb_pid" 2>/dev/null || true

seconds=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
python3 "$WIN_DIR/wine/check_results.py" "$OUT" --version "$VERSION" --installer "$installer" \
  --seconds "$seconds" --repo "$REPO" "${screenshot[@]}"
