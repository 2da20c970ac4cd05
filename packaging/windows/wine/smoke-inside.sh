#!/usr/bin/env bash
# The Windows smoke test proper; runs INSIDE the Wine chroot (started by smoke-wine.sh through
# run-in-chroot.sh, with DISPLAY pointing at the host's Xvfb).
#   smoke-inside.sh INSTALLER OUTDIR [E2EDIR]
# Writes OUTDIR/results.txt (key=value lines), the CLI outputs and the screenshots; the host
# side judges them. Every Wine call has a timeout, reads /dev/null and writes to a pipe
# (Python dies at start-up when its std streams are regular files under Wine).
set -uo pipefail
INSTALLER="$1"
OUT="$2"
E2E="${3:-}"  # the end-to-end test's folder (wine/e2e_servers.py wrote it); none: no e2e part
# An ISP's own edition (build.sh --brand): its installer, its id and name; none: no brand part.
BRAND_INSTALLER="${4:-}"
BRAND_ID="${5:-}"
BRAND_NAME="${6:-}"
mkdir -p "$OUT"
RESULTS="$OUT/results.txt"
: >"$RESULTS"
LOG="$OUT/smoke.log"
: >"$LOG"

export WINEPREFIX=/tmp/mailwizard-smoke-prefix
export WINEDEBUG=-all
# mscoree/mshtml: no Mono/Gecko prompts; winemenubuilder: no Linux menu entries from .lnk files;
# mscms=n: the test-only stub (Qt 6.12 needs WcsCreateIccProfile, which Wine 10 lacks).
export WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d;mscms=n"
PREFIX_TEMPLATE="${PREFIX_TEMPLATE:-/opt/wine-prefix-template}"

result() { echo "$1=$2" >>"$RESULTS"; }
say() { echo "[smoke $(date +%T)] $*" | tee -a "$LOG"; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }
# A Windows grandchild may keep the pipe open after `timeout` ends wine: cap the reader too,
# and on a time-out end every Wine process of the prefix so that nothing hangs on.
wine_pipe() {
  local limit="${WINE_TIMEOUT:-120}" status
  timeout -k 5 "$limit" wine "$@" </dev/null 2>&1 | timeout $((limit + 15)) cat
  status="${PIPESTATUS[0]}"
  if [ "$status" = 124 ] || [ "$status" = 137 ]; then
    echo "[smoke] timed out after ${limit} s: $*" >>"$LOG"
    timeout 20 wineserver -k
  fi
  return "$status"
}

USER_DIR="$WINEPREFIX/drive_c/users/$(id -un)"
INSTALL_WIN='C:\users\'"$(id -un)"'\AppData\Local\Programs\Mail Wizard'
INSTALL_DIR="$USER_DIR/AppData/Local/Programs/Mail Wizard"
START_MENU="$USER_DIR/AppData/Roaming/Microsoft/Windows/Start Menu/Programs"
# The app's own folder (platformdirs' user data dir): settings, saved files, start-up errors.
APP_DATA="$USER_DIR/AppData/Local/mailwizard"
UNINSTALL_KEY='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\MailWizard'

# What is in the user's profile, for the leftovers check of the uninstall. The user's own data
# stays by design: the app's folder (settings, saved files) and Thunderbird's profiles.
profile_listing() {
  (cd "$USER_DIR" && find . -path ./Temp -prune -o -path ./AppData/Local/Temp -prune \
    -o -path ./AppData/Local/mailwizard -prune -o -path ./AppData/Roaming/Thunderbird -prune -o -print | sort)
}

