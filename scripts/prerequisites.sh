# Installs what the portal needs and a fresh Debian machine lacks. Sourced by run.sh and test.sh.
# Usage: ensure_prerequisites [--for-tests]

apt_install() {
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "Need root (or sudo) to install: $*" >&2; return 1; }
    sudo="sudo"
  fi
  echo "Installing $* from Debian's packages…"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

has_postgres_server() {
  command -v initdb >/dev/null || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1
}

ensure_prerequisites() {
  local missing=()
  command -v dotnet >/dev/null || { echo "The .NET 10 SDK is required: https://dot.net" >&2; return 1; }
  command -v redis-server >/dev/null || missing+=(redis-server)
  has_postgres_server || missing+=(postgresql)
  # The portal's charts measure their labels with this font.
  [ -d /usr/share/fonts/truetype/dejavu ] || missing+=(fonts-dejavu-core)
  if [ "${1:-}" = "--for-tests" ]; then
    [ -x /usr/bin/chromium ] || missing+=(chromium)
  fi
  if [ ${#missing[@]} -gt 0 ]; then
    apt_install "${missing[@]}"
  fi
  if [ "${1:-}" = "--for-tests" ] && [ ! -x .tools/node_modules/.bin/ajv ]; then
    # The manifest test validates with ajv, the validator the Aspire schema's README names.
    command -v npm >/dev/null || apt_install npm
    npm install --prefix .tools --no-audit --no-fund --silent ajv-cli@5 >/dev/null
  fi
}
