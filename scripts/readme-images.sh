#!/usr/bin/env bash
# Turns the screenshots of the last `npm run test:e2e` into the README's pictures: the editor and the Problems
# panel without the explorer, with a reduced palette so each stays small. Needs Debian's imagemagick and pngquant.
set -euo pipefail
cd "$(dirname "$0")/.."
for shot in quick-fix completion-connector-zero hover; do
  convert "test-results/e2e/$shot.png" -crop 1255x715+345+35 +repage "/tmp/ocpp-readme-$shot.png"
  pngquant --force --quality 60-85 --output "docs/images/$shot.png" "/tmp/ocpp-readme-$shot.png"
  rm -f "/tmp/ocpp-readme-$shot.png"
done
# The OCPP 2.0.1 picture keeps the status bar, which names the version and why.
convert test-results/e2e/ocpp201.png -crop 1255x865+345+35 +repage /tmp/ocpp-readme-ocpp201.png
pngquant --force --quality 60-85 --output docs/images/ocpp201.png /tmp/ocpp-readme-ocpp201.png
rm -f /tmp/ocpp-readme-ocpp201.png
ls -l docs/images
