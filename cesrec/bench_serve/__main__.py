"""`python -m cesrec.bench_serve`: run the serving benchmark (see bench_serve.cli)."""

import sys

from cesrec.bench_serve.cli import main

sys.exit(main())
