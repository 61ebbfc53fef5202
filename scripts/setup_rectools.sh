#!/usr/bin/env bash
# Create the RecTools peer venv: rectools[torch] (SASRec via pytorch-lightning) with torch 2.13.0 CPU.
# Its own venv because rectools pins numpy<2 and attrs<24, which clash with the main environment.
# Usage: scripts/setup_rectools.sh [VENV_DIR]   (default: $CESREC_RECTOOLS_VENV or .venv-rectools)
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${1:-${CESREC_RECTOOLS_VENV:-.venv-rectools}}"
PY="${PYTHON:-python3.11}"
command -v "$PY" >/dev/null || PY=python3
if [ -x "$VENV/bin/python" ] && "$VENV/bin/python" -c "import rectools.models.nn.transformers.sasrec" 2>/dev/null; then
  echo "rectools venv ready: $VENV"; exit 0
fi
"$PY" -m venv "$VENV"
"$VENV/bin/pip" install --quiet --upgrade pip
# torch pinned first: an unpinned torch pulls the multi-GB CUDA build where no local CPU wheel exists
# (on a machine without one, add --index-url https://download.pytorch.org/whl/cpu as scripts/setup.sh does).
"$VENV/bin/pip" install --quiet torch==2.13.0
"$VENV/bin/pip" install --quiet 'rectools[torch]==0.19.0' torch==2.13.0
"$VENV/bin/python" -c "import rectools, pytorch_lightning, torch; from rectools.models import SASRecModel; \
print('rectools', rectools.__version__, 'lightning', pytorch_lightning.__version__, 'torch', torch.__version__, 'ok')"
