#!/bin/bash
# Lints the Member Privacy API contract with Redocly CLI (pinned in package-lock.json).
# Install once: npm ci --prefix tools/openapi
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
redocly="$here/node_modules/.bin/redocly"
if [[ ! -x "$redocly" ]]; then
    echo "lint.sh: Redocly CLI is not installed; run: npm ci --prefix tools/openapi" >&2
    exit 1
fi
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true NO_COLOR=1
# Redocly prints a Node.js deprecation banner on Node 20; the verdict is its exit status.
exec "$redocly" lint --config "$here/redocly.yaml" --format stylish "$here/../../resources/api/member-privacy-v1.yaml"
