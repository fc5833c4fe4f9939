#!/usr/bin/env bash
# Draws every icon the packages need from the one source, icons/icon.svg:
# PNGs for the hicolor theme and the window, .ico for Windows, .icns for macOS.
# Needs rsvg-convert (librsvg2-bin), convert (imagemagick) and png2icns (icnsutils).
set -euo pipefail
cd "$(dirname "$0")/../src-tauri/icons"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for s in 32 64 128 256; do rsvg-convert -w "$s" -h "$s" icon.svg -o "${s}x${s}.png"; done
rsvg-convert -w 512 -h 512 icon.svg -o icon.png
for s in 16 32 48 64 128 256 512; do rsvg-convert -w "$s" -h "$s" icon.svg -o "$tmp/$s.png"; done
convert "$tmp"/{16,32,48,64,128,256}.png icon.ico
png2icns icon.icns "$tmp"/{512,256,128,32,16}.png >/dev/null
