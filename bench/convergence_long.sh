#!/usr/bin/env bash
# The convergence property test with many more examples and steps than CI runs (about 30-60 min;
# no per-test time limit, which would end it after the 300 s pyproject.toml gives a test).
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
KOPDES_CONVERGENCE_EXAMPLES="${KOPDES_CONVERGENCE_EXAMPLES:-100}" \
KOPDES_CONVERGENCE_STEPS="${KOPDES_CONVERGENCE_STEPS:-60}" \
  .venv/bin/python -m pytest tests/sync/test_convergence.py -q -s -p no:cacheprovider --timeout=0 "$@"
