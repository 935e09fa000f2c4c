#!/usr/bin/env bash
# Step "Build finguard": builds cli/target/finguard.jar from the action's own checkout with the Java set up before
# (mvn -B -q package of the cli and the modules it needs, tests skipped: they ran before the release), through the
# repository's ./finguard wrapper, which builds only when the jar is missing or older than a source or a pom. On a
# runner the checkout is fresh, so it always builds; then it prints the version that will scan.
set -euo pipefail
repository="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
"$repository/finguard" --version
