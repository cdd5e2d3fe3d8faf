# tests/nginx.test.ts runs deploy/nginx.conf in Debian's nginx (with its brotli_static module) on loopback.
set -euo pipefail
if [ -n "${NGINX_PATH:-}" ] && [ -x "$NGINX_PATH" ]; then exit 0; fi
if [ -x /usr/sbin/nginx ] && [ -e /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ]; then exit 0; fi
if [ "$(id -u)" != 0 ]; then
  echo "nginx is missing: install Debian's nginx-light and libnginx-mod-http-brotli-static packages, or set NGINX_PATH." >&2
  exit 1
fi
echo "Installing nginx from Debian ..."
apt-get update -qq >/dev/null
# policy-rc.d: the package must not start a server of its own on port 80.
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
  trap 'rm -f /usr/sbin/policy-rc.d' EXIT
fi
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light libnginx-mod-http-brotli-static >/dev/null