# Starts a GUI program, waits for its first visible top-level window (benchmarks/bench_start.py
# sees it mapped, from the X server), optionally saves it as PNG (and with GUI_NEXT_SHOT=FILE
# the page that Enter leads to), then closes it.
#   gui_run NAME WM_CLASS SHOT_FILE EXE [ARGS...]
gui_run() {
  local name="$1" class="$2" shot="$3"
  shift 3
  local launch="$OUT/launch-$name.txt" wid=""
  : >"$launch"
  LANG=ru_RU.UTF-8 LC_ALL=ru_RU.UTF-8 MAILWIZARD_NO_ERROR_DIALOG=1 \
    timeout 90 python3 /repo/benchmarks/bench_start.py launch --class "$class" --timeout 60 \
      --output "$OUT/gui-$name.log" -- wine "$@" >"$launch" 2>&1 &
  local pid=$!
  for _ in $(seq 1 1300); do
    grep -q "window=" "$launch" && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.05
  done
  wid="$(sed -n 's/.*window=\([0-9]\+\).*/\1/p' "$launch")"
  if [ -z "$wid" ]; then
    result "gui_${name}_window" none
    kill "$pid" 2>/dev/null
    timeout 20 wineserver -k
    return 1
  fi
  result "gui_${name}_window_seconds" "$(sed -n 's/.*seconds=\([0-9.]\+\).*/\1/p' "$launch")"
  result "gui_${name}_title" "$(xdotool getwindowname "$wid")"
  result "gui_${name}_geometry" "$(xdotool getwindowgeometry "$wid" | sed -n 's/.*Geometry: //p')"
  if [ -n "$shot" ]; then
    sleep 2  # let the first page finish painting (fonts, icons)
    xwd -id "$wid" -silent | xwdtopnm 2>/dev/null | pnmtopng >"$shot" 2>/dev/null
    xwd -root -silent | xwdtopnm 2>/dev/null | pnmtopng >"${shot%.png}-screen.png" 2>/dev/null
  fi
  if [ -n "${GUI_NEXT_SHOT:-}" ]; then  # Enter (after a click to make it active), then the next page
    xdotool mousemove --window "$wid" 60 120 click 1
    sleep 0.3
    xdotool key Return
    sleep 1.5
    xwd -id "$wid" -silent | xwdtopnm 2>/dev/null | pnmtopng >"$GUI_NEXT_SHOT" 2>/dev/null
  fi
  # Close it like a user would (WM_CLOSE); force only if it does not go (or if asked to).
  if [ -n "${GUI_FORCE_CLOSE:-}" ]; then
    wine_pipe taskkill /F /IM "$class" >>"$LOG"
  else
    wine_pipe taskkill /IM "$class" >>"$LOG"
  fi
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$pid" 2>/dev/null; then
    result "gui_${name}_closed" forced
    wine_pipe taskkill /F /IM "$class" >>"$LOG"
    wait "$pid" 2>/dev/null
  else
    wait "$pid"
    result "gui_${name}_exit" "$?"
    result "gui_${name}_closed" gracefully
  fi
  return 0
}

say "fresh prefix from the template"
t=$(now)
rm -rf "$WINEPREFIX"
cp -a "$PREFIX_TEMPLATE" "$WINEPREFIX"
wine_pipe wineboot >>"$LOG"
result prefix_seconds "$(elapsed "$t")"
profile_listing >"$OUT/profile-before.txt"

say "the installer's own pages follow the Windows language (Russian here): welcome, licence"
GUI_FORCE_CLOSE=1 GUI_NEXT_SHOT="$OUT/installer-ru-licence.png" gui_run installer_ru "$(basename "$INSTALLER")" "$OUT/installer-ru.png" "Z:${INSTALLER//\//\\}"
timeout 30 wineserver -w

