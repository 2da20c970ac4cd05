# The end-to-end part of the Wine smoke test, sourced by smoke-inside.sh once the installer has
# run (it uses that script's helpers and variables). With the INSTALLED mailwizard.exe, against
# the host's loopback Dovecot and SMTP servers (wine/e2e_servers.py, test-CA certificates):
#   - a certificate rejected while the test CA is unknown to Windows, then the CA put into the
#     current user's Windows "Root" store (wine/trust_ca.py), so TLS goes through that store;
#   - detect (the provider file in C:\ProgramData\mailwizard\providers), verify over TLS, a
#     certificate for another host rejected;
#   - the password kept in the Credential Manager (run --preset, remember_password) and read
#     back through the keyring API and by a second preset;
#   - write thunderbird into a Windows-layout Thunderbird folder (%APPDATA%\Thunderbird with
#     profiles.ini, installs.ini and two profiles: the install hash picks the default), with a
#     thunderbird.exe but no NSS libraries;
#   - write outlook, and --apply where Outlook is absent; every export format;
#   - the window, in Russian, driven with xdotool from the first page to the last, with a
#     screenshot of every page (gui-flow/NN-page.png) and the pages reached (gui-flow/pages.txt).
# Outputs: e2e/<step>.out and .err, keys e2e_* and gui_flow_* in results.txt; judged by
# check_results.py. Every user-visible step runs in English except the window (Russian).

E2E_WIN="Z:${E2E//\//\\}"
MAILWIZARD_EXE="$INSTALL_WIN\\mailwizard.exe"
PYTHON_EXE="$INSTALL_WIN\\python\\python.exe"
APPDATA_DIR="$USER_DIR/AppData/Roaming"
# shellcheck disable=SC1091
source "$E2E/e2e.env"

# e2e_cli NAME [--password] ARGS...: the installed mailwizard.exe with ARGS; the password (or an
# empty line) on its standard input; stdout and stderr (pipes, as Python under Wine needs) into
# e2e/NAME.out and e2e/NAME.err; its exit status into results as e2e_NAME_exit.
e2e_cli() {
  local name="$1" input=""
  shift
  if [ "$1" = --password ]; then input="$E2E_PASSWORD"; shift; fi
  printf '%s\n' "$input" \
    | LANG=en_US.UTF-8 LC_ALL=en_US.UTF-8 timeout -k 5 90 wine "$MAILWIZARD_EXE" "$@" \
        2> >(timeout 100 cat >"$E2E/$name.err") | timeout 100 cat >"$E2E/$name.out"
  local status="${PIPESTATUS[1]}"
  wait "$!" 2>/dev/null  # the stderr reader
  result "e2e_${name}_exit" "$status"
  return 0
}

e2e_thunderbird_layout() {
  # As Thunderbird 128+ leaves it on Windows: two installs (release and beta) with a profile
  # each; the release install's hash (CityHash64 of its folder) names the profile to use.
  local root="$APPDATA_DIR/Thunderbird" other="FFFFFFFFFFFFFFFF"
  mkdir -p "$root/Profiles/w3e4r5t6.default-release" "$root/Profiles/k7x2m9qa.beta"
  printf 'user_pref("mail.shell.checkDefaultClient", false);\r\n' >"$root/Profiles/w3e4r5t6.default-release/prefs.js"
  printf '[Profile1]\r\nName=beta\r\nIsRelative=1\r\nPath=Profiles/k7x2m9qa.beta\r\n\r\n[Profile0]\r\nName=default-release\r\nIsRelative=1\r\nPath=Profiles/w3e4r5t6.default-release\r\n\r\n[General]\r\nStartWithLastProfile=1\r\nVersion=2\r\n\r\n[Install%s]\r\nDefault=Profiles/k7x2m9qa.beta\r\nLocked=1\r\n\r\n[Install%s]\r\nDefault=Profiles/w3e4r5t6.default-release\r\nLocked=1\r\n' \
    "$other" "$E2E_TB_HASH" >"$root/profiles.ini"
  printf '[%s]\r\nDefault=Profiles/k7x2m9qa.beta\r\nLocked=1\r\n\r\n[%s]\r\nDefault=Profiles/w3e4r5t6.default-release\r\nLocked=1\r\n' \
    "$other" "$E2E_TB_HASH" >"$root/installs.ini"
  # An installed Thunderbird (its program file) without the NSS libraries the wizard would use.
  local program="$WINEPREFIX/drive_c/Program Files/Mozilla Thunderbird"
  mkdir -p "$program"
  : >"$program/thunderbird.exe"
}

