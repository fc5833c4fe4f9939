#!/usr/bin/env bash
# Measures meta-optout against an empty Tauri window (start to interactive,
# memory, binary size) and runs the core benchmarks. Needs the set-up of
# scripts/setup.sh; takes about seven minutes on a 2-core machine.
#   scripts/bench.sh [RUNS]     RUNS start-ups of each app (default 30: with
#                               fewer, the start-up ratio's 95% interval is
#                               too wide to tell 1.10x from 1.20x)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PATH"

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
cargo build --release --locked -p meta-optout -p meta-optout-bench
echo "== start-up, memory and size (release builds, Xvfb)"
env -u DBUS_SESSION_BUS_ADDRESS xvfb-run --auto-servernum --server-args="-screen 0 1280x900x24" \
  target/release/startup --runs "${1:-30}" target/release/meta-optout target/release/blank-window
echo "== core (criterion)"
cargo bench --locked -p meta-optout-core --bench core -- --warm-up-time 1 --measurement-time 3
