#!/usr/bin/env bash
# CI stage, run by .ci/run after the bundle's self-test: compiles installer/proofsheet.iss with Inno
# Setup's own compiler (ISCC from the npm package innosetup) under Wine against the bundle, then
# installs, upgrades and uninstalls the setups it writes, checking each result.  Any defect fails.
#
#     bash .ci/installer.bash BUNDLE_DIR        (BUNDLE_DIR: the one-folder bundle build.spec writes)
#
# On Linux BUNDLE_DIR is the Linux bundle: Setup copies files and never runs them, so it stands in
# for the Windows bundle (same build.spec, same layout) without its symlinks to shared libraries,
# which PyInstaller writes on Linux only (Wine would pack each as a second copy).
#
# What Wine needs, learnt the hard way:
# - ISCC and setup.exe are 32-bit: without wine32 ISCC prints nothing and exits 0, so the setup
#   .exe is checked to exist;
# - a fresh prefix says Windows 7 (MinVersion=10.0 refuses it): winecfg -v win10;
# - Wine hides dotfiles from Windows programs, and ISCC would silently leave out python-docx's
#   .rels files: ShowDotFiles=Y;
# - HOME is a temporary folder (Wine links Desktop, Documents... to it) and winemenubuilder is
#   disabled, so nothing lands in the real profile or the desktop's menus;
# - the uninstaller hands over to a copy of itself and exits: wait with wineserver -w;
# - Wine cannot expand {autopf} in a per-user install (no FOLDERID_UserProgramFiles): the real
#   script is tested in all-users mode, and the per-user path with the TEST-ONLY define
#   WineUserProgramsDir, which names the folder Windows uses (%LOCALAPPDATA%\Programs);
# - Setup picks the wizard's language from Windows' display language, which Wine takes from the
#   Unix locale: the runs use zh_CN.UTF-8 (compiled into the scratch folder), a Chinese Windows.
# The full setups are compiled with Compression=none (15 s each; lzma2/max takes 7 min on 2 cores):
# the script's own lzma2/max is compiled on a small bundle, and the release build keeps it.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BUNDLE=$(realpath "${1:?usage: bash .ci/installer.bash BUNDLE_DIR}")
PYTHON=${PYTHON:-python3}
ISCC_TARBALL=https://registry.npmjs.org/innosetup/-/innosetup-6.4.1.tgz
ISCC_SHA256=fc36b763a729c8964416552d733f4864ac4a4934d0a6569e20c2feb4c29b9684
APP_ID='{5A5B1458-B4B8-460D-A2D3-17213537B2E6}'
STALE='_internal/stale-from-0.2.0rc1.txt' # in the first version's bundle only: the upgrade must remove it

# Wine, 32-bit too, and a virtual X display for the setups' windows.
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1 &&
  ! dpkg -s wine wine64 wine32:i386 xvfb xauth locales >/dev/null 2>&1; then
  dpkg --add-architecture i386
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    wine wine64 wine32:i386 xvfb xauth locales >/dev/null
fi
for tool in wine wineserver winepath xvfb-run localedef; do
  command -v "$tool" >/dev/null || { echo "FAILED: $tool is not installed" >&2; exit 1; }
done
if [ -z "${PROOFSHEET_INSTALLER_DISPLAY:-}" ]; then # once, the whole stage on one virtual display
  exec env PROOFSHEET_INSTALLER_DISPLAY=1 xvfb-run -a -s "-screen 0 1024x768x24" bash "$0" "$@"
fi

# Everything this stage writes goes under one folder, removed on exit with the Wine processes
# started in it (the prefix's own wineserver, nothing else).
WORK=$(mktemp -d "${TMPDIR:-/tmp}/proofsheet-installer.XXXXXX")
export WINEPREFIX="$WORK/prefix" HOME="$WORK/home" WINEDEBUG=-all WINEARCH=win64
export WINEDLLOVERRIDES="winemenubuilder.exe=d;mscoree=;mshtml="
export LOCPATH="$WORK/locale" # zh_CN.UTF-8 is compiled into it below
clean_up() {
  local status=$?
  trap - EXIT
  wineserver -k >/dev/null 2>&1 || true
  rm -rf "$WORK"
  exit "$status"
}
trap clean_up EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
mkdir -p "$HOME" "$LOCPATH" "$WORK/out" "$WORK/logs"

