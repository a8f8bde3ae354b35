#!/usr/bin/env bash
# Writes docs/report-demo/: the HTML report of a fresh run of the demo study on the real tools (yosys, qflow,
# OpenSTA), and docs/images/report-demo.png, headless Chromium's picture of it.   releng/demo-report.sh
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WS=$(mktemp -d)
trap 'rm -rf "$WS"' EXIT
"$ROOT/noodle" demo -data "$WS" >/dev/null
"$ROOT/noodle" run-study demo_mac8 -data "$WS"
rm -rf "$ROOT/docs/report-demo"
"$ROOT/noodle" report demo_mac8 --out "$ROOT/docs/report-demo" -data "$WS"
chmod 644 "$ROOT"/docs/report-demo/*
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --proxy-server=127.0.0.1:9 --window-size=1300,4400 \
  --screenshot="$ROOT/docs/images/report-demo.png" "file://$ROOT/docs/report-demo/index.html" >/dev/null 2>&1
python3 "$ROOT/releng/check-report-picture.py" "$ROOT/docs/images/report-demo.png"
