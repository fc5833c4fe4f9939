#!/usr/bin/env bash
# Sets up what is missing, then runs every test: the core and flow tests, the
# command-line tests, and the end-to-end tests that drive the real window
# under Xvfb through tauri-driver and WebKitWebDriver.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PATH"

echo "== unit, flow and command-line tests"
cargo test --workspace --locked

echo "== end-to-end tests in the real window (screenshots in test-artifacts/)"
# axe-core checks each screen for accessibility from inside the page; a
# pinned version, kept out of the repository.
AXE_VERSION="4.14.1"
tools=target/e2e-tools
if ! grep -qs "\"version\": \"$AXE_VERSION\"" "$tools/node_modules/axe-core/package.json"; then
  mkdir -p "$tools"
  (cd "$tools" && npm install --no-save --no-audit --no-fund --loglevel=error "axe-core@$AXE_VERSION")
fi
export AXE_CORE_JS="$PWD/$tools/node_modules/axe-core/axe.min.js"
rm -rf test-artifacts
# No session bus: a half-working one (no portal) can stall GTK's start-up.
# Compositing off: WebKit under Xvfb otherwise draws a blank window.
env -u DBUS_SESSION_BUS_ADDRESS WEBKIT_DISABLE_COMPOSITING_MODE=1 \
  xvfb-run --auto-servernum --server-args="-screen 0 1280x900x24" \
  cargo test --locked -p meta-optout --test e2e -- --ignored --test-threads=1
