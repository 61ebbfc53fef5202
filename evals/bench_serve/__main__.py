"""`python -m evals.bench_serve`: run the serving benchmark (see evals.bench_serve.cli)."""

import sys

from evals.bench_serve.cli import main

sys.exit(main())