step() { printf '== %3d s  %s\n' "$SECONDS" "$*"; }
fail() {
  echo "FAILED: $*" >&2
  exit 1
}
check() { "$PYTHON" "$ROOT/.ci/installer_check.py" "$@" || exit 1; }
win() { winepath -w "$1" 2>/dev/null; }
unix() { winepath -u "$1" 2>/dev/null; }
wine_value() { # $1 key, $2 value name (empty: the default value); prints the value's data
  local answer name=(/ve)
  [ -z "$2" ] || name=(/v "$2")
  answer=$(LC_ALL=C wine reg query "$1" "${name[@]}" /reg:64 2>/dev/null | tr -d '\r') || return 1
  sed -n 's/^    .*    REG_[A-Z_]*    //p' <<<"$answer" | head -n 1
}
wine_key_exists() { LC_ALL=C wine reg query "$1" /reg:64 >/dev/null 2>&1; }
export_keys() { # $1 file: the .txt and .docx keys of both roots, to compare before and after
  local key
  : >"$1"
  for key in 'HKLM\Software\Classes\.txt' 'HKLM\Software\Classes\.docx' \
    'HKCU\Software\Classes\.txt' 'HKCU\Software\Classes\.docx'; do
    echo "[$key]" >>"$1"
    LC_ALL=C wine reg query "$key" /s /reg:64 2>/dev/null | tr -d '\r' >>"$1" || echo absent >>"$1"
  done
}
run_setup() { # $1 setup.exe, $2 log name, then Setup's options; fails on a non-zero exit or a message box
  local setup=$1 log="$WORK/logs/$2.log"
  shift 2
  timeout 300 wine "$setup" /VERYSILENT /NORESTART "/LOG=$(win "$log")" "$@" ||
    fail "$(basename "$setup") $* exited $? (a message box waits forever without /SUPPRESSMSGBOXES); log: $(tail -n 5 "$log")"
  timeout 120 wineserver -w || fail "Wine processes still running 2 minutes after Setup"
  if grep -a -q 'Message box' "$log"; then fail "Setup showed a message box: $(grep -a -A2 'Message box' "$log")"; fi
}

step "Inno Setup compiler (npm innosetup 6.4.1), Wine prefix as Windows 10, zh_CN locale"
"$PYTHON" - "$ISCC_TARBALL" "$ISCC_SHA256" "$WORK/innosetup.tgz" <<'EOF'
import hashlib, sys, urllib.request
url, sha256, path = sys.argv[1:]
data = urllib.request.urlopen(url, timeout=120).read()
if hashlib.sha256(data).hexdigest() != sha256:
    sys.exit(f"FAILED: {url} has sha256 {hashlib.sha256(data).hexdigest()}, expected {sha256}")
open(path, "wb").write(data)
EOF
tar -xzf "$WORK/innosetup.tgz" -C "$WORK" package/bin
ISCC="$WORK/package/bin/ISCC.exe"
localedef -i zh_CN -f UTF-8 "$LOCPATH/zh_CN.UTF-8" 2>/dev/null || [ -d "$LOCPATH/zh_CN.UTF-8" ] ||
  fail "could not compile the zh_CN.UTF-8 locale"
export LC_ALL=zh_CN.UTF-8 LANG=zh_CN.UTF-8
wineboot -i >/dev/null 2>&1
wine winecfg -v win10 >/dev/null 2>&1
wine reg add 'HKCU\Software\Wine' /v ShowDotFiles /d Y /f >/dev/null 2>&1
timeout 120 wineserver -w
[ "$(wine_value 'HKLM\Software\Microsoft\Windows NT\CurrentVersion' CurrentVersion)" = 10.0 ] ||
  fail "the Wine prefix does not say Windows 10"

step "our Simplified Chinese messages against the compiler's Default.isl"
check isl "$WORK/package/bin/Default.isl" installer/ChineseSimplified.isl

compile() { # $1 version, $2 bundle, then more ISCC options; the setup's path in $SETUP
  local version=$1 bundle=$2 log="$WORK/logs/iscc-$1.log"
  shift 2
  SETUP="$WORK/out/Proofsheet-$version-setup.exe"
  wine "$ISCC" "/DAppVersion=$version" "/DBundleDir=$(win "$bundle")" "/DOutputDir=$(win "$WORK/out")" \
    "$@" "$(win "$ROOT/installer/proofsheet.iss")" >"$log" 2>&1 ||
    fail "ISCC /DAppVersion=$version exited $?: $(tail -n 5 "$log")"
  [ -f "$SETUP" ] || fail "ISCC wrote no $(basename "$SETUP") (is wine32 installed?): $(tail -n 5 "$log")"
  if grep -a -i -q '^warning' "$log"; then fail "ISCC warns: $(grep -a -i '^warning' "$log")"; fi
}

