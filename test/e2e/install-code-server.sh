#!/usr/bin/env bash
# Installs what the real-editor tests need, offline (npm registry + Debian archive only):
#  - Debian packages: chromium (the browser), ripgrep (seeds code-server's rg), neovim, libkrb5-dev + pkg-config
#    (code-server's native kerberos module). Installed when running as root; otherwise we stop and print the line.
#  - code-server 4.100.3 (VS Code 1.100.3, the newest release that runs on Node 20) in a cache folder outside
#    the project, keyed by version and reused on the next run.
# Prints the code-server binary's path as its last line.
set -euo pipefail

CS_VERSION=4.100.3
CACHE=${OCPP_E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/ocpp-authoring}
CS_DIR="$CACHE/code-server-$CS_VERSION"
BIN="$CS_DIR/node_modules/.bin/code-server"

missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v rg >/dev/null || missing+=(ripgrep)
command -v nvim >/dev/null || missing+=(neovim)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
command -v pkg-config >/dev/null || missing+=(pkg-config)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "e2e: installing Debian packages: ${missing[*]}" >&2
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "e2e: missing Debian packages. Run as root:" >&2
    echo "  apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi

if [ ! -x "$BIN" ]; then
  echo "e2e: installing code-server $CS_VERSION into $CS_DIR (once; about 90 s)" >&2
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  # @vscode/ripgrep's postinstall would download rg from GitHub; it takes a tarball from its cache folder in
  # the temp dir instead, so we seed that with Debian's rg (the same 13.0.0 release).
  rg_cache="$work/tmp/vscode-ripgrep-cache-1.15.11"
  mkdir -p "$rg_cache" "$work/rg"
  cp "$(command -v rg)" "$work/rg/rg"
  tar czf "$rg_cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$work/rg" rg
  rm -rf "$CS_DIR.partial"
  mkdir -p "$CS_DIR.partial"
  echo '{"name":"ocpp-authoring-code-server","private":true}' > "$CS_DIR.partial/package.json"
  # npm_config_yes: node-pty's postinstall runs `npx node-gyp`; unsafe-perm: its scripts refuse root otherwise.
  (cd "$CS_DIR.partial" && TMPDIR="$work/tmp" npm_config_yes=true npm_config_unsafe_perm=true \
    npm install --no-audit --no-fund --loglevel=error "code-server@$CS_VERSION" >&2)
  rm -rf "$CS_DIR"
  mv "$CS_DIR.partial" "$CS_DIR"
fi
echo "$BIN"
