#!/usr/bin/env bash
# `npm start`: builds ReqDesk and opens the bundled example project (examples/) in a real VS Code with ReqDesk loaded.
#   - desktop VS Code when `code` is on PATH: `code --extensionDevelopmentPath=<repo> examples`, then returns;
#   - otherwise VS Code in the browser: code-server from npm (installed on first use into .vscode-test/ by
#     scripts/vscodeTest/install.sh) on 127.0.0.1. Prints the address and stays in the foreground until Ctrl+C.
# Options (after `npm start --`):
#   --check     start VS Code in the browser, check that the address answers and the workbench shows ReqDesk, stop;
#               exit 0 when it works (also REQDESK_START_CHECK=1). Used by the UI tests.
#   --browser   VS Code in the browser even when `code` is on PATH (also REQDESK_START_BROWSER=1)
#   --port N    the port of the browser VS Code (also REQDESK_PORT; default 8080, or a free one when it is taken)
#   --folder D  open another folder instead of examples/
#   --locale zh-cn  the browser VS Code with ReqDesk in Simplified Chinese (VS Code's own menus stay English)
set -euo pipefail
cd "$(dirname "$0")/.."
check="${REQDESK_START_CHECK:-}"
browser="${REQDESK_START_BROWSER:-}"
pass=()
for arg in "$@"; do
  case "$arg" in
    --check) check=1 ;;
    --browser) browser=1 ;;
    *) pass+=("$arg") ;;
  esac
done
bash scripts/ensureDeps.sh
node scripts/build.mjs
# --port, --folder and --locale are options of the browser VS Code, so they choose it too.
if [ "$check" != 1 ] && [ "$browser" != 1 ] && [ ${#pass[@]} -eq 0 ] && command -v code >/dev/null 2>&1; then
  echo "reqdesk: opening examples/ in VS Code, with ReqDesk loaded from $PWD (Extension Development Host)"
  exec code --extensionDevelopmentPath="$PWD" "$PWD/examples"
fi
bash scripts/vscodeTest/install.sh
if [ "$check" = 1 ]; then pass=(--check "${pass[@]}"); fi
exec node scripts/vscodeTest/startWorkbench.js "${pass[@]}"
