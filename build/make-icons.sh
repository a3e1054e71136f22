#!/bin/sh
# Renders build/icon.svg into the icons electron-builder uses: icon.png (512), icon.ico (Windows),
# icons/NxN.png (Linux). Needs librsvg2-bin and imagemagick (Debian). Run from the project root.
set -eu
cd "$(dirname "$0")"
rsvg-convert -w 512 -h 512 icon.svg -o icon.png
mkdir -p icons
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" icon.svg -o "icons/${size}x${size}.png"
done
/usr/bin/convert icons/16x16.png icons/24x24.png icons/32x32.png icons/48x48.png icons/64x64.png \
  icons/128x128.png icons/256x256.png icon.ico
