#!/usr/bin/env bash
# Builds meta-optout for 64-bit Windows on Debian or Ubuntu and tests it under
# Wine: cross-builds x86_64-pc-windows-gnu with mingw-w64, packs a per-user
# installer with makensis (src-tauri/packaging/windows/installer.nsi), then in
# a fresh Wine prefix runs the .exe's subcommands and compares them with the
# Linux binary's output, and installs and uninstalls the installer silently.
# The window is not tested: Wine has no WebView2 runtime.
#   scripts/package-windows.sh             set up, build, bundle, test
#   scripts/package-windows.sh --no-build  test what was built
# The Linux binary to compare with is target/release/meta-optout (built by
# scripts/package-test.sh, or here when missing); META_OPTOUT_LINUX_BIN names
# another.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

TARGET=x86_64-pc-windows-gnu
PACKAGES=(gcc-mingw-w64-x86-64 binutils-mingw-w64-x86-64 nsis wine wine64)
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n1)
target_dir="${CARGO_TARGET_DIR:-target}"
out="$target_dir/$TARGET/release"
exe="$out/meta-optout.exe"
bundle="$out/bundle/nsis"
setup="$bundle/meta-optout_${version}_x64-setup.exe"
linux_bin="${META_OPTOUT_LINUX_BIN:-$target_dir/release/meta-optout}"

