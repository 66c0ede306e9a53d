#!/usr/bin/env bash
# Runs the whole test suite: unit tests, the store against H2 and PostgreSQL, and the integration tests
# that drive a real gateway with SIPp over loopback. Installs what it needs on Debian when run as root.
set -euo pipefail
cd "$(dirname "$0")/.."

need_pkg() {  # command package
  if ! command -v "$1" >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      echo "installing $2 (for $1)"
      (apt-get install -y -qq "$2" >/dev/null 2>&1) || (apt-get update -qq && apt-get install -y -qq "$2" >/dev/null)
    else
      echo "missing $1: install the Debian package $2 (sudo apt-get install -y $2)" >&2
      exit 1
    fi
  fi
}
need_pkg sipp sip-tester
need_pkg svwar sipvicious   # the attacker in DigestScanIT (svwar, svcrack)

# The store tests use the PostgreSQL server at 127.0.0.1:5432 (database test, trust auth).
if command -v pg_isready >/dev/null && ! pg_isready -h 127.0.0.1 -p 5432 -q; then
  if command -v pg_ctlcluster >/dev/null && [ -d /etc/postgresql ]; then
    echo "starting PostgreSQL"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start || true
  fi
fi

exec mvn -B verify "$@"
