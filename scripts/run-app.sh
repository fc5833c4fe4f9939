#!/usr/bin/env bash
# Sets up what is missing, then builds and opens the app.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PATH"
exec cargo run -p meta-optout "$@"