say() { printf 'package-windows: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }
. scripts/lib.sh

mapfile -t missing < <(missing_packages "${PACKAGES[@]}")
if [ "${#missing[@]}" -gt 0 ]; then
  say "installing ${missing[*]}"
  apt_install "${missing[@]}" ||
    die "could not install ${missing[*]}: run 'sudo apt-get install ${missing[*]}' and try again"
fi
for tool in x86_64-w64-mingw32-gcc x86_64-w64-mingw32-objdump makensis wine wineserver; do
  command -v "$tool" >/dev/null || die "$tool is missing: it comes with 'sudo apt-get install ${PACKAGES[*]}'"
done

if [ "${1:-}" != "--no-build" ]; then
  command -v cargo >/dev/null || die "cargo is missing: run scripts/setup.sh (installs Rust with rustup)"
  if ! rustc --print target-libdir --target "$TARGET" 2>/dev/null | xargs -I{} test -d {}; then
    command -v rustup >/dev/null || die "Rust's standard library for $TARGET is missing and there is no rustup to add it: install Rust with scripts/setup.sh"
    say "adding the Rust target $TARGET"
    rustup target add "$TARGET" || die "could not add the Rust target: run 'rustup target add $TARGET'"
  fi
  export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER=x86_64-w64-mingw32-gcc
  say "building $exe"
  cargo build --release --locked --target "$TARGET" -p meta-optout
  if [ ! -x "$linux_bin" ] && [ -z "${META_OPTOUT_LINUX_BIN:-}" ]; then
    pkg-config --exists webkit2gtk-4.1 2>/dev/null ||
      die "the Linux binary to compare with is missing, and so is WebKitGTK 4.1 to build it: run scripts/setup.sh (or scripts/package-test.sh, which builds it)"
    say "building the Linux binary to compare with"
    cargo build --release --locked -p meta-optout
  fi

  # The installer's files. tauri-build puts WebView2Loader.dll (from the
  # webview2-com-sys crate) beside the .exe: a GNU-built .exe loads it at
  # start, even for a subcommand.
  stage="$out/bundle/stage"
  rm -rf "$stage" && mkdir -p "$stage" "$bundle"
  cp "$exe" "$out/WebView2Loader.dll" "$stage/"
  cp src-tauri/icons/icon.ico "$stage/"
  sed 's/$/\r/' LICENSE >"$stage/LICENSE.txt"
  say "building $setup"
  makensis -V2 -NOCD -DVERSION="$version" -DSTAGE="$stage" -DOUTFILE="$setup" src-tauri/packaging/windows/installer.nsi ||
    die "makensis failed (see above)"
fi

test -s "$exe" || die "$exe is missing: run scripts/package-windows.sh without --no-build"
test -x "$linux_bin" || die "$linux_bin is missing: run scripts/package-test.sh, or 'cargo build --release -p meta-optout'"
linux_bin=$(realpath "$linux_bin")
# The tests choose their folders themselves.
unset META_OPTOUT_DATA_DIR META_OPTOUT_CONFIG_DIR

work=$(mktemp -d)
export WINEPREFIX="$work/prefix" WINEARCH=win64 WINEDEBUG=-all
# No Mono or Gecko: nothing here needs them, and their installers would ask.
export WINEDLLOVERRIDES="mscoree,mshtml="
cleanup() { wineserver -k 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
started=$(date +%s)
say "starting a fresh Wine prefix"
wine cmd /c exit >/dev/null 2>&1 || die "Wine does not start: try 'WINEPREFIX=\$(mktemp -d) wine cmd /c ver'"
# Wine before 8.13 lacks bcryptprimitives.dll, without which no Rust .exe
# starts; a stand-in from tests/wine/ fills the gap in this prefix only.
sys32="$WINEPREFIX/drive_c/windows/system32"
if [ ! -e "$sys32/bcryptprimitives.dll" ]; then
  say "this Wine ($(wine --version 2>/dev/null)) has no bcryptprimitives.dll: adding the test stand-in"
  x86_64-w64-mingw32-gcc -shared -O2 -s -o "$sys32/bcryptprimitives.dll" tests/wine/bcryptprimitives.c -ladvapi32 ||
    die "could not build tests/wine/bcryptprimitives.c with x86_64-w64-mingw32-gcc"
fi


# The .exe and its loader, copied out of the build tree as a user would have
# them, with a home folder of their own under the prefix.
mkdir -p "$work/app" "$work/win" "$work/linux"
cp "$exe" "$out/WebView2Loader.dll" "$work/app/"
win_exe="$work/app/meta-optout.exe"

# What legitimately differs between the two: Windows writes paths with
# backslashes (doubled inside JSON strings), and the times recorded by
# profile add and mark are a few seconds apart, and with them the record's
# SHA-256 digest, and the same times as the printed record shows them. Both
# run with TZ=UTC, so that the record names the same time zone (the Linux
# binary would otherwise read the machine's). Line ends are the same (LF) and
# are compared as they are.
# The normalising reads every backslash as a slash, on both sides alike. Everything else must match byte for byte; that
# the digests are right is checked by each side importing the other's record.
normalise() {
  sed -e 's/\\\\/\//g' -e 's/\\/\//g' \
      -e 's/[0-9]\{4\}-[0-9]\{2\}-[0-9]\{2\}T[0-9]\{2\}:[0-9]\{2\}:[0-9]\{2\}\(\.[0-9]*\)\?Z/<time>/g' \
      -e 's/\b[0-9a-f]\{64\}\b/<digest>/g' \
      -e 's/[0-9]\{1,2\} [A-Z][a-z]* [0-9]\{4\} [0-9]\{2\}:[0-9]\{2\}/<local time>/g'
}
# Runs one subcommand in both, each in its own folder with relative paths,
# and compares exit code, stdout and stderr.
same() {
  local what=$1; shift
  (cd "$work/linux" && env -i HOME="$work/linux" PATH=/usr/bin:/bin TZ=UTC "$linux_bin" "$@" >stdout 2>stderr; echo "exit $?" >code) || true
  (cd "$work/win" && TZ=UTC wine "$win_exe" "$@" >stdout 2>stderr; echo "exit $?" >code) || true
  check "same as Linux: $what" bash -c "
    for f in code stdout stderr; do
      diff -u <(normalise <'$work/linux/'\$f) <(normalise <'$work/win/'\$f) --label linux/\$f --label windows/\$f || exit 1
    done"
}
export -f normalise

check "the .exe is a GUI program (no console window from the Start menu)" \
  bash -c "x86_64-w64-mingw32-objdump -p '$exe' | grep -q 'Subsystem.*(Windows GUI)'"
check "the .exe needs no DLL but Windows' own and WebView2Loader.dll" bash -c "
  x86_64-w64-mingw32-objdump -p '$exe' | sed -n 's/^[[:space:]]*DLL Name: //p' |
    grep -viE '^(kernel32|user32|gdi32|advapi32|shell32|ole32|oleaut32|comctl32|comdlg32|uxtheme|dwmapi|shlwapi|ws2_32|bcrypt|bcryptprimitives|combase|ntdll|userenv|crypt32|secur32|version|winmm|imm32|setupapi|propsys|msvcrt|api-ms-win-[a-z0-9-]+|webview2loader)\.dll$' |
    { ! grep .; }"
check "the .exe says its version" bash -c "[ \"\$(wine '$win_exe' --version | tr -d '\r')\" = 'meta-optout $version' ]"

same "--version" --version
same "check" check
same "list --region DE --json" list --region DE --json
same "list --region FR --platform instagram" list --region FR --platform instagram
same "profile add" --data-dir data profile add "Anna Example" --region DE --platforms "facebook, instagram"
same "profile list" profile list --data-dir data
same "mark" --data-dir data mark object-ai-training/object-on-facebook done --note "sent" --evidence submitted-on=2026-11-20
same "status" --data-dir data status
same "status --json" --data-dir data status --json
same "export --format json" --data-dir data export --format json --out record.json
same "export --format md" --data-dir data export --format md
check "the exported records match" bash -c "diff -u <(normalise <'$work/linux/record.json') <(normalise <'$work/win/record.json')"
check "Linux imports the record Windows wrote" bash -c "cd '$work/linux' && '$linux_bin' --data-dir from-windows import '$work/win/record.json'"
check "Windows imports the record Linux wrote" bash -c "cd '$work/win' && wine '$win_exe' --data-dir from-linux import ../linux/record.json"
same "import into a fresh folder" --data-dir fresh import record.json
same "import again (nothing new)" --data-dir fresh import record.json
same "status after import" --data-dir fresh status
same "an unknown format is refused" --data-dir data export --format pdf
same "an unknown flow is refused" --data-dir data mark no-such-flow/step done

# Where a Windows user's data goes: %LOCALAPPDATA%\meta-optout.
check "progress goes to %LOCALAPPDATA%\\meta-optout by default" bash -c "
  cd '$work/win' && wine '$win_exe' profile add Default --region FR --platforms facebook >/dev/null &&
  ls \"\$WINEPREFIX\"/drive_c/users/*/AppData/Local/meta-optout/progress.json"

# The installer, as a silent per-user install would run it.
if [ -s "$setup" ]; then
  installed() { ls -d "$WINEPREFIX"/drive_c/users/*/AppData/Local/Programs/meta-optout 2>/dev/null; }
  # /NOWEBVIEW2: Wine cannot run Microsoft's runtime installer.
  check "installer runs silently" bash -c "wine '$setup' /S /NOWEBVIEW2 && wineserver -w"
  dir=$(installed || true)
  check "installed under %LOCALAPPDATA%\\Programs\\meta-optout" test -n "$dir"
  for f in meta-optout.exe WebView2Loader.dll LICENSE.txt uninstall.exe; do
    check "installed $f" test -s "$dir/$f"
  done
  check "Start menu entry" bash -c "ls \"\$WINEPREFIX\"/drive_c/users/*/AppData/Roaming/Microsoft/Windows/'Start Menu'/Programs/'Meta opt-out.lnk'"
  check "listed in Apps with its version" bash -c "wine reg query 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\meta-optout' /v DisplayVersion | grep -q '$version'"
  check "the installed .exe runs" bash -c "[ \"\$(wine '$dir/meta-optout.exe' --version | tr -d '\r')\" = 'meta-optout $version' ]"
  check "uninstaller runs silently" bash -c "wine '$dir/uninstall.exe' /S && wineserver -w"
  check "uninstall removes the program" bash -c "! test -e '$dir'"
  check "uninstall removes the Start menu entry" bash -c "! ls \"\$WINEPREFIX\"/drive_c/users/*/AppData/Roaming/Microsoft/Windows/'Start Menu'/Programs/'Meta opt-out.lnk' 2>/dev/null"
  check "uninstall keeps the person's progress" bash -c "ls \"\$WINEPREFIX\"/drive_c/users/*/AppData/Local/meta-optout/progress.json"
else
  check "installer exists ($setup)" false
fi

say "Wine tests took $(($(date +%s) - started)) s"
echo "windows: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
