#!/bin/sh
# Renders the HTML report of a store and takes screenshots with headless Chromium, to look at the page
# (not a CI test: CI has no browser). Needs a built project (mvn -q -Dmaven.test.skip=true package) and chromium.
#   src/test/bench/report-screenshot.sh STORE [OUT_DIR] [PAGES] [REPORT OPTIONS...]
#   e.g. src/test/bench/report-screenshot.sh /tmp/r.duckdb /tmp/report 3
# Writes OUT_DIR/report.html and OUT_DIR/report-1.png ... report-PAGES.png: consecutive 1280x2400 slices of
# the page from the top (each slice shows the page in an iframe shifted up, since headless Chromium paints
# only the first screen). Browsing stays offline: the page forbids loading anything (Content-Security-Policy)
# and the flags below keep Chromium from calling home.
set -eu
STORE=${1:?usage: report-screenshot.sh STORE [OUT_DIR] [PAGES] [REPORT OPTIONS...]}
DIR=${2:-/tmp/report}
PAGES=${3:-2}
shift; [ $# -gt 0 ] && shift; [ $# -gt 0 ] && shift
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
mkdir -p "$DIR"
DIR=$(cd "$DIR" && pwd)
CP="$ROOT/target/classes:$(cat "$ROOT/target/runtime-classpath.txt")"
java -cp "$CP" org.threadlens.cli.ThreadLensCommand report --db "$STORE" --out "$DIR/report.html" --force "$@"
H=2400
P=1
while [ "$P" -le "$PAGES" ]; do
  cat > "$DIR/slice.html" <<HTML
<!DOCTYPE html><html><body style="margin:0;overflow:hidden">
<iframe src="report.html" style="position:absolute;left:0;top:-$(( (P - 1) * H ))px;width:1280px;height:$(( P * H ))px;border:0"></iframe>
</body></html>
HTML
  PROFILE=$(mktemp -d)
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
      --disable-component-update --disable-sync --user-data-dir="$PROFILE" --hide-scrollbars \
      --screenshot="$DIR/report-$P.png" --window-size=1280,$H "file://$DIR/slice.html" 2>/dev/null
  rm -rf "$PROFILE"
  P=$(( P + 1 ))
done
rm -f "$DIR/slice.html"
ls -l "$DIR"