e2e_run() {
  say "end to end: provider files in C:\\ProgramData\\mailwizard\\providers"
  mkdir -p "$WINEPREFIX/drive_c/ProgramData/mailwizard/providers"
  cp "$E2E"/providers/*.xml "$WINEPREFIX/drive_c/ProgramData/mailwizard/providers/"

  say "end to end: a certificate from a CA that Windows does not know is rejected"
  e2e_cli verify_untrusted --password verify "$E2E_ADDRESS" --password-stdin --json
  say "end to end: the test CA into the current user's Windows Root store"
  wine_pipe "$PYTHON_EXE" "Z:\\repo\\packaging\\windows\\wine\\trust_ca.py" "$E2E_WIN\\ca.pem" >"$E2E/trust-ca.out"
  result e2e_trust_ca_exit "$?"

  say "end to end: detect, verify over TLS, a certificate for another host"
  e2e_cli detect detect "$E2E_ADDRESS" --json
  e2e_cli verify --password verify "$E2E_ADDRESS" --password-stdin --json
  e2e_cli verify_wrong_host --password verify "$E2E_BAD_ADDRESS" --password-stdin --json

  say "end to end: the password in the Windows Credential Manager"
  printf 'address = "%s"\npassword = "stdin"\nremember_password = true\n\n[[export]]\nformat = "autoconfig"\noutput = "preset-autoconfig.xml"\n' \
    "$E2E_ADDRESS" >"$E2E/remember.toml"
  e2e_cli remember --password run --preset "$E2E_WIN\\remember.toml"
  # Read back through the keyring API (the password itself is never printed).
  wine_pipe "$PYTHON_EXE" -c "import keyring; b = keyring.get_keyring(); p = keyring.get_password('Mail Wizard', '$E2E_ADDRESS'); print(type(b).__module__ + '.' + type(b).__name__, 'match' if p == '$E2E_PASSWORD' else 'missing' if p is None else 'different')" \
    >"$E2E/keyring.out"
  local backend verdict
  read -r backend verdict < <(tr -d '\r' <"$E2E/keyring.out" | tail -1)
  if [ "$backend" = keyring.backends.Windows.WinVaultKeyring ] && [ "$verdict" = match ]; then
    result e2e_keyring ok
  else
    result e2e_keyring "${backend:-none} ${verdict:-none}"
  fi
  printf 'address = "%s"\npassword = "keyring"\n\n[[export]]\nformat = "json"\noutput = "preset-keyring.json"\n' \
    "$E2E_ADDRESS" >"$E2E/from-keyring.toml"
  e2e_cli from_keyring run --preset "$E2E_WIN\\from-keyring.toml"

  say "end to end: write thunderbird into %APPDATA%\\Thunderbird (no NSS library there)"
  e2e_thunderbird_layout
  e2e_cli thunderbird --password write thunderbird "$E2E_ADDRESS" --password-stdin
  (cd "$APPDATA_DIR/Thunderbird" && find . -type f | sort) >"$E2E/thunderbird-files.txt"
  cp "$APPDATA_DIR/Thunderbird/Profiles/w3e4r5t6.default-release/prefs.js" "$E2E/thunderbird-prefs.js" 2>/dev/null

  say "end to end: write outlook, and --apply where Outlook is absent"
  e2e_cli outlook write outlook "$E2E_ADDRESS" -o "$E2E_WIN\\outlook.prf"
  e2e_cli outlook_apply write outlook "$E2E_ADDRESS" --apply

  say "end to end: every export"
  local format worst=0 status
  for format in autoconfig prf mobileconfig qr json; do
    e2e_cli "export_$format" export "$E2E_ADDRESS" --format "$format" -o "$E2E_WIN\\export.$format"
    status="$(sed -n "s/^e2e_export_${format}_exit=//p" "$RESULTS")"
    [ "$status" = 0 ] || worst="$status"
  done
  result e2e_export_exit "$worst"
}

# -- the window, from the first page to the last --------------------------------------------

# The page the window shows now (the last line of its page log, see wizard/app.py).
current_page() { tail -n 1 "$1" 2>/dev/null | tr -d '\r'; }

e2e_gui_flow() {
  local dir="$E2E/gui-flow" pages="$E2E/gui-flow/pages.txt" launch="$E2E/gui-flow/launch.txt"
  mkdir -p "$dir"
  : >"$pages"
  : >"$launch"
  say "end to end: the window in Russian, first page to last"
  LANG=ru_RU.UTF-8 LC_ALL=ru_RU.UTF-8 MAILWIZARD_NO_ERROR_DIALOG=1 MAILWIZARD_PAGE_LOG="$E2E_WIN\\gui-flow\\pages.txt" \
    timeout 300 python3 /repo/benchmarks/bench_start.py launch --class mailwizard-gui.exe --timeout 60 \
      --output "$dir/app.log" -- wine "$INSTALL_WIN\\mailwizard-gui.exe" >"$launch" 2>&1 &
  local pid=$!
  local wid="" page="" shown="" presses=0 deadline width
  for _ in $(seq 1 1300); do
    wid="$(sed -n 's/.*window=\([0-9]\+\).*/\1/p' "$launch")"
    [ -n "$wid" ] || grep -q "window=none" "$launch" || ! kill -0 "$pid" 2>/dev/null || { sleep 0.05; continue; }
    break
  done
  if [ -z "$wid" ]; then
    result gui_flow_pages 0
    result gui_flow_last none
    kill "$pid" 2>/dev/null
    timeout 20 wineserver -k
    return
  fi
  # No window manager here: a click makes the window Wine's active one, so that it gets the
  # keys. It goes to the middle of the top band (QWizard's title area: no control there; the
  # Back arrow is at its left end).
  width="$(xdotool getwindowgeometry "$wid" | sed -n 's/.*Geometry: \([0-9]\+\)x.*/\1/p')"
  activate() { xdotool mousemove --window "$wid" $(( ${width:-600} / 2 )) 8 click 1; sleep 0.2; }
  # The pages in the order first shown, and the picture of the page on screen as NN-page.png,
  # NN its place in that order (taken again until the page is left, so it shows it settled).
  order() { tr -d '\r' <"$pages" | awk 'NF && !seen[$0]++'; }
  shoot() {
    local n
    n="$(order | grep -nx "$shown" | cut -d: -f1)"
    xwd -id "$wid" -silent | xwdtopnm 2>/dev/null | pnmtopng >"$dir/$(printf %02d "$n")-${shown,,}.png" 2>/dev/null
  }
  activate
  deadline=$(( $(date +%s) + 240 ))
  while [ "$(date +%s)" -lt "$deadline" ] && kill -0 "$pid" 2>/dev/null; do
    page="$(current_page "$pages")"
    if [ -n "$page" ] && [ "$page" != "$shown" ]; then
      shown="$page"
      presses=0
      sleep 0.3
      [ "$(current_page "$pages")" = "$shown" ] || continue  # gone already: see below
      shoot
      activate
      case "$page" in
        WELCOME) sleep 1; xdotool type --delay 40 "$E2E_ADDRESS" ;;
        # The cursor is in the name while it is empty; the password follows it.
        PASSWORD) xdotool type --delay 40 "Anna Berg"; xdotool key Tab; xdotool type --delay 40 "$E2E_PASSWORD" ;;
        DONE) break ;;
      esac
      # Next (Alt+Right is QWizard's Next on Windows, whatever has the focus; Enter would
      # press a focused button), unless the page moved on by itself meanwhile.
      sleep 1
      [ "$(current_page "$pages")" = "$shown" ] && shoot && xdotool key alt+Right
      continue
    fi
    # Still on the same page: a search, a check or a write may be running; Next again every
    # few seconds (it does nothing while the page is not complete).
    sleep 0.25
    presses=$((presses + 1))
    if [ $((presses % 12)) = 0 ]; then
      shoot  # the page as it is now (a check done, say), before leaving it
      activate
      xdotool key alt+Right
    fi
  done
  # A page that moved on by itself before it could be taken (the search, when the provider
  # list has the settings): the app's own picture of it as it showed (see wizard/app.py).
  local name n=0
  while read -r name; do
    n=$((n + 1))
    local shot="$dir/$(printf %02d "$n")-${name,,}.png"
    [ -e "$shot" ] || { [ -e "$dir/shown-${name,,}.png" ] && cp "$dir/shown-${name,,}.png" "$shot"; }
  done < <(order)
  result gui_flow_pages "$(order | grep -c .)"
  result gui_flow_last "${shown:-none}"
  result gui_flow_sequence "$(tr -d '\r' <"$pages" | paste -sd, -)"
  # The last page's button (the default one) closes the window.
  xdotool key Return
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$pid" 2>/dev/null; then
    result gui_flow_closed forced
    wine_pipe taskkill /F /IM mailwizard-gui.exe >>"$LOG"
    wait "$pid" 2>/dev/null
  else
    wait "$pid"
    result gui_flow_exit "$?"
    result gui_flow_closed gracefully
  fi
}
