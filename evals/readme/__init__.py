"""Renderers of README.md's "Measured results" sections, one module per section (run them through
`python -m cesrec.evals.readme_tables`)."""