say "silent install"
t=$(now)
wine_pipe "Z:${INSTALLER//\//\\}" /S >>"$LOG"
result install_exit "$?"
timeout 60 wineserver -w
result install_seconds "$(elapsed "$t")"
result installed_bytes "$(du -sb "$INSTALL_DIR" 2>/dev/null | cut -f1)"
result installed_files "$(find "$INSTALL_DIR" -type f 2>/dev/null | wc -l)"
# What is installed (check_results.py looks for what must be there and what must not).
(cd "$INSTALL_DIR" && find . -mindepth 1 | sed 's|^\./||' | sort) >"$OUT/installed-files.txt"
result stubs_in_install_dir "$(find "$INSTALL_DIR" -iname icuuc.dll -o -iname mscms.dll 2>/dev/null | wc -l)"
[ -f "$START_MENU/Mail Wizard.lnk" ] && result start_menu_shortcut present || result start_menu_shortcut missing
[ -f "$USER_DIR/Desktop/Mail Wizard.lnk" ] && result desktop_shortcut present || result desktop_shortcut missing
wine_pipe reg query "$UNINSTALL_KEY" >"$OUT/uninstall-key.txt"
result uninstall_key_exit "$?"

say "command line"
t=$(now)
wine_pipe "$INSTALL_WIN\\mailwizard.exe" --version >"$OUT/cli-version.txt"
result cli_version_exit "$?"
result cli_version_seconds "$(elapsed "$t")"
WINE_TIMEOUT=60 wine_pipe "$INSTALL_WIN\\mailwizard.exe" detect someone@ovh.net --offline --json >"$OUT/cli-detect.txt"
result cli_detect_exit "$?"
# Cyrillic through a pipe: UTF-8 whatever the code page (the launcher runs Python with -X utf8).
WINE_TIMEOUT=60 wine_pipe "$INSTALL_WIN\\mailwizard.exe" providers yandex --json >"$OUT/cli-providers.txt"
result cli_providers_exit "$?"

say "GUI, first start after the install"
gui_run app_first mailwizard-gui.exe "$OUT/first-page.png" "$INSTALL_WIN\\mailwizard-gui.exe"
say "start benchmark: each program against a bare QWizard started the same way, in turns"
# The Start-menu program (GUI subsystem) against the bare QWizard under pythonw.exe (GUI, put
# in for the test: the install has no pythonw.exe); the mailwizard command (console) against
# it under python.exe (console: Wine starts a console host for both).
python3 /repo/benchmarks/bench_start.py bare-qwizard >"$INSTALL_DIR/baseline_qwizard.py"
cp /repo/packaging/windows/cache/cpython.3.13/cp313/pythonw.exe "$INSTALL_DIR/python/pythonw.exe"
BASELINE=("$INSTALL_WIN\\python\\python.exe" "$INSTALL_WIN\\baseline_qwizard.py")
BASELINE_GUI=("$INSTALL_WIN\\python\\pythonw.exe" "$INSTALL_WIN\\baseline_qwizard.py")
gui_run baseline_first python.exe "" "${BASELINE[@]}"
for turn in $(seq 1 "${START_TURNS:-7}"); do
  GUI_FORCE_CLOSE=1 gui_run "app_turn$turn" mailwizard-gui.exe "" "$INSTALL_WIN\\mailwizard-gui.exe"
  GUI_FORCE_CLOSE=1 gui_run "barew_turn$turn" pythonw.exe "" "${BASELINE_GUI[@]}"
  GUI_FORCE_CLOSE=1 gui_run "command_turn$turn" mailwizard.exe "" "$INSTALL_WIN\\mailwizard.exe"
  GUI_FORCE_CLOSE=1 gui_run "baseline_turn$turn" python.exe "" "${BASELINE[@]}"
done
rm -f "$INSTALL_DIR/baseline_qwizard.py" "$INSTALL_DIR/python/pythonw.exe"

if [ -n "$E2E" ]; then
  # shellcheck source=e2e-inside.sh
  source /repo/packaging/windows/wine/e2e-inside.sh
  e2e_run
  e2e_gui_flow
fi
if [ -f "$APP_DATA/startup-error.txt" ]; then
  cp "$APP_DATA/startup-error.txt" "$OUT/startup-error.txt"
fi

