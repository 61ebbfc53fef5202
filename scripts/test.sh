#!/usr/bin/env bash
# Sets up (idempotent) and runs the whole test suite, the embedded-LLM and browser tests included.
# Extra arguments go to pytest, e.g. ./scripts/test.sh -k masking
set -euo pipefail
cd "$(dirname "$0")/.."
CESREC_BROWSER=${CESREC_BROWSER:-1} bash scripts/setup.sh
# shellcheck disable=SC1091
. .venv/bin/activate
if [ -z "${CESREC_SHARED_DATA:-}" ] && [ -f ../shared/data/ml-100k/ml-100k.inter ]; then
  export CESREC_SHARED_DATA=$(cd ../shared/data/ml-100k && pwd)
fi
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 ANONYMIZED_TELEMETRY=False
ruff check .
set +e
log=$(mktemp)
# -rs: every skip with its reason (a skip is only for a missing optional service); CI reads the count below
python -m pytest -q -p no:cacheprovider -rs "$@" 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
summary=$(grep -E "^=* ?[0-9]+ (passed|failed|skipped|errors?|deselected)" "$log" | tail -1)
skipped=$(grep -oE "[0-9]+ skipped" <<<"$summary" | grep -oE "[0-9]+")
echo "tests: ${skipped:-0} skipped; ${summary:-no pytest summary}"
rm -f "$log"
set -e
# pytest's 5 means "no tests collected": a broken selection, not a pass.
exit $rc
