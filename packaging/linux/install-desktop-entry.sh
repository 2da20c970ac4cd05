#!/usr/bin/env bash
# Installs Mail Wizard's menu entry and icon for the current user (no root), e.g. after
# `pipx install .` in a checkout (or `pipx install mailwizard-setup`; the PyPI project named
# "mailwizard" is someone else's):   packaging/linux/install-desktop-entry.sh [--uninstall]
# Files: ~/.local/share/applications/mailwizard.desktop and
#        ~/.local/share/icons/hicolor/scalable/apps/mailwizard.svg (XDG_DATA_HOME is honoured).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
APPS="$DATA/applications"
ICONS="$DATA/icons/hicolor"

refresh() {
  command -v update-desktop-database >/dev/null && update-desktop-database -q "$APPS" || true
  command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$ICONS" 2>/dev/null || true
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$APPS/mailwizard.desktop" "$ICONS/scalable/apps/mailwizard.svg"
  refresh
  echo "Removed the Mail Wizard menu entry."
  exit 0
fi

if ! command -v mailwizard-gui >/dev/null; then
  echo "note: mailwizard-gui is not on PATH yet (pipx install . in a checkout, or pipx ensurepath);" >&2
  echo "      the menu entry appears once it is." >&2
fi
install -D -m 0644 "$HERE/mailwizard.desktop" "$APPS/mailwizard.desktop"
install -D -m 0644 "$REPO/wizard/resources/icons/mailwizard.svg" "$ICONS/scalable/apps/mailwizard.svg"
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$APPS/mailwizard.desktop"; fi
refresh
echo "Installed $APPS/mailwizard.desktop"