step "compile: every version form gives a valid setup (0.2.0, 0.2.0rc1, 0.2.0.post1)"
mkdir -p "$WORK/small"
cp "$BUNDLE"/Proofsheet* "$WORK/small/"
compile 0.2.0 "$WORK/small" # with the script's own compression
check version "$SETUP" 0.2.0 0.2.0.0
# The stand-in for the Windows bundle (hard links: no copy), and 0.2.0rc1's: the same plus a file
# the next version no longer has; 0.2.0rc1 also gets the per-user test define.
STAND_IN="$WORK/bundle"
cp -al "$BUNDLE" "$STAND_IN" 2>/dev/null || cp -a "$BUNDLE" "$STAND_IN"
find "$STAND_IN" -type l -delete
cp -al "$STAND_IN" "$WORK/bundle-rc1" 2>/dev/null || cp -a "$STAND_IN" "$WORK/bundle-rc1"
echo "from 0.2.0rc1" >"$WORK/bundle-rc1/$STALE"
compile 0.2.0rc1 "$WORK/bundle-rc1" /DCompression=none /DWineUserProgramsDir
check version "$SETUP" 0.2.0rc1 0.2.0.0
SETUP_RC1=$SETUP
compile 0.2.0.post1 "$STAND_IN" /DCompression=none
check version "$SETUP" 0.2.0.post1 0.2.0.0
SETUP_POST1=$SETUP

# Where things land in this prefix.
PROGRAM_FILES=$(unix 'C:\Program Files')
LOCAL_APPDATA=$(unix "$(wine cmd /c 'echo %LOCALAPPDATA%' 2>/dev/null | tr -d '\r')")
APPDATA=$(unix "$(wine cmd /c 'echo %APPDATA%' 2>/dev/null | tr -d '\r')")
COMMON_PROGRAMS=$(unix 'C:\ProgramData\Microsoft\Windows\Start Menu\Programs')
USER_PROGRAMS="$APPDATA/Microsoft/Windows/Start Menu/Programs"
DATA_DIR="$LOCAL_APPDATA/Proofsheet"
SHORTCUT_NAME='校样 Proofsheet.lnk'
export_keys "$WORK/keys-before.txt"

check_installed() { # $1 mode (all/user), $2 Windows app folder, $3 bundle, $4 version, $5 log name, then --gone
  local mode=$1 app=$2 bundle=$3 version=$4 log="$WORK/logs/$5.log" root programs classes uninstall
  shift 5
  if [ "$mode" = all ]; then root=HKLM programs=$COMMON_PROGRAMS; else root=HKCU programs=$USER_PROGRAMS; fi
  classes="$root\\Software\\Classes"
  uninstall="$root\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\${APP_ID}_is1"
  check files "$bundle" "$(unix "$app")" "$@"
  check shortcut "$programs/$SHORTCUT_NAME" "$app\\Proofsheet.exe"
  local open="\"$app\\Proofsheet.exe\" \"%1\""
  [ "$(wine_value "$classes\\Proofsheet.Page\\shell\\open\\command" '')" = "$open" ] ||
    fail "$classes\\Proofsheet.Page does not open $open"
  [ "$(wine_value "$classes\\Applications\\Proofsheet.exe\\shell\\open\\command" '')" = "$open" ] ||
    fail "$classes\\Applications\\Proofsheet.exe does not open $open"
  for suffix in .txt .docx; do
    wine_value "$classes\\$suffix\\OpenWithProgids" Proofsheet.Page >/dev/null ||
      fail "no Proofsheet.Page in $classes\\$suffix\\OpenWithProgids"
    wine_value "$classes\\Applications\\Proofsheet.exe\\SupportedTypes" "$suffix" >/dev/null ||
      fail "Applications\\Proofsheet.exe does not list $suffix"
  done
  echo "ok: Open with: Proofsheet.Page and Applications\\Proofsheet.exe open $open; .txt and .docx list them"
  [ "$(wine_value "$uninstall" DisplayVersion)" = "$version" ] || fail "$uninstall does not say version $version"
  wine_value "$uninstall" QuietUninstallString >/dev/null || fail "no QuietUninstallString in $uninstall"
  # The wizard's language: what Setup logged and the messages it left for the uninstaller.
  check contains "$log" "Wizard language: chinesesimplified; welcome: 欢迎使用 [name] 安装向导"
  check contains "$(unix "$app")/unins000.exe" "确定要完全删除 %1 及其所有组件吗？" --utf16 \
    --not "Are you sure you want to completely remove"
}

