#!/usr/bin/env bash
# Refreshes the README screenshot: the workbench on a fresh workspace, after a toolchain check, taken on a
# virtual display.   releng/screenshot.sh [FILE.png]   (default docs/images/workbench.png)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=$(readlink -m "${1:-$ROOT/docs/images/workbench.png}")
WS=$(mktemp -d)
trap 'rm -rf "$WS"' EXIT
"$ROOT/noodle" run --headless-display --screenshot "$OUT" -data "$WS"
echo "screenshot: $OUT"
