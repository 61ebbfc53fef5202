#!/usr/bin/env bash
# Sets up (idempotent) and shows what the product does, on the embedded defaults:
#   1. a scripted conversation through the real agent (the embedded LLM reads each message and calls the
#      CESRec tools on the standard ml-100k SASRec engine): a new user names films they loved, describes what
#      they want, complains about the list and critiques a film of it; each turn prints the LLM's tool calls,
#      what the agent understood and the list it produced; then dataset user 42 says the same first thing;
#   2. the open-feedback evaluation (simulated users naming films, describing, critiquing, complaining; all
#      test users, one simulator seed) against the baselines: HR@10 after each turn.
# The first run trains and caches the engine `cesrec chat` uses (a few minutes on 2 cores).
# Tables are Markdown when the output is piped (./scripts/demo.sh | tee demo.md).
# Extra arguments go to `cesrec demo` (cesrec/demo.py; see `cesrec demo --help`: --no-evaluation, --users N, --llm openai).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh >&2
# shellcheck disable=SC1091
. .venv/bin/activate
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 ANONYMIZED_TELEMETRY=False
exec cesrec demo "$@"
