#!/usr/bin/env bash
# Builds the .deb and .rpm with the Tauri CLI, then checks the .deb as an
# installed system would see it: the binary in /usr/bin, a valid desktop
# entry and AppStream metadata, icons in the usual sizes, dependencies, the
# version, and the packaged binary working from / with an empty home.
#   scripts/package-test.sh             set up, build, check
#   scripts/package-test.sh --no-build  check packages already built
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

if [ "${1:-}" != "--no-build" ]; then
  scripts/setup.sh
  if ! cargo tauri --version 2>/dev/null | grep -q '^tauri-cli 2\.'; then
    cargo install tauri-cli --version 2.12.4 --locked
  fi
  (cd src-tauri && cargo tauri build --bundles deb,rpm)
fi

version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n1)
deb="target/release/bundle/deb/meta-optout_${version}_$(dpkg --print-architecture).deb"
rpm=$(ls target/release/bundle/rpm/meta-optout-"${version}"-*.rpm 2>/dev/null | head -n1 || true)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

. scripts/lib.sh

check ".deb exists ($deb)" test -s "$deb"
check ".rpm exists (${rpm:-none})" test -s "${rpm:-/nonexistent}"
dpkg-deb -x "$deb" "$work/root" 2>/dev/null || true
control=$(dpkg-deb -f "$deb" Package Version Depends 2>/dev/null || true)
root="$work/root"
check "binary at /usr/bin/meta-optout" test -x "$root/usr/bin/meta-optout"
check "package version is $version" grep -qx "Version: $version" <<<"$control"
check "depends on WebKitGTK 4.1" grep -q "libwebkit2gtk-4.1-0" <<<"$control"
check "no dependency the app does not use (tray)" bash -c "! grep -qi appindicator <<<'$control'"
check "desktop entry is valid" desktop-file-validate "$root/usr/share/applications/meta-optout.desktop"
check "AppStream metadata is valid" appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/org.metaoptout.app.metainfo.xml"
for size in 32x32 128x128 256x256; do
  check "icon $size" test -s "$root/usr/share/icons/hicolor/$size/apps/meta-optout.png"
done
check "scalable icon" test -s "$root/usr/share/icons/hicolor/scalable/apps/meta-optout.svg"

# The packaged binary, run from / by a user with an empty home: the flows are
# embedded, so nothing beside the binary is needed.
empty_home=$(mktemp -d -p "$work")
run() { (cd / && env -i HOME="$empty_home" PATH=/usr/bin:/bin "$root/usr/bin/meta-optout" "$@"); }
check "--version says $version" bash -c "[ \"\$(cd / && env -i HOME='$empty_home' '$root/usr/bin/meta-optout' --version)\" = 'meta-optout $version' ]"
check "check passes from / with an empty home" run check
check "list --json works from / with an empty home" bash -c "cd / && env -i HOME='$empty_home' '$root/usr/bin/meta-optout' list --region DE --platform facebook --json | grep -q '\"object-ai-training\"'"
check "no files written to the empty home by check and list" bash -c "[ -z \"\$(ls -A '$empty_home')\" ]"

echo "package: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
