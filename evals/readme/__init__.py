"""Renderers of the results sections of README.md (the front door) and docs/results.md, one module per section
(run them through `python -m cesrec.evals.readme.tables`)."""
