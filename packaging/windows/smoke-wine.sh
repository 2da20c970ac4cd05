#!/usr/bin/env bash
# Smoke and end-to-end test of the Windows installer under Wine 10 (Debian trixie chroot, see wine/).
#   packaging/windows/smoke-wine.sh [--build] [--screenshots DIR] [--brand DIR] [INSTALLER]
# Silent install; files, shortcuts and the "Apps & features" entry; the installed
# `mailwizard --version` and `mailwizard detect someone@ovh.net --offline --json`; the GUI's
# first page in Russian; start-up against a bare QWizard on the same runtime, in turns; the
# end-to-end part (wine/e2e-inside.sh) against loopback mail servers on this host: TLS through
# the Windows trust store, the Credential Manager, a Windows Thunderbird folder, Outlook, every
# export, and the window driven from its first page to its last; upgrade in place; silent
# uninstall leaving nothing behind. --screenshots docs/screenshots/wine refreshes the pictures
# kept in docs/ (every page of the window, the installer's first page). With --brand DIR also
# an ISP's own edition (built with build.sh --brand DIR when missing or with --build): a silent
# install beside the generic wizard that applies a preset (/S /PRESET=<file>), its installer's
# file name, its uninstall entry's name, its window's title, a screenshot of its locked first
# page (brand-first-page.png), and its silent uninstall, which leaves the generic one in place.
# Results: packaging/windows/build/smoke.out/ (summary.json, results.txt, outputs, screenshots).
# Needs root (chroot, unshare), the project's .venv (the mail servers are the test suite's) and
# the rig from wine/setup-chroot.sh (run here if missing).
set -euo pipefail
# shellcheck source=wine/env.sh
source "$(dirname "$0")/wine/env.sh"
start=$(date +%s.%N)

build=0
installer=""
brand=""
screenshots=()
while [ "$#" -gt 0 ]; do
  case "$1" in
    --build) build=1 ;;
    --screenshots) screenshots=(--screenshots "$(realpath -m "$2")"); shift ;;
    --brand) brand="$(realpath -m "$2")"; shift ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
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
PY="$REPO/.venv/bin/python"
[ -x "$PY" ] || { echo "smoke-wine: no $PY (./scripts/test or scripts/install-test-deps makes it)" >&2; exit 3; }

brand_args=()
brand_check=()
if [ -n "$brand" ]; then
  eval "$(PYTHONPATH="$REPO" "$PY" "$WIN_DIR/brand.py" shell "$brand" "$VERSION")"
  brand_installer="$REPO/dist/$BRAND_INSTALLER"
  if [ "$build" = 1 ] || [ ! -f "$brand_installer" ]; then
    "$WIN_DIR/build.sh" --brand "$brand"
  fi
  # An administrator's preset: offline, no password, a settings file saved beside the preset.
  cat >"$OUT/brand-preset.toml" <<PRESET
address = "ivan.petrenko@$BRAND_DOMAIN"
password = "none"
verify = false
offline = true
allow_plaintext = true

[[export]]
format = "autoconfig"
output = "brand-preset-export.xml"
PRESET
  brand_args=("/repo/${brand_installer#"$REPO"/}" "$BRAND_ID" "$BRAND_NAME")
  brand_check=(--brand-installer "$brand_installer" --brand-id "$BRAND_ID" --brand-name "$BRAND_NAME")
fi

# The end-to-end test's mail servers, on this host's loopback (the chroot shares the network).
E2E="$OUT/e2e"
"$PY" "$WIN_DIR/wine/e2e_servers.py" "$E2E" >"$OUT/e2e-servers.log" 2>&1 &
servers_pid=$!
for n in $(seq 77 120); do [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] || break; done
Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >"$OUT/xvfb.log" 2>&1 &
xvfb_pid=$!
trap 'kill "$xvfb_pid" "$servers_pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.1; done
for _ in $(seq 1 300); do [ -e "$E2E/ready" ] || ! kill -0 "$servers_pid" 2>/dev/null && break; sleep 0.1; done
e2e_arg="/repo/${E2E#"$REPO"/}"
[ -e "$E2E/ready" ] || { echo "smoke-wine: the mail servers did not start:" >&2; tail -20 "$OUT/e2e-servers.log" >&2; e2e_arg=""; }

DISPLAY=":$n" "$WIN_DIR/wine/run-in-chroot.sh" bash /repo/packaging/windows/wine/smoke-inside.sh \
  "/repo/${installer#"$REPO"/}" "/repo/${OUT#"$REPO"/}" "$e2e_arg" "${brand_args[@]}"
kill "$xvfb_pid" "$servers_pid" 2>/dev/null || true
wait "$servers_pid" 2>/dev/null || true

seconds=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
"$PY" "$WIN_DIR/wine/check_results.py" "$OUT" --version "$VERSION" --installer "$installer" \
  --seconds "$seconds" --repo "$REPO" "${screenshots[@]}" "${brand_check[@]}"
