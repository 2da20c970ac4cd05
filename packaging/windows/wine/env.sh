# Shared settings for the Wine test rig (sourced by setup-chroot.sh, run-in-chroot.sh, smoke-wine.sh).
# Everything lives under packaging/windows/cache/ (git-ignored) so a fresh clone builds it itself.
WIN_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REPO="$(cd "$WIN_DIR/../.." && pwd)"
CACHE="${MAILWIZARD_WIN_CACHE:-$WIN_DIR/cache}"
# A dot in the name keeps setuptools' package discovery out of it (the chroot has absolute
# symlinks such as dev/fd -> /proc/self/fd that loop back into the host).
CHROOT="$CACHE/wine.chroot"
DEBIAN_MIRROR="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
# Debian 12's Wine 8 cannot open a Qt >= 6.5 window; trixie's Wine 10 can.
CHROOT_SUITE=trixie
# python3: benchmarks/bench_start.py times the windows from inside (stdlib and libX11 only).
CHROOT_PACKAGES="wine wine64 fonts-wine fonts-dejavu-core locales ca-certificates xdotool x11-apps netpbm python3"
# Bump when the recipe changes: setup-chroot.sh rebuilds what the stamp does not match.
CHROOT_RECIPE=8
# The prefix template made once; every smoke run copies it to a fresh prefix.
PREFIX_TEMPLATE=/opt/wine-prefix-template
