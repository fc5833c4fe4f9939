#!/usr/bin/env bash
# Installs what building, running and testing meta-optout need on Debian or
# Ubuntu, and nothing that is already there: WebKitGTK 4.1 and the other
# Tauri build libraries, Xvfb, WebKitWebDriver, ImageMagick (screenshots),
# Chromium and poppler-utils (the printed export is checked in a real browser),
# strace (the connection audit), xdotool and x11-utils (the end-to-end tests
# answer the file dialogs and check they belong to the window),
# desktop-file-utils and appstream (the package checks validate the desktop
# entry and metadata), Node.js and npm (to fetch axe-core, the
# accessibility checker the end-to-end tests run in the page), the Polish
# locale (WebKitGTK writes date fields in the system's locale, and a test
# types a date the Polish way), zbar-tools (a test reads the QR code the
# window draws), a Rust toolchain and tauri-driver. Safe to run again.
set -euo pipefail

RUST_MIN="1.90"
TAURI_DRIVER_VERSION="2.1.0"
PACKAGES=(
  build-essential pkg-config curl file ca-certificates
  libwebkit2gtk-4.1-dev libxdo-dev libssl-dev libayatana-appindicator3-dev librsvg2-dev
  xvfb xauth webkit2gtk-driver imagemagick chromium poppler-utils strace xdotool x11-utils
  desktop-file-utils appstream locales zbar-tools
)

say() { printf 'setup: %s\n' "$*" >&2; }
. "$(dirname "$0")/lib.sh"

mapfile -t missing < <(missing_packages "${PACKAGES[@]}")
command -v npm >/dev/null || missing+=(nodejs npm)
if [ "${#missing[@]}" -gt 0 ]; then
  say "installing ${missing[*]}"
  apt_install "${missing[@]}"
fi

# A locale a test runs the window in, generated once.
if ! locale -a 2>/dev/null | grep -qi '^pl_PL\.utf-\?8$'; then
  say "generating the pl_PL.UTF-8 locale"
  as_root sed -i 's/^# *\(pl_PL.UTF-8 UTF-8\)/\1/' /etc/locale.gen
  grep -q '^pl_PL.UTF-8 UTF-8' /etc/locale.gen || echo 'pl_PL.UTF-8 UTF-8' | as_root tee -a /etc/locale.gen >/dev/null
  as_root locale-gen >/dev/null
fi

export PATH="$HOME/.cargo/bin:$PATH"
version_ok() { [ "$(printf '%s\n%s\n' "$RUST_MIN" "$1" | sort -V | head -n1)" = "$RUST_MIN" ]; }
rust_version() { rustc --version 2>/dev/null | awk '{print $2}'; }
if ! command -v cargo >/dev/null || ! version_ok "$(rust_version)"; then
  if command -v rustup >/dev/null; then
    # Without updating rustup itself, which fails where rustup was installed
    # for another HOME (yet is on PATH), after the toolchain is in place.
    say "installing the stable Rust toolchain with rustup"
    rustup toolchain install stable --profile minimal --no-self-update
    # No default yet (a new rustup home) or an older one: stable it is.
    version_ok "$(rust_version)" || rustup default stable
  else
    say "installing Rust with rustup (https://rustup.rs)"
    curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal
  fi
fi

if ! command -v tauri-driver >/dev/null; then
  say "installing tauri-driver $TAURI_DRIVER_VERSION"
  cargo install tauri-driver --version "$TAURI_DRIVER_VERSION" --locked
fi
say "ready: $(rustc --version), tauri-driver $(command -v tauri-driver), $(command -v WebKitWebDriver)"
