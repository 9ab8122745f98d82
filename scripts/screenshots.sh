#!/usr/bin/env bash
# Saves docs/screenshots/{stories,story,citation,search}.png: ingests examples/ into a temporary store, serves it
# with `dossier serve`'s server and photographs the pages in headless Chromium (Debian's chromium and
# chromium-driver must be installed). Runs dossier-server's ScreenshotsTest, which does nothing without the property.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -o test -pl dossier-server -am -Dtest=ScreenshotsTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Ddossier.screenshots="$PWD/docs/screenshots"
ls -l docs/screenshots
