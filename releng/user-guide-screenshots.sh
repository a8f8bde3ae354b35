#!/usr/bin/env bash
# Takes the user guide's pictures of the designer and the run on real data: runs the UI tests that drive
# each page with real input (the demo run on the real tools included) on a private virtual display, then
# copies the pictures they saved into docs/images/guide/.   releng/user-guide-screenshots.sh
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHOTS=$ROOT/bundles/io.noodle.ui.tests/target/screenshots
OUT=$ROOT/docs/images/guide
PICTURES=(new-study-wizard new-study-wizard-folder designer-overview designer-stages designer-stage-form
  designer-illegal designer-ecos demo-run-mid demo-run-end demo-results-page editor-changed-on-disk
  lineage-view lineage-properties lineage-filter lineage-minimap gate-status-view gate-failed-popup gate-status-failed
  run-dialog heatmap-view heatmap-diff designer-change-design designer-metric-order pareto-view charts-view heatmap-side-by-side
  compare-view executors-preferences run-dialog-executors run-on-ray)
rm -rf "$SHOTS"
"$ROOT/noodle" test-only 'NewStudyWizardUiTest,DesignerUiTest,EcosPageUiTest,DemoRunUiTest,StudySessionUiTest,StudyEditorUiTest,LineageUiTest,ApprovalUiTest,RemoteRunUiTest'
mkdir -p "$OUT"
for p in "${PICTURES[@]}"; do
  [[ -f $SHOTS/$p.png ]] || { echo "user-guide-screenshots: the tests saved no $p.png" >&2; exit 1; }
  cp "$SHOTS/$p.png" "$OUT/$p.png"
done
echo "user-guide-screenshots: ${#PICTURES[@]} pictures in $OUT"
