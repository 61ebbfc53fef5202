#!/usr/bin/env bash
# Sets up (idempotent) and runs the main job on the embedded defaults: ml-100k from the RecBole wheel on
# PyPI, SASRec + GRU4Rec, the semantic index, a quick LLM-free evaluation of all systems and a short
# conversation evaluation with the embedded LLM; prints the results table.
# Extra arguments go to `cesrec demo` (see `cesrec demo --help`).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# shellcheck disable=SC1091
. .venv/bin/activate
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 ANONYMIZED_TELEMETRY=False
exec cesrec demo "$@"
