#!/usr/bin/env bash
# Regenerates the EMF model and edit code from bundles/io.noodle.model/model/noodle.genmodel (and the
# .ecore it imports) into src-gen/ of io.noodle.model and io.noodle.model.edit, plus the edit bundle's
# plugin.properties. Run it after changing the .ecore or .genmodel; the build fails until you do.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
[[ -x $ROOT/.maven/apache-maven-3.9.11/bin/mvn ]] || "$ROOT/noodle" help >/dev/null  # noodle fetches Maven on first build
export JAVA_HOME
cd "$ROOT"
"$ROOT/.maven/apache-maven-3.9.11/bin/mvn" -B -q --no-transfer-progress -f releng/io.noodle.codegen/pom.xml \
  process-classes -Dnoodle.codegen.mode=generate
