#!/usr/bin/env bash
# Step "Maven cache key": the key under which actions/cache keeps the Maven repository that builds finguard. It
# hashes the poms of the action's own checkout, which the workflow expression hashFiles() cannot reach (it sees only
# the workspace), so a new finguard version with new dependencies gets a new cache and an unchanged one reuses it.
set -euo pipefail
repository="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
hash="$(cd "$repository" && find . -name pom.xml -not -path '*/target/*' -not -path '*/src/*' | LC_ALL=C sort \
  | xargs sha256sum | sha256sum | cut -c1-20)"
prefix="finguard-maven-${RUNNER_OS:-Linux}-java${FG_JAVA_VERSION:-17}-"
{
  echo "key=$prefix$hash"
  echo "restore-key=$prefix"
} >> "${GITHUB_OUTPUT:?the runner sets GITHUB_OUTPUT}"