if [ -n "$BRAND_INSTALLER" ]; then
  say "an ISP's own edition beside the generic wizard: silent install that applies a preset"
  BRAND_DIR="$USER_DIR/AppData/Local/Programs/$BRAND_ID"
  BRAND_WIN='C:\users\'"$(id -un)"'\AppData\Local\Programs\'"$BRAND_ID"
  BRAND_KEY='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\'"$BRAND_ID"
  result brand_installer_name "$(basename "$BRAND_INSTALLER")"
  # The preset (written by smoke-wine.sh) exports a settings file next to itself.
  PRESET_WIN="Z:${OUT//\//\\}\\brand-preset.toml"
  wine_pipe "Z:${BRAND_INSTALLER//\//\\}" /S /DESKTOP=0 "/PRESET=$PRESET_WIN" >>"$LOG"
  result brand_install_exit "$?"
  timeout 60 wineserver -w
  [ -f "$OUT/brand-preset-export.xml" ] && result brand_preset_applied yes || result brand_preset_applied no
  [ -f "$BRAND_DIR/mailwizard-gui.exe" ] && result brand_install_dir present || result brand_install_dir missing
  [ -f "$INSTALL_DIR/mailwizard-gui.exe" ] && result brand_beside_generic yes || result brand_beside_generic no
  [ -f "$START_MENU/$BRAND_NAME.lnk" ] && result brand_start_menu present || result brand_start_menu missing
  wine_pipe reg query "$BRAND_KEY" /v DisplayName >"$OUT/brand-uninstall-key.txt"
  result brand_uninstall_key_exit "$?"
  gui_run brand_first mailwizard-gui.exe "$OUT/brand-first-page.png" "$BRAND_WIN\\mailwizard-gui.exe"
  wine_pipe "$BRAND_WIN\\uninstall.exe" /S >>"$LOG"
  result brand_uninstall_exit "$?"
  timeout 60 wineserver -w
  [ -e "$BRAND_DIR" ] && result brand_dir_after_uninstall present || result brand_dir_after_uninstall absent
  [ -e "$START_MENU/$BRAND_NAME.lnk" ] && result brand_start_menu_after_uninstall present \
    || result brand_start_menu_after_uninstall absent
  wine_pipe reg query "$BRAND_KEY" >/dev/null
  result brand_uninstall_key_after_exit "$?"
  [ -f "$INSTALL_DIR/mailwizard-gui.exe" ] && result brand_generic_kept yes || result brand_generic_kept no
fi

say "upgrade in place (the same installer over the installed copy)"
t=$(now)
wine_pipe "Z:${INSTALLER//\//\\}" /S /DESKTOP=0 >>"$LOG"
result reinstall_exit "$?"
timeout 60 wineserver -w
result reinstall_seconds "$(elapsed "$t")"
[ -f "$INSTALL_DIR/mailwizard-gui.exe" ] && result reinstall_files present || result reinstall_files missing

say "silent uninstall"
t=$(now)
wine_pipe "$INSTALL_WIN\\uninstall.exe" /S >>"$LOG"
result uninstall_exit "$?"
timeout 60 wineserver -w  # the uninstaller re-launches itself from %TEMP% and returns at once
result uninstall_seconds "$(elapsed "$t")"
[ -e "$INSTALL_DIR" ] && result install_dir_after_uninstall present || result install_dir_after_uninstall absent
[ -e "$START_MENU/Mail Wizard.lnk" ] && result start_menu_after_uninstall present || result start_menu_after_uninstall absent
[ -e "$USER_DIR/Desktop/Mail Wizard.lnk" ] && result desktop_after_uninstall present || result desktop_after_uninstall absent
wine_pipe reg query "$UNINSTALL_KEY" >"$OUT/uninstall-key-after.txt"
result uninstall_key_after_exit "$?"
profile_listing >"$OUT/profile-after.txt"
comm -13 "$OUT/profile-before.txt" "$OUT/profile-after.txt" >"$OUT/profile-leftovers.txt"
result profile_leftovers "$(wc -l <"$OUT/profile-leftovers.txt")"
timeout 30 wineserver -k 2>/dev/null
rm -rf "$WINEPREFIX"
say "done"
