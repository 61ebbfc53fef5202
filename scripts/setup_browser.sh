#!/usr/bin/env bash
# Headless browser for the web-page tests (tests/server/test_web.py): Debian's chromium + chromedriver and
# the Playwright Python package. Never `playwright install` (no browser downloads): the tests launch
# /usr/bin/chromium via executable_path. Needs root for apt; idempotent.
# Usage: scripts/setup_browser.sh   (run from anywhere; uses .venv when present)
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y --no-install-recommends chromium chromium-driver fonts-dejavu-core
fi
PIP="pip"
[ -x .venv/bin/pip ] && PIP=".venv/bin/pip"
PY="python"
[ -x .venv/bin/python ] && PY=".venv/bin/python"
if ! "$PY" -c "import playwright" 2>/dev/null; then
  flock /tmp/pip.lock "$PIP" install --quiet "playwright>=1.40"
fi
chromium --version
"$PY" -c "import playwright; from importlib.metadata import version; print('playwright', version('playwright'))"
