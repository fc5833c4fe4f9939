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
rm -rf test-artifacts
# No session bus: a half-working one (no portal) can stall GTK's start-up.
# Compositing off: WebKit under Xvfb otherwise draws a blank window.
env -u DBUS_SESSION_BUS_ADDRESS WEBKIT_DISABLE_COMPOSITING_MODE=1 \
  xvfb-run --auto-servernum --server-args="-screen 0 1280x900x24" \
  cargo test --locked -p meta-optout --test e2e -- --ignored --test-threads=1
