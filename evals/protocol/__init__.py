"""The evaluation protocols with simulated users: the shared types, the systems compared (baselines, CESRec
systems, evidence baselines), the feedback channels, protocol 1 (`pipeline`, `open_eval`), protocol 2
(`agent`), statistics and the run report."""
