"""`python -m cesrec.evals.bench_serve`: run the serving benchmark (see evals.bench_serve.cli)."""

import sys

from cesrec.evals.bench_serve.cli import main

sys.exit(main())
