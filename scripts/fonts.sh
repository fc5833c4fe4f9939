#!/usr/bin/env bash
# Cuts the window's two faces from DejaVu Sans (Debian's fonts-dejavu-core)
# down to the characters its languages use: Latin with its accented letters,
# typographic punctuation, the arrows and the three symbols the guides draw
# (the menu marks ☰ and ⋮, and the tick).
# Hints are left out (the text engine hints by itself); kerning stays. The
# license travels beside them in LICENSE rather than in each file.
# Needs pyftsubset (pip install fonttools). Anything else a person types,
# a name in another script, falls back to the desktop's sans-serif.
set -euo pipefail
cd "$(dirname "$0")/../ui/fonts"
src=/usr/share/fonts/truetype/dejavu
chars='U+0020-007E,U+00A0-017F,U+0218-021B,U+2010-2027,U+202F,U+2039-203A,U+2190-2193,U+22EE,U+2630,U+2713'
for face in "DejaVuSans sans" "DejaVuSans-Bold sans-bold"; do
  set -- $face
  pyftsubset "$src/$1.ttf" --unicodes="$chars" --no-hinting \
    --layout-features='kern,liga,mark,mkmk,ccmp,locl' --name-IDs='0,1,2,3,4,5,6,7,14' \
    --drop-tables+=FFTM --output-file="$2.ttf"
done
