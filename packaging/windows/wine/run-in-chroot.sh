#!/usr/bin/env bash
# Runs a command inside the Wine chroot, with the mounts in a private mount namespace
# (unshare --mount) so that nothing leaks to the host and nothing stays mounted on exit.
# The repository is bind-mounted at /repo and the host's X sockets at /tmp/.X11-unix.
#   run-in-chroot.sh COMMAND [ARGS...]
set -euo pipefail
# shellcheck source=env.sh
source "$(dirname "$0")/env.sh"
[ -x "$CHROOT/usr/bin/env" ] || { echo "run-in-chroot: no chroot at $CHROOT (run setup-chroot.sh)" >&2; exit 3; }
export CHROOT REPO
exec unshare --mount --propagation private --fork -- bash -c '
  set -e
  mount -t proc proc "$CHROOT/proc"
  mount --rbind /dev "$CHROOT/dev"
  mount --rbind /sys "$CHROOT/sys"
  mkdir -p "$CHROOT/repo" "$CHROOT/tmp/.X11-unix"
  mount --bind "$REPO" "$CHROOT/repo"
  [ -d /tmp/.X11-unix ] && mount --bind /tmp/.X11-unix "$CHROOT/tmp/.X11-unix"
  cp -L /etc/resolv.conf "$CHROOT/etc/resolv.conf" 2>/dev/null || true
  exec chroot "$CHROOT" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    LANG=C.UTF-8 DISPLAY="${DISPLAY:-}" "$@"
' run-in-chroot "$@"
