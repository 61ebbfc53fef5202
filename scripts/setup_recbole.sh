#!/usr/bin/env bash
# Create the RecBole 1.2.1 peer venv (old numpy/pandas/scipy pins; torch 2.13.0 as in the main venv).
# Usage: scripts/setup_recbole.sh [VENV_DIR]   (default: $CESREC_RECBOLE_VENV or .venv-recbole)
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${1:-${CESREC_RECBOLE_VENV:-.venv-recbole}}"
PY="${PYTHON:-python3.11}"
command -v "$PY" >/dev/null || PY=python3
if [ -x "$VENV/bin/python" ] && "$VENV/bin/python" -c "import recbole.quick_start" 2>/dev/null; then
  echo "recbole venv ready: $VENV"; exit 0
fi
"$PY" -m venv "$VENV"
"$VENV/bin/pip" install --quiet --upgrade pip
# torch pinned: an unpinned torch pulls the multi-GB CUDA build where no local wheel exists. torch 2.13 needs
# setuptools>=77; <81 keeps pkg_resources for old code.
"$VENV/bin/pip" install --quiet 'setuptools>=77,<81' 'numpy<1.24' 'pandas<2' 'scipy<1.12' torch==2.13.0
"$VENV/bin/pip" install --quiet recbole==1.2.1 'colorlog==4.7.2' 'colorama==0.4.4' 'scikit-learn<1.4' pyyaml \
  tensorboard thop tabulate plotly texttable psutil
"$VENV/bin/python" -c "import recbole, recbole.quick_start; print('recbole', recbole.__version__, 'ok')"
