"""Benchmarks, one module each (`python -m cesrec.evals.bench.<name>`); each writes a results file with its
command and git commit under evals/results/. The serving benchmark lives beside the servers, in
cesrec/bench_serve/."""
