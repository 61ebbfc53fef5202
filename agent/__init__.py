"""The LLM orchestrator: LangGraph agent, tools over the CESRec core, LLM providers, terminal chat."""

import os

# llama.cpp's CPU backend runs on OpenMP (libgomp). With the default ACTIVE wait policy its threads spin;
# on a shared 2-core machine a descheduled peer makes decoding collapse (measured: 2 threads, load ~4:
# 1.5 tok/s ACTIVE vs 19 tok/s PASSIVE). libgomp reads this once, when the first OpenMP library loads
# (torch ships one too), so it is set on import of `agent`, before torch; an explicit user value wins.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
