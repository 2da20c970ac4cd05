#!/usr/bin/env bash
# One-time set-up of the Wine 10 test rig (idempotent; about 1.5 minutes cold, under a second warm):
#   1. a Debian trixie chroot (debootstrap inside `unshare --mount`) with wine, wine64 and fonts;
#   2. the two TEST-ONLY stub DLLs (icuuc, mscms) that PySide6 >= 6.10/6.12 needs under Wine —
#      they go into the Wine prefix only, never into the installer;
#   3. a Wine prefix template that every smoke run copies to a fresh prefix.
# Needs root (debootstrap, chroot, unshare), and the host packages debootstrap, xvfb,
# gcc-mingw-w64-x86-64-win32 (installed by scripts/install-test-deps.d/50-wine).
set -euo pipefail
# shellcheck source=env.sh
source "$(dirname "$0")/env.sh"
HERE="$WIN_DIR/wine"
STAMP="$CHROOT/.mailwizard-recipe"
STUBS="$CACHE/wine-stubs"

build_stubs() {
  mkdir -p "$STUBS"
  for dll in icuuc mscms; do
    if [ ! -f "$STUBS/$dll.dll" ] || [ "$HERE/stubs/$dll.c" -nt "$STUBS/$dll.dll" ]; then
      x86_64-w64-mingw32-gcc -O2 -s -shared -Wall -o "$STUBS/$dll.dll" "$HERE/stubs/$dll.c" -Wl,--kill-at
    fi
  done
}

build_stubs
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$CHROOT_RECIPE" ]; then
  echo "wine rig: up to date ($CHROOT)"
  exit 0
fi

start=$(date +%s)
echo "wine rig: building the Wine 10 test rig in $CACHE (about 2.4 GB and a few minutes, once;"
echo "          MAILWIZARD_SKIP_WINE=1 ./scripts/test leaves the Windows part out on a developer machine)"
mkdir -p "$CACHE"
if [ ! -x "$CHROOT/usr/bin/apt-get" ] || [ ! -f "$CHROOT/.debootstrap-done" ]; then
  echo "wine rig: debootstrap $CHROOT_SUITE into $CHROOT"
  rm -rf "$CHROOT.partial"
  unshare --mount --propagation private --fork -- \
    debootstrap --variant=minbase "$CHROOT_SUITE" "$CHROOT.partial" "$DEBIAN_MIRROR" >"$CACHE/debootstrap.log" 2>&1 \
    || { tail -30 "$CACHE/debootstrap.log" >&2; exit 1; }
  rm -rf "$CHROOT"
  mv "$CHROOT.partial" "$CHROOT"
  touch "$CHROOT/.debootstrap-done"
fi

echo "wine rig: installing $CHROOT_PACKAGES"
"$HERE/run-in-chroot.sh" bash -c "
  set -e
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends $CHROOT_PACKAGES >/tmp/apt-install.log 2>&1 || { tail -30 /tmp/apt-install.log; exit 1; }
  for loc in ru_RU lt_LT sv_SE cs_CZ en_US; do localedef -i \$loc -f UTF-8 \$loc.UTF-8; done
  # debootstrap writes no hosts file; the end-to-end test's servers (wine/e2e_servers.py) are
  # on this loopback under these names.
  printf '127.0.0.1\tlocalhost mail.example.test mail.wronghost.test\n' >/etc/hosts
  apt-get clean
"

echo "wine rig: creating the Wine prefix template"
display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
trap 'kill $xvfb_pid 2>/dev/null || true' EXIT
sleep 1
mkdir -p "$CHROOT/opt/stubs"
cp "$STUBS"/*.dll "$CHROOT/opt/stubs/"
DISPLAY=$display "$HERE/run-in-chroot.sh" bash -c "
  set -e
  rm -rf $PREFIX_TEMPLATE
  export WINEPREFIX=$PREFIX_TEMPLATE WINEDEBUG=-all WINEDLLOVERRIDES='mscoree,mshtml='
  # Without wine32, wineboot cannot start the 32-bit rundll32.exe and says
  # 'failed to open \"C:\\windows\\syswow64\\rundll32.exe\": c0000135'. Harmless: everything
  # here is 64-bit (the installer too), so that one line is dropped.
  timeout 180 wineboot -i </dev/null 2>&1 | { grep -v 'syswow64.*rundll32.exe.*c0000135' || true; }
  timeout 60 wineserver -w
  cp /opt/stubs/*.dll $PREFIX_TEMPLATE/drive_c/windows/system32/
  # Real Windows always has this key; Wine does not, and dnspython's resolver reads it.
  wine reg add 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters\\Interfaces' /f </dev/null 2>&1 | cat
  timeout 60 wineserver -w
"
echo "$CHROOT_RECIPE" >"$STAMP"
echo "wine rig: ready in $(( $(date +%s) - start )) s ($(du -sh "$CHROOT" 2>/dev/null | cut -f1))"