uninstall_quietly() { # $1 mode, $2 Windows app folder: runs QuietUninstallString as winget would
  local mode=$1 app=$2 root programs quiet log="$WORK/logs/uninstall-$1.log"
  if [ "$mode" = all ]; then root=HKLM programs=$COMMON_PROGRAMS; else root=HKCU programs=$USER_PROGRAMS; fi
  local uninstall="$root\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\${APP_ID}_is1"
  quiet=$(wine_value "$uninstall" QuietUninstallString)
  [[ $quiet =~ ^\"([^\"]+)\"\ (.*)$ ]] || fail "QuietUninstallString is $quiet"
  local program=${BASH_REMATCH[1]} options=${BASH_REMATCH[2]}
  [[ $options != *SUPPRESSMSGBOXES* ]] || fail "QuietUninstallString suppresses message boxes itself: $quiet"
  echo "running QuietUninstallString: $quiet"
  # shellcheck disable=SC2086 # the options are words
  timeout 120 wine "$program" $options "/LOG=$(win "$log")" || fail "the uninstaller exited $?"
  timeout 120 wineserver -w || fail "the uninstaller still runs after 2 minutes (a question waiting?): $(tail -n 5 "$log")"
  if grep -a -q 'Message box' "$log"; then fail "the silent uninstall asked: $(grep -a -A2 'Message box' "$log")"; fi
  grep -a -q 'Silent uninstall: keeping' "$log" || fail "the uninstall log does not say it kept the data"
  [ ! -e "$(unix "$app")" ] || fail "$app is still there: $(find "$(unix "$app")" | head -n 5)"
  [ ! -e "$programs/$SHORTCUT_NAME" ] || fail "the Start-menu shortcut is still there"
  for key in "$root\\Software\\Classes\\Proofsheet.Page" "$root\\Software\\Classes\\Applications\\Proofsheet.exe" "$uninstall"; do
    if wine_key_exists "$key"; then fail "$key is still in the registry"; fi
  done
  export_keys "$WORK/keys-after.txt"
  diff "$WORK/keys-before.txt" "$WORK/keys-after.txt" >&2 ||
    fail ".txt and .docx keys differ from before the install (above)"
  [ "$(cat "$DATA_DIR/proofsheet.db" 2>/dev/null)" = "the editor's pages" ] ||
    fail "the silent uninstall did not keep $DATA_DIR"
  echo "ok: silent uninstall asked nothing; program files, shortcut and keys gone; .txt/.docx keys as before; data kept"
}

step "install 0.2.0rc1 silently for all users (Program Files, HKLM)"
run_setup "$SETUP_RC1" install-all /ALLUSERS
check_installed all 'C:\Program Files\Proofsheet' "$WORK/bundle-rc1" 0.2.0rc1 install-all

step "upgrade to 0.2.0.post1 (the real script, no test define): stale files removed, data kept"
mkdir -p "$DATA_DIR"
echo "the editor's pages" >"$DATA_DIR/proofsheet.db"
run_setup "$SETUP_POST1" upgrade-all /ALLUSERS
check_installed all 'C:\Program Files\Proofsheet' "$STAND_IN" 0.2.0.post1 upgrade-all --gone "$STALE"
[ "$(cat "$DATA_DIR/proofsheet.db")" = "the editor's pages" ] || fail "the upgrade touched $DATA_DIR"
echo "ok: $STALE removed, $DATA_DIR kept"

step "uninstall with QuietUninstallString"
uninstall_quietly all 'C:\Program Files\Proofsheet'

step "per-user install (test define WineUserProgramsDir: %LOCALAPPDATA%\\Programs, HKCU) and uninstall"
USER_APP="$(win "$LOCAL_APPDATA")\\Programs\\Proofsheet"
run_setup "$SETUP_RC1" install-user /CURRENTUSER
check_installed user "$USER_APP" "$WORK/bundle-rc1" 0.2.0rc1 install-user
[ ! -e "$PROGRAM_FILES/Proofsheet" ] || fail "a per-user install wrote to Program Files"
uninstall_quietly user "$USER_APP"

step "installer stage passed"
