#!/usr/bin/env bash
# The main job on the bundled example project: builds ReqDesk and runs its checker and table over examples/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensureDeps.sh
node scripts/build.mjs
echo "── reqdesk check examples/  (the examples contain deliberate problems: see examples/README.md)"
node dist/cli.js check examples || true
echo
echo "── reqdesk list examples/ --status in-progress,new"
node dist/cli.js list examples --status in-progress,new
